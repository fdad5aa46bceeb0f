#pragma once

#include "backend/cluster/Resources.h"
#include "backend/core/Result.h"
#include "model/federation/Federation.h"
#include "model/federation/PartyRelease.h"
#include "model/gpu/GpuModel.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/// Pure output formatting for `fedconsole-cli federations` and `fedconsole-cli gpus`: no I/O,
/// so the commands can be wired to a live connection or to manifest files alike.


/// {"federations":[{name, framework, health, reasons[], parties:[{name, role, cluster,
/// namespace, partyId, ready, total, health, reasons[], evidence[], endpoints[], certSecret,
/// certNotAfter, gpus, helmRelease:{name, namespace, listed, revision, status, chart, stuck,
/// error}}], edges:[{from, to, label, resolved}]}]}. `releases`: the Helm release of each party
/// Helm installed (joinPartyRelease), by Party::key; parties without one have no helmRelease.
QJsonDocument federationsToJson(const QList<Federation> &federations, const QHash<QString, PartyRelease> &releases = {});
/// One row per party: FEDERATION FRAMEWORK PARTY ROLE CLUSTER NAMESPACE READY HEALTH GPUS
/// CERT-EXPIRY RELEASE ("fate-10000 rev 2 deployed", "-" when Helm did not install it);
/// `wide` adds REASONS and EVIDENCE.
QString federationsTable(const QList<Federation> &federations, bool wide = false,
                         const QHash<QString, PartyRelease> &releases = {});

/// {"nodes":[{cluster, node, product, capacity, allocatable, requested, limited, free, physical,
/// sharing, replicas, pods, resources:{name:{capacity,allocatable,requested,free}}, parties:{party:n}}],
/// "pending":[{cluster, namespace, name, party, gpus, message}]}; GPU counts as numbers of devices.
QJsonDocument gpusToJson(const QList<GpuModel::NodeRow> &nodes, const QList<PendingGpuPod> &pending = {});
/// NODE PRODUCT CAPACITY ALLOCATABLE REQUESTED FREE SHARING PODS (CLUSTER first when the rows
/// come from more than one cluster).
QString gpusTable(const QList<GpuModel::NodeRow> &nodes);

/// Offline recognition for `fedconsole-cli federations -f file.yaml…`: parses manifests
/// (multi-document YAML/JSON) and recognises federations in them. Errors name file and line.
Result<QList<Federation>> federationsFromManifestFiles(const QStringList &files, const QString &cluster = {});
/// Same for GPU rows.
Result<QList<GpuModel::NodeRow>> gpusFromManifestFiles(const QStringList &files, const QString &cluster = {});

} // namespace fc
