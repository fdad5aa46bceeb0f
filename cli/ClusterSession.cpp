#include "cli/ClusterSession.h"

#include "backend/cluster/ConnectionFactory.h"
#include "model/cluster/ResourceStore.h"

#include <QEventLoop>
#include <algorithm>
#include <QTimer>

namespace fc::cli {

Result<std::unique_ptr<ClusterSession>> ClusterSession::open(const GlobalOptions &options, int timeoutMs)
{
    const QStringList paths = options.kubeconfig.isEmpty() ? Kubeconfig::defaultPaths() : QStringList{options.kubeconfig};
    const Kubeconfig kc = Kubeconfig::load(paths);
    const QString name = options.context.isEmpty() ? kc.currentContext() : options.context;
    if (name.isEmpty()) {
        for (const Error &e : kc.errors())
            return e;
        return makeError(QObject::tr("no current-context in %1; pass --context").arg(paths.join(u':')));
    }
    auto resolved = kc.resolve(name);
    if (!resolved)
        return resolved.error();
    auto cfg = connectionConfigFor(resolved.value());
    if (!cfg)
        return cfg.error();
    auto s = std::make_unique<ClusterSession>();
    s->m_context = resolved.value();
    s->m_connection = std::make_unique<ClusterConnection>(cfg.value());
    s->m_objects = std::make_unique<ObjectClient>(s->m_connection.get());
    s->m_timeoutMs = timeoutMs;
    return s;
}

Error ClusterSession::timeoutError() const
{
    return makeError(QObject::tr("timed out after %1 s waiting for %2").arg(m_timeoutMs / 1000).arg(m_context.server.toString()));
}

Result<void> ClusterSession::list(ResourceStore &store, const QString &ns, const QString &labelSelector)
{
    return list(QList<ResourceStore *>{&store}, ns, labelSelector);
}

Result<void> ClusterSession::list(const QList<ResourceStore *> &stores, const QString &ns, const QString &labelSelector)
{
    QEventLoop loop;
    std::optional<Error> failure;
    QHash<quint64, ResourceStore *> byWatch;
    for (ResourceStore *store : stores)
        byWatch.insert(m_connection->watch(store->kind(), ns, labelSelector), store);
    int pending = int(byWatch.size());
    auto c1 = QObject::connect(m_connection.get(), &ClusterConnection::batchReady, &loop, [&](const WatchBatch &b) {
        ResourceStore *store = byWatch.value(b.watchId);
        if (!store)
            return;
        store->apply(b);
        if (b.listEnd && --pending == 0)
            loop.quit();
    });
    auto fail = [&](quint64 w, const QString &msg) {
        if (!byWatch.contains(w))
            return;
        failure = makeError(msg);
        loop.quit();
    };
    auto c2 = QObject::connect(m_connection.get(), &ClusterConnection::watchError, &loop, fail);
    auto c3 = QObject::connect(m_connection.get(), &ClusterConnection::watchForbidden, &loop, fail);
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    for (auto it = byWatch.cbegin(); it != byWatch.cend(); ++it)
        m_connection->unwatch(it.key());
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    if (failure)
        return *failure;
    for (ResourceStore *store : stores)
        if (!store->synced())
            return makeError(QObject::tr("timed out after %1 s listing from %2").arg(m_timeoutMs / 1000).arg(m_context.server.toString()));
    return {};
}

Result<void> ClusterSession::sync(const QList<ResourceStore *> &stores)
{
    auto allSynced = [&] {
        return std::all_of(stores.cbegin(), stores.cend(), [](const ResourceStore *s) { return s->synced() && !s->access().checking; });
    };
    QEventLoop loop;
    QList<QMetaObject::Connection> connections;
    for (ResourceStore *store : stores) {
        auto check = [&] {
            if (allSynced())
                loop.quit();
        };
        connections << QObject::connect(store, &ResourceStore::syncedChanged, &loop, check);
        connections << QObject::connect(store, &ResourceStore::accessChanged, &loop, check);
    }
    // a live view keeps retrying; a command answers now, as kubectl does: credentials refused or
    // no apiserver at the address ends the wait with the connection's reason
    std::optional<Error> failure;
    connections << QObject::connect(m_connection.get(), &ClusterConnection::stateChanged, &loop,
                                    [&](ConnectionState state, const QString &detail) {
                                        if (state != ConnectionState::Unauthorized && state != ConnectionState::Unreachable)
                                            return;
                                        failure = makeError(connectionProblem(state, detail));
                                        loop.quit();
                                    });
    if (!allSynced()) {
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (const auto &c : std::as_const(connections))
        QObject::disconnect(c);
    if (failure)
        return *failure;
    if (!allSynced())
        return makeError(QObject::tr("timed out after %1 s listing from %2").arg(m_timeoutMs / 1000).arg(m_context.server.toString()));
    return {};
}

} // namespace fc::cli
