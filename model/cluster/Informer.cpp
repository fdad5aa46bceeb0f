#include "model/cluster/Informer.h"

#include "backend/cluster/ClusterConnection.h"

namespace fc {

Informer::Informer(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    connect(connection, &ClusterConnection::batchReady, this, &Informer::onBatch);
}

Informer::~Informer()
{
    if (m_connection)
        for (auto it = m_byWatch.cbegin(); it != m_byWatch.cend(); ++it)
            m_connection->unwatch(it.key());
}

QString Informer::cluster() const { return m_connection ? m_connection->contextName() : QString(); }

ResourceStore *Informer::store(Kind kind)
{
    return store(ResourceType::of(kind));
}

ResourceStore *Informer::store(const ResourceType &type)
{
    if (ResourceStore *s = m_stores.value(type.id()))
        return s;
    auto *s = new ResourceStore(type, cluster(), this);
    m_stores.insert(type.id(), s);
    if (m_connection)
        m_byWatch.insert(m_connection->watch(type), s);
    return s;
}

void Informer::onBatch(const WatchBatch &batch)
{
    if (ResourceStore *s = m_byWatch.value(batch.watchId))
        s->apply(batch);
}

} // namespace fc
