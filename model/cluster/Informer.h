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
    bool isWatching(Kind kind) const { return m_stores.contains(kind); }
    /// The connection's watch id behind a kind's store (0 when not watching).
    quint64 watchId(Kind kind) const { return m_byWatch.key(m_stores.value(kind), 0); }

private:
    void onBatch(const WatchBatch &batch);

    QPointer<ClusterConnection> m_connection;
    QHash<Kind, ResourceStore *> m_stores;
    QHash<quint64, ResourceStore *> m_byWatch;
};

} // namespace fc
