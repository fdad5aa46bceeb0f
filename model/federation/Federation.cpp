#include "model/federation/Federation.h"

#include <QCoreApplication>

#include <algorithm>

namespace fc {

QString frameworkName(Framework f)
{
    switch (f) {
    case Framework::Flare: return QStringLiteral("NVIDIA FLARE");
    case Framework::OpenFL: return QStringLiteral("OpenFL");
    case Framework::Fate: return QStringLiteral("FATE");
    case Framework::Custom: return QStringLiteral("Custom");
    }
    return {};
}

QString frameworkId(Framework f)
{
    switch (f) {
    case Framework::Flare: return QStringLiteral("flare");
    case Framework::OpenFL: return QStringLiteral("openfl");
    case Framework::Fate: return QStringLiteral("fate");
    case Framework::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString roleName(PartyRole r)
{
    switch (r) {
    case PartyRole::Overseer: return QStringLiteral("overseer");
    case PartyRole::Server: return QStringLiteral("server");
    case PartyRole::Client: return QStringLiteral("client");
    case PartyRole::Admin: return QStringLiteral("admin");
    case PartyRole::Director: return QStringLiteral("director");
    case PartyRole::Envoy: return QStringLiteral("envoy");
    case PartyRole::Party: return QStringLiteral("party");
    case PartyRole::Exchange: return QStringLiteral("exchange");
    case PartyRole::Other: return QStringLiteral("other");
    }
    return {};
}

PartyRole roleFromName(QStringView name)
{
    for (PartyRole r : {PartyRole::Overseer, PartyRole::Server, PartyRole::Client, PartyRole::Admin, PartyRole::Director,
                        PartyRole::Envoy, PartyRole::Party, PartyRole::Exchange})
        if (name.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    if (name.compare(u"site", Qt::CaseInsensitive) == 0 || name.compare(u"collaborator", Qt::CaseInsensitive) == 0)
        return PartyRole::Client;
    if (name.compare(u"aggregator", Qt::CaseInsensitive) == 0)
        return PartyRole::Server;
    return PartyRole::Other;
}

QString healthName(Health h)
{
    switch (h) {
    case Health::Green: return QStringLiteral("green");
    case Health::Amber: return QStringLiteral("amber");
    case Health::Unknown: return QStringLiteral("unknown");
    case Health::Red: return QStringLiteral("red");
    }
    return {};
}

QString Endpoint::text() const
{
    const QString proto = protocol.isEmpty() ? QStringLiteral("TCP") : protocol;
    const QString named = name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name);
    switch (type) {
    case Type::ServicePort:
        return QStringLiteral("svc/%1 %2/%3%4").arg(object).arg(port).arg(proto, named);
    case Type::NodePort:
        return QStringLiteral("svc/%1 nodePort %2 \u2192 %3%4").arg(object).arg(port).arg(targetPort).arg(named);
    case Type::HostPort:
        return QStringLiteral("hostPort %1 \u2192 %2/%3 (pod %4)").arg(port).arg(targetPort).arg(proto, object);
    case Type::ContainerPort:
        return QStringLiteral("containerPort %1/%2%3").arg(port).arg(proto, named);
    case Type::IngressTcp:
        return QStringLiteral("ingress tcp %1 \u2192 %2 (configmap %3)").arg(port).arg(name, object);
    }
    return {};
}

const Party *Federation::party(const QString &partyName) const
{
    for (const Party &p : parties)
        if (p.name == partyName)
            return &p;
    return nullptr;
}

namespace {
/// The sum of one field over a federation's parties.
template <typename T>
T sumOver(const QList<Party> &parties, T Party::*field)
{
    T s = 0;
    for (const Party &p : parties)
        s += p.*field;
    return s;
}
} // namespace

qint64 Federation::gpusHeld() const { return sumOver(parties, &Party::gpusHeld); }
qint64 Federation::gpusPending() const { return sumOver(parties, &Party::gpusPending); }
int Federation::podsReady() const { return sumOver(parties, &Party::podsReady); }
int Federation::podsTotal() const { return sumOver(parties, &Party::podsTotal); }

QString healthLabel(Health h)
{
    switch (h) {
    case Health::Green: return QCoreApplication::translate("fc::Federation", "healthy");
    case Health::Amber: return QCoreApplication::translate("fc::Federation", "degraded");
    case Health::Unknown: return QCoreApplication::translate("fc::Federation", "unknown");
    case Health::Red: return QCoreApplication::translate("fc::Federation", "failing");
    }
    return {};
}

QString roleLabel(PartyRole r)
{
    // the frameworks' own words (overseer, envoy, …) stay: they are what the deployment guides say
    switch (r) {
    case PartyRole::Party: return QCoreApplication::translate("fc::Federation", "party");
    case PartyRole::Other: return QCoreApplication::translate("fc::Federation", "other");
    default: return roleName(r);
    }
}

QList<PartyService> servicesToExpose(const QList<Federation> &federations)
{
    QList<PartyService> out;
    for (const Federation &f : federations) {
        if (f.framework != Framework::Flare)
            continue;
        for (PartyRole role : {PartyRole::Overseer, PartyRole::Server}) {
            for (const Party &p : f.parties) {
                if (p.role != role)
                    continue;
                QList<PartyService> ofParty;
                for (const Endpoint &e : p.endpoints) {
                    if (e.type != Endpoint::Type::ServicePort || (!e.protocol.isEmpty() && e.protocol != u"TCP"))
                        continue;
                    auto it = std::find_if(ofParty.begin(), ofParty.end(), [&](const PartyService &s) { return s.service == e.object; });
                    if (it == ofParty.end())
                        it = ofParty.insert(ofParty.end(), PartyService{f.name, p.name, p.role, p.cluster, p.namespace_, e.object, {}});
                    if (!it->ports.contains(e.port))
                        it->ports << e.port;
                }
                out += ofParty;
            }
        }
    }
    return out;
}

const Party *Federation::partyByKey(const QString &key) const
{
    for (const Party &p : parties)
        if (p.key == key)
            return &p;
    return nullptr;
}

QString Federation::targetStateId(const FederationEdge &edge) const
{
    const Party *to = edge.to.isEmpty() ? nullptr : partyByKey(edge.to);
    if (!to)
        return QStringLiteral("not-found");
    if (to->health == Health::Unknown)
        return QStringLiteral("unknown");
    return to->podsReady > 0 ? QStringLiteral("answers") : QStringLiteral("not-answering");
}

QString Federation::targetState(const FederationEdge &edge) const
{
    const Party *to = edge.to.isEmpty() ? nullptr : partyByKey(edge.to);
    if (!to)
        return QCoreApplication::translate("fc::Federation", "target not found");
    if (to->health == Health::Unknown)
        return QCoreApplication::translate("fc::Federation", "target cannot be read (%1)").arg(to->reasons.value(0));
    if (to->podsReady > 0)
        return QCoreApplication::translate("fc::Federation", "target answers (%1/%2 pods ready)").arg(to->podsReady).arg(to->podsTotal);
    return QCoreApplication::translate("fc::Federation", "target does not answer (%1/%2 pods ready)").arg(to->podsReady).arg(to->podsTotal);
}

} // namespace fc
