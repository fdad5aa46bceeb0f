#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ResourceType.h"
#include "backend/cluster/Resources.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <vector>

namespace fc {

/// What a store can see, given what the user may list: every namespace (a cluster-wide watch),
/// only some namespaces (the cluster-wide list was forbidden; one watch per namespace where it
/// is allowed), or nothing (forbidden everywhere asked). A view says so instead of showing an
/// empty table, and derived views (federations, GPUs, certificates) say what they could not see.
struct StoreAccess {
    enum class Scope { Cluster, Namespaces, None };
    Scope scope = Scope::Cluster;
    QStringList namespaces; ///< Namespaces: where the store lists
    QString reason;         ///< the server's refusal of the cluster-wide list (empty for Cluster)
    bool checking = false;  ///< the cluster-wide list was refused; asking where else it may list
    bool operator==(const StoreAccess &) const = default;
    bool complete() const { return scope == Scope::Cluster; }
};

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
    const StoreAccess &access() const { return m_access; }
    void setAccess(const StoreAccess &access);

    /// Applies one batch from ClusterConnection. A list (listBegin…listEnd) reconciles: objects
    /// not seen in it are removed at listEnd, the rest updated in place — a relist after 410 or
    /// a reconnect never duplicates or resets rows. `scope` is the namespace the batch's watch
    /// covers (empty: all), so a store fed by one watch per namespace reconciles each on its own.
    void apply(const WatchBatch &batch, const QString &scope = {});
    /// The watches that feed the store from now on (namespaces; {""} for one cluster-wide watch):
    /// synced() once each has listed. Objects of a namespace no longer fed are removed.
    void setScopes(const QStringList &scopes);
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
    void accessChanged(const fc::StoreAccess &access);

private:
    void removeUids(const QStringList &uids);

    ResourceType m_type;
    Kind m_kind;
    QString m_cluster;
    std::vector<ObjectSummary> m_objects;
    QHash<QString, int> m_index;
    QHash<QString, QSet<QString>> m_unseen; ///< per scope being relisted: uids not yet seen again
    QSet<QString> m_pendingScopes{QString()}; ///< scopes that have not listed yet
    bool m_synced = false;
    StoreAccess m_access;
};

} // namespace fc
