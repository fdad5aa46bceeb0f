#include "gui/cluster/ClusterSessions.h"

#include "backend/cluster/ConnectionFactory.h"

namespace fc {

ClusterSessions::ClusterSessions(QObject *parent) : QObject(parent) {}

Result<ClusterSessions::Session *> ClusterSessions::open(const QString &context)
{
    if (auto s = m_sessions.value(context))
        return s.get();
    auto resolved = m_kubeconfig.resolve(context);
    if (!resolved)
        return resolved.error();
    auto cfg = connectionConfigFor(resolved.value());
    if (!cfg)
        return cfg.error();
    auto s = std::make_shared<Session>();
    s->context = resolved.value();
    s->connection = new ClusterConnection(cfg.value(), this);
    s->informer = new Informer(s->connection, s->connection);
    applyHints(*s);
    m_sessions.insert(context, s);
    return s.get();
}

void ClusterSessions::close(const QString &context)
{
    const std::shared_ptr<Session> s = m_sessions.take(context);
    if (s && s->connection)
        s->connection->deleteLater(); // the informer is its child
}

void ClusterSessions::setNamespaceHints(const QStringList &namespaces)
{
    m_hints = namespaces;
    for (const auto &s : std::as_const(m_sessions))
        applyHints(*s);
}

void ClusterSessions::applyHints(Session &s) const
{
    s.informer->setNamespaceHints(QStringList{s.context.namespaceName} + m_hints);
}

} // namespace fc
