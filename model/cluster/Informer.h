#pragma once

#include "model/cluster/ResourceStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace fc {

class ClusterConnection;

/// One informer per cluster: a ResourceStore per kind, each fed by one cluster-wide
/// list+watch on the connection, shared by every view of that kind (k9s/Headlamp shape).
/// Stores start on first use and live as long as the informer.
class Informer final : public QObject {
    Q_OBJECT
public:
    explicit Informer(ClusterConnection *connection, QObject *parent = nullptr);
    ~Informer() override;

    ClusterConnection *connection() const { return m_connection; }
    QString cluster() const;
    /// The store for a kind, starting its watch on first call.
    ResourceStore *store(Kind kind);
    /// The same for any kind discovery names (CRDs included), keyed by its id ("pods", "x.group").
    ResourceStore *store(const ResourceType &type);
    bool isWatching(Kind kind) const { return m_stores.contains(ResourceType::of(kind).id()); }
    /// The connection's watch id behind a kind's store (0 when not watching).
    quint64 watchId(Kind kind) const { return watchId(ResourceType::of(kind)); }
    quint64 watchId(const ResourceType &type) const { return m_byWatch.key(m_stores.value(type.id()), 0); }

private:
    void onBatch(const WatchBatch &batch);

    QPointer<ClusterConnection> m_connection;
    QHash<QString, ResourceStore *> m_stores; ///< by ResourceType::id()
    QHash<quint64, ResourceStore *> m_byWatch;
};

} // namespace fc
