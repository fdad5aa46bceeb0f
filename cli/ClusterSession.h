#pragma once

#include "cli/ClusterCommands.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/Kubeconfig.h"

#include <memory>

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
    Result<QByteArray> request(const ApiRequest &request);
    /// Lists into `store` through the same watch path as the GUI and returns once synced.
    Result<void> list(ResourceStore &store, const QString &ns, const QString &labelSelector = {});
    /// The same for several stores (one kind each) at once: the lists run concurrently.
    Result<void> list(const QList<ResourceStore *> &stores, const QString &ns, const QString &labelSelector = {});

private:
    ResolvedContext m_context;
    std::unique_ptr<ClusterConnection> m_connection;
    int m_timeoutMs = 30000;
};

} // namespace fc::cli
