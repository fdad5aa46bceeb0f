#include "model/editors/IngressStreamMap.h"

#include "model/editors/KubeValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fc::editors {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IngressStreamMap)
};

using Problem = StreamMapEntry::Problem;
using Part = StreamMapEntry::Problem::Part;

bool isDigits(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(s).hasMatch();
}

bool isProxy(const QString &field)
{
    return field.compare(QLatin1String("PROXY"), Qt::CaseInsensitive) == 0;
}

QString skips(const QString &why)
{
    return Tr::tr("the controller skips this row: %1").arg(why);
}

QString portText(const LiveServicePort &p)
{
    const QString number = QStringLiteral("%1/%2").arg(p.port).arg(p.protocol);
    return p.name.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(number, p.name);
}

QString meta(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String(key)).toString();
}

/// $(VAR) references in a container argument, expanded the way the kubelet does: known
/// variables replaced, $$ an escaped $, unknown references left as written.
QString expandVariables(const QString &arg, const QHash<QString, QString> &vars)
{
    QString out;
    for (qsizetype i = 0; i < arg.size(); ++i) {
        const QChar c = arg.at(i);
        if (c != u'$' || i + 1 >= arg.size()) {
            out += c;
            continue;
        }
        if (arg.at(i + 1) == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        const qsizetype close = arg.indexOf(u')', i + 2);
        if (arg.at(i + 1) != u'(' || close < 0) {
            out += c;
            continue;
        }
        const QString name = arg.mid(i + 2, close - i - 2);
        if (vars.contains(name))
            out += vars.value(name);
        else
            out += arg.mid(i, close - i + 1);
        i = close;
    }
    return out;
}

} // namespace

QString protocolName(StreamProtocol protocol)
{
    return protocol == StreamProtocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
}

const QList<int> &reservedIngressPorts()
{
    static const QList<int> ports = {80, 443, 442, 10254, 8181, 10245, 10246, 10247};
    return ports;
}

QString reservedPortUse(int port)
{
    switch (port) {
    case 80: return Tr::tr("the controller's HTTP listener");
    case 443: return Tr::tr("the controller's HTTPS listener");
    case 442: return Tr::tr("the controller's SSL passthrough proxy");
    case 10254: return Tr::tr("the controller's health check and metrics");
    case 8181: return Tr::tr("the controller's default backend");
    case 10245: return Tr::tr("nginx's profiler");
    case 10246: return Tr::tr("nginx's status page");
    case 10247: return Tr::tr("nginx's stream configuration");
    default: return {};
    }
}

bool StreamMapEntry::skipped() const
{
    for (const Problem &p : problems)
        if (p.skipsRow)
            return true;
    return false;
}

QString StreamMapEntry::summary() const
{
    QString s = key + QStringLiteral(" \u2192 ") + namespace_ + u'/' + service + u':' + servicePort;
    if (proxyDecode)
        s += QStringLiteral(" PROXY");
    if (proxyEncode)
        s += proxyDecode ? QStringLiteral(" PROXY") : QStringLiteral(" (encode) PROXY");
    return s;
}

QString formatStreamTarget(const QString &namespace_, const QString &service, const QString &servicePort, bool proxyDecode,
                           bool proxyEncode)
{
    QString value = namespace_ + u'/' + service + u':' + servicePort;
    if (proxyEncode)
        value += (proxyDecode ? QStringLiteral(":PROXY") : QStringLiteral(":")) + QStringLiteral(":PROXY");
    else if (proxyDecode)
        value += QStringLiteral(":PROXY");
    return value;
}

StreamMapEntry parseStreamMapEntry(const QString &key, const QString &value, StreamProtocol protocol)
{
    StreamMapEntry e;
    e.key = key;
    e.value = value;
    const QString proto = protocolName(protocol);
    if (!isDigits(key)) {
        e.problems.append({Part::Port, skips(Tr::tr("“%1” is not a %2 port number").arg(key, proto)), true});
    } else if (!validation::isValidPort(key.toLongLong())) {
        // the controller would pass it on, and nginx would refuse the whole configuration
        e.problems.append({Part::Port, Tr::tr("%1 is not a port (1-65535): nginx cannot listen on it").arg(key), true});
    } else {
        e.port = key.toInt();
        const QString use = reservedPortUse(e.port);
        if (!use.isEmpty())
            e.problems.append({Part::Port, skips(Tr::tr("port %1 is reserved for %2").arg(key, use)), true});
    }

    const QStringList fields = value.split(u':');
    if (fields.size() < 2) {
        e.problems.append({Part::Service, skips(Tr::tr("“%1” is not namespace/service:port").arg(value)), true});
        return e;
    }
    const QStringList nsName = fields.at(0).split(u'/');
    if (nsName.size() != 2) {
        e.problems.append({Part::Service, skips(Tr::tr("“%1” is not namespace/service").arg(fields.at(0))), true});
    } else {
        e.namespace_ = nsName.at(0);
        e.service = nsName.at(1);
        const QStringList nsProblems = validation::dns1123LabelProblems(e.namespace_);
        if (!nsProblems.isEmpty())
            e.problems.append({Part::Namespace, skips(Tr::tr("the namespace “%1” %2").arg(e.namespace_, nsProblems.join(Tr::tr("; ")))), true});
        const QStringList svcProblems = validation::dns1123LabelProblems(e.service);
        if (!svcProblems.isEmpty())
            e.problems.append({Part::Service, skips(Tr::tr("the Service name “%1” %2").arg(e.service, svcProblems.join(Tr::tr("; ")))), true});
    }
    e.servicePort = fields.at(1);
    if (e.servicePort.isEmpty()) {
        e.problems.append({Part::ServicePort, skips(Tr::tr("no Service port after “:”")), true});
    } else if (isDigits(e.servicePort)) {
        if (!validation::isValidPort(e.servicePort.toLongLong()))
            e.problems.append({Part::ServicePort, skips(Tr::tr("%1 is not a port (1-65535)").arg(e.servicePort)), true});
    } else if (!validation::portNameProblems(e.servicePort).isEmpty()) {
        e.problems.append({Part::ServicePort,
                           skips(Tr::tr("“%1” is neither a port number nor a port name (%2)")
                                     .arg(e.servicePort, validation::portNameProblems(e.servicePort).join(Tr::tr("; ")))),
                           true});
    }

    if (fields.size() < 3)
        return e;
    if (protocol == StreamProtocol::Udp) {
        e.problems.append({Part::Proxy, Tr::tr("the PROXY protocol applies to TCP only: the controller ignores “%1” in the UDP map")
                                            .arg(fields.mid(2).join(u':')),
                           false});
        return e;
    }
    e.proxyDecode = isProxy(fields.at(2));
    if (!fields.at(2).isEmpty() && !e.proxyDecode)
        e.problems.append({Part::Proxy, Tr::tr("“%1” is not PROXY: the controller ignores it").arg(fields.at(2)), false});
    if (fields.size() == 4) {
        e.proxyEncode = isProxy(fields.at(3));
        if (!fields.at(3).isEmpty() && !e.proxyEncode)
            e.problems.append({Part::Proxy, Tr::tr("“%1” is not PROXY: the controller ignores it").arg(fields.at(3)), false});
    } else if (fields.size() > 4) {
        e.problems.append({Part::Proxy, Tr::tr("more than two flags: the controller reads only the first PROXY and ignores the rest"), false});
    }
    return e;
}

LiveService liveServiceFromJson(const QJsonObject &service)
{
    LiveService s;
    s.namespace_ = meta(service, "namespace");
    s.name = meta(service, "name");
    const QJsonObject spec = service.value(QLatin1String("spec")).toObject();
    s.type = spec.value(QLatin1String("type")).toString(QStringLiteral("ClusterIP"));
    for (const QJsonValue &v : spec.value(QLatin1String("ports")).toArray()) {
        const QJsonObject p = v.toObject();
        s.ports.append({p.value(QLatin1String("name")).toString(), p.value(QLatin1String("port")).toInt(),
                        p.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"))});
    }
    return s;
}

LiveService liveServiceFromSummary(const ObjectSummary &service)
{
    LiveService s;
    s.namespace_ = service.namespace_;
    s.name = service.name;
    if (const ServiceInfo *info = service.service()) {
        s.type = info->type.isEmpty() ? QStringLiteral("ClusterIP") : info->type;
        for (const ServicePort &p : info->ports)
            s.ports.append({p.name, p.port, p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol});
    }
    return s;
}

ServiceEndpoints serviceEndpointsFromJson(const QJsonObject &o)
{
    ServiceEndpoints e;
    e.namespace_ = meta(o, "namespace");
    if (o.value(QLatin1String("kind")).toString() == u"EndpointSlice" || o.contains(QLatin1String("addressType"))) {
        e.service = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject()
                        .value(QLatin1String("kubernetes.io/service-name")).toString();
        int ready = 0;
        for (const QJsonValue &v : o.value(QLatin1String("endpoints")).toArray()) {
            // an endpoint without a ready condition counts as ready, as for the controller
            const QJsonValue r = v.toObject().value(QLatin1String("conditions")).toObject().value(QLatin1String("ready"));
            if (!r.isBool() || r.toBool())
                ++ready;
        }
        for (const QJsonValue &v : o.value(QLatin1String("ports")).toArray())
            e.readyByPortName[v.toObject().value(QLatin1String("name")).toString()] += ready;
        return e;
    }
    e.service = meta(o, "name"); // Endpoints are named after their Service
    for (const QJsonValue &v : o.value(QLatin1String("subsets")).toArray()) {
        const QJsonObject subset = v.toObject();
        const int ready = int(subset.value(QLatin1String("addresses")).toArray().size());
        for (const QJsonValue &p : subset.value(QLatin1String("ports")).toArray())
            e.readyByPortName[p.toObject().value(QLatin1String("name")).toString()] += ready;
    }
    return e;
}

QList<StreamMapEntry::Problem> liveProblems(const StreamMapEntry &entry, StreamProtocol protocol,
                                            const QList<LiveService> &services, const QList<ServiceEndpoints> *endpoints)
{
    if (entry.skipped() || entry.service.isEmpty())
        return {};
    const QString ref = entry.namespace_ + u'/' + entry.service;
    const LiveService *svc = nullptr;
    for (const LiveService &s : services)
        if (s.namespace_ == entry.namespace_ && s.name == entry.service)
            svc = &s;
    if (!svc)
        return {{Part::Service, skips(Tr::tr("Service %1 does not exist").arg(ref)), true, true}};

    const QString proto = protocolName(protocol);
    const bool byNumber = isDigits(entry.servicePort);
    const LiveServicePort *port = nullptr;
    const LiveServicePort *otherProtocol = nullptr;
    for (const LiveServicePort &p : svc->ports) {
        const bool same = byNumber ? p.port == entry.servicePort.toInt() : p.name == entry.servicePort;
        if (!same)
            continue;
        if (p.protocol == proto)
            port = &p;
        else
            otherProtocol = &p;
    }
    if (!port) {
        QStringList known;
        for (const LiveServicePort &p : svc->ports)
            known << portText(p);
        QString why = Tr::tr("Service %1 has no %2 port %3").arg(ref, proto, entry.servicePort);
        if (otherProtocol)
            why += Tr::tr(" (its port %1 is %2)").arg(entry.servicePort, otherProtocol->protocol);
        else
            why += Tr::tr(" (it has %1)").arg(known.isEmpty() ? Tr::tr("no ports") : known.join(Tr::tr(", ")));
        return {{Part::ServicePort, skips(why), true, true}};
    }
    if (svc->type == u"ExternalName" || !endpoints)
        return {};
    int ready = 0;
    for (const ServiceEndpoints &e : *endpoints)
        if (e.namespace_ == entry.namespace_ && e.service == entry.service)
            ready += e.readyByPortName.value(port->name);
    if (ready == 0)
        return {{Part::Service, skips(Tr::tr("Service %1 has no ready endpoints for port %2").arg(ref, portText(*port))), true, true}};
    return {};
}

QList<StreamMapRef> streamMapsOfController(const QJsonObject &workload)
{
    QList<StreamMapRef> out;
    const QString ns = meta(workload, "namespace");
    const QString workloadRef = ns + u'/' + meta(workload, "name");
    const QJsonObject podSpec = workload.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject()
                                    .value(QLatin1String("spec")).toObject();
    for (const QJsonValue &cv : podSpec.value(QLatin1String("containers")).toArray()) {
        const QJsonObject c = cv.toObject();
        QHash<QString, QString> vars;
        for (const QJsonValue &ev : c.value(QLatin1String("env")).toArray()) {
            const QJsonObject env = ev.toObject();
            const QString name = env.value(QLatin1String("name")).toString();
            if (env.value(QLatin1String("value")).isString())
                vars.insert(name, env.value(QLatin1String("value")).toString());
            const QString fieldPath = env.value(QLatin1String("valueFrom")).toObject().value(QLatin1String("fieldRef")).toObject()
                                          .value(QLatin1String("fieldPath")).toString();
            if (fieldPath == u"metadata.namespace")
                vars.insert(name, ns);
        }
        // the controller's pods run in the workload's namespace whatever the env says
        vars.insert(QStringLiteral("POD_NAMESPACE"), ns);
        QStringList args;
        for (const char *key : {"command", "args"})
            for (const QJsonValue &a : c.value(QLatin1String(key)).toArray())
                args << a.toString();
        struct Flag {
            const char *name;
            StreamProtocol protocol;
        };
        const Flag flags[] = {{"--tcp-services-configmap", StreamProtocol::Tcp}, {"--udp-services-configmap", StreamProtocol::Udp}};
        for (qsizetype i = 0; i < args.size(); ++i) {
            for (const Flag &flag : flags) {
                const QString name = QLatin1String(flag.name);
                QString value;
                if (args.at(i).startsWith(name + u'='))
                    value = args.at(i).mid(name.size() + 1);
                else if (args.at(i) == name && i + 1 < args.size())
                    value = args.at(i + 1);
                else
                    continue;
                const QStringList parts = expandVariables(value, vars).split(u'/');
                if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
                    continue; // the controller refuses it too (ParseNameNS)
                out.append({parts.at(0), parts.at(1), flag.protocol, workloadRef, c.value(QLatin1String("name")).toString()});
            }
        }
    }
    return out;
}

} // namespace fc::editors
