#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/Kubeconfig.h"
#include "model/cluster/Informer.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fc {

/// The open connections of the app, one per kubeconfig context in use, each with its informer.
/// Switching back to a context is instant: its stores stay warm.
class ClusterSessions final : public QObject {
    Q_OBJECT
public:
    struct Session {
        ResolvedContext context;
        ClusterConnection *connection = nullptr;
        Informer *informer = nullptr;
    };

    explicit ClusterSessions(QObject *parent = nullptr);

    void setKubeconfig(const Kubeconfig &kubeconfig) { m_kubeconfig = kubeconfig; }
    const Kubeconfig &kubeconfig() const { return m_kubeconfig; }
    /// Opens (or returns) the session for a context; the error names file/line/field.
    Result<Session *> open(const QString &context);
    Session *find(const QString &context) { return m_sessions.value(context).get(); }
    /// The contexts open now, in no particular order.
    QStringList openContexts() const { return m_sessions.keys(); }
    /// Closes a context's connection and informer (their watches end; the objects are deleted
    /// later, so a signal being delivered finishes first). The caller lets go of them before.
    void close(const QString &context);
    /// Namespaces every informer tries where its user may not list cluster-wide (Preferences),
    /// after the context's own namespace.
    void setNamespaceHints(const QStringList &namespaces);

private:
    void applyHints(Session &s) const;

    QStringList m_hints;
    Kubeconfig m_kubeconfig;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
};

} // namespace fc
