#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ResourceType.h"
#include "backend/cluster/Resources.h"

#include <QHash>
#include <QObject>

#include <vector>

namespace fc {

/// The informer's local cache for one (cluster, kind, namespace) watch: objects by uid, in
/// arrival order, fed by WatchBatch values. It tells its observers exactly which rows changed
/// (ranges, not resets) so table models and derived views update incrementally.
class ResourceStore final : public QObject {
    Q_OBJECT
public:
    explicit ResourceStore(Kind kind, QString cluster = {}, QObject *parent = nullptr);
    /// A store of any kind discovery names; kind() is its built-in Kind, else Kind::Other.
    ResourceStore(ResourceType type, QString cluster, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    const ResourceType &type() const { return m_type; }
    const QString &cluster() const { return m_cluster; }
    int size() const { return int(m_objects.size()); }
    const ObjectSummary &at(int row) const { return m_objects[size_t(row)]; }
    int rowOf(const QString &uid) const { return m_index.value(uid, -1); }
    const ObjectSummary *find(const QString &uid) const;
    bool synced() const { return m_synced; }

    /// Applies one batch from ClusterConnection. A list (listBegin…listEnd) reconciles: objects
    /// not seen in it are removed at listEnd, the rest updated in place — a relist after 410 or
    /// a reconnect never duplicates or resets rows.
    void apply(const WatchBatch &batch);
    void clear();

Q_SIGNALS:
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsChanged(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    void aboutToReset();
    void resetDone();
    /// Per-object notifications for derived views (federation, GPU), emitted inside apply()
    /// between batchAboutToBeApplied() and batchApplied(): derived views collect the events and
    /// update themselves once per batch.
    void objectUpserted(const fc::ObjectSummary &object);
    void objectRemoved(const fc::ObjectSummary &object);
    void batchAboutToBeApplied();
    void batchApplied();
    void syncedChanged(bool synced);

private:
    void removeUids(const QStringList &uids);

    ResourceType m_type;
    Kind m_kind;
    QString m_cluster;
    std::vector<ObjectSummary> m_objects;
    QHash<QString, int> m_index;
    QSet<QString> m_unseen; ///< during a relist: uids not yet seen again
    bool m_listing = false;
    bool m_synced = false;
};

} // namespace fc
