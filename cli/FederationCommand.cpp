#include "cli/FederationCommand.h"
#include "cli/TextTable.h"

#include "backend/cluster/ObjectParser.h"
#include "model/federation/FederationEngine.h"
#include "model/gpu/GpuArithmetic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace fc {

namespace {

double devices(qint64 milli)
{
    return double(milli) / 1000.0;
}


QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
}

Result<QList<ObjectSummary>> loadManifests(const QStringList &files)
{
    QList<ObjectSummary> out;
    for (const QString &name : files) {
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly)) {
            Error e;
            e.file = name;
            e.message = f.errorString();
            return e;
        }
        auto parsed = parseManifests(f.readAll(), name);
        if (!parsed)
            return parsed.error();
        out << parsed.value();
    }
    return out;
}

} // namespace


namespace {

/// "fate-10000 rev 2 deployed", "x rev 3 pending-upgrade (stuck)", "x (not in Helm's storage)".
QString releaseCell(const PartyRelease &r)
{
    if (r.isEmpty())
        return QStringLiteral("-");
    if (!r.listed)
        return QStringLiteral("%1 (not in Helm's storage)").arg(r.name);
    QString out = QStringLiteral("%1 rev %2 %3").arg(r.name).arg(r.revision).arg(r.status);
    if (r.stuck)
        out += QStringLiteral(" (stuck)");
    else if (!r.error.isEmpty())
        out += QStringLiteral(" (unreadable)");
    return out;
}

} // namespace

QJsonDocument federationsToJson(const QList<Federation> &federations, const QHash<QString, PartyRelease> &releases)
{
    QJsonArray feds;
    for (const Federation &f : federations) {
        QJsonArray parties;
        for (const Party &p : f.parties) {
            QJsonArray endpoints;
            for (const Endpoint &e : p.endpoints)
                endpoints.append(e.text());
            QJsonObject o{
                {QStringLiteral("name"), p.name},
                {QStringLiteral("role"), roleName(p.role)},
                {QStringLiteral("cluster"), p.cluster},
                {QStringLiteral("namespace"), p.namespace_},
                {QStringLiteral("ready"), p.podsReady},
                {QStringLiteral("total"), p.podsTotal},
                {QStringLiteral("health"), healthName(p.health)},
                {QStringLiteral("reasons"), toArray(p.reasons)},
                {QStringLiteral("evidence"), toArray(p.evidence)},
                {QStringLiteral("endpoints"), endpoints},
                {QStringLiteral("components"), toArray(p.components)},
                {QStringLiteral("gpus"), devices(p.gpusHeld)},
                {QStringLiteral("gpusPending"), devices(p.gpusPending)},
            };
            if (!p.partyId.isEmpty())
                o.insert(QStringLiteral("partyId"), p.partyId);
            if (!p.certSecret.isEmpty())
                o.insert(QStringLiteral("certSecret"), p.certSecret);
            if (p.certNotAfter.isValid())
                o.insert(QStringLiteral("certNotAfter"), p.certNotAfter.toUTC().toString(Qt::ISODate));
            if (!p.directorHost.isEmpty())
                o.insert(QStringLiteral("director"), p.directorPort > 0 ? QStringLiteral("%1:%2").arg(p.directorHost).arg(p.directorPort)
                                                                        : p.directorHost);
            if (const PartyRelease r = releases.value(p.key); !r.isEmpty()) {
                QJsonObject release{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("namespace"), r.namespace_},
                                    {QStringLiteral("listed"), r.listed}};
                if (r.listed) {
                    release.insert(QStringLiteral("revision"), r.revision);
                    release.insert(QStringLiteral("status"), r.status);
                    release.insert(QStringLiteral("chart"), r.chart);
                    release.insert(QStringLiteral("stuck"), r.stuck);
                }
                if (!r.error.isEmpty())
                    release.insert(QStringLiteral("error"), r.error);
                o.insert(QStringLiteral("helmRelease"), release);
            }
            parties.append(o);
        }
        QJsonArray edges;
        for (const FederationEdge &e : f.edges)
            edges.append(QJsonObject{{QStringLiteral("from"), e.from},
                                     {QStringLiteral("to"), e.to},
                                     {QStringLiteral("label"), e.label},
                                     {QStringLiteral("resolved"), e.resolved},
                                     {QStringLiteral("crossCluster"), e.crossCluster},
                                     {QStringLiteral("target"), f.targetStateId(e)},
                                     {QStringLiteral("targetState"), f.targetState(e)}});
        feds.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("identity"), f.identity},
            {QStringLiteral("framework"), frameworkId(f.framework)},
            {QStringLiteral("health"), healthName(f.health)},
            {QStringLiteral("reasons"), toArray(f.reasons)},
            {QStringLiteral("gpus"), devices(f.gpusHeld())},
            {QStringLiteral("gpusPending"), devices(f.gpusPending())},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("edges"), edges},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("federations"), feds}});
}

QString federationsTable(const QList<Federation> &federations, bool wide, const QHash<QString, PartyRelease> &releases)
{
    QStringList headers{QStringLiteral("FEDERATION"), QStringLiteral("FRAMEWORK"), QStringLiteral("PARTY"),
                        QStringLiteral("ROLE"),       QStringLiteral("CLUSTER"),   QStringLiteral("NAMESPACE"),
                        QStringLiteral("READY"),      QStringLiteral("HEALTH"),    QStringLiteral("GPUS"),
                        QStringLiteral("GPUS-PENDING"), QStringLiteral("CERT-EXPIRY"), QStringLiteral("RELEASE")};
    if (wide)
        headers << QStringLiteral("REASONS") << QStringLiteral("EVIDENCE");
    QList<QStringList> rows;
    for (const Federation &f : federations) {
        for (const Party &p : f.parties) {
            QStringList r{f.name,
                          frameworkId(f.framework),
                          p.name,
                          roleName(p.role),
                          p.cluster.isEmpty() ? QStringLiteral("-") : p.cluster,
                          p.namespace_,
                          QStringLiteral("%1/%2").arg(p.podsReady).arg(p.podsTotal),
                          healthName(p.health),
                          gpu::devicesText(p.gpusHeld),
                          gpu::devicesText(p.gpusPending),
                          dateText(p.certNotAfter),
                          releaseCell(releases.value(p.key))};
            if (wide)
                r << (p.reasons.isEmpty() ? QStringLiteral("-") : p.reasons.join(QStringLiteral("; ")))
                  << p.evidence.join(QStringLiteral("; "));
            rows.append(r);
        }
        if (f.parties.isEmpty())
            rows.append({f.name, frameworkId(f.framework), QStringLiteral("-")});
    }
    QString out = alignedTable(headers, rows);
    // federation verdicts under the table, the way kubectl describe lists conditions
    for (const Federation &f : federations) {
        out += QStringLiteral("\n%1 (%2): %3").arg(f.name, frameworkName(f.framework), healthName(f.health));
        for (const QString &r : f.reasons)
            out += QStringLiteral("\n  - ") + r;
    }
    if (!federations.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

QJsonDocument gpusToJson(const QList<GpuModel::NodeRow> &nodes, const QList<PendingGpuPod> &pending)
{
    QJsonArray array;
    for (const GpuModel::NodeRow &r : nodes) {
        QJsonObject resources;
        for (auto it = r.facts.resources.cbegin(); it != r.facts.resources.cend(); ++it)
            resources.insert(it.key(), QJsonObject{{QStringLiteral("capacity"), devices(it->capacity)},
                                                   {QStringLiteral("allocatable"), devices(it->allocatable)},
                                                   {QStringLiteral("requested"), devices(it->requested)},
                                                   {QStringLiteral("limited"), devices(it->limited)},
                                                   {QStringLiteral("free"), devices(it->free())}});
        QJsonObject parties;
        for (const GpuSegment &s : r.segments())
            parties.insert(s.party, devices(s.requested));
        array.append(QJsonObject{
            {QStringLiteral("cluster"), r.cluster},
            {QStringLiteral("node"), r.node},
            {QStringLiteral("product"), r.facts.product},
            {QStringLiteral("capacity"), devices(r.capacity())},
            {QStringLiteral("allocatable"), devices(r.allocatable())},
            {QStringLiteral("requested"), devices(r.requested())},
            {QStringLiteral("limited"), devices(r.limited())},
            {QStringLiteral("free"), devices(r.free())},
            {QStringLiteral("physical"), r.facts.physicalGpus()},
            {QStringLiteral("replicas"), r.facts.replicas},
            {QStringLiteral("sharing"), r.facts.sharingText()},
            {QStringLiteral("pods"), r.pods},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("parties"), parties},
        });
    }
    QJsonArray waiting;
    for (const PendingGpuPod &p : pending)
        waiting.append(QJsonObject{{QStringLiteral("cluster"), p.cluster},
                                   {QStringLiteral("namespace"), p.namespace_},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("party"), p.party},
                                   {QStringLiteral("gpus"), devices(p.requested)},
                                   {QStringLiteral("message"), p.message}});
    return QJsonDocument(QJsonObject{{QStringLiteral("nodes"), array}, {QStringLiteral("pending"), waiting}});
}

QString gpusTable(const QList<GpuModel::NodeRow> &nodes)
{
    QStringList clusters;
    for (const GpuModel::NodeRow &r : nodes)
        if (!clusters.contains(r.cluster))
            clusters << r.cluster;
    const bool withCluster = clusters.size() > 1;
    QStringList headers{QStringLiteral("NODE"), QStringLiteral("PRODUCT"), QStringLiteral("CAPACITY"),
                        QStringLiteral("ALLOCATABLE"), QStringLiteral("REQUESTED"), QStringLiteral("FREE"),
                        QStringLiteral("SHARING"), QStringLiteral("PODS")};
    if (withCluster)
        headers.prepend(QStringLiteral("CLUSTER"));
    QList<GpuModel::NodeRow> sorted = nodes;
    std::sort(sorted.begin(), sorted.end(), [](const GpuModel::NodeRow &a, const GpuModel::NodeRow &b) {
        return std::tie(a.cluster, a.node) < std::tie(b.cluster, b.node);
    });
    QList<QStringList> rows;
    for (const GpuModel::NodeRow &r : std::as_const(sorted)) {
        auto per = [&](auto get) -> QString {
            if (r.facts.resources.size() <= 1)
                return gpu::devicesText(get(r));
            QStringList keys = r.facts.resources.keys();
            keys.sort();
            QStringList parts;
            for (const QString &k : std::as_const(keys)) {
                GpuModel::NodeRow one;
                one.facts.resources.insert(k, r.facts.resources.value(k));
                parts << gpu::shortResourceName(k) + QLatin1Char('=') + gpu::devicesText(get(one));
            }
            return parts.join(QLatin1Char(','));
        };
        QStringList row{r.node,
                        r.facts.product.isEmpty() ? QStringLiteral("-") : r.facts.product,
                        per([](const GpuModel::NodeRow &x) { return x.capacity(); }),
                        per([](const GpuModel::NodeRow &x) { return x.allocatable(); }),
                        per([](const GpuModel::NodeRow &x) { return x.requested(); }),
                        per([](const GpuModel::NodeRow &x) { return x.free(); }),
                        r.facts.sharingText(),
                        QString::number(r.pods)};
        if (withCluster)
            row.prepend(r.cluster);
        rows.append(row);
    }
    return alignedTable(headers, rows);
}

Result<QList<Federation>> federationsFromManifestFiles(const QStringList &files, const QString &cluster)
{
    auto objects = loadManifests(files);
    if (!objects)
        return objects.error();
    return recognizeFederations(objects.value(), cluster);
}

Result<QList<GpuModel::NodeRow>> gpusFromManifestFiles(const QStringList &files, const QString &cluster)
{
    auto objects = loadManifests(files);
    if (!objects)
        return objects.error();
    FederationEngine engine;
    QHash<Kind, QList<ObjectSummary>> byKind;
    for (const ObjectSummary &o : objects.value())
        byKind[o.kind].append(o);
    for (Kind k : {Kind::Namespace, Kind::Deployment, Kind::StatefulSet, Kind::Pod})
        (void)engine.reset(k, byKind.value(k), cluster);
    GpuModel model;
    model.setPartyResolver([&engine](const ObjectSummary &pod, const QString &c) { return engine.partyNameForPod(pod, c); });
    model.resetAll(Kind::Node, byKind.value(Kind::Node), cluster);
    model.resetAll(Kind::Pod, byKind.value(Kind::Pod), cluster);
    return model.rows();
}

} // namespace fc
