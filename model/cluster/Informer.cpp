#include "model/cluster/Informer.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace fc {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::Informer)
};

/// Where a cluster-scoped kind's rules are read: ClusterRoleBindings apply in every namespace's
/// rules review, so any namespace answers for them.
QString rulesNamespaceFor(const ResourceType &type, const QString &namespace_)
{
    return type.namespaced && !namespace_.isEmpty() ? namespace_ : QStringLiteral("default");
}
} // namespace

Informer::Informer(ClusterConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_objects(std::make_unique<ObjectClient>(connection))
{
    m_rulesRefresh = new QTimer(this);
    m_rulesRefresh->setInterval(5 * 60 * 1000); // RBAC changes rarely; kubectl caches discovery 10 min
    connect(m_rulesRefresh, &QTimer::timeout, this, [this] {
        for (const QString &ns : std::as_const(m_asked))
            askRules(ns);
    });
    connect(connection, &ClusterConnection::batchReady, this, &Informer::onBatch);
    connect(connection, &ClusterConnection::watchForbidden, this, &Informer::onForbidden);
    connect(this, &Informer::rulesReviewed, this, [this] {
        // the namespaces are gathered once for every refused store (a scan of all stores)
        const QStringList namespaces = knownNamespaces();
        for (auto it = m_refusal.cbegin(); it != m_refusal.cend(); ++it)
            applyFallback(it.key(), namespaces);
    });
}

Informer::~Informer()
{
    if (m_connection) {
        for (auto it = m_byWatch.cbegin(); it != m_byWatch.cend(); ++it)
            m_connection->unwatch(it.key());
        for (auto it = m_headStarts.cbegin(); it != m_headStarts.cend(); ++it)
            m_connection->unwatch(it.key());
    }
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
    if (m_connection) {
        const quint64 id = m_connection->watch(type);
        m_byWatch.insert(id, s);
        m_scopeOfWatch.insert(id, QString());
    }
    if (type.builtin == Kind::Namespace) // a namespace appearing may hold objects a refused kind can list there
        connect(s, &ResourceStore::rowsInserted, this, &Informer::refreshFallbacksSoon);
    return s;
}

ResourceStore *Informer::headStart(Kind kind, const QString &labelSelector)
{
    const ResourceStore *existing = m_stores.value(ResourceType::of(kind).id());
    if ((existing && existing->synced()) || !m_connection)
        return nullptr;
    auto *s = new ResourceStore(kind, cluster(), this);
    const quint64 id = m_connection->watch(kind, QString(), labelSelector); // asked first: its page is small
    m_headStarts.insert(id, s);
    ResourceStore *full = store(kind);
    connect(full, &ResourceStore::syncedChanged, s, [this, id](bool synced) {
        if (synced)
            dropHeadStart(id);
    });
    return s;
}

void Informer::dropHeadStart(quint64 watchId)
{
    const QPointer<ResourceStore> s = m_headStarts.take(watchId);
    if (m_connection)
        m_connection->unwatch(watchId);
    if (s)
        s->deleteLater();
}

quint64 Informer::watchId(const ResourceType &type) const
{
    const ResourceStore *s = m_stores.value(type.id());
    for (auto it = m_byWatch.cbegin(); it != m_byWatch.cend(); ++it)
        if (it.value() == s && m_scopeOfWatch.value(it.key()).isEmpty())
            return it.key();
    return 0;
}

void Informer::setNamespaceHints(const QStringList &namespaces)
{
    QStringList hints;
    for (const QString &ns : namespaces)
        if (!ns.trimmed().isEmpty() && !hints.contains(ns.trimmed()))
            hints.append(ns.trimmed());
    if (hints == m_hints)
        return;
    m_hints = hints;
    refreshFallbacksSoon();
}

QStringList Informer::knownNamespaces() const
{
    QSet<QString> known(m_hints.cbegin(), m_hints.cend());
    for (const ResourceStore *s : m_stores) {
        if (s->kind() == Kind::Namespace) {
            for (int i = 0; i < s->size(); ++i)
                known.insert(s->at(i).name);
        } else if (s->type().namespaced) {
            for (int i = 0; i < s->size(); ++i)
                known.insert(s->at(i).namespace_);
        }
    }
    known.remove(QString());
    QStringList out(known.cbegin(), known.cend());
    std::sort(out.begin(), out.end());
    return out;
}

const RulesReview *Informer::rules(const QString &namespace_) const
{
    const auto it = m_rules.constFind(namespace_);
    return it == m_rules.cend() ? nullptr : &*it;
}

void Informer::reviewNamespace(const QString &namespace_)
{
    if (namespace_.isEmpty() || m_asked.contains(namespace_) || !m_connection)
        return;
    m_asked.insert(namespace_);
    askRules(namespace_);
}

void Informer::setRulesRefreshInterval(int ms) { m_rulesRefresh->setInterval(ms); }

void Informer::askRules(const QString &namespace_)
{
    if (!m_rulesRefresh->isActive())
        m_rulesRefresh->start();
    m_objects->reviewRules(namespace_, this, [this, namespace_](const Result<RulesReview> &r) {
        if (r) {
            m_rules.insert(namespace_, r.value());
        } else {
            // not even the review may be asked (or the server is away): nothing is known to be
            // allowed there, and the reason is kept for the messages
            RulesReview unknown;
            unknown.namespace_ = namespace_;
            unknown.incomplete = false;
            unknown.evaluationError = r.error().message;
            m_rules.insert(namespace_, unknown);
        }
        Q_EMIT rulesReviewed(namespace_);
    });
}

std::optional<bool> Informer::may(const QString &verb, const ResourceType &type, const QString &namespace_, const QString &subresource,
                                  QString *why) const
{
    const RulesReview *r = rules(rulesNamespaceFor(type, namespace_));
    if (!r)
        return std::nullopt;
    if (r->allows(verb, type.group, type.resource, subresource))
        return true;
    if (r->incomplete)
        return std::nullopt;
    if (why)
        *why = Tr::tr("Your role does not allow this: %1.").arg(AccessQuery::of(verb, type, namespace_, subresource).describe());
    return false;
}

void Informer::onBatch(const WatchBatch &batch)
{
    if (auto head = m_headStarts.constFind(batch.watchId); head != m_headStarts.cend()) {
        if (*head)
            (*head)->apply(batch);
        if (batch.listEnd && m_connection) // one list is all it is for: no watch behind it
            m_connection->unwatch(batch.watchId);
        return;
    }
    ResourceStore *s = m_byWatch.value(batch.watchId);
    if (!s)
        return;
    const QString scope = m_scopeOfWatch.value(batch.watchId);
    if (scope.isEmpty() && batch.listBegin && m_refusal.contains(s))
        recover(s); // the cluster-wide list is allowed again (RBAC warmed up, or a role was granted)
    s->apply(batch, scope);
}

void Informer::recover(ResourceStore *store)
{
    m_refusal.remove(store);
    for (auto it = m_byWatch.begin(); it != m_byWatch.end();) {
        const QString scope = m_scopeOfWatch.value(it.key());
        if (it.value() == store && !scope.isEmpty()) {
            if (m_connection)
                m_connection->unwatch(it.key());
            m_scopeOfWatch.remove(it.key());
            it = m_byWatch.erase(it);
        } else {
            ++it;
        }
    }
    store->setScopes({QString()});
    store->setAccess(StoreAccess{});
}

void Informer::onForbidden(quint64 watchId, const QString &message)
{
    if (m_headStarts.contains(watchId)) { // the kind's own store says what was refused
        dropHeadStart(watchId);
        return;
    }
    ResourceStore *store = m_byWatch.value(watchId);
    if (!store)
        return;
    // A namespace's watch refused: it keeps asking (slowly) on its own; the rows it listed stay
    // until the namespace's rules say otherwise. The cluster-wide watch refused: it keeps asking
    // too (a 403 right after an apiserver restart is RBAC's cache warming up), and meanwhile the
    // kind is listed where the rules allow it.
    if (!m_scopeOfWatch.value(watchId).isEmpty() || m_refusal.contains(store))
        return;
    m_refusal.insert(store, message);
    StoreAccess access;
    access.scope = StoreAccess::Scope::None;
    access.reason = message;
    access.checking = store->type().namespaced;
    store->setAccess(access);
    resolveNamespaces(store);
}

void Informer::resolveNamespaces(ResourceStore *store)
{
    if (!store->type().namespaced) {
        applyFallback(store);
        return;
    }
    const QStringList candidates = knownNamespaces();
    bool allKnown = true;
    for (const QString &ns : candidates) {
        if (!m_rules.contains(ns)) {
            allKnown = false;
            reviewNamespace(ns);
        }
    }
    if (allKnown)
        applyFallback(store, candidates);
}

void Informer::applyFallback(ResourceStore *store)
{
    applyFallback(store, store->type().namespaced ? knownNamespaces() : QStringList());
}

void Informer::applyFallback(ResourceStore *store, const QStringList &namespaces)
{
    const ResourceType type = store->type();
    const QString refusal = m_refusal.value(store);
    QStringList allowed;
    bool checking = false;
    if (type.namespaced) {
        for (const QString &ns : namespaces) {
            const RulesReview *r = rules(ns);
            if (!r) {
                checking = true;
                continue;
            }
            bool ok = r->allows(QStringLiteral("list"), type.group, type.resource) && r->allows(QStringLiteral("watch"), type.group, type.resource);
            if (!ok && r->incomplete) {
                // an authorizer that cannot list its rules: ask about this one action
                const QString key = ns + u'/' + type.id();
                if (const auto a = m_listAnswers.constFind(key); a != m_listAnswers.cend()) {
                    ok = *a;
                } else {
                    checking = true;
                    m_listAnswers.insert(key, false); // asked: not again
                    m_objects->reviewAccess(AccessQuery::of(QStringLiteral("list"), type, ns), this,
                                            [this, key, store](const Result<AccessAnswer> &a) {
                                                m_listAnswers.insert(key, a && a->allowed);
                                                if (m_refusal.contains(store))
                                                    applyFallback(store);
                                            });
                    continue;
                }
            }
            if (ok)
                allowed.append(ns);
        }
    }
    // one watch per allowed namespace: start the new ones, stop the ones no longer allowed
    QSet<QString> watched;
    for (auto it = m_byWatch.begin(); it != m_byWatch.end();) {
        const QString scope = m_scopeOfWatch.value(it.key());
        if (it.value() == store && !scope.isEmpty() && !allowed.contains(scope)) {
            if (m_connection)
                m_connection->unwatch(it.key());
            m_scopeOfWatch.remove(it.key());
            it = m_byWatch.erase(it);
            continue;
        }
        if (it.value() == store)
            watched.insert(scope);
        ++it;
    }
    store->setScopes(allowed);
    if (m_connection) {
        for (const QString &ns : std::as_const(allowed)) {
            if (watched.contains(ns))
                continue;
            const quint64 id = m_connection->watch(type, ns);
            m_byWatch.insert(id, store);
            m_scopeOfWatch.insert(id, ns);
        }
    }
    StoreAccess access;
    access.scope = allowed.isEmpty() ? StoreAccess::Scope::None : StoreAccess::Scope::Namespaces;
    access.namespaces = allowed;
    access.reason = refusal;
    access.checking = checking;
    store->setAccess(access);
}

void Informer::refreshFallbacksSoon()
{
    if (m_refreshQueued || m_refusal.isEmpty())
        return;
    m_refreshQueued = true;
    QTimer::singleShot(300, this, [this] {
        m_refreshQueued = false;
        for (auto it = m_refusal.cbegin(); it != m_refusal.cend(); ++it)
            resolveNamespaces(it.key());
    });
}

QString accessMessage(const StoreAccess &access, const ResourceType &type)
{
    const QString resource = type.resource;
    switch (access.scope) {
    case StoreAccess::Scope::Cluster:
        return {};
    case StoreAccess::Scope::Namespaces:
        return Tr::tr("Cannot list %1 in every namespace: %2. Shown from the namespaces where your role allows it: %3.")
            .arg(resource, access.reason, access.namespaces.join(QStringLiteral(", ")));
    case StoreAccess::Scope::None:
        break;
    }
    if (access.checking)
        return Tr::tr("Cannot list %1 in every namespace: %2. Asking the cluster in which namespaces you may…").arg(resource, access.reason);
    if (!type.namespaced)
        return Tr::tr("Cannot list %1: %2.").arg(resource, access.reason);
    return Tr::tr("Cannot list %1: %2. Your role allows it in none of the namespaces known here "
                  "(add yours in Preferences → Your namespaces).")
        .arg(resource, access.reason);
}

QStringList Informer::hiddenNotes(const QList<Kind> &kinds, bool brief) const
{
    // brief: "forbidden" for the server's whole sentence (which names the user and the resource
    // again); the views show the sentences in a tooltip
    auto reasonOf = [brief](const QString &reason) {
        return brief && reason.startsWith(QLatin1String("forbidden")) ? QStringLiteral("forbidden") : reason;
    };
    QStringList notes;
    for (Kind kind : kinds) {
        const ResourceStore *s = m_stores.value(ResourceType::of(kind).id());
        if (!s || s->access().complete())
            continue;
        const StoreAccess &a = s->access();
        if (a.scope == StoreAccess::Scope::Namespaces)
            notes.append(Tr::tr("%1 only from %2 (cluster-wide list: %3)").arg(s->type().resource, a.namespaces.join(QStringLiteral(", ")), reasonOf(a.reason)));
        else
            notes.append(Tr::tr("%1 hidden: %2").arg(s->type().resource, reasonOf(a.reason)));
    }
    return notes;
}

} // namespace fc
