#pragma once

#include "cli/ClusterCommands.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/ObjectClient.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace fc {
class ResourceStore;
}

namespace fc::cli {

/// A command-line session on one context. The CLI has no UI to keep responsive, so it waits
/// for answers in a local event loop here; library code never does this.
class ClusterSession {
public:
    static Result<std::unique_ptr<ClusterSession>> open(const GlobalOptions &options, int timeoutMs = 30000);

    const ResolvedContext &context() const { return m_context; }
    ClusterConnection &connection() { return *m_connection; }
    ObjectClient &objects() { return *m_objects; }
    /// Waits for one ObjectClient call: `start(context, done)` issues it, e.g.
    /// `s.await<KubeObject>([&](QObject *c, auto done) { s.objects().get(type, ns, name, c, done); })`.
    template<typename T, typename Start>
    Result<T> await(Start start)
    {
        QEventLoop loop;
        std::optional<Result<T>> result;
        QObject context;
        start(&context, std::function<void(const Result<T> &)>([&](const Result<T> &r) {
            result = r;
            loop.quit();
        }));
        if (!result) {
            QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!result)
            return timeoutError();
        return *result;
    }
    /// Lists into `store` through the same watch path as the GUI and returns once synced.
    Result<void> list(ResourceStore &store, const QString &ns, const QString &labelSelector = {});
    /// The same for several stores (one kind each) at once: the lists run concurrently.
    Result<void> list(const QList<ResourceStore *> &stores, const QString &ns, const QString &labelSelector = {});

    /// Waits until each of an informer's stores has listed what the user may see: cluster-wide,
    /// or per namespace where the cluster-wide list is forbidden (the store's access() says
    /// which, and Informer::hiddenNotes what is missing).
    Result<void> sync(const QList<ResourceStore *> &stores);

private:
    Error timeoutError() const;

    ResolvedContext m_context;
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_objects;
    int m_timeoutMs = 30000;
};

} // namespace fc::cli
