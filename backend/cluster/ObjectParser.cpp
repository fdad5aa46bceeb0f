#include "backend/cluster/ObjectParser.h"

#include "backend/core/Rfc3339.h"

#include "backend/cluster/YamlCodec.h"
#include "backend/helm/ReleaseDecoder.h"

#include <simdjson.h>
#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace fc {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;
using JsonResult = simdjson::simdjson_result<element>;

namespace {

const std::array<KindInfo, 10> kKinds = {{
    {Kind::Namespace, "Namespace", "namespaces", "/api/v1", false},
    {Kind::Pod, "Pod", "pods", "/api/v1", true},
    {Kind::Node, "Node", "nodes", "/api/v1", false},
    {Kind::Deployment, "Deployment", "deployments", "/apis/apps/v1", true},
    {Kind::DaemonSet, "DaemonSet", "daemonsets", "/apis/apps/v1", true},
    {Kind::StatefulSet, "StatefulSet", "statefulsets", "/apis/apps/v1", true},
    {Kind::Service, "Service", "services", "/api/v1", true},
    {Kind::ConfigMap, "ConfigMap", "configmaps", "/api/v1", true},
    {Kind::Secret, "Secret", "secrets", "/api/v1", true},
    {Kind::Event, "Event", "events", "/api/v1", true},
}};

/// Strings that repeat across objects (namespaces, node names, images, label keys and values,
/// condition types, commands) share one allocation: the informer keeps tens of thousands of
/// summaries and most of their text is the same. The pool is per worker thread and bounded.
QString intern(QString s)
{
    thread_local QSet<QString> pool;
    if (s.isEmpty() || s.size() > 512)
        return s;
    if (const auto it = pool.constFind(s); it != pool.cend())
        return *it;
    if (pool.size() > 200000)
        pool.clear();
    pool.insert(s);
    return s;
}

/// A string value, interned (see intern()).
template<typename J>
QString str(const J &r)
{
    std::string_view sv;
    if (r.get_string().get(sv) != simdjson::SUCCESS)
        return {};
    return intern(QString::fromUtf8(sv.data(), qsizetype(sv.size())));
}

/// A string value that is unique per object (uid, name, resourceVersion, IP): not pooled.
template<typename J>
QString strUnique(const J &r)
{
    std::string_view sv;
    if (r.get_string().get(sv) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(sv.data(), qsizetype(sv.size()));
}

template<typename J>
qint64 integer(const J &r)
{
    int64_t v = 0;
    if (r.get_int64().get(v) == simdjson::SUCCESS)
        return v;
    double d = 0;
    if (r.get_double().get(d) == simdjson::SUCCESS)
        return qint64(d);
    return 0;
}

template<typename J>
bool boolean(const J &r)
{
    bool b = false;
    if (r.get_bool().get(b) != simdjson::SUCCESS)
        return false;
    return b;
}

template<typename Map = Labels, typename J>
Map stringMap(const J &r)
{
    Map out;
    object o;
    if (r.get_object().get(o) != simdjson::SUCCESS)
        return out;
    out.reserve(qsizetype(o.size()));
    for (auto field : o) {
        std::string_view v;
        if (field.value.get_string().get(v) == simdjson::SUCCESS)
            out.insert(intern(QString::fromUtf8(field.key.data(), qsizetype(field.key.size()))),
                       intern(QString::fromUtf8(v.data(), qsizetype(v.size()))));
    }
    return out;
}


// RFC 3339 as the apiserver writes it ("2024-05-01T10:20:30Z", optional fraction).
template<typename J>
QDateTime timestamp(const J &r)
{
    std::string_view s;
    if (r.get_string().get(s) != simdjson::SUCCESS)
        return {};
    return parseRfc3339(s);
}

/// `extendedOnly`: keep only extended resources (names with a '/', e.g. nvidia.com/gpu), as the
/// pod summaries do: cpu/memory per container are read from the full object on demand.
template<typename J>
Quantities quantities(const J &r, bool extendedOnly = false)
{
    Quantities out;
    object o;
    if (r.get_object().get(o) != simdjson::SUCCESS)
        return out;
    for (auto field : o) {
        if (extendedOnly && field.key.find('/') == std::string_view::npos)
            continue;
        std::string_view v;
        QString value;
        if (field.value.get_string().get(v) == simdjson::SUCCESS)
            value = QString::fromUtf8(v.data(), qsizetype(v.size()));
        else
            value = QString::number(integer(field.value));
        if (const auto q = parseQuantityMilli(value))
            out.insert(intern(QString::fromUtf8(field.key.data(), qsizetype(field.key.size()))), *q);
    }
    return out;
}

template<typename J>
QList<ContainerSummary> containerSpecs(const J &list, bool init)
{
    QList<ContainerSummary> out;
    array a;
    if (list.get_array().get(a) != simdjson::SUCCESS)
        return out;
    for (element c : a) {
        ContainerSummary cs;
        cs.name = str(c["name"]);
        cs.image = str(c["image"]);
        cs.init = init;
        cs.requests = quantities(c["resources"]["requests"], true);
        cs.limits = quantities(c["resources"]["limits"], true);
        array ports;
        if (c["ports"].get_array().get(ports) == simdjson::SUCCESS) {
            for (element p : ports) {
                ContainerPort cp;
                cp.name = str(p["name"]);
                cp.containerPort = int(integer(p["containerPort"]));
                cp.hostPort = int(integer(p["hostPort"]));
                cp.protocol = str(p["protocol"]);
                if (cp.protocol.isEmpty())
                    cp.protocol = QStringLiteral("TCP");
                cs.ports.append(cp);
            }
        }
        for (const char *key : {"command", "args"}) {
            array parts;
            if (c[key].get_array().get(parts) == simdjson::SUCCESS)
                for (element part : parts)
                    cs.command.append(str(part));
        }
        out.append(std::move(cs));
    }
    return out;
}

struct StatusState {
    QString state;
    QString reason;
    int exitCode = 0;
    int signal = 0;
};

StatusState containerState(const element &status)
{
    StatusState s;
    element st;
    if (status["state"].get(st) != simdjson::SUCCESS)
        return s;
    element inner;
    if (st["waiting"].get(inner) == simdjson::SUCCESS) {
        s.state = QStringLiteral("waiting");
        s.reason = str(inner["reason"]);
    } else if (st["running"].get(inner) == simdjson::SUCCESS) {
        s.state = QStringLiteral("running");
    } else if (st["terminated"].get(inner) == simdjson::SUCCESS) {
        s.state = QStringLiteral("terminated");
        s.reason = str(inner["reason"]);
        s.exitCode = int(integer(inner["exitCode"]));
        s.signal = int(integer(inner["signal"]));
    }
    return s;
}

ContainerSummary *findContainer(QList<ContainerSummary> &list, const QString &name, bool init, bool ephemeral = false)
{
    for (auto &c : list)
        if (c.init == init && c.ephemeral == ephemeral && c.name == name)
            return &c;
    return nullptr;
}

// The STATUS column exactly as `kubectl get pods` computes it (printPod in
// k8s.io/kubernetes/pkg/printers/internalversion/printers.go).
void summarizePod(const element &o, ObjectSummary &s)
{
    PodInfo p;
    const element spec = o["spec"].value_unsafe();
    const element status = o["status"].value_unsafe();
    p.node = str(o["spec"]["nodeName"]);
    p.schedulerName = str(o["spec"]["schedulerName"]);
    p.phase = str(o["status"]["phase"]);
    p.podIP = strUnique(o["status"]["podIP"]);
    p.containers = containerSpecs(o["spec"]["initContainers"], true);
    const QList<ContainerSummary> app = containerSpecs(o["spec"]["containers"], false);
    p.containers.append(app);
    p.total = int(app.size());
    QList<ContainerSummary> ephemeral = containerSpecs(o["spec"]["ephemeralContainers"], false);
    for (ContainerSummary &c : ephemeral) {
        c.ephemeral = true;
        c.requests = {}; // ephemeral containers may not set resources; never counted
        c.limits = {};
    }
    p.containers.append(ephemeral);
    (void)spec;
    (void)status;

    array volumes;
    if (o["spec"]["volumes"].get_array().get(volumes) == simdjson::SUCCESS) {
        for (element v : volumes) {
            const QString secret = str(v["secret"]["secretName"]);
            if (!secret.isEmpty())
                p.secretVolumes.append(secret);
            const QString cm = str(v["configMap"]["name"]);
            if (!cm.isEmpty())
                p.configMapVolumes.append(cm);
            array sources;
            if (v["projected"]["sources"].get_array().get(sources) == simdjson::SUCCESS) {
                for (element src : sources) {
                    const QString ps = str(src["secret"]["name"]);
                    if (!ps.isEmpty())
                        p.secretVolumes.append(ps);
                }
            }
        }
    }

    bool podReadyCondition = false;
    bool initializedCondition = false;
    array conds;
    if (o["status"]["conditions"].get_array().get(conds) == simdjson::SUCCESS) {
        for (element c : conds) {
            PodCondition pc{str(c["type"]), str(c["status"]), str(c["reason"]), str(c["message"])};
            if (pc.type == u"Ready" && pc.status == u"True")
                podReadyCondition = true;
            if (pc.type == u"Initialized" && pc.status == u"True")
                initializedCondition = true;
            p.conditions.append(std::move(pc));
        }
    }

    QString reason = p.phase;
    const QString statusReason = str(o["status"]["reason"]);
    if (!statusReason.isEmpty())
        reason = statusReason;
    for (const auto &c : std::as_const(p.conditions))
        if (c.type == u"PodScheduled" && c.status == u"False" && c.reason == u"SchedulingGated")
            reason = QStringLiteral("SchedulingGated");

    int restarts = 0;
    bool initializing = false;
    array initStatuses;
    if (o["status"]["initContainerStatuses"].get_array().get(initStatuses) == simdjson::SUCCESS) {
        int i = 0;
        const int initCount = int(p.containers.size() - app.size());
        for (element cs : initStatuses) {
            const QString name = str(cs["name"]);
            const int rc = int(integer(cs["restartCount"]));
            restarts += rc;
            const StatusState st = containerState(cs);
            if (ContainerSummary *c = findContainer(p.containers, name, true)) {
                c->restarts = rc;
                c->state = st.state;
                c->reason = st.reason;
                c->ready = boolean(cs["ready"]);
            }
            if (st.state == u"terminated" && st.exitCode == 0) {
                ++i;
                continue;
            }
            if (boolean(cs["started"]) && st.state == u"running") { // restartable (sidecar) init container
                ++i;
                continue;
            }
            if (st.state == u"terminated") {
                if (st.reason.isEmpty())
                    reason = st.signal != 0 ? QStringLiteral("Init:Signal:%1").arg(st.signal)
                                            : QStringLiteral("Init:ExitCode:%1").arg(st.exitCode);
                else
                    reason = QStringLiteral("Init:") + st.reason;
            } else if (st.state == u"waiting" && !st.reason.isEmpty() && st.reason != u"PodInitializing") {
                reason = QStringLiteral("Init:") + st.reason;
            } else {
                reason = QStringLiteral("Init:%1/%2").arg(i).arg(initCount);
            }
            initializing = true;
            break;
        }
    }

    int ready = 0;
    if (!initializing || initializedCondition) {
        restarts = 0;
        bool hasRunning = false;
        array statuses;
        if (o["status"]["containerStatuses"].get_array().get(statuses) == simdjson::SUCCESS) {
            std::vector<element> reversed(statuses.begin(), statuses.end());
            for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) {
                const element &cs = *it;
                const int rc = int(integer(cs["restartCount"]));
                restarts += rc;
                const StatusState st = containerState(cs);
                const bool cready = boolean(cs["ready"]);
                if (ContainerSummary *c = findContainer(p.containers, str(cs["name"]), false)) {
                    c->restarts = rc;
                    c->state = st.state;
                    c->reason = st.reason;
                    c->ready = cready;
                }
                if (st.state == u"waiting" && !st.reason.isEmpty()) {
                    reason = st.reason;
                } else if (st.state == u"terminated" && !st.reason.isEmpty()) {
                    reason = st.reason;
                } else if (st.state == u"terminated") {
                    reason = st.signal != 0 ? QStringLiteral("Signal:%1").arg(st.signal)
                                            : QStringLiteral("ExitCode:%1").arg(st.exitCode);
                } else if (cready && st.state == u"running") {
                    hasRunning = true;
                    ++ready;
                }
            }
        }
        if (reason == u"Completed" && hasRunning)
            reason = podReadyCondition ? QStringLiteral("Running") : QStringLiteral("NotReady");
    }
    array ephemeralStatuses;
    if (o["status"]["ephemeralContainerStatuses"].get_array().get(ephemeralStatuses) == simdjson::SUCCESS) {
        for (element cs : ephemeralStatuses) {
            if (ContainerSummary *c = findContainer(p.containers, str(cs["name"]), false, true)) {
                const StatusState st = containerState(cs);
                c->state = st.state;
                c->reason = st.reason;
                c->restarts = int(integer(cs["restartCount"]));
            }
        }
    }
    if (s.deleting)
        reason = statusReason == u"NodeLost" ? QStringLiteral("Unknown") : QStringLiteral("Terminating");

    p.ready = ready;
    p.restarts = restarts;
    p.status = reason;
    s.info = std::move(p);
}

void summarizeNode(const element &o, ObjectSummary &s)
{
    NodeInfo n;
    n.unschedulable = boolean(o["spec"]["unschedulable"]);
    n.kubeletVersion = str(o["status"]["nodeInfo"]["kubeletVersion"]);
    n.capacity = quantities(o["status"]["capacity"]);
    n.allocatable = quantities(o["status"]["allocatable"]);
    array conds;
    if (o["status"]["conditions"].get_array().get(conds) == simdjson::SUCCESS)
        for (element c : conds)
            if (str(c["type"]) == u"Ready")
                n.ready = str(c["status"]) == u"True";
    array addrs;
    if (o["status"]["addresses"].get_array().get(addrs) == simdjson::SUCCESS)
        for (element a : addrs)
            if (str(a["type"]) == u"InternalIP")
                n.internalIP = str(a["address"]);
    static const QString rolePrefix = QStringLiteral("node-role.kubernetes.io/");
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
        if (it.key().startsWith(rolePrefix) && it.key().size() > rolePrefix.size())
            n.roles.append(it.key().mid(rolePrefix.size()));
        else if (it.key() == u"kubernetes.io/role" && !it.value().isEmpty())
            n.roles.append(it.value());
    }
    n.roles.sort();
    s.info = std::move(n);
}

void summarizeService(const element &o, ObjectSummary &s)
{
    ServiceInfo v;
    v.type = str(o["spec"]["type"]);
    v.clusterIP = str(o["spec"]["clusterIP"]);
    v.selector = stringMap(o["spec"]["selector"]);
    array a;
    if (o["spec"]["externalIPs"].get_array().get(a) == simdjson::SUCCESS)
        for (element ip : a)
            v.externalIPs.append(str(ip));
    if (o["status"]["loadBalancer"]["ingress"].get_array().get(a) == simdjson::SUCCESS)
        for (element ing : a) {
            const QString ip = str(ing["ip"]);
            v.externalIPs.append(ip.isEmpty() ? str(ing["hostname"]) : ip);
        }
    if (o["spec"]["ports"].get_array().get(a) == simdjson::SUCCESS)
        for (element p : a) {
            ServicePort sp;
            sp.name = str(p["name"]);
            sp.port = int(integer(p["port"]));
            sp.nodePort = int(integer(p["nodePort"]));
            sp.protocol = str(p["protocol"]);
            if (sp.protocol.isEmpty())
                sp.protocol = QStringLiteral("TCP");
            element tp;
            if (p["targetPort"].get(tp) == simdjson::SUCCESS) {
                if (tp.is_string())
                    sp.targetPortName = str(tp);
                else
                    sp.targetPort = int(integer(tp));
            }
            v.ports.append(sp);
        }
    s.info = std::move(v);
}

void summarizeWorkload(Kind kind, const element &o, ObjectSummary &s)
{
    WorkloadInfo w;
    const auto st = o["status"];
    if (kind == Kind::DaemonSet) {
        w.desired = int(integer(st["desiredNumberScheduled"]));
        w.ready = int(integer(st["numberReady"]));
        w.upToDate = int(integer(st["updatedNumberScheduled"]));
        w.available = int(integer(st["numberAvailable"]));
    } else {
        element replicas;
        w.desired = o["spec"]["replicas"].get(replicas) == simdjson::SUCCESS ? int(integer(replicas)) : 1;
        w.ready = int(integer(st["readyReplicas"]));
        w.upToDate = int(integer(st["updatedReplicas"]));
        w.available = int(integer(st["availableReplicas"]));
    }
    w.selector = stringMap(o["spec"]["selector"]["matchLabels"]);
    w.containers = containerSpecs(o["spec"]["template"]["spec"]["initContainers"], true);
    w.containers.append(containerSpecs(o["spec"]["template"]["spec"]["containers"], false));
    s.info = std::move(w);
}

/// A Helm release revision (Secret driver or ConfigMap driver): decoded here, on the worker
/// thread; the payload itself is not kept.
void summarizeHelmRelease(HelmStorageDriver driver, std::string_view payload, const element &o, ObjectSummary &s)
{
    HelmStorageObject storage;
    storage.driver = driver;
    storage.objectName = s.name;
    storage.namespace_ = s.namespace_;
    storage.labelName = s.labels.value(QStringLiteral("name"));
    storage.labelStatus = s.labels.value(QStringLiteral("status"));
    storage.labelVersion = s.labels.value(QStringLiteral("version"));
    HelmReleaseInfo h;
    h.driver = driver;
    h.release = ReleaseDecoder::summarize(payload, storage);
    h.release.chartName = intern(h.release.chartName);
    h.release.chartVersion = intern(h.release.chartVersion);
    h.release.appVersion = intern(h.release.appVersion);
    h.release.status = intern(h.release.status);
    h.release.namespace_ = intern(h.release.namespace_);
    if (driver == HelmStorageDriver::Secret)
        h.storage.type = str(o["type"]);
    object data;
    if (o["data"].get_object().get(data) == simdjson::SUCCESS)
        for (auto f : data)
            h.storage.keys.append(intern(QString::fromUtf8(f.key.data(), qsizetype(f.key.size()))));
    h.storage.keys.sort();
    s.info = std::move(h);
}

void summarizeConfigMap(const element &o, ObjectSummary &s)
{
    std::string_view helmPayload;
    if (s.labels.value(QStringLiteral("owner")) == u"helm" && o["data"]["release"].get_string().get(helmPayload) == simdjson::SUCCESS) {
        summarizeHelmRelease(HelmStorageDriver::ConfigMap, helmPayload, o, s);
        return;
    }
    ConfigMapInfo c;
    c.data = stringMap<QHash<QString, QString>>(o["data"]);
    object bin;
    if (o["binaryData"].get_object().get(bin) == simdjson::SUCCESS)
        for (auto f : bin)
            c.binaryKeys.append(QString::fromUtf8(f.key.data(), qsizetype(f.key.size())));
    s.info = std::move(c);
}

void summarizeSecret(const element &o, ObjectSummary &s)
{
    if (std::string_view type; o["type"].get_string().get(type) == simdjson::SUCCESS && type == "helm.sh/release.v1") {
        std::string_view payload; // empty when missing: the decoder reports it as an error row
        if (o["data"]["release"].get_string().get(payload) != simdjson::SUCCESS)
            payload = {};
        summarizeHelmRelease(HelmStorageDriver::Secret, payload, o, s);
        return;
    }
    SecretInfo v;
    v.type = str(o["type"]);
    object data;
    if (o["data"].get_object().get(data) == simdjson::SUCCESS)
        for (auto f : data)
            v.keys.append(QString::fromUtf8(f.key.data(), qsizetype(f.key.size())));
    v.keys.sort();
    s.info = std::move(v);
}

void summarizeEvent(const element &o, ObjectSummary &s)
{
    EventInfo e;
    e.type = str(o["type"]);
    e.reason = str(o["reason"]);
    e.message = str(o["message"]);
    e.involvedKind = str(o["involvedObject"]["kind"]);
    e.involvedName = str(o["involvedObject"]["name"]);
    e.involvedNamespace = str(o["involvedObject"]["namespace"]);
    e.involvedUid = str(o["involvedObject"]["uid"]);
    element count;
    e.count = o["count"].get(count) == simdjson::SUCCESS ? int(integer(count)) : 1;
    e.lastTimestamp = timestamp(o["lastTimestamp"]);
    if (!e.lastTimestamp.isValid())
        e.lastTimestamp = timestamp(o["eventTime"]);
    if (!e.lastTimestamp.isValid())
        e.lastTimestamp = s.created;
    s.info = std::move(e);
}

// ---- YAML -> JSON (for manifests given by users and tests) ----

} // namespace

const KindInfo &kindInfo(Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[1];
}

QList<Kind> allKinds()
{
    QList<Kind> out;
    for (const auto &k : kKinds)
        out.append(k.kind);
    return out;
}

std::optional<Kind> kindFromName(QStringView name)
{
    static const QHash<QString, Kind> shortNames = {
        {QStringLiteral("ns"), Kind::Namespace}, {QStringLiteral("po"), Kind::Pod},
        {QStringLiteral("no"), Kind::Node},      {QStringLiteral("deploy"), Kind::Deployment},
        {QStringLiteral("ds"), Kind::DaemonSet}, {QStringLiteral("sts"), Kind::StatefulSet},
        {QStringLiteral("svc"), Kind::Service},  {QStringLiteral("cm"), Kind::ConfigMap},
        {QStringLiteral("ev"), Kind::Event},
    };
    const QString lower = name.toString().toLower();
    if (const auto it = shortNames.constFind(lower); it != shortNames.cend())
        return *it;
    for (const auto &k : kKinds) {
        const QString kn = QString::fromLatin1(k.name).toLower();
        const QString plural = QString::fromLatin1(k.plural);
        if (lower == kn || lower == plural)
            return k.kind;
    }
    return std::nullopt;
}

std::optional<qint64> parseQuantityMilli(QStringView q)
{
    q = q.trimmed();
    if (q.isEmpty())
        return std::nullopt;
    struct Suffix {
        const char *text;
        double factor;
    };
    static const Suffix suffixes[] = {
        {"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
        {"Pi", 1125899906842624.0}, {"Ei", 1152921504606846976.0}, {"n", 1e-9}, {"u", 1e-6},
        {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15}, {"E", 1e18},
    };
    double factor = 1.0;
    QStringView number = q;
    for (const auto &s : suffixes) {
        const QLatin1StringView suffix(s.text);
        if (q.endsWith(suffix)) {
            factor = s.factor;
            number = q.chopped(suffix.size());
            break;
        }
    }
    bool ok = false;
    const double value = number.toDouble(&ok); // also accepts exponent forms like 1e3
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    // Out of qint64's range (a quantity past 9.2e15 units) is no quantity a cluster has; casting it
    // would be undefined behaviour (found by fuzz_summarize).
    const double milli = std::ceil(value * factor * 1000.0 - 1e-9);
    if (!(milli > -9.2e18 && milli < 9.2e18))
        return std::nullopt;
    return qint64(milli);
}

ObjectSummary summarize(Kind kind, const element &o)
{
    ObjectSummary s;
    s.kind = kind;
    const auto md = o["metadata"];
    s.uid = strUnique(md["uid"]);
    s.name = strUnique(md["name"]);
    s.namespace_ = str(md["namespace"]);
    s.resourceVersion = strUnique(md["resourceVersion"]);
    s.created = timestamp(md["creationTimestamp"]);
    element del;
    s.deleting = md["deletionTimestamp"].get(del) == simdjson::SUCCESS && !del.is_null();
    s.labels = stringMap(md["labels"]);
    if (kind != Kind::Pod && kind != Kind::Event) // pods/events: annotations fetched on demand
        s.annotations = stringMap(md["annotations"]);
    array owners;
    if (md["ownerReferences"].get_array().get(owners) == simdjson::SUCCESS) {
        for (element ow : owners) {
            if (boolean(ow["controller"]) || s.ownerKind.isEmpty()) {
                s.ownerKind = str(ow["kind"]);
                s.ownerName = str(ow["name"]);
            }
        }
    }
    switch (kind) {
    case Kind::Pod: summarizePod(o, s); break;
    case Kind::Node: summarizeNode(o, s); break;
    case Kind::Service: summarizeService(o, s); break;
    case Kind::Deployment:
    case Kind::DaemonSet:
    case Kind::StatefulSet: summarizeWorkload(kind, o, s); break;
    case Kind::ConfigMap: summarizeConfigMap(o, s); break;
    case Kind::Secret: summarizeSecret(o, s); break;
    case Kind::Event: summarizeEvent(o, s); break;
    case Kind::Namespace: {
        PodInfo phaseOnly; // namespaces only need their phase for the STATUS column
        phaseOnly.status = str(o["status"]["phase"]);
        s.info = std::move(phaseOnly);
        break;
    }
    case Kind::Other: break; // the common metadata is all a kind without its own columns needs
    }
    return s;
}

Result<ObjectSummary> parseObjectJson(const QByteArray &json, std::optional<Kind> kind)
{
    simdjson::dom::parser parser;
    element doc;
    if (const auto err = parser.parse(json.constData(), size_t(json.size())).get(doc))
        return makeError(QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(err))));
    if (!kind) {
        kind = kindFromName(str(doc["kind"]));
        if (!kind)
            return makeError(QStringLiteral("unsupported kind '%1'").arg(str(doc["kind"])), QStringLiteral("kind"));
    }
    return summarize(*kind, doc);
}

Result<QList<ObjectSummary>> parseManifests(const QByteArray &text, const QString &fileName)
{
    QList<ObjectSummary> out;
    std::vector<YAML::Node> docs;
    try {
        docs = fc::yaml::loadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        Error err;
        err.file = fileName;
        err.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        err.message = QString::fromStdString(e.msg);
        return err;
    }
    simdjson::dom::parser parser;
    std::function<Result<void>(const YAML::Node &, int)> add = [&](const YAML::Node &node, int docIndex) -> Result<void> {
        if (!node.IsMap())
            return {};
        const YAML::Node kindNode = node["kind"];
        const std::string kindName = kindNode && kindNode.IsScalar() ? kindNode.Scalar() : std::string();
        if (kindName == "List" || (kindName.size() > 4 && kindName.ends_with("List"))) {
            if (const YAML::Node items = node["items"]; items && items.IsSequence())
                for (const auto &item : items)
                    if (auto r = add(item, docIndex); !r)
                        return r;
            return {};
        }
        const auto kind = kindFromName(QString::fromStdString(kindName));
        if (!kind)
            return {};
        const std::string json = yaml::nodeToJson(node);
        element doc;
        // (const char *, size): copied into the parser's zero-padded buffer. parse(std::string)
        // reads the string's spare capacity as padding without copying — uninitialised bytes that
        // valgrind reports in simdjson's stage 2.
        if (const auto err = parser.parse(json.data(), json.size()).get(doc)) {
            Error e;
            e.file = fileName;
            e.line = node.Mark().line + 1;
            e.message = QStringLiteral("document %1: %2").arg(docIndex + 1).arg(QString::fromUtf8(simdjson::error_message(err)));
            return e;
        }
        out.append(summarize(*kind, doc));
        return {};
    };
    for (size_t i = 0; i < docs.size(); ++i)
        if (auto r = add(docs[i], int(i)); !r)
            return r.error();
    return out;
}

} // namespace fc
