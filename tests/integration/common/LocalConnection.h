#pragma once

// A test's connection to the local control plane, made the way the app makes one: the kubeconfig
// context resolved by Kubeconfig, turned into a ConnectionConfig by connectionConfigFor (client
// certificates, tokens, exec plugins, proxies), then a ClusterConnection.

#include "LocalCluster.h"
#include "backend/cluster/ConnectionFactory.h"

#include <memory>

namespace fc::test {

struct LocalConnection {
    ResolvedContext context;
    ConnectionConfig config;
    std::unique_ptr<ClusterConnection> connection;
    QString error; ///< why there is no connection
    explicit operator bool() const { return connection != nullptr; }
};

/// Connects as `context` of `kubeconfig`: "fedconsole-local" is cluster-admin by client
/// certificate, "fedconsole-local-token" a ServiceAccount token (scripts/local-cluster.sh).
inline LocalConnection connectLocal(const QString &context = QStringLiteral("fedconsole-local"),
                                    const QString &kubeconfig = kubeconfigPath())
{
    LocalConnection out;
    auto resolved = Kubeconfig::load({kubeconfig}).resolve(context);
    if (!resolved) {
        out.error = resolved.error().toString();
        return out;
    }
    out.context = resolved.value();
    auto config = connectionConfigFor(out.context);
    if (!config) {
        out.error = config.error().toString();
        return out;
    }
    out.config = config.value();
    out.connection = std::make_unique<ClusterConnection>(out.config);
    return out;
}

/// For helpers that return a connection: a context that cannot be connected ends the test program.
inline std::unique_ptr<ClusterConnection> openLocal(const QString &context = QStringLiteral("fedconsole-local"))
{
    LocalConnection local = connectLocal(context);
    if (!local)
        qFatal("cannot connect as %s: %s", qPrintable(context), qPrintable(local.error));
    return std::move(local.connection);
}

} // namespace fc::test

/// Sets `target` (a std::unique_ptr<ClusterConnection>) to a connection as `context`, or fails the test.
#define FC_CONNECT_LOCAL(target, context)                                                                           \
    do {                                                                                                           \
        fc::test::LocalConnection fcLocal = fc::test::connectLocal(context);                                       \
        QVERIFY2(fcLocal, qPrintable(QStringLiteral("cannot connect as %1: %2").arg(context, fcLocal.error)));    \
        (target) = std::move(fcLocal.connection);                                                                  \
    } while (false)
