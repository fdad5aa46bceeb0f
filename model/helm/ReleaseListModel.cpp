#include "model/helm/ReleaseListModel.h"

#include <QCoreApplication>

#include <algorithm>

namespace fc {

StuckRelease StuckRelease::assess(const QList<HelmReleaseSummary> &history)
{
    StuckRelease s;
    const HelmReleaseSummary *latest = nullptr;
    for (const HelmReleaseSummary &r : history)
        if (!latest || r.revision > latest->revision)
            latest = &r;
    if (!latest || !isPendingStatus(latest->status))
        return s;
    s.stuck = true;
    s.status = latest->status;
    int deployed = 0, superseded = 0;
    for (const HelmReleaseSummary &r : history) {
        if (r.revision == latest->revision)
            continue;
        if (r.status == u"deployed")
            deployed = std::max(deployed, r.revision);
        else if (r.status == u"superseded")
            superseded = std::max(superseded, r.revision);
    }
    const int target = deployed > 0 ? deployed : superseded;
    QString operation = QCoreApplication::translate("StuckRelease", "A rollback");
    if (latest->status == u"pending-install")
        operation = QCoreApplication::translate("StuckRelease", "An install");
    else if (latest->status == u"pending-upgrade")
        operation = QCoreApplication::translate("StuckRelease", "An upgrade");
    s.meaning = QCoreApplication::translate("StuckRelease", "%1 of revision %2 did not finish (helm was stopped or lost the cluster while it ran). Helm refuses "
                            "every further install, upgrade or rollback of this release (\"another operation is in progress\") "
                            "until it is recovered; the objects may be half applied.")
                    .arg(operation)
                    .arg(latest->revision);
    if (latest->status != u"pending-install" && target > 0) {
        s.recovery = StuckRelease::Recovery::Rollback;
        s.rollbackRevision = target;
        s.recoveryText = deployed > 0 ? QCoreApplication::translate("StuckRelease", "Roll back to revision %1, the last deployed one").arg(target)
                                      : QCoreApplication::translate("StuckRelease", "Roll back to revision %1, the last one that was deployed").arg(target);
    } else {
        s.recovery = StuckRelease::Recovery::Uninstall;
        s.recoveryText = QCoreApplication::translate("StuckRelease", "Uninstall the release (it was never deployed), then install it again");
    }
    return s;
}

ReleaseListModel::ReleaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

std::optional<ReleaseListModel::Revision> ReleaseListModel::revisionOf(const ObjectSummary &object)
{
    const HelmReleaseInfo *info = object.helmRelease();
    if (!info)
        return std::nullopt;
    Revision r;
    r.uid = object.uid;
    r.objectName = object.name;
    r.driver = info->driver;
    r.summary = info->release;
    if (r.summary.namespace_.isEmpty())
        r.summary.namespace_ = object.namespace_;
    return r;
}

void ReleaseListModel::addStore(ResourceStore *store)
{
    if (!store || (store->kind() != Kind::Secret && store->kind() != Kind::ConfigMap) || m_stores.contains(store))
        return;
    m_stores.append(store);
    connect(store, &ResourceStore::objectUpserted, this, &ReleaseListModel::onUpserted);
    connect(store, &ResourceStore::objectRemoved, this, &ReleaseListModel::onRemoved);
    connect(store, &ResourceStore::batchApplied, this, &ReleaseListModel::applyPending);
    // clear() resets the store without per-object removals
    connect(store, &ResourceStore::resetDone, this, &ReleaseListModel::rebuild);
    connect(store, &QObject::destroyed, this, [this] { rebuild(); });
    for (int i = 0; i < store->size(); ++i)
        onUpserted(store->at(i));
    applyPending();
}

void ReleaseListModel::onUpserted(const ObjectSummary &object)
{
    if (auto r = revisionOf(object))
        m_pending.append({object.uid, std::move(r)});
    else if (m_keyOfUid.contains(object.uid)) // no longer a release (relabelled ConfigMap)
        m_pending.append({object.uid, std::nullopt});
}

void ReleaseListModel::onRemoved(const ObjectSummary &object)
{
    if (object.helmRelease() || m_keyOfUid.contains(object.uid))
        m_pending.append({object.uid, std::nullopt});
}

void ReleaseListModel::applyPending()
{
    if (m_pending.isEmpty())
        return;
    const QList<Pending> pending = std::exchange(m_pending, {});
    std::vector<Release> fresh;
    QHash<QString, int> freshIndex;
    QSet<QString> touched;
    auto releaseFor = [&](const QString &key) -> Release * {
        if (const int row = m_rowOfKey.value(key, -1); row >= 0)
            return &m_rows[size_t(row)];
        if (const int i = freshIndex.value(key, -1); i >= 0)
            return &fresh[size_t(i)];
        return nullptr;
    };
    auto dropUid = [&](const QString &uid) {
        const QString key = m_keyOfUid.take(uid);
        if (key.isEmpty())
            return;
        if (Release *rel = releaseFor(key)) {
            for (auto it = rel->revisions.begin(); it != rel->revisions.end(); ++it) {
                if (it->uid == uid) {
                    rel->revisions.erase(it);
                    break;
                }
            }
        }
        touched.insert(key);
    };
    for (const Pending &p : pending) {
        dropUid(p.uid);
        if (!p.revision)
            continue;
        const HelmReleaseSummary &s = p.revision->summary;
        const QString key = keyOf(s.namespace_, s.name);
        Release *rel = releaseFor(key);
        if (!rel) {
            freshIndex.insert(key, int(fresh.size()));
            fresh.push_back(Release{s.namespace_, s.name, {}});
            rel = &fresh.back();
        }
        rel->revisions.insert(s.revision, *p.revision);
        m_keyOfUid.insert(p.uid, key);
        touched.insert(key);
    }

    // 1. releases still present changed in place
    int first = -1, last = -1;
    for (const QString &key : std::as_const(touched)) {
        const int row = m_rowOfKey.value(key, -1);
        if (row < 0 || m_rows[size_t(row)].revisions.isEmpty())
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));

    // 2. releases without revisions left go, in runs from the back
    std::vector<int> gone;
    for (const QString &key : std::as_const(touched)) {
        const int row = m_rowOfKey.value(key, -1);
        if (row >= 0 && m_rows[size_t(row)].revisions.isEmpty())
            gone.push_back(row);
    }
    std::sort(gone.begin(), gone.end());
    size_t end = gone.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && gone[begin - 1] == gone[begin] - 1)
            --begin;
        beginRemoveRows({}, gone[begin], gone[end - 1]);
        m_rows.erase(m_rows.begin() + gone[begin], m_rows.begin() + gone[end - 1] + 1);
        endRemoveRows();
        end = begin;
    }
    if (!gone.empty()) {
        m_rowOfKey.clear();
        for (size_t r = 0; r < m_rows.size(); ++r)
            m_rowOfKey.insert(keyOf(m_rows[r].namespace_, m_rows[r].name), int(r));
    }

    // 3. new releases at the end
    std::erase_if(fresh, [](const Release &r) { return r.revisions.isEmpty(); });
    if (!fresh.empty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        for (Release &r : fresh) {
            m_rowOfKey.insert(keyOf(r.namespace_, r.name), int(m_rows.size()));
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    for (const QString &key : std::as_const(touched)) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        Q_EMIT releaseChanged(key.left(slash), key.mid(slash + 1));
    }
}

void ReleaseListModel::rebuild()
{
    m_stores.removeAll(nullptr);
    std::vector<Release> rows;
    QHash<QString, int> rowOfKey;
    QHash<QString, QString> keyOfUid;
    for (const auto &store : std::as_const(m_stores)) {
        if (!store)
            continue;
        for (int i = 0; i < store->size(); ++i) {
            const auto r = revisionOf(store->at(i));
            if (!r)
                continue;
            const QString key = keyOf(r->summary.namespace_, r->summary.name);
            int row = rowOfKey.value(key, -1);
            if (row < 0) {
                row = int(rows.size());
                rowOfKey.insert(key, row);
                rows.push_back(Release{r->summary.namespace_, r->summary.name, {}});
            }
            rows[size_t(row)].revisions.insert(r->summary.revision, *r);
            keyOfUid.insert(r->uid, key);
        }
    }
    m_pending.clear();
    m_keyOfUid = std::move(keyOfUid);

    // the same releases (a head-start store let go once the full one synced, a relist that
    // found what was there): rows keep their places, selections and scroll positions survive
    bool same = rows.size() == m_rows.size();
    for (size_t r = 0; same && r < m_rows.size(); ++r)
        same = rowOfKey.contains(keyOf(m_rows[r].namespace_, m_rows[r].name));
    if (same && !m_rows.empty()) {
        QStringList changed;
        for (Release &current : m_rows) {
            const QString key = keyOf(current.namespace_, current.name);
            Release &fresh = rows[size_t(rowOfKey.value(key))];
            bool sameRevisions = fresh.revisions.size() == current.revisions.size();
            for (auto a = fresh.revisions.cbegin(), b = current.revisions.cbegin(); sameRevisions && a != fresh.revisions.cend(); ++a, ++b)
                sameRevisions = a.key() == b.key() && a->uid == b->uid;
            if (!sameRevisions)
                changed.append(key);
            current.revisions = std::move(fresh.revisions);
        }
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        for (const QString &key : std::as_const(changed)) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            Q_EMIT releaseChanged(key.left(slash), key.mid(slash + 1));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfKey = std::move(rowOfKey);
    endResetModel();
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ReleaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReleaseListModel::display(const Release &release, int column) const
{
    const Revision *latest = release.latest();
    if (!latest)
        return {};
    const HelmReleaseSummary &s = latest->summary;
    switch (Column(column)) {
    case NameColumn: return release.name;
    case NamespaceColumn: return release.namespace_;
    case RevisionColumn: return s.revision;
    case StatusColumn: return s.error.isEmpty() ? s.status : tr("unreadable");
    case ChartColumn: return s.chart();
    case AppVersionColumn: return s.appVersion;
    case UpdatedColumn: return s.updated.isValid() ? s.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Release &release = m_rows[size_t(index.row())];
    const Revision *latest = release.latest();
    if (!latest)
        return {};
    const HelmReleaseSummary &s = latest->summary;
    switch (role) {
    case Qt::DisplayRole: return display(release, index.column());
    case Qt::ToolTipRole: {
        if (!s.error.isEmpty())
            return s.error;
        if (isPendingStatus(s.status))
            return stuck(index.row()).meaning;
        return s.description.isEmpty() ? QVariant() : QVariant(s.description);
    }
    case SortRole:
        if (index.column() == RevisionColumn)
            return s.revision;
        if (index.column() == UpdatedColumn)
            return s.updated;
        return display(release, index.column());
    case NameRole: return release.name;
    case NamespaceRole: return release.namespace_;
    case RevisionRole: return s.revision;
    case StatusRole: return s.status;
    case StuckRole: return isPendingStatus(s.status);
    case StuckMeaningRole: return isPendingStatus(s.status) ? stuck(index.row()).meaning : QString();
    case RecoveryRole: return isPendingStatus(s.status) ? stuck(index.row()).recoveryText : QString();
    case ErrorRole: return s.error;
    case DescriptionRole: return s.description;
    default: return {};
    }
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("NAME");
    case NamespaceColumn: return tr("NAMESPACE");
    case RevisionColumn: return tr("REVISION");
    case StatusColumn: return tr("STATUS");
    case ChartColumn: return tr("CHART");
    case AppVersionColumn: return tr("APP VERSION");
    case UpdatedColumn: return tr("UPDATED");
    case ColumnCount: break;
    }
    return {};
}

int ReleaseListModel::rowOf(const QString &namespace_, const QString &name) const { return m_rowOfKey.value(keyOf(namespace_, name), -1); }

HelmReleaseSummary ReleaseListModel::latest(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Revision *r = m_rows[size_t(row)].latest();
    return r ? r->summary : HelmReleaseSummary{};
}

QList<HelmReleaseSummary> ReleaseListModel::history(int row) const
{
    QList<HelmReleaseSummary> out;
    if (row < 0 || row >= rowCount())
        return out;
    for (const Revision &r : m_rows[size_t(row)].revisions)
        out.append(r.summary);
    return out;
}

QList<HelmReleaseSummary> ReleaseListModel::history(const QString &namespace_, const QString &name) const
{
    return history(rowOf(namespace_, name));
}

StuckRelease ReleaseListModel::stuck(int row) const { return StuckRelease::assess(history(row)); }

std::optional<ReleaseListModel::StorageRef> ReleaseListModel::storageOf(const QString &namespace_, const QString &name, int revision) const
{
    const int row = rowOf(namespace_, name);
    if (row < 0)
        return std::nullopt;
    const auto &revisions = m_rows[size_t(row)].revisions;
    const auto it = revisions.constFind(revision);
    if (it == revisions.cend())
        return std::nullopt;
    return StorageRef{it->objectName, it->driver};
}

} // namespace fc
