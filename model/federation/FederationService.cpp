#include "model/federation/FederationService.h"

#include "backend/core/BackgroundThread.h"
#include "backend/cluster/ClusterConnection.h"
#include "model/cluster/Informer.h"
#include "model/federation/FederationEngine.h"

#include <QTimer>

namespace fc {

namespace {


QString expiryKey(const QString &cluster, const QString &namespace_, const QString &secret)
{
    return cluster + u'/' + namespace_ + u'/' + secret;
}

constexpr int kPublishMs = 50; // results reach the UI at most this often

} // namespace

/// One store event, copied on the UI thread (ObjectSummary's strings and lists are shared, not
/// copied) and applied on the service's thread.
struct FederationService::Event {
    enum class Type { Upsert, Remove, Relist } type = Type::Upsert;
    Kind kind = Kind::Pod;
    ObjectSummary object;              ///< Upsert
    QString uid;                       ///< Remove
    QList<ObjectSummary> objects;      ///< Relist: everything of `kind` in the cluster
};

class FederationService::Worker final : public QObject {
public:
    Worker() : m_gpus(this), m_publish(this)
    {
        m_gpus.setPartyResolver([this](const ObjectSummary &pod, const QString &cluster) {
            return m_engine.partyNameForPod(pod, cluster);
        });
        m_gpus.setTimeSlicingConfigMap(QStringLiteral("gpu-operator"), QStringLiteral("time-slicing-config"), QString());
        m_engine.setCertExpiryLookup([this](const QString &c, const QString &ns, const QString &secret) {
            return m_certExpiry.value(expiryKey(c, ns, secret));
        });
        m_publish.setSingleShot(true);
        m_publish.setInterval(kPublishMs);
        QObject::connect(&m_publish, &QTimer::timeout, this, [this] { publish(); });
    }

    std::function<void(const QList<Federation> &)> federationsOut;
    std::function<void(const GpuSnapshot &)> gpusOut;

    void apply(const QString &cluster, const QList<Event> &events)
    {
        m_engine.beginBatch();
        m_gpus.beginBatch();
        for (const Event &e : events) {
            switch (e.type) {
            case Event::Type::Upsert:
                m_engine.upsert(e.object, cluster); // first: the GPU accounting asks it for the party
                m_gpus.applyUpsert(e.object, cluster);
                break;
            case Event::Type::Remove:
                m_engine.remove(e.kind, e.uid, cluster);
                m_gpus.applyRemove(e.kind, e.uid, cluster);
                break;
            case Event::Type::Relist:
                m_engine.reset(e.kind, e.objects, cluster);
                m_gpus.resetAll(e.kind, e.objects, cluster);
                break;
            }
        }
        m_gpus.endBatch();
        m_engine.endBatch();
        schedulePublish();
    }

    void setTimeSlicingConfigMap(const QString &ns, const QString &name, const QString &defaultKey)
    {
        m_gpus.setTimeSlicingConfigMap(ns, name, defaultKey);
        schedulePublish();
    }

    void setClusterProblem(const QString &cluster, const QString &problem)
    {
        if (!m_engine.setClusterProblem(cluster, problem))
            return;
        m_recompute = true;
        schedulePublish();
    }

    void setCertificateExpiry(const QString &key, const QDateTime &notAfter)
    {
        m_certExpiry.insert(key, notAfter);
        m_recompute = true;
        schedulePublish();
    }

private:
    void schedulePublish()
    {
        m_dirty = true;
        if (!m_publish.isActive())
            m_publish.start();
    }

    void publish()
    {
        if (std::exchange(m_recompute, false))
            m_engine.recompute(); // certificate expiry is read in the full pass
        if (!std::exchange(m_dirty, false))
            return;
        federationsOut(m_engine.federations());
        gpusOut(GpuSnapshot{m_gpus.rows(), m_gpus.pendingPods()});
    }

    FederationEngine m_engine;
    GpuModel m_gpus;   ///< its arithmetic; no view reads it
    QTimer m_publish;
    QHash<QString, QDateTime> m_certExpiry;
    bool m_dirty = false;
    bool m_recompute = false;
};

FederationService::FederationService(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    qRegisterMetaType<GpuSnapshot>();
    m_worker->federationsOut = [this](const QList<Federation> &f) {
        QMetaObject::invokeMethod(this, [this, f] { Q_EMIT federationsChanged(f); }, Qt::QueuedConnection);
    };
    m_worker->gpusOut = [this](const GpuSnapshot &g) {
        QMetaObject::invokeMethod(this, [this, g] { Q_EMIT gpusChanged(g); }, Qt::QueuedConnection);
    };
    m_thread.setObjectName(QStringLiteral("federations"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, [] { lowerCurrentThreadPriority(); });
    m_thread.start();
}

FederationService::~FederationService()
{
    m_thread.quit();
    m_thread.wait();
}

void FederationService::forward(const QString &cluster, QList<Event> events)
{
    if (events.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster, events = std::move(events)] { w->apply(cluster, events); },
                              Qt::QueuedConnection);
}

const QList<Kind> &FederationService::inputKinds()
{
    static const QList<Kind> kinds = {Kind::Namespace, Kind::Node, Kind::Pod, Kind::Service, Kind::ConfigMap,
                                      Kind::Secret, Kind::Deployment, Kind::StatefulSet, Kind::DaemonSet};
    return kinds;
}

void FederationService::addInformer(Informer *informer)
{
    for (Kind kind : inputKinds())
        addStore(informer->store(kind));
    // a cluster that cannot be read: its parties say so instead of showing stale pods as healthy
    ClusterConnection *connection = informer->connection();
    if (!connection)
        return;
    connect(connection, &ClusterConnection::stateChanged, this,
            [this, cluster = informer->cluster()](ConnectionState state, const QString &detail) {
                const QString problem = connectionProblem(state, detail);
                QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster, problem] { w->setClusterProblem(cluster, problem); },
                                          Qt::QueuedConnection);
            });
}

void FederationService::removeInformer(Informer *informer)
{
    const QString cluster = informer->cluster();
    for (Kind kind : inputKinds())
        informer->store(kind)->disconnect(this); // started by addInformer: no new watch
    if (ClusterConnection *connection = informer->connection())
        connection->disconnect(this);
    // an empty relist of every kind drops the cluster's objects from the engine and the GPU rows
    QList<Event> events;
    for (Kind kind : inputKinds()) {
        Event relist;
        relist.type = Event::Type::Relist;
        relist.kind = kind;
        events.append(relist);
    }
    forward(cluster, events);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster] { w->setClusterProblem(cluster, {}); }, Qt::QueuedConnection);
}

void FederationService::addStore(ResourceStore *store)
{
    const QString cluster = store->cluster();
    const Kind kind = store->kind();
    // a watch batch's events travel together: collected while the store applies it
    auto pending = std::make_shared<QList<Event>>();
    connect(store, &ResourceStore::objectUpserted, this, [pending](const ObjectSummary &o) {
        Event e;
        e.kind = o.kind;
        e.object = o;
        pending->append(std::move(e));
    });
    connect(store, &ResourceStore::objectRemoved, this, [pending](const ObjectSummary &o) {
        Event e;
        e.type = Event::Type::Remove;
        e.kind = o.kind;
        e.uid = o.uid;
        pending->append(std::move(e));
    });
    connect(store, &ResourceStore::batchApplied, this, [this, pending, cluster] {
        forward(cluster, std::exchange(*pending, {}));
    });
    if (store->size() > 0) {
        Event relist;
        relist.type = Event::Type::Relist;
        relist.kind = kind;
        relist.objects.reserve(store->size());
        for (int i = 0; i < store->size(); ++i)
            relist.objects.append(store->at(i));
        forward(cluster, {relist});
    }
}

void FederationService::setTimeSlicingConfigMap(const QString &namespace_, const QString &name, const QString &defaultKey)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, namespace_, name, defaultKey] {
        w->setTimeSlicingConfigMap(namespace_, name, defaultKey);
    }, Qt::QueuedConnection);
}

void FederationService::setCertificateExpiry(const QString &cluster, const QString &namespace_, const QString &secret,
                                             const QDateTime &notAfter)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, key = expiryKey(cluster, namespace_, secret), notAfter] {
        w->setCertificateExpiry(key, notAfter);
    }, Qt::QueuedConnection);
}

} // namespace fc
