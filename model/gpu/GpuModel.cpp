#include "model/gpu/GpuModel.h"

#include <QVariantMap>

#include <algorithm>

namespace fc {

namespace {

QString devices(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    return QString::number(double(milli) / 1000.0, 'f', 1);
}

QString defaultParty(const ObjectSummary &pod, const QString &)
{
    const QString labelled = pod.labels.value(QStringLiteral("fedconsole.io/party"));
    return labelled.isEmpty() ? pod.namespace_ : labelled;
}

// "8" for one resource, "gpu 1, mig-1g.10gb 7" when a node advertises several.
template<typename Get>
QString breakdown(const QHash<QString, gpu::GpuAmounts> &resources, Get get)
{
    if (resources.size() == 1)
        return devices(get(resources.cbegin().value()));
    QStringList keys = resources.keys();
    keys.sort();
    QStringList parts;
    for (const QString &k : std::as_const(keys))
        parts << gpu::shortResourceName(k) + QLatin1Char(' ') + devices(get(resources.value(k)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

qint64 GpuModel::NodeRow::capacity() const
{
    qint64 s = 0;
    for (const auto &a : facts.resources)
        s += a.capacity;
    return s;
}
qint64 GpuModel::NodeRow::allocatable() const
{
    qint64 s = 0;
    for (const auto &a : facts.resources)
        s += a.allocatable;
    return s;
}
qint64 GpuModel::NodeRow::requested() const
{
    qint64 s = 0;
    for (const auto &a : facts.resources)
        s += a.requested;
    return s;
}
qint64 GpuModel::NodeRow::limited() const
{
    qint64 s = 0;
    for (const auto &a : facts.resources)
        s += a.limited;
    return s;
}
qint64 GpuModel::NodeRow::free() const
{
    qint64 s = 0;
    for (const auto &a : facts.resources)
        s += a.free();
    return s;
}

QList<GpuSegment> GpuModel::NodeRow::segments() const
{
    QList<GpuSegment> out;
    for (auto it = byParty.cbegin(); it != byParty.cend(); ++it)
        if (it.value() > 0)
            out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const GpuSegment &a, const GpuSegment &b) { return a.party < b.party; });
    return out;
}

GpuModel::GpuModel(QObject *parent) : QAbstractTableModel(parent), m_partyResolver(defaultParty) {}

void GpuModel::setPartyResolver(PartyResolver resolver)
{
    m_partyResolver = resolver ? std::move(resolver) : PartyResolver(defaultParty);
}

void GpuModel::setTimeSlicingConfigMap(const QString &namespace_, const QString &name, const QString &defaultKey)
{
    m_tsNamespace = namespace_;
    m_tsName = name;
    m_tsDefaultKey = defaultKey;
}

int GpuModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GpuModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpuModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn: return tr("NODE");
    case ProductColumn: return tr("PRODUCT");
    case CapacityColumn: return tr("CAPACITY");
    case AllocatableColumn: return tr("ALLOCATABLE");
    case RequestedColumn: return tr("REQUESTED");
    case FreeColumn: return tr("FREE");
    case SharingColumn: return tr("SHARING");
    case PodsColumn: return tr("PODS");
    case ClusterColumn: return tr("CLUSTER");
    default: return {};
    }
}

QVariant GpuModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeRow &r = m_rows.at(index.row());
    switch (role) {
    case ClusterRole: return r.cluster;
    case NodeNameRole: return r.node;
    case PhysicalGpusRole: return r.facts.physicalGpus();
    case SegmentsRole: {
        QVariantList list;
        for (const GpuSegment &s : r.segments())
            list.append(QVariantMap{{QStringLiteral("party"), s.party},
                                    {QStringLiteral("requested"), double(s.requested) / 1000.0}});
        return list;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!r.cluster.isEmpty())
            lines << tr("Cluster: %1").arg(r.cluster);
        lines << tr("Physical GPUs: %1").arg(r.facts.physicalGpus());
        if (r.facts.memoryMiB > 0)
            lines << tr("Memory per GPU: %1 MiB").arg(r.facts.memoryMiB);
        lines << tr("Limits: %1").arg(devices(r.limited()));
        for (const GpuSegment &s : r.segments())
            lines << tr("%1: %2").arg(s.party, devices(s.requested));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= CapacityColumn && index.column() <= FreeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == PodsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn: return r.node;
        case ProductColumn: return r.facts.product.isEmpty() ? QStringLiteral("-") : r.facts.product;
        case CapacityColumn: return breakdown(r.facts.resources, [](const gpu::GpuAmounts &a) { return a.capacity; });
        case AllocatableColumn:
            return breakdown(r.facts.resources, [](const gpu::GpuAmounts &a) { return a.allocatable; });
        case RequestedColumn:
            return breakdown(r.facts.resources, [](const gpu::GpuAmounts &a) { return a.requested; });
        case FreeColumn: return breakdown(r.facts.resources, [](const gpu::GpuAmounts &a) { return a.free(); });
        case SharingColumn: return r.facts.sharingText();
        case PodsColumn: return r.pods;
        case ClusterColumn: return r.cluster;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case NodeColumn: return r.node;
        case ProductColumn: return r.facts.product;
        case CapacityColumn: return r.capacity();
        case AllocatableColumn: return r.allocatable();
        case RequestedColumn: return r.requested();
        case FreeColumn: return r.free();
        case SharingColumn: return r.facts.replicas;
        case PodsColumn: return r.pods;
        case ClusterColumn: return r.cluster;
        default: return {};
        }
    default: return {};
    }
}

const GpuModel::NodeRow *GpuModel::nodeRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int GpuModel::rowOf(const QString &node, const QString &cluster) const
{
    return m_rowIndex.value(key(cluster, node), -1);
}

QHash<QString, qint64> GpuModel::requestedByParty() const
{
    QHash<QString, qint64> out;
    for (const PodEntry &e : m_pods)
        if (!e.terminated && e.total > 0)
            out[e.party] += e.total;
    return out;
}

qint64 GpuModel::podRequest(const QString &uid, const QString &cluster) const
{
    const auto it = m_pods.constFind(key(cluster, uid));
    return it == m_pods.cend() ? 0 : it->total;
}

QList<PendingGpuPod> GpuModel::pendingPods() const
{
    if (m_snapshotPending)
        return *m_snapshotPending;
    QList<PendingGpuPod> out;
    for (const QString &k : m_pendingKeys) {
        const PodEntry e = m_pods.value(k);
        out.append({e.cluster, e.namespace_, e.name, e.party, e.total, e.pendingMessage});
    }
    std::sort(out.begin(), out.end(), [](const PendingGpuPod &a, const PendingGpuPod &b) {
        return std::tie(a.cluster, a.namespace_, a.name) < std::tie(b.cluster, b.namespace_, b.name);
    });
    return out;
}

int GpuModel::ensureRow(const QString &cluster, const QString &node)
{
    const QString k = key(cluster, node);
    if (const auto it = m_rowIndex.constFind(k); it != m_rowIndex.cend())
        return *it;
    const int row = int(m_rows.size());
    if (!m_resetting)
        beginInsertRows({}, row, row);
    NodeRow r;
    r.cluster = cluster;
    r.node = node;
    m_rows.append(r);
    m_rowIndex.insert(k, row);
    if (!m_resetting)
        endInsertRows();
    return row;
}

void GpuModel::maybeDropRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const NodeRow &r = m_rows.at(row);
    const bool hasGpus = r.nodeKnown && r.capacity() + r.allocatable() > 0;
    if (hasGpus || r.pods > 0 || r.requested() > 0)
        return;
    if (!m_resetting)
        beginRemoveRows({}, row, row);
    m_rowIndex.remove(key(r.cluster, r.node));
    m_rows.removeAt(row);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowIndex[key(m_rows.at(i).cluster, m_rows.at(i).node)] = i;
    if (!m_resetting)
        endRemoveRows();
}

void GpuModel::emitRowChanged(int row)
{
    if (m_resetting || row < 0 || row >= m_rows.size())
        return;
    if (m_batchDepth > 0) // rows may move before the batch ends: remember the node
        m_batchChangedRows.insert(key(m_rows.at(row).cluster, m_rows.at(row).node));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GpuModel::emitPendingPodsChanged()
{
    if (m_resetting)
        return;
    if (m_batchDepth > 0)
        m_batchPendingChanged = true;
    else
        Q_EMIT pendingPodsChanged();
}

void GpuModel::setSnapshot(const QList<NodeRow> &rows, const QList<PendingGpuPod> &pending)
{
    QSet<QString> keep;
    for (const NodeRow &r : rows)
        keep.insert(key(r.cluster, r.node));
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(key(m_rows.at(row).cluster, m_rows.at(row).node)))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // what is left is a prefix of `rows` in the same order; the rest is new
    const int kept = int(m_rows.size());
    if (kept > 0) {
        for (int row = 0; row < kept; ++row)
            m_rows[row] = rows.at(row);
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    }
    if (rows.size() > kept) {
        beginInsertRows({}, kept, int(rows.size()) - 1);
        for (int row = kept; row < rows.size(); ++row)
            m_rows.append(rows.at(row));
        endInsertRows();
    }
    m_rowIndex.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowIndex.insert(key(m_rows.at(row).cluster, m_rows.at(row).node), row);
    const bool pendingChanged = !m_snapshotPending || m_snapshotPending->size() != pending.size()
        || !std::equal(pending.cbegin(), pending.cend(), m_snapshotPending->cbegin(), [](const PendingGpuPod &a, const PendingGpuPod &b) {
               return a.cluster == b.cluster && a.namespace_ == b.namespace_ && a.name == b.name && a.message == b.message
                   && a.party == b.party && a.requested == b.requested;
           });
    m_snapshotPending = pending;
    if (pendingChanged)
        Q_EMIT pendingPodsChanged();
}

void GpuModel::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    const QSet<QString> changed = std::exchange(m_batchChangedRows, {});
    for (const QString &k : changed) {
        const int row = m_rowIndex.value(k, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (std::exchange(m_batchPendingChanged, false))
        Q_EMIT pendingPodsChanged();
}

GpuModel::PodEntry GpuModel::makeEntry(const ObjectSummary &pod, const QString &cluster) const
{
    PodEntry e;
    e.cluster = cluster;
    e.namespace_ = pod.namespace_;
    e.name = pod.name;
    const PodInfo *info = pod.pod();
    if (!info)
        return e;
    e.requests = gpu::gpuOnly(gpu::effectiveRequests(*info));
    e.limits = gpu::gpuOnly(gpu::effectiveLimits(*info));
    e.total = gpu::gpuTotal(e.requests);
    e.terminated = gpu::isTerminated(*info);
    if (e.total > 0) {
        e.party = m_partyResolver(pod, cluster);
        if (gpu::holdsNodeResources(*info))
            e.nodeKey = info->node;
        e.pendingMessage = gpu::pendingForGpuMessage(*info);
    }
    return e;
}

void GpuModel::addPod(const PodEntry &e, int sign)
{
    if (e.nodeKey.isEmpty())
        return;
    const int row = sign > 0 ? ensureRow(e.cluster, e.nodeKey) : rowOf(e.nodeKey, e.cluster);
    if (row < 0)
        return;
    NodeRow &r = m_rows[row];
    for (auto it = e.requests.cbegin(); it != e.requests.cend(); ++it)
        r.facts.resources[it.key()].requested += sign * it.value();
    for (auto it = e.limits.cbegin(); it != e.limits.cend(); ++it)
        r.facts.resources[it.key()].limited += sign * it.value();
    qint64 &share = r.byParty[e.party];
    share += sign * e.total;
    if (share == 0)
        r.byParty.remove(e.party);
    r.pods += sign;
}

void GpuModel::upsertPod(const ObjectSummary &pod, const QString &cluster)
{
    const QString podKey = key(cluster, pod.uid.isEmpty() ? pod.namespace_ + QLatin1Char('/') + pod.name : pod.uid);
    PodEntry e = makeEntry(pod, cluster);
    const auto old = m_pods.constFind(podKey);
    if (e.total == 0) { // a pod without GPUs: only matters if it used to have some
        if (old != m_pods.cend())
            removePod(podKey);
        return;
    }
    const bool pendingBefore = old != m_pods.cend() && !old->pendingMessage.isEmpty();
    QString oldNode;
    if (old != m_pods.cend()) {
        oldNode = old->nodeKey;
        addPod(*old, -1);
    }
    addPod(e, +1);
    const bool pendingNow = !e.pendingMessage.isEmpty();
    const QString newNode = e.nodeKey;
    m_pods.insert(podKey, std::move(e));
    if (pendingNow)
        m_pendingKeys.insert(podKey);
    else
        m_pendingKeys.remove(podKey);
    if (!newNode.isEmpty())
        emitRowChanged(rowOf(newNode, cluster));
    if (!oldNode.isEmpty() && oldNode != newNode) {
        const int r = rowOf(oldNode, cluster);
        emitRowChanged(r);
        maybeDropRow(r);
    }
    if (pendingBefore || pendingNow)
        emitPendingPodsChanged();
}

void GpuModel::removePod(const QString &podKey)
{
    const auto it = m_pods.find(podKey);
    if (it == m_pods.end())
        return;
    const PodEntry e = *it;
    m_pods.erase(it);
    m_pendingKeys.remove(podKey);
    addPod(e, -1);
    if (!e.nodeKey.isEmpty()) {
        const int r = rowOf(e.nodeKey, e.cluster);
        emitRowChanged(r);
        maybeDropRow(r);
    }
    if (!e.pendingMessage.isEmpty())
        emitPendingPodsChanged();
}

gpu::TimeSlicingConfig GpuModel::configFor(const ObjectSummary &node) const
{
    if (m_tsConfigs.isEmpty())
        return {};
    const QString chosen = node.labels.value(gpu::kLabelDevicePluginConfig);
    if (!chosen.isEmpty() && m_tsConfigs.contains(chosen))
        return m_tsConfigs.value(chosen);
    if (!m_tsDefaultKey.isEmpty())
        return m_tsConfigs.value(m_tsDefaultKey);
    if (m_tsConfigs.size() == 1)
        return m_tsConfigs.cbegin().value();
    return {};
}

void GpuModel::upsertNode(const ObjectSummary &node, const QString &cluster)
{
    const QString k = key(cluster, node.name);
    m_nodeObjects.insert(k, node);
    m_nodeUid.insert(key(cluster, node.uid.isEmpty() ? node.name : node.uid), node.name);
    gpu::NodeGpuFacts facts = gpu::nodeGpuFacts(node, configFor(node));
    int row = rowOf(node.name, cluster);
    if (row < 0) {
        if (facts.resources.isEmpty())
            return; // not a GPU node
        row = ensureRow(cluster, node.name);
    }
    NodeRow &r = m_rows[row];
    // keep what pods contributed; replace what the node says
    for (auto it = r.facts.resources.cbegin(); it != r.facts.resources.cend(); ++it) {
        gpu::GpuAmounts &a = facts.resources[it.key()];
        a.requested = it.value().requested;
        a.limited = it.value().limited;
    }
    r.facts = std::move(facts);
    r.nodeKnown = true;
    emitRowChanged(row);
    maybeDropRow(row);
}

void GpuModel::applyConfigMap(const ObjectSummary &cm)
{
    if (m_tsName.isEmpty() || cm.name != m_tsName || (!m_tsNamespace.isEmpty() && cm.namespace_ != m_tsNamespace))
        return;
    m_tsConfigs.clear();
    m_tsUid = cm.uid;
    if (const ConfigMapInfo *info = cm.configMap())
        for (auto it = info->data.cbegin(); it != info->data.cend(); ++it)
            m_tsConfigs.insert(it.key(), gpu::parseTimeSlicingConfig(it.value()));
    // replicas may change on every node without a label: refresh node facts
    const auto nodes = m_nodeObjects;
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const int slash = int(it.key().lastIndexOf(QLatin1Char('/')));
        upsertNode(it.value(), it.key().left(slash));
    }
}

void GpuModel::applyUpsert(const ObjectSummary &object, const QString &cluster)
{
    switch (object.kind) {
    case Kind::Node: upsertNode(object, cluster); break;
    case Kind::Pod: upsertPod(object, cluster); break;
    case Kind::ConfigMap: applyConfigMap(object); break;
    default: break;
    }
}

void GpuModel::applyRemove(Kind kind, const QString &uid, const QString &cluster)
{
    if (kind == Kind::Pod) {
        removePod(key(cluster, uid));
    } else if (kind == Kind::Node) {
        const QString name = m_nodeUid.take(key(cluster, uid));
        if (name.isEmpty())
            return;
        m_nodeObjects.remove(key(cluster, name));
        const int row = rowOf(name, cluster);
        if (row < 0)
            return;
        NodeRow &r = m_rows[row];
        r.nodeKnown = false;
        for (auto &a : r.facts.resources) {
            a.capacity = 0;
            a.allocatable = 0;
        }
        emitRowChanged(row);
        maybeDropRow(row);
    } else if (kind == Kind::ConfigMap && !m_tsUid.isEmpty() && uid == m_tsUid) {
        ObjectSummary gone;
        gone.kind = Kind::ConfigMap;
        gone.name = m_tsName;
        gone.namespace_ = m_tsNamespace;
        applyConfigMap(gone); // no data: every node falls back to its labels
        m_tsUid.clear();
    }
}

void GpuModel::resetAll(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster)
{
    if (kind != Kind::Node && kind != Kind::Pod && kind != Kind::ConfigMap)
        return;
    beginResetModel();
    const QString prefix = cluster + QLatin1Char('/');
    if (kind == Kind::Pod) {
        for (auto it = m_pods.begin(); it != m_pods.end();) {
            if (it->cluster == cluster)
                it = m_pods.erase(it);
            else
                ++it;
        }
    } else if (kind == Kind::Node) {
        for (auto it = m_nodeObjects.begin(); it != m_nodeObjects.end();) {
            if (it.key().startsWith(prefix))
                it = m_nodeObjects.erase(it);
            else
                ++it;
        }
        for (auto it = m_nodeUid.begin(); it != m_nodeUid.end();) {
            if (it.key().startsWith(prefix))
                it = m_nodeUid.erase(it);
            else
                ++it;
        }
    } else {
        m_tsConfigs.clear();
    }
    // Rebuild every row from the stores; signals are suppressed by the reset.
    const QHash<QString, ObjectSummary> nodeObjects = m_nodeObjects;
    QHash<QString, PodEntry> pods = m_pods;
    m_rows.clear();
    m_rowIndex.clear();
    m_pods.clear();
    m_resetting = true;
    if (kind == Kind::ConfigMap)
        for (const ObjectSummary &o : objects)
            applyConfigMap(o);
    for (auto it = nodeObjects.cbegin(); it != nodeObjects.cend(); ++it) {
        const int slash = int(it.key().lastIndexOf(QLatin1Char('/')));
        upsertNode(it.value(), it.key().left(slash));
    }
    if (kind == Kind::Node)
        for (const ObjectSummary &o : objects)
            upsertNode(o, cluster);
    m_pendingKeys.clear();
    for (auto it = pods.cbegin(); it != pods.cend(); ++it) {
        addPod(it.value(), +1);
        m_pods.insert(it.key(), it.value());
        if (!it->pendingMessage.isEmpty())
            m_pendingKeys.insert(it.key());
    }
    if (kind == Kind::Pod)
        for (const ObjectSummary &o : objects)
            upsertPod(o, cluster);
    m_resetting = false;
    endResetModel();
    Q_EMIT pendingPodsChanged();
}

} // namespace fc
