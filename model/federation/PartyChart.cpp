#include "model/federation/PartyChart.h"

#include <algorithm>

namespace fc {

namespace {

/// The next "stem-N" not taken by a party of the federation.
QString nextNumbered(const QString &stem, const Federation *federation)
{
    int highest = 0;
    if (federation) {
        for (const Party &p : federation->parties) {
            if (!p.name.startsWith(stem))
                continue;
            bool ok = false;
            const int n = p.name.mid(stem.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return stem + QString::number(highest + 1);
}

/// A port of one of the party's endpoints of `type` whose target is `target` (0: any), else 0.
int endpointPort(const Party &party, Endpoint::Type type, int target)
{
    for (const Endpoint &e : party.endpoints)
        if (e.type == type && (target == 0 || e.targetPort == target))
            return e.port;
    return 0;
}

/// A value that YAML reads back as the same string (names, hosts: no quoting needed unless empty).
QString yamlString(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("\"\"") : s;
}

PartyChartPlan flarePlan(const QString &site, const Federation *federation)
{
    PartyChartPlan plan;
    plan.release = site;
    plan.namespace_ = QStringLiteral("flare-") + site;
    plan.chartHint = QStringLiteral("NVIDIA FLARE chart: nvflare_hc/ as FLARE's provisioner (HelmChartBuilder) wrote it");
    // FLARE's systems take port pairs a hundred apart (8002/8003, 8102/8103): the next free pair
    int overseerPort = 8443;
    int highestServerPort = 7900;
    if (federation) {
        for (const Party &p : federation->parties) {
            for (const Endpoint &e : p.endpoints) {
                if (e.type != Endpoint::Type::ServicePort)
                    continue;
                if (p.role == PartyRole::Overseer)
                    overseerPort = e.port;
                else if (e.port >= 8000 && e.port < 8400)
                    highestServerPort = std::max(highestServerPort, e.port);
            }
        }
    }
    const int flPort = (highestServerPort / 100 + 1) * 100 + 2;
    QStringList y;
    y << QStringLiteral("# NVIDIA FLARE site %1 (the chart FLARE's provisioner writes: overseer and servers).").arg(site)
      << QStringLiteral("# The provisioned workspace on the node (the guide: helm install --set workspace=$(pwd)).")
      << QStringLiteral("workspace: /path/to/provisioned/workspace")
      << QStringLiteral("# A host directory for the server's persisted state (--set svc-persist=/tmp/nvflare).")
      << QStringLiteral("svc-persist: /tmp/nvflare")
      << QStringLiteral("overseer:")
      << QStringLiteral("  port: %1").arg(overseerPort)
      << QStringLiteral("servers:")
      << QStringLiteral("  - name: %1").arg(site)
      << QStringLiteral("    flPort: %1").arg(flPort)
      << QStringLiteral("    adminPort: %1").arg(flPort + 1);
    plan.valuesYaml = y.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return plan;
}

PartyChartPlan openflPlan(const QString &envoy, const Federation *federation)
{
    PartyChartPlan plan;
    plan.release = envoy;
    plan.namespace_ = QStringLiteral("openfl-") + envoy;
    plan.chartHint = QStringLiteral("OpenFL envoy chart: FedLCM's openfl-envoy (directory or openfl-envoy-<version>.tgz)");
    // where the federation's envoys already point, else its director's name and service ports
    QString directorHost, directorName;
    int directorPort = 0;
    int aggPort = 0;
    int envoys = 0;
    if (federation) {
        for (const Party &p : federation->parties) {
            if (p.role == PartyRole::Envoy) {
                ++envoys;
                if (directorHost.isEmpty() && !p.directorHost.isEmpty()) {
                    directorHost = p.directorHost;
                    directorPort = p.directorPort;
                }
            } else if (p.role == PartyRole::Director) {
                directorName = p.name;
                for (const Endpoint &e : p.endpoints) {
                    if (e.type != Endpoint::Type::ServicePort)
                        continue;
                    if (e.port == 50051 && directorPort == 0)
                        directorPort = e.port;
                    if (e.port == 50052)
                        aggPort = e.port;
                }
            }
        }
    }
    if (directorHost.isEmpty())
        directorHost = directorName.isEmpty() ? QStringLiteral("director") : directorName;
    if (directorPort == 0)
        directorPort = 50051;
    if (aggPort == 0)
        aggPort = 50052;
    const bool hostIsIp = directorHost.count(QLatin1Char('.')) == 3
        && std::all_of(directorHost.cbegin(), directorHost.cend(), [](QChar c) { return c.isDigit() || c == u'.'; });
    QStringList y;
    y << QStringLiteral("# OpenFL envoy %1. Its name is its certificate's common name.").arg(envoy)
      << QStringLiteral("name: %1").arg(envoy)
      << QStringLiteral("# The director: its certificate's common name, the address its service is exposed at, its ports.")
      << QStringLiteral("directorFqdn: %1").arg(directorHost)
      << QStringLiteral("directorIp: %1%2")
             .arg(yamlString(hostIsIp ? directorHost : QString()),
                  hostIsIp ? QString() : QStringLiteral("  # required: the director service's exposed IP"))
      << QStringLiteral("directorPort: %1").arg(directorPort)
      << QStringLiteral("aggPort: %1").arg(aggPort)
      << QStringLiteral("envoyConfigs:")
      << QStringLiteral("  params:")
      << QStringLiteral("    cuda_devices: []")
      << QStringLiteral("  optional_plugin_components: {}")
      << QStringLiteral("  shard_descriptor:")
      << QStringLiteral("    template: mnist_shard_descriptor.MnistShardDescriptor")
      << QStringLiteral("    params:")
      << QStringLiteral("      rank_worldsize: \"%1, %2\"").arg(envoys + 1).arg(envoys + 1)
      << QStringLiteral("# The envoy-cert Secret (envoy.crt, priv.key, root_ca.crt): create: false uses one made")
      << QStringLiteral("# beforehand in the namespace (Certificates: Deploy to Secret…), as the guide does.")
      << QStringLiteral("cert:")
      << QStringLiteral("  create: false");
    plan.valuesYaml = y.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return plan;
}

PartyChartPlan fatePlan(const QString &partyId, const Federation *federation)
{
    PartyChartPlan plan;
    plan.release = QStringLiteral("fate-") + partyId;
    plan.namespace_ = plan.release;
    plan.chartHint = QStringLiteral("FATE party chart: KubeFATE's per-party chart (the fate-<partyId>/ directory or a .tgz)");
    struct Peer {
        QString id;
        int port = 0;
    };
    QList<Peer> peers;
    int highestPort = 30000 - 1;
    if (federation) {
        for (const Party &p : federation->parties) {
            if (p.role != PartyRole::Party || p.partyId.isEmpty() || p.partyId == partyId)
                continue;
            // other parties reach a party's proxy (9370) on a node port: its partyPort
            const int port = endpointPort(p, Endpoint::Type::NodePort, 9370);
            peers.append({p.partyId, port});
            highestPort = std::max(highestPort, port);
        }
    }
    std::sort(peers.begin(), peers.end(), [](const Peer &a, const Peer &b) { return a.id < b.id; });
    QStringList y;
    y << QStringLiteral("# FATE party %1, installed as %2 into namespace %2 (KubeFATE's convention).").arg(partyId, plan.release)
      << QStringLiteral("partyId: %1").arg(partyId)
      << QStringLiteral("# Where the other parties reach this party's proxy: a node's address and the proxy's node port.")
      << QStringLiteral("partyIp: \"\"  # required")
      << QStringLiteral("partyPort: %1").arg(highestPort + 1);
    y << QStringLiteral("# The other parties of the federation (the proxy's route table).");
    if (peers.isEmpty()) {
        y << QStringLiteral("partyList: []");
    } else {
        y << QStringLiteral("partyList:");
        for (const Peer &peer : std::as_const(peers)) {
            y << QStringLiteral("  - partyId: %1").arg(peer.id)
              << QStringLiteral("    partyIp: \"\"  # required: a node address of party %1").arg(peer.id);
            if (peer.port > 0)
                y << QStringLiteral("    partyPort: %1").arg(peer.port);
            else
                y << QStringLiteral("    partyPort: 0  # required: party %1's proxy node port").arg(peer.id);
        }
    }
    plan.valuesYaml = y.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return plan;
}

} // namespace

QString suggestPartyName(Framework framework, const Federation *federation)
{
    switch (framework) {
    case Framework::Flare: return nextNumbered(QStringLiteral("site-"), federation);
    case Framework::OpenFL: return nextNumbered(QStringLiteral("envoy-"), federation);
    case Framework::Fate: {
        int highest = 9999;
        if (federation)
            for (const Party &p : federation->parties)
                highest = std::max(highest, p.partyId.toInt());
        return QString::number(highest + 1);
    }
    case Framework::Custom: return {};
    }
    return {};
}

PartyChartPlan planPartyChart(Framework framework, const QString &party, const Federation *federation)
{
    PartyChartPlan plan;
    switch (framework) {
    case Framework::Flare: plan = flarePlan(party, federation); break;
    case Framework::OpenFL: plan = openflPlan(party, federation); break;
    case Framework::Fate: plan = fatePlan(party, federation); break;
    case Framework::Custom: return plan;
    }
    plan.framework = framework;
    plan.party = party;
    return plan;
}

} // namespace fc
