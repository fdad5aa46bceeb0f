#include "model/editors/ExposePlan.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/IngressStreamMap.h"
#include "model/editors/KubeValidation.h"
#include "model/editors/ObjectDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fc::editors {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExposePlan)
};

const QString kData = QStringLiteral("data");
const QString kContainers = QStringLiteral("containers");
const QString kPorts = QStringLiteral("ports");

QString meta(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String(key)).toString();
}

const ObjectPath &podSpecPath()
{
    static const ObjectPath path{QStringLiteral("spec"), QStringLiteral("template"), QStringLiteral("spec")};
    return path;
}

QJsonArray containersOf(const QJsonObject &workload)
{
    return valueAtPath(workload, podSpecPath() + QStringList{kContainers}).toArray();
}

QString protocolOf(const QJsonObject &port)
{
    return port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
}

/// The controller container: the one asked for, else the one whose args name `mapRef`, else the first.
int containerIndex(const QJsonObject &workload, const QString &asked, const QString &mapRef)
{
    const QJsonArray containers = containersOf(workload);
    for (qsizetype i = 0; i < containers.size(); ++i)
        if (!asked.isEmpty() && containers.at(i).toObject().value(QLatin1String("name")).toString() == asked)
            return int(i);
    if (!asked.isEmpty())
        return -1;
    for (const StreamMapRef &ref : streamMapsOfController(workload))
        if (ref.namespace_ + u'/' + ref.name == mapRef)
            for (qsizetype i = 0; i < containers.size(); ++i)
                if (containers.at(i).toObject().value(QLatin1String("name")).toString() == ref.container)
                    return int(i);
    return containers.isEmpty() ? -1 : 0;
}

StatusCause cause(const QString &field, const QString &message)
{
    return {QStringLiteral("FieldValueInvalid"), message, field};
}

Error refusal(const QList<StatusCause> &causes)
{
    QStringList lines;
    for (const StatusCause &c : causes)
        lines << c.message;
    Error e = makeError(Tr::tr("Nothing was changed: %1").arg(lines.join(QStringLiteral(" "))));
    e.causes = causes;
    e.field = causes.value(0).field;
    e.reason = QStringLiteral("Refused");
    return e;
}

QJsonObject annotations(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
}

QJsonObject withAnnotation(QJsonObject o, const QString &key, const QString &value)
{
    QJsonObject md = o.value(QLatin1String("metadata")).toObject();
    QJsonObject ann = md.value(QLatin1String("annotations")).toObject();
    if (value.isEmpty())
        ann.remove(key);
    else
        ann.insert(key, value);
    if (ann.isEmpty())
        md.remove(QLatin1String("annotations"));
    else
        md.insert(QStringLiteral("annotations"), ann);
    o.insert(QStringLiteral("metadata"), md);
    return o;
}

QList<int> intList(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInt();
    return out;
}

QJsonArray jsonList(QList<int> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    QJsonArray a;
    for (int x : list)
        a.append(x);
    return a;
}

/// The port names of every container of the pod (a new name must be free in the pod).
QStringList portNamesOf(const QJsonObject &workload)
{
    QStringList names;
    for (const QJsonValue &c : containersOf(workload))
        for (const QJsonValue &p : c.toObject().value(kPorts).toArray())
            names << p.toObject().value(QLatin1String("name")).toString();
    return names;
}

/// "server1-fl-port", else "server1-8002", else the Service port's own name — the first that is
/// a valid IANA name free in the pod; empty when none is.
QString freePortName(const QString &service, const QString &servicePortName, int port, const QStringList &taken)
{
    QStringList candidates;
    if (!servicePortName.isEmpty())
        candidates << service + u'-' + servicePortName;
    candidates << service + u'-' + QString::number(port);
    if (!servicePortName.isEmpty())
        candidates << servicePortName;
    for (const QString &c : std::as_const(candidates))
        if (validation::portNameProblems(c).isEmpty() && !taken.contains(c))
            return c;
    return {};
}

struct ServicePort {
    QString name;
    int port = 0;
    QString protocol;
};

QList<ServicePort> servicePorts(const QJsonObject &service)
{
    QList<ServicePort> out;
    for (const QJsonValue &v : service.value(QLatin1String("spec")).toObject().value(kPorts).toArray()) {
        const QJsonObject p = v.toObject();
        out.append({p.value(QLatin1String("name")).toString(), p.value(QLatin1String("port")).toInt(), protocolOf(p)});
    }
    return out;
}

/// Whether a map row forwards to this Service (any of its ports, by number or name).
bool rowTargets(const StreamMapEntry &e, const QString &ns, const QString &svc)
{
    return e.namespace_ == ns && e.service == svc;
}

} // namespace

QString exposureAnnotation(const QString &namespace_, const QString &service)
{
    const QString name = QStringLiteral("exposed-") + namespace_ + u'.' + service;
    if (name.size() <= 63)
        return QStringLiteral("fedconsole.io/") + name;
    const QByteArray hash = QCryptographicHash::hash((namespace_ + u'/' + service).toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("fedconsole.io/") + name.left(54) + u'-' + QString::fromLatin1(hash);
}

IngressDetection detectIngress(const QList<QJsonObject> &workloads, const QList<QJsonObject> &configMaps,
                               const QList<QJsonObject> &helmReleaseSecrets)
{
    IngressDetection d;
    auto mapExists = [&](const QString &ref) {
        for (const QJsonObject &cm : configMaps)
            if (meta(cm, "namespace") + u'/' + meta(cm, "name") == ref)
                return true;
        return false;
    };
    const QJsonObject *nginxWithoutMap = nullptr;
    const QJsonObject *traefik = nullptr;
    for (const QJsonObject &w : workloads) {
        const QList<StreamMapRef> maps = streamMapsOfController(w);
        for (const StreamMapRef &ref : maps) {
            if (ref.protocol == StreamProtocol::Udp) {
                d.udpMap = ref.namespace_ + u'/' + ref.name;
                continue;
            }
            d.tcpMap = ref.namespace_ + u'/' + ref.name;
            d.container = ref.container;
        }
        if (!d.tcpMap.isEmpty()) {
            d.namespace_ = meta(w, "namespace");
            d.controllerKind = w.value(QLatin1String("kind")).toString();
            d.controllerName = meta(w, "name");
            break;
        }
        d.udpMap.clear();
        bool isNginx = false;
        bool isTraefik = meta(w, "name") == u"traefik";
        for (const QJsonValue &c : containersOf(w)) {
            const QJsonObject container = c.toObject();
            const QString image = container.value(QLatin1String("image")).toString();
            const QJsonArray args = container.value(QLatin1String("args")).toArray();
            isNginx = isNginx || image.contains(QStringLiteral("ingress-nginx/controller"))
                || args.contains(QStringLiteral("/nginx-ingress-controller"));
            isTraefik = isTraefik || image.contains(QStringLiteral("traefik"));
        }
        if (isNginx && !nginxWithoutMap)
            nginxWithoutMap = &w;
        if (isTraefik && !traefik)
            traefik = &w;
    }
    if (!d.tcpMap.isEmpty()) {
        const bool microk8sShape = d.namespace_ == microk8s::kNamespace && d.controllerName == microk8s::kController;
        d.flavour = microk8sShape ? IngressDetection::Flavour::Microk8sNginx : IngressDetection::Flavour::IngressNginx;
        // ports reach the controller as hostPorts (microk8s' DaemonSet) or through a Service
        bool hostPorts = false;
        for (const QJsonObject &w : workloads)
            if (meta(w, "name") == d.controllerName)
                for (const QJsonValue &c : containersOf(w))
                    for (const QJsonValue &p : c.toObject().value(kPorts).toArray())
                        hostPorts = hostPorts || p.toObject().value(QLatin1String("hostPort")).toInt() != 0;
        const QString who = microk8sShape ? Tr::tr("microk8s' ingress (ingress-nginx, %1 %2)").arg(d.controllerKind, d.controllerName)
                                          : Tr::tr("ingress-nginx (%1 %2)").arg(d.controllerKind, d.controllerName);
        if (!mapExists(d.tcpMap)) {
            d.message = Tr::tr("%1 reads TCP routes from ConfigMap %2, which does not exist. Create it (empty) and FedConsole "
                           "can expose Services through it.").arg(who, d.tcpMap);
        } else if (!hostPorts) {
            d.message = Tr::tr("%1 reads TCP routes from %2, but its pods open no host ports: it is reached through a Service. "
                           "FedConsole can edit the TCP map; the port must also be added to that Service by hand.").arg(who, d.tcpMap);
        } else {
            d.canExpose = true;
            d.message = Tr::tr("%1: FedConsole exposes a Service's TCP ports by adding rows to %2 and the same ports as "
                           "containerPort/hostPort on container %3 (its pods restart).").arg(who, d.tcpMap, d.container);
        }
        return d;
    }
    for (const QJsonObject &s : helmReleaseSecrets) {
        const QString name = meta(s, "name");
        if (name.startsWith(QStringLiteral("sh.helm.release.v1.traefik.")) && !traefik) {
            d.namespace_ = meta(s, "namespace");
            d.flavour = IngressDetection::Flavour::Traefik;
        }
    }
    if (traefik) {
        d.flavour = IngressDetection::Flavour::Traefik;
        d.namespace_ = meta(*traefik, "namespace");
        d.controllerKind = traefik->value(QLatin1String("kind")).toString();
        d.controllerName = meta(*traefik, "name");
    }
    if (d.flavour == IngressDetection::Flavour::Traefik) {
        d.message = Tr::tr("The ingress here is Traefik (microk8s 1.35 and later ship it instead of ingress-nginx). FedConsole "
                       "exposes TCP ports through ingress-nginx's TCP map only; with Traefik a TCP port needs an entryPoint in "
                       "Traefik's configuration and an IngressRouteTCP, which FedConsole does not write. A NodePort or "
                       "LoadBalancer Service for the server is the simpler way in.");
        return d;
    }
    if (nginxWithoutMap) {
        d.flavour = IngressDetection::Flavour::IngressNginx;
        d.namespace_ = meta(*nginxWithoutMap, "namespace");
        d.controllerKind = nginxWithoutMap->value(QLatin1String("kind")).toString();
        d.controllerName = meta(*nginxWithoutMap, "name");
        d.message = Tr::tr("ingress-nginx (%1 %2) runs without --tcp-services-configmap: it forwards no TCP ports. Add "
                       "--tcp-services-configmap=%3/tcp-services to its arguments and create that ConfigMap, then FedConsole "
                       "can expose Services through it.").arg(d.controllerKind, d.controllerName, d.namespace_);
        return d;
    }
    d.message = Tr::tr("No ingress controller found here (neither ingress-nginx nor Traefik). On microk8s: microk8s enable ingress.");
    return d;
}

namespace {

/// What both plans start from: the Service, the map and the controller container they touch.
struct Target {
    QString ns;
    QString svc;
    QString mapRef;
    int ci = -1;
    ObjectPath containerPath;
    QString containerName;
};

Result<Target> targetOf(const ExposeRequest &request)
{
    Target t;
    t.ns = meta(request.service, "namespace");
    t.svc = meta(request.service, "name");
    t.mapRef = meta(request.tcpMap, "namespace") + u'/' + meta(request.tcpMap, "name");
    if (configmap::isImmutable(request.tcpMap))
        return configmap::immutableError(request.tcpMap);
    t.ci = containerIndex(request.controller, request.container, t.mapRef);
    if (t.ci < 0)
        return makeError(Tr::tr("The controller %1 has no container %2.").arg(meta(request.controller, "name"), request.container));
    t.containerPath = podSpecPath() + QStringList{kContainers, indexSegment(t.ci)};
    t.containerName = containersOf(request.controller).at(t.ci).toObject().value(QLatin1String("name")).toString();
    return t;
}

} // namespace

Result<ExposePlan> planExpose(const ExposeRequest &request)
{
    const Result<Target> target = targetOf(request);
    if (!target)
        return target.error();
    const auto &[ns, svc, mapRef, ci, containerPath, containerName] = target.value();
    const QJsonArray containers = containersOf(request.controller);

    QList<ServicePort> chosen;
    QList<StatusCause> causes;
    const QList<ServicePort> all = servicePorts(request.service);
    if (request.ports.isEmpty()) {
        for (const ServicePort &p : all)
            if (p.protocol == u"TCP")
                chosen << p;
        if (chosen.isEmpty())
            causes << cause(QStringLiteral("spec.ports"), Tr::tr("Service %1/%2 has no TCP port.").arg(ns, svc));
    }
    for (int port : request.ports) {
        const ServicePort *found = nullptr;
        for (const ServicePort &p : all)
            if (p.port == port)
                found = &p;
        if (!found)
            causes << cause(QStringLiteral("data[%1]").arg(port), Tr::tr("Service %1/%2 has no port %3.").arg(ns, svc).arg(port));
        else if (found->protocol != u"TCP")
            causes << cause(QStringLiteral("data[%1]").arg(port),
                            Tr::tr("Port %1 is %2: the TCP map forwards TCP only.").arg(port).arg(found->protocol));
        else
            chosen << *found;
    }

    ExposePlan plan;
    plan.tcpMap = request.tcpMap;
    plan.controller = request.controller;
    QJsonObject data = request.tcpMap.value(kData).toObject();
    QJsonArray ports = containers.at(ci).toObject().value(kPorts).toArray();
    QStringList takenNames = portNamesOf(request.controller);
    for (const ServicePort &p : std::as_const(chosen)) {
        const QString key = QString::number(p.port);
        const QString field = QStringLiteral("data[%1]").arg(key);
        if (const QString use = reservedPortUse(p.port); !use.isEmpty()) {
            causes << cause(field, Tr::tr("Port %1 is reserved for %2.").arg(key, use));
            continue;
        }
        const QString target = formatStreamTarget(ns, svc, key);
        bool rowThere = false;
        if (data.contains(key)) {
            const StreamMapEntry e = parseStreamMapEntry(key, data.value(key).toString(), StreamProtocol::Tcp);
            const bool same = rowTargets(e, ns, svc) && (e.servicePort == key || e.servicePort == p.name);
            if (!same) {
                causes << cause(field, Tr::tr("Port %1 already forwards to %2.").arg(key, data.value(key).toString()));
                continue;
            }
            rowThere = true;
            plan.skipped << Tr::tr("%1 is in the map already.").arg(e.summary());
        }
        // the host port: free on the node's pod, or already opened exactly so on the container
        bool portThere = false;
        QString clash;
        for (qsizetype c = 0; c < containers.size(); ++c) {
            const QJsonArray list = containers.at(c).toObject().value(kPorts).toArray();
            for (qsizetype j = 0; j < list.size(); ++j) {
                const QJsonObject cp = list.at(j).toObject();
                if (protocolOf(cp) != u"TCP")
                    continue;
                const int host = cp.value(QLatin1String("hostPort")).toInt();
                const int container = cp.value(QLatin1String("containerPort")).toInt();
                const QString where = QStringLiteral("containers[%1].ports[%2]").arg(c).arg(j);
                if (c == ci && host == p.port && container == p.port)
                    portThere = true;
                else if (host == p.port)
                    clash = Tr::tr("host port %1/TCP is taken by %2 (containerPort %3).").arg(key, where).arg(container);
                else if (c == ci && container == p.port)
                    clash = Tr::tr("container %1 declares containerPort %2 already (%3) without that host port.").arg(containerName, key, where);
            }
        }
        if (!clash.isEmpty()) {
            causes << cause(pathText(containerPath + QStringList{kPorts}), Tr::tr("Port %1: %2").arg(key, clash));
            continue;
        }
        if (!rowThere) {
            data.insert(key, target);
            plan.rows << p.port;
        }
        if (portThere) {
            plan.skipped << Tr::tr("Container %1 opens host port %2 already.").arg(containerName, key);
        } else {
            QJsonObject cp{{QStringLiteral("containerPort"), p.port}, {QStringLiteral("hostPort"), p.port}, {QStringLiteral("protocol"), QStringLiteral("TCP")}};
            const QString name = freePortName(svc, p.name, p.port, takenNames);
            if (!name.isEmpty()) {
                cp.insert(QStringLiteral("name"), name);
                takenNames << name;
            }
            ports.append(cp);
            plan.hostPorts << p.port;
        }
    }
    if (!causes.isEmpty())
        return refusal(causes);

    if (!plan.rows.isEmpty()) {
        plan.tcpMap.insert(kData, data);
        plan.changesTcpMap = true;
    }
    if (!plan.hostPorts.isEmpty()) {
        setAtPath(plan.controller, containerPath + QStringList{kPorts}, ports);
        plan.changesController = true;
    }
    if (plan.changesTcpMap || plan.changesController) {
        // record what this exposure added, so that removing it takes back exactly that
        const QString key = exposureAnnotation(ns, svc);
        const QJsonObject old = QJsonDocument::fromJson(annotations(request.tcpMap).value(key).toString().toUtf8()).object();
        const QJsonObject record{{QStringLiteral("service"), QString(ns + u'/' + svc)},
                                 {QStringLiteral("rows"), jsonList(intList(old.value(QLatin1String("rows"))) + plan.rows)},
                                 {QStringLiteral("hostPorts"), jsonList(intList(old.value(QLatin1String("hostPorts"))) + plan.hostPorts)},
                                 {QStringLiteral("container"), QString(meta(request.controller, "namespace") + u'/'
                                                                       + meta(request.controller, "name") + u'/' + containerName)}};
        plan.tcpMap = withAnnotation(plan.tcpMap, key, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        plan.changesTcpMap = true;
    }
    return plan;
}

Result<ExposePlan> planUnexpose(const ExposeRequest &request)
{
    const Result<Target> target = targetOf(request);
    if (!target)
        return target.error();
    const auto &[ns, svc, mapRef, ci, containerPath, containerName] = target.value();
    auto wanted = [&](int port) { return request.ports.isEmpty() || request.ports.contains(port); };

    ExposePlan plan;
    plan.tcpMap = request.tcpMap;
    plan.controller = request.controller;
    QJsonObject data = request.tcpMap.value(kData).toObject();
    const QString annotationKey = exposureAnnotation(ns, svc);
    const QJsonObject record = QJsonDocument::fromJson(annotations(request.tcpMap).value(annotationKey).toString().toUtf8()).object();
    const bool recorded = !record.isEmpty();

    // the rows: the recorded ones, or (edited by hand) every row forwarding to the Service
    QList<int> rowPorts;
    if (recorded) {
        rowPorts = intList(record.value(QLatin1String("rows")));
    } else {
        for (auto it = data.begin(); it != data.end(); ++it) {
            const StreamMapEntry e = parseStreamMapEntry(it.key(), it.value().toString(), StreamProtocol::Tcp);
            if (e.port > 0 && rowTargets(e, ns, svc))
                rowPorts << e.port;
        }
    }
    for (int port : std::as_const(rowPorts)) {
        if (!wanted(port))
            continue;
        const QString key = QString::number(port);
        if (!data.contains(key)) {
            plan.skipped << Tr::tr("Port %1 is not in the map any more.").arg(key);
            continue;
        }
        const StreamMapEntry e = parseStreamMapEntry(key, data.value(key).toString(), StreamProtocol::Tcp);
        if (!rowTargets(e, ns, svc)) {
            plan.skipped << Tr::tr("Port %1 forwards to %2 now: left alone.").arg(key, data.value(key).toString());
            continue;
        }
        data.remove(key);
        plan.rows << port;
    }

    // the host ports: the recorded ones, or those whose number was a removed row's and that no
    // remaining row uses
    QList<int> hostPorts = recorded ? intList(record.value(QLatin1String("hostPorts"))) : plan.rows;
    QJsonArray ports = containersOf(request.controller).at(ci).toObject().value(kPorts).toArray();
    for (int port : std::as_const(hostPorts)) {
        if (!wanted(port))
            continue;
        if (data.contains(QString::number(port))) {
            plan.skipped << Tr::tr("Host port %1 still carries a map row: kept.").arg(port);
            continue;
        }
        bool removed = false;
        for (qsizetype j = 0; j < ports.size() && !removed; ++j) {
            const QJsonObject cp = ports.at(j).toObject();
            if (cp.value(QLatin1String("containerPort")).toInt() == port && cp.value(QLatin1String("hostPort")).toInt() == port
                && protocolOf(cp) == u"TCP") {
                ports.removeAt(j);
                removed = true;
            }
        }
        if (removed)
            plan.hostPorts << port;
        else
            plan.skipped << Tr::tr("Container %1 does not open host port %2 (any more).").arg(containerName).arg(port);
    }

    if (!plan.rows.isEmpty()) {
        if (data.isEmpty())
            plan.tcpMap.remove(kData);
        else
            plan.tcpMap.insert(kData, data);
        plan.changesTcpMap = true;
    }
    if (!plan.hostPorts.isEmpty()) {
        setAtPath(plan.controller, containerPath + QStringList{kPorts}, ports);
        plan.changesController = true;
    }
    if (recorded) {
        QList<int> restRows = intList(record.value(QLatin1String("rows")));
        QList<int> restPorts = intList(record.value(QLatin1String("hostPorts")));
        for (int p : std::as_const(plan.rows))
            restRows.removeAll(p);
        for (int p : std::as_const(plan.hostPorts))
            restPorts.removeAll(p);
        QString value;
        if (!request.ports.isEmpty() && (!restRows.isEmpty() || !restPorts.isEmpty())) {
            QJsonObject rest = record;
            rest.insert(QStringLiteral("rows"), jsonList(restRows));
            rest.insert(QStringLiteral("hostPorts"), jsonList(restPorts));
            value = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
        }
        plan.tcpMap = withAnnotation(plan.tcpMap, annotationKey, value);
        plan.changesTcpMap = plan.changesTcpMap || plan.tcpMap != request.tcpMap;
    }
    return plan;
}

} // namespace fc::editors
