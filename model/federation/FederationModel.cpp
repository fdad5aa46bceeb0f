#include "model/federation/FederationModel.h"

#include "model/gpu/GpuArithmetic.h"
#include "model/helm/ReleaseListModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QSet>

namespace fc {

namespace {

// internalId: 0 for federations, federation row + 1 for parties.
constexpr quintptr kFederationId = 0;

/// "2", or "2 (+16 pending)" when pods wait for GPUs the scheduler could not give them.
QString gpusCell(qint64 held, qint64 pending)
{
    if (pending == 0)
        return gpu::devicesText(held);
    return QCoreApplication::translate("fc::FederationModel", "%1 (+%2 pending)").arg(gpu::devicesText(held), gpu::devicesText(pending));
}

} // namespace

QColor healthColor(Health h)
{
    switch (h) {
    case Health::Green: return QColor(0x2e, 0x7d, 0x32);
    case Health::Amber: return QColor(0xef, 0x8f, 0x00);
    case Health::Unknown: return QColor(0x75, 0x75, 0x75);
    case Health::Red: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

StatusLevel healthStatus(Health h)
{
    switch (h) {
    case Health::Green: return StatusLevel::Ok;
    case Health::Amber: return StatusLevel::Progressing;
    case Health::Unknown: return StatusLevel::Unknown;
    case Health::Red: return StatusLevel::Failed;
    }
    return StatusLevel::None;
}

FederationModel::FederationModel(QObject *parent) : QAbstractItemModel(parent) {}

QStringList FederationModel::shapeOf(const QList<Federation> &federations)
{
    QStringList out;
    for (const Federation &f : federations) {
        out << f.key;
        for (const Party &p : f.parties)
            out << p.key;
        out << QString(); // separator
    }
    return out;
}

void FederationModel::apply(const FederationEngine::Change &change)
{
    if (change.isEmpty())
        return;
    if (change.structural) {
        // The view reads m_shown, so the new shape becomes visible only inside the reset.
        if (shapeOf(m_shown) == shapeOf(m_engine.federations())) {
            m_shown = m_engine.federations();
            emitAllChanged();
        } else {
            applyShapeChange(m_engine.federations());
        }
    } else {
        m_shown = m_engine.federations();
        for (const auto &[f, p] : std::as_const(change.parties)) {
            const QModelIndex fed = index(f, 0);
            Q_EMIT dataChanged(index(p, 0, fed), index(p, ColumnCount - 1, fed));
        }
        for (int f : std::as_const(change.federations))
            Q_EMIT dataChanged(index(f, 0), index(f, ColumnCount - 1));
    }
    Q_EMIT federationsChanged();
}

void FederationModel::applyShapeChange(const QList<Federation> &target)
{
    // Rows move to the new shape by removals then insertions, so views keep their expansion and
    // selection. Both lists are sorted the same way and the sort keys are part of the identity
    // keys, so the rows that survive keep their relative order.
    QSet<QString> targetFeds;
    QHash<QString, QSet<QString>> targetParties;
    for (const Federation &f : target) {
        targetFeds.insert(f.key);
        QSet<QString> &keys = targetParties[f.key];
        for (const Party &p : f.parties)
            keys.insert(p.key);
    }
    for (int r = int(m_shown.size()) - 1; r >= 0; --r) {
        if (targetFeds.contains(m_shown.at(r).key))
            continue;
        beginRemoveRows({}, r, r);
        m_shown.removeAt(r);
        endRemoveRows();
    }
    for (int r = 0; r < m_shown.size(); ++r) {
        const QSet<QString> &keep = targetParties[m_shown.at(r).key];
        for (int c = int(m_shown.at(r).parties.size()) - 1; c >= 0; --c) {
            if (keep.contains(m_shown.at(r).parties.at(c).key))
                continue;
            beginRemoveRows(index(r, 0), c, c);
            m_shown[r].parties.removeAt(c);
            endRemoveRows();
        }
    }
    for (int r = 0; r < target.size(); ++r) {
        if (r < m_shown.size() && m_shown.at(r).key == target.at(r).key)
            continue;
        beginInsertRows({}, r, r);
        m_shown.insert(r, target.at(r)); // arrives with its parties
        endInsertRows();
    }
    for (int r = 0; r < target.size(); ++r) {
        const QList<Party> &want = target.at(r).parties;
        for (int c = 0; c < want.size(); ++c) {
            const QList<Party> &have = m_shown.at(r).parties;
            if (c < have.size() && have.at(c).key == want.at(c).key)
                continue;
            beginInsertRows(index(r, 0), c, c);
            m_shown[r].parties.insert(c, want.at(c));
            endInsertRows();
        }
    }
    Q_ASSERT(shapeOf(m_shown) == shapeOf(target));
    m_shown = target;
    emitAllChanged();
}

void FederationModel::emitAllChanged()
{
    const int rows = rowCount();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex fed = index(r, 0);
        const int children = rowCount(fed);
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, fed), index(children - 1, ColumnCount - 1, fed));
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void FederationModel::applyUpsert(const ObjectSummary &object, const QString &cluster)
{
    apply(m_engine.upsert(object, cluster));
}

void FederationModel::applyRemove(Kind kind, const QString &uid, const QString &cluster)
{
    apply(m_engine.remove(kind, uid, cluster));
}

void FederationModel::resetAll(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster)
{
    const FederationEngine::Change change = m_engine.reset(kind, objects, cluster);
    if (shapeOf(m_shown) == shapeOf(m_engine.federations())) {
        apply(change);
        return;
    }
    beginResetModel();
    m_shown = m_engine.federations();
    endResetModel();
    Q_EMIT federationsChanged();
}

void FederationModel::setFederations(const QList<Federation> &federations)
{
    if (shapeOf(m_shown) == shapeOf(federations)) {
        m_shown = federations;
        emitAllChanged();
    } else {
        applyShapeChange(federations);
    }
    Q_EMIT federationsChanged();
}

void FederationModel::refresh()
{
    apply(m_engine.recompute());
}

void FederationModel::addReleases(const QString &cluster, ReleaseListModel *releases)
{
    if (m_releases.value(cluster) == releases)
        return;
    m_releases.insert(cluster, releases);
    // a store batch can change many releases: rows and views catch up once, after it
    auto changed = [this] {
        if (std::exchange(m_releasesChangePending, true))
            return;
        QMetaObject::invokeMethod(this, &FederationModel::releasesChanged, Qt::QueuedConnection);
    };
    connect(releases, &QAbstractItemModel::dataChanged, this, changed);
    connect(releases, &QAbstractItemModel::rowsInserted, this, changed);
    connect(releases, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(releases, &QAbstractItemModel::modelReset, this, changed);
    connect(releases, &QObject::destroyed, this, changed);
    changed();
}

PartyRelease FederationModel::releaseOf(const Party &party) const
{
    return joinPartyRelease(party, m_releases.value(party.cluster).data());
}

void FederationModel::releasesChanged()
{
    m_releasesChangePending = false;
    bool any = false;
    for (int f = 0; f < m_shown.size(); ++f) {
        const QList<Party> &parties = m_shown.at(f).parties;
        for (int p = 0; p < parties.size(); ++p) {
            if (parties.at(p).helmRelease.isEmpty())
                continue;
            const QModelIndex fed = index(f, 0);
            Q_EMIT dataChanged(index(p, 0, fed), index(p, ColumnCount - 1, fed), {HelmReleaseRole, HelmProblemRole});
            any = true;
        }
    }
    if (any)
        Q_EMIT federationsChanged();
}

const Federation *FederationModel::federationAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == kFederationId ? index.row() : int(index.internalId() - 1);
    const auto &feds = m_shown;
    return row >= 0 && row < feds.size() ? &feds.at(row) : nullptr;
}

const Party *FederationModel::partyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kFederationId)
        return nullptr;
    const Federation *f = federationAt(index);
    return f && index.row() < f->parties.size() ? &f->parties.at(index.row()) : nullptr;
}

QModelIndex FederationModel::indexOfFederation(const QString &name) const
{
    const auto &feds = m_shown;
    for (int i = 0; i < feds.size(); ++i)
        if (feds.at(i).name == name)
            return index(i, 0);
    return {};
}

QModelIndex FederationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const auto &feds = m_shown;
    if (!parent.isValid())
        return row < feds.size() ? createIndex(row, column, kFederationId) : QModelIndex();
    if (parent.internalId() != kFederationId || parent.row() >= feds.size())
        return {};
    if (row >= feds.at(parent.row()).parties.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FederationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kFederationId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kFederationId);
}

int FederationModel::rowCount(const QModelIndex &parent) const
{
    const auto &feds = m_shown;
    if (!parent.isValid())
        return int(feds.size());
    if (parent.column() != 0 || parent.internalId() != kFederationId || parent.row() >= feds.size())
        return 0;
    return int(feds.at(parent.row()).parties.size());
}

int FederationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FederationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case FrameworkColumn: return tr("Framework");
    case RoleColumn: return tr("Role", "federation party role");
    case ClusterColumn: return tr("Cluster");
    case NamespaceColumn: return tr("Namespace");
    case ReadyColumn: return tr("Ready", "pods ready/total");
    case HealthColumn: return tr("Health");
    case GpusColumn: return tr("GPUs");
    case CertExpiryColumn: return tr("Cert expiry");
    default: return {};
    }
}

QVariant FederationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Federation *f = federationAt(index);
    if (!f)
        return {};
    const Party *p = partyAt(index);
    const bool isFed = p == nullptr;
    const Health health = isFed ? f->health : p->health;
    const QStringList &reasons = isFed ? f->reasons : p->reasons;
    switch (role) {
    case HealthRole: return int(health);
    case ReasonsRole: return reasons;
    case EvidenceRole: return isFed ? QStringList() : p->evidence;
    case KeyRole: return isFed ? f->key : p->key;
    case IsFederationRole: return isFed;
    case HelmReleaseRole: return isFed ? QString() : releaseOf(*p).text();
    case HelmProblemRole: return isFed ? false : releaseOf(*p).problem();
    case EndpointsRole: {
        QStringList out;
        if (p)
            for (const Endpoint &e : p->endpoints)
                out << e.text();
        return out;
    }
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn || index.column() == NameColumn) {
            QStringList lines = reasons;
            if (p && index.column() == NameColumn && !p->evidence.isEmpty())
                lines << tr("Recognised by: %1").arg(p->evidence.join(QStringLiteral("; ")));
            if (isFed && index.column() == NameColumn && !f->identity.isEmpty())
                lines << tr("Known by its %1").arg(f->identity);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == HealthColumn)
            return healthColor(health);
        return {};
    case StatusLevelRole:
        if (index.column() != HealthColumn)
            return {};
        return int(healthStatus(health));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return isFed ? f->name : p->name;
        case FrameworkColumn: return frameworkName(f->framework);
        case RoleColumn: return isFed ? QString() : roleLabel(p->role);
        case ClusterColumn: {
            if (!isFed)
                return p->cluster;
            QStringList clusters;
            for (const Party &x : f->parties)
                if (!clusters.contains(x.cluster))
                    clusters << x.cluster;
            return clusters.join(QStringLiteral(", "));
        }
        case NamespaceColumn: return isFed ? QString() : p->namespace_;
        case ReadyColumn:
            return isFed ? QStringLiteral("%1/%2").arg(f->podsReady()).arg(f->podsTotal())
                         : QStringLiteral("%1/%2").arg(p->podsReady).arg(p->podsTotal);
        case HealthColumn: return healthLabel(health);
        case GpusColumn: return isFed ? gpusCell(f->gpusHeld(), f->gpusPending()) : gpusCell(p->gpusHeld, p->gpusPending);
        case CertExpiryColumn: {
            if (isFed) {
                QDateTime soonest;
                for (const Party &x : f->parties)
                    if (x.certNotAfter.isValid() && (!soonest.isValid() || x.certNotAfter < soonest))
                        soonest = x.certNotAfter;
                return soonest.isValid() ? soonest.toUTC().date().toString(Qt::ISODate) : QString();
            }
            return p->certNotAfter.isValid() ? p->certNotAfter.toUTC().date().toString(Qt::ISODate) : QString();
        }
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn: return isFed ? f->name : p->name;
        case FrameworkColumn: return int(f->framework);
        case RoleColumn: return isFed ? -1 : int(p->role);
        case ClusterColumn: return isFed ? QString() : p->cluster;
        case NamespaceColumn: return isFed ? QString() : p->namespace_;
        case ReadyColumn: return isFed ? f->podsReady() : p->podsReady;
        case HealthColumn: return int(health);
        case GpusColumn: return isFed ? f->gpusHeld() : p->gpusHeld;
        case CertExpiryColumn: return isFed ? QDateTime() : p->certNotAfter;
        default: return {};
        }
    default: return {};
    }
}

} // namespace fc
