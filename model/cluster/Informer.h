#pragma once

#include "backend/cluster/AccessReview.h"
#include "model/cluster/ResourceStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace fc {

class ClusterConnection;
class ObjectClient;

/// A sentence for a store that does not see the whole cluster: what was refused, and what is
/// shown instead ("Cannot list secrets in every namespace: forbidden: …; shown from default").
QString accessMessage(const StoreAccess &access, const ResourceType &type);

/// One informer per cluster: a ResourceStore per kind, each fed by one cluster-wide
/// list+watch on the connection, shared by every view of that kind (k9s/Headlamp shape).
/// Stores start on first use and live as long as the informer.
///
/// For users who may not list a kind cluster-wide (most users of a partner's cluster), a refused
/// list does not retry forever: the informer asks the server what the user may do in each
/// namespace it knows of (SelfSubjectRulesReview; a SelfSubjectAccessReview where the rules are
/// incomplete) and watches the kind in every namespace where listing is allowed, into the same
/// store. The store's access() says which it is, and why.
class Informer final : public QObject {
    Q_OBJECT
public:
    explicit Informer(ClusterConnection *connection, QObject *parent = nullptr);
    ~Informer() override;

    ClusterConnection *connection() const { return m_connection; }
    QString cluster() const;
    /// The store for a kind, starting its watch on first call.
    ResourceStore *store(Kind kind);
    /// The same for any kind discovery names (CRDs included), keyed by its id ("pods", "x.group").
    ResourceStore *store(const ResourceType &type);
    bool isWatching(Kind kind) const { return m_stores.contains(ResourceType::of(kind).id()); }
    /// The connection's cluster-wide watch id behind a kind's store (0 when not watching, or when
    /// the store lists per namespace).
    quint64 watchId(Kind kind) const { return watchId(ResourceType::of(kind)); }
    quint64 watchId(const ResourceType &type) const;

    /// A one-off list of a kind's objects matching `labelSelector`, into a store of its own with
    /// no watch: what a view shows while the kind's own store is still listing the whole cluster
    /// (Helm's current revisions arrive in one small page, every superseded one after them).
    /// nullptr once the kind's store has synced. The store is deleted when the kind's store has
    /// synced, or when its own list is refused; its followers then take what the kind's store
    /// holds (ReleaseListModel does so without a reset).
    ResourceStore *headStart(Kind kind, const QString &labelSelector);

    /// Namespaces to try when a kind (or the namespaces themselves) may not be listed
    /// cluster-wide: the kubeconfig context's namespace, the ones named in preferences. Namespaces
    /// the user can see (listed, or holding objects of another store) are tried too.
    void setNamespaceHints(const QStringList &namespaces);
    QStringList namespaceHints() const { return m_hints; }
    /// Every namespace known to exist: the namespace store's (when listable), the hints, and the
    /// namespaces of objects in any store. Sorted.
    QStringList knownNamespaces() const;

    /// What RBAC lets the user do in a namespace, once reviewed (see reviewNamespace); nullptr
    /// before. Cluster-wide bindings are part of every namespace's answer.
    const RulesReview *rules(const QString &namespace_) const;
    /// Asks for a namespace's rules unless known or asked; rulesReviewed() follows.
    void reviewNamespace(const QString &namespace_);
    /// Every namespace's rules are asked again this often (default 5 min; the old answer holds
    /// until the new one arrives), so a Role granted or taken away meanwhile is seen: refused
    /// kinds are tried again where now allowed, and actions enabled or disabled.
    void setRulesRefreshInterval(int ms);
    /// Whether the user may `verb` the type in the namespace: nullopt until the rules are known
    /// (or when they are incomplete for it). `why` gets a sentence for a disabled action.
    std::optional<bool> may(const QString &verb, const ResourceType &type, const QString &namespace_,
                            const QString &subresource = {}, QString *why = nullptr) const;

    /// The stores among `kinds` that do not see the whole cluster: "nodes hidden: forbidden" lines
    /// for the views that are built from them (federations, GPUs, certificates). `brief` shortens
    /// the server's refusal to "forbidden"; else it is quoted whole.
    QStringList hiddenNotes(const QList<Kind> &kinds, bool brief = true) const;

Q_SIGNALS:
    void rulesReviewed(const QString &namespace_);

private:
    void onBatch(const WatchBatch &batch);
    void onForbidden(quint64 watchId, const QString &message);
    void recover(ResourceStore *store);
    void resolveNamespaces(ResourceStore *store);
    void applyFallback(ResourceStore *store);
    /// The same with the known namespaces already gathered (knownNamespaces() scans every store).
    void applyFallback(ResourceStore *store, const QStringList &namespaces);
    void refreshFallbacksSoon();

    QPointer<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_objects;
    void dropHeadStart(quint64 watchId);
    void askRules(const QString &namespace_);

    QHash<QString, ResourceStore *> m_stores; ///< by ResourceType::id()
    QHash<quint64, QPointer<ResourceStore>> m_headStarts; ///< one-off lists, by watch id
    QHash<quint64, ResourceStore *> m_byWatch;
    QHash<quint64, QString> m_scopeOfWatch;   ///< namespace a watch covers (empty: all)
    QHash<ResourceStore *, QString> m_refusal; ///< stores whose cluster-wide list was refused, with the reason
    QHash<QString, RulesReview> m_rules;       ///< by namespace
    QHash<QString, bool> m_listAnswers;       ///< SSAR answers for incomplete rules, by "namespace/type id"
    QSet<QString> m_asked;                    ///< namespaces whose rules were asked for
    QTimer *m_rulesRefresh = nullptr;   ///< asks every m_asked namespace again
    QStringList m_hints;
    bool m_refreshQueued = false;
};

} // namespace fc
