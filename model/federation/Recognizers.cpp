#include "model/federation/Recognizers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fc {

namespace {
/// One translation context for this file (evidence reaches the federation view and its tooltips).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::Recognizers)
};
} // namespace

QString Classification::partyKey(const QString &cluster, const QString &namespace_) const
{
    return cluster + QLatin1Char('|') + namespace_ + QLatin1Char('|') + roleName(role) + QLatin1Char('|') + party;
}

QString workloadNameOf(const ObjectSummary &pod)
{
    if (pod.ownerName.isEmpty())
        return {};
    if (pod.ownerKind == u"ReplicaSet") {
        // Deployment pods: owner is <deployment>-<pod-template-hash>
        const qsizetype dash = pod.ownerName.lastIndexOf(QLatin1Char('-'));
        if (dash > 0)
            return pod.ownerName.left(dash);
    }
    return pod.ownerName;
}

QStringList fateRequiredComponents(const QStringList &present, bool exchange)
{
    auto has = [&](const char *c) { return present.contains(QLatin1String(c)); };
    const bool eggroll2 = has("rollsite") || has("nodemanager") || has("clustermanager");
    const bool newer = has("osx") || has("nginx") || has("pulsar") || has("spark-master");
    const bool first = !eggroll2 && !newer && (has("proxy") || has("roll") || has("egg") || has("meta-service") || has("federation"));
    if (exchange)
        return {first ? QStringLiteral("proxy") : QStringLiteral("rollsite|nginx|osx|trafficserver|proxy")};
    if (first) // FATE 1.x as KubeFATE's k8s-deploy lays it out: eight pods per party
        return {QStringLiteral("python|fateflow"), QStringLiteral("proxy"), QStringLiteral("roll"), QStringLiteral("egg"),
                QStringLiteral("meta-service"), QStringLiteral("federation"), QStringLiteral("mysql"), QStringLiteral("redis")};
    QStringList required{QStringLiteral("python|fateflow"), QStringLiteral("rollsite|nginx|osx"), QStringLiteral("mysql")};
    if (eggroll2 && !newer) // eggroll's managers are what runs the computing
        required << QStringLiteral("nodemanager") << QStringLiteral("clustermanager");
    return required;
}

namespace {

const QStringList &fateComponents()
{
    static const QStringList list{
        QStringLiteral("python"),        QStringLiteral("fateflow"),      QStringLiteral("fateboard"),
        QStringLiteral("rollsite"),      QStringLiteral("nodemanager"),   QStringLiteral("clustermanager"),
        QStringLiteral("mysql"),         QStringLiteral("redis"),         QStringLiteral("nginx"),
        QStringLiteral("pulsar"),        QStringLiteral("osx"),           QStringLiteral("trafficserver"),
        QStringLiteral("spark-master"),  QStringLiteral("spark-worker"),  QStringLiteral("namenode"),
        QStringLiteral("datanode"),      QStringLiteral("client"),        QStringLiteral("lb-rollsite"),
        QStringLiteral("egg"),           QStringLiteral("roll"),          QStringLiteral("proxy"),
        QStringLiteral("federation"),    QStringLiteral("meta-service"),
    };
    return list;
}

// Longest known component the object name starts with ("nodemanager-0" -> nodemanager).
QString fateComponentFromName(const QString &name)
{
    QString best;
    for (const QString &c : fateComponents()) {
        if (name == c || (name.startsWith(c) && name.size() > c.size() && name.at(c.size()) == QLatin1Char('-'))) {
            if (c.size() > best.size())
                best = c;
        }
    }
    return best;
}

QString joinedCommand(const QList<ContainerSummary> &containers)
{
    QString out;
    for (const ContainerSummary &c : containers) {
        for (const QString &part : c.command) {
            out += part;
            out += QLatin1Char(' ');
        }
    }
    return out;
}

bool anyImageContains(const QList<ContainerSummary> &containers, QStringView needle)
{
    for (const ContainerSummary &c : containers)
        if (c.image.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QString firstImageContaining(const QList<ContainerSummary> &containers, QStringView needle)
{
    for (const ContainerSummary &c : containers)
        if (c.image.contains(needle, Qt::CaseInsensitive))
            return c.image;
    return {};
}

QList<int> containerPorts(const QList<ContainerSummary> &containers)
{
    QList<int> out;
    for (const ContainerSummary &c : containers)
        for (const ContainerPort &p : c.ports)
            out.append(p.containerPort);
    return out;
}

QString captureFirst(const QRegularExpression &re, const QString &text)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool recognizeFlare(Classification &c, const ObjectSummary &o, const Labels &labels,
                    const QList<ContainerSummary> &containers, const QString &cmd)
{
    const QString system = labels.value(QStringLiteral("system"));
    const bool nvflareImage = anyImageContains(containers, u"nvflare") || anyImageContains(containers, u"nvfl-");
    bool matched = true;
    if (cmd.contains(u"server_train")) {
        c.role = PartyRole::Server;
        c.evidence << Tr::tr("container command contains server_train");
    } else if (cmd.contains(u"client_train")) {
        c.role = PartyRole::Client;
        c.evidence << Tr::tr("container command contains client_train");
    } else if (cmd.contains(u"nvflare.ha.overseer")
               || (cmd.contains(u"overseer") && (cmd.contains(u"start.sh") || cmd.contains(u"gunicorn")))) {
        c.role = PartyRole::Overseer;
        c.evidence << Tr::tr("container command starts the overseer");
    } else if (system == u"overseer") {
        c.role = PartyRole::Overseer;
    } else if (cmd.contains(u"fl_admin") || cmd.contains(u"nvflare.fuel.hci.tools.admin")) {
        c.role = PartyRole::Admin;
        c.evidence << Tr::tr("container command runs the FLARE admin console");
    } else if (!system.isEmpty() && nvflareImage) {
        c.role = system.startsWith(u"server") ? PartyRole::Server
                 : (system.startsWith(u"site") || system.startsWith(u"client")) ? PartyRole::Client
                                                                                  : PartyRole::Other;
        matched = c.role != PartyRole::Other;
    } else {
        matched = false;
    }
    if (!matched)
        return false;
    c.framework = Framework::Flare;
    static const QRegularExpression workspace(QStringLiteral(R"re(/workspace/([A-Za-z0-9._@-]+))re"));
    static const QRegularExpression uidArg(QStringLiteral(R"re((?:^|\s)uid=([A-Za-z0-9._@-]+))re"));
    QString name = system;
    if (!system.isEmpty())
        c.evidence.prepend(Tr::tr("pod label system=%1").arg(system));
    if (name.isEmpty()) {
        const QString ws = captureFirst(workspace, cmd);
        if (!ws.isEmpty() && ws != u"startup" && ws != u"local" && ws != u"transfer") {
            name = ws;
            c.evidence << Tr::tr("workspace path /workspace/%1").arg(ws);
        }
    }
    if (name.isEmpty()) {
        name = captureFirst(uidArg, cmd);
        if (!name.isEmpty())
            c.evidence << Tr::tr("container argument uid=%1").arg(name);
    }
    for (const char *key : {"app.kubernetes.io/name", "app.kubernetes.io/instance", "app"}) {
        if (!name.isEmpty())
            break;
        name = labels.value(QLatin1String(key));
        if (!name.isEmpty() && (name == u"nvflare-server" || name == u"nvflare-client"))
            name.clear(); // chart names, not participant names
    }
    if (name.isEmpty())
        name = o.kind == Kind::Pod ? workloadNameOf(o) : o.name;
    if (name.isEmpty())
        name = o.namespace_;
    c.party = name;
    c.component = roleName(c.role);
    for (int port : containerPorts(containers)) {
        if (port == 8443 || port == 8002 || port == 8003 || port == 8102 || port == 8103)
            c.evidence << Tr::tr("container port %1").arg(port);
    }
    if (cmd.contains(u"/startup/start.sh"))
        c.evidence << Tr::tr("container command runs startup/start.sh");
    if (const QString image = firstImageContaining(containers, u"nvfl"); !image.isEmpty())
        c.evidence << Tr::tr("image %1").arg(image);
    return true;
}

bool recognizeOpenFL(Classification &c, const ObjectSummary &o, const Labels &labels,
                     const QString &cmd)
{
    const QString openfl = labels.value(QStringLiteral("openfl"));
    const QString chartCluster = labels.value(QStringLiteral("cluster"));
    const bool kubefate = labels.value(QStringLiteral("owner")) == u"kubefate";
    QString component;
    if (openfl == u"director" || openfl == u"notebook" || openfl == u"envoy") {
        component = openfl;
        c.evidence << Tr::tr("pod label openfl=%1").arg(openfl);
    } else if (kubefate && (chartCluster == u"openfl-director" || chartCluster == u"openfl-envoy")) {
        component = chartCluster == u"openfl-envoy" ? QStringLiteral("envoy") : QStringLiteral("director");
    }
    if (cmd.contains(u"fx director start")) {
        component = QStringLiteral("director");
        c.evidence << Tr::tr("container command contains fx director start");
    } else if (cmd.contains(u"fx envoy start")) {
        component = QStringLiteral("envoy");
        c.evidence << Tr::tr("container command contains fx envoy start");
    }
    if (component.isEmpty())
        return false;
    if (kubefate && chartCluster.startsWith(u"openfl"))
        c.evidence << Tr::tr("label owner=kubefate, cluster=%1 (FedLCM/KubeFATE chart)").arg(chartCluster);
    c.framework = Framework::OpenFL;
    c.role = component == u"envoy" ? PartyRole::Envoy : PartyRole::Director;
    c.component = component;
    c.byNamespace = true;
    QString name = labels.value(QStringLiteral("name"));
    if (c.role == PartyRole::Envoy) {
        static const QRegularExpression shard(QStringLiteral(R"re(--shard-name[= ]+"?([A-Za-z0-9._-]+))re"));
        static const QRegularExpression host(QStringLiteral(R"re((?:--director-host|\s-dh)[= ]+"?([A-Za-z0-9._-]+))re"));
        static const QRegularExpression port(QStringLiteral(R"re((?:--director-port|\s-dp)[= ]+"?([0-9]+))re"));
        if (name.isEmpty())
            name = captureFirst(shard, cmd);
        c.directorHost = captureFirst(host, cmd);
        c.directorPort = captureFirst(port, cmd).toInt();
        if (!c.directorHost.isEmpty())
            c.evidence << Tr::tr("envoy command names director %1").arg(c.directorHost);
    }
    if (name.isEmpty())
        name = o.namespace_;
    c.party = name;
    return true;
}

bool recognizeFate(Classification &c, const ObjectSummary &o, const Labels &labels,
                   const QList<ContainerSummary> &containers)
{
    static const QRegularExpression partyNs(QStringLiteral(R"re(^fate-(\d+)$)re"));
    const QString &ns = o.namespace_;
    QString module = labels.value(QStringLiteral("fateMoudle")); // sic: KubeFATE's label
    QString moduleLabel = QStringLiteral("fateMoudle");
    if (module.isEmpty()) {
        module = labels.value(QStringLiteral("fateModule"));
        moduleLabel = QStringLiteral("fateModule");
    }
    const bool kubefate = labels.value(QStringLiteral("owner")) == u"kubefate";
    const QString chartCluster = labels.value(QStringLiteral("cluster"));
    const bool fateChart = kubefate && (chartCluster == u"fate" || chartCluster == u"fate-exchange");
    const QString partyIdLabel = labels.value(QStringLiteral("partyId"));
    const auto nsMatch = partyNs.match(ns);
    const bool fateNamespace = nsMatch.hasMatch() || ns == u"fate-exchange";
    QString component = module;
    if (component.isEmpty())
        component = fateComponentFromName(o.kind == Kind::Pod ? workloadNameOf(o).isEmpty() ? o.name : workloadNameOf(o)
                                                              : o.name);
    if (component.isEmpty())
        component = fateComponentFromName(o.name);
    if (module.isEmpty() && !fateChart && partyIdLabel.isEmpty() && !(fateNamespace && !component.isEmpty()))
        return false;
    c.framework = Framework::Fate;
    c.byNamespace = true;
    c.component = component;
    if (!module.isEmpty())
        c.evidence << Tr::tr("label %1=%2").arg(moduleLabel, module);
    if (!partyIdLabel.isEmpty())
        c.evidence << Tr::tr("label partyId=%1").arg(partyIdLabel);
    if (fateChart)
        c.evidence << Tr::tr("label owner=kubefate, cluster=%1").arg(chartCluster);
    if (fateNamespace)
        c.evidence << Tr::tr("namespace %1").arg(ns);
    else if (module.isEmpty() && !component.isEmpty())
        c.evidence << Tr::tr("component %1").arg(component);
    c.partyId = partyIdLabel.isEmpty() && nsMatch.hasMatch() ? nsMatch.captured(1) : partyIdLabel;
    const QString releaseName = labels.value(QStringLiteral("name"));
    const bool exchange = ns.contains(u"exchange") || releaseName.contains(u"exchange") || chartCluster == u"fate-exchange";
    c.role = exchange ? PartyRole::Exchange : PartyRole::Party;
    c.party = ns;
    Q_UNUSED(containers);
    return true;
}

} // namespace

Classification classifyObject(const ObjectSummary &o, const Labels &namespaceLabels)
{
    Classification c;
    const QList<ContainerSummary> *containers = nullptr;
    Labels labels = o.labels;
    if (const PodInfo *p = o.pod()) {
        containers = &p->containers;
    } else if (const WorkloadInfo *w = o.workload()) {
        containers = &w->containers;
        for (auto it = w->selector.cbegin(); it != w->selector.cend(); ++it)
            labels.insert(it.key(), it.value());
    } else {
        return c;
    }
    const QString cmd = joinedCommand(*containers);
    c.matched = recognizeFlare(c, o, labels, *containers, cmd) || recognizeOpenFL(c, o, labels, cmd)
        || recognizeFate(c, o, labels, *containers);

    // FedConsole's own labels win: on the object first, then on its namespace.
    auto pick = [&](QLatin1StringView key, QString &out) {
        if (const QString v = labels.value(key); !v.isEmpty()) {
            out = v;
            c.evidence.prepend(Tr::tr("label %1=%2").arg(key, v));
            return true;
        }
        if (const QString v = namespaceLabels.value(key); !v.isEmpty()) {
            out = v;
            c.evidence.prepend(Tr::tr("namespace label %1=%2").arg(key, v));
            return true;
        }
        return false;
    };
    QString federation, party, role, framework;
    const bool hasFederation = pick(fedlabels::kFederation, federation);
    const bool hasParty = pick(fedlabels::kParty, party);
    const bool hasRole = pick(fedlabels::kRole, role);
    const bool hasFramework = pick(fedlabels::kFramework, framework);
    if (!hasFederation && !hasParty && !hasRole && !hasFramework)
        return c;
    if (!c.matched) {
        c.framework = Framework::Custom;
        c.role = PartyRole::Party;
        c.party = o.namespace_;
        c.byNamespace = true;
        c.component = o.kind == Kind::Pod ? workloadNameOf(o) : o.name;
        if (c.component.isEmpty())
            c.component = o.name;
    }
    c.matched = true;
    if (hasFederation)
        c.federation = federation;
    if (hasParty) {
        c.party = party;
        c.byNamespace = false;
    }
    if (hasRole)
        c.role = roleFromName(role);
    if (hasFramework) {
        if (framework.compare(u"flare", Qt::CaseInsensitive) == 0 || framework.compare(u"nvflare", Qt::CaseInsensitive) == 0)
            c.framework = Framework::Flare;
        else if (framework.compare(u"openfl", Qt::CaseInsensitive) == 0)
            c.framework = Framework::OpenFL;
        else if (framework.compare(u"fate", Qt::CaseInsensitive) == 0)
            c.framework = Framework::Fate;
        else
            c.framework = Framework::Custom;
    }
    return c;
}

bool isKnownCertificateSecretName(QStringView name)
{
    return name == u"envoy-cert" || name == u"director-cert" || name == u"eggroll-certs" || name == u"pulsar-cert"
        || name == u"traffic-server-cert" || name == u"notebook-cert";
}

bool isFlareKitSecret(const ObjectSummary &secret)
{
    const SecretInfo *s = secret.secret();
    if (!s)
        return false;
    bool rootCa = false, participantCert = false;
    for (const QString &k : s->keys) {
        rootCa = rootCa || k == u"rootCA.pem";
        participantCert = participantCert || k == u"server.crt" || k == u"client.crt" || k == u"overseer.crt";
    }
    return rootCa && participantCert;
}

QList<FateRoute> parseFateRouteTable(const ConfigMapInfo &configMap)
{
    QList<FateRoute> out;
    const QString text = configMap.data.value(QStringLiteral("route_table.json"));
    if (text.isEmpty())
        return out;
    const QJsonObject table = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("route_table")).toObject();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        const QJsonObject services = it.value().toObject();
        // each destination lists services; "default" is the one that carries federation traffic
        const QJsonArray targets = services.value(QStringLiteral("default")).toArray();
        for (const QJsonValue &t : targets) {
            const QJsonObject o = t.toObject();
            out.append({it.key(), o.value(QStringLiteral("ip")).toString(), o.value(QStringLiteral("port")).toInt()});
        }
    }
    return out;
}

DirectorAddress directorAddressFromConfigMap(const ConfigMapInfo &configMap)
{
    DirectorAddress a;
    static const QRegularExpression kv(
        QStringLiteral(R"re((directorFqdn|director_fqdn|director_host|directorHost|DIRECTOR_FQDN|directorIp|director_ip|directorPort|director_port|DIRECTOR_PORT|aggPort|agg_port|AGG_PORT)"?\s*[:=]\s*"?([A-Za-z0-9._-]+))re"));
    for (auto it = configMap.data.cbegin(); it != configMap.data.cend(); ++it) {
        auto matches = kv.globalMatch(it.value());
        while (matches.hasNext()) {
            const auto m = matches.next();
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2);
            if (key.contains(u"fqdn") || key.contains(u"host"))
                a.fqdn = value;
            else if (key.contains(u"ip"))
                a.ip = value;
            else if (key.contains(u"agg"))
                a.aggPort = value.toInt();
            else if (key.contains(u"port"))
                a.port = value.toInt();
        }
    }
    return a;
}

QList<IngressTcpRoute> parseIngressTcpConfigMap(const ObjectSummary &configMap)
{
    QList<IngressTcpRoute> out;
    const ConfigMapInfo *cm = configMap.configMap();
    if (!cm || !configMap.name.contains(u"tcp"))
        return out;
    static const QRegularExpression target(QStringLiteral(R"re(^([a-z0-9-]+)/([a-z0-9.-]+):(\d+))re"));
    for (auto it = cm->data.cbegin(); it != cm->data.cend(); ++it) {
        bool ok = false;
        const int external = it.key().toInt(&ok);
        const auto m = target.match(it.value().trimmed());
        if (!ok || !m.hasMatch())
            continue;
        out.append({external, m.captured(1), m.captured(2), m.captured(3).toInt()});
    }
    return out;
}

} // namespace fc
