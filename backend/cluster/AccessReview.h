#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ResourceType.h"
#include "backend/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/// One question to the API server's authorizer: may I `verb` this resource (in this namespace)?
/// The body of a SelfSubjectAccessReview (authorization.k8s.io/v1), kubectl auth can-i's request.
struct AccessQuery {
    QString verb;        ///< get, list, watch, create, update, patch, delete
    QString group;       ///< "" for the core group
    QString resource;    ///< plural: "pods"
    QString subresource; ///< "log" for pods/log
    QString namespace_;  ///< empty: cluster-wide (every namespace, or a cluster-scoped kind)
    QString name;        ///< empty: any object

    static AccessQuery of(const QString &verb, const ResourceType &type, const QString &namespace_ = {},
                          const QString &subresource = {});
    /// "list secrets in namespace default", "list nodes": for messages.
    QString describe() const;
};

/// The authorizer's answer.
struct AccessAnswer {
    bool allowed = false;
    bool denied = false; ///< explicitly denied (an authorizer said no; RBAC only ever "not allowed")
    QString reason;      ///< the authorizer's reason, or an evaluation error
};

ApiRequest accessReviewRequest(const AccessQuery &query);
Result<AccessAnswer> parseAccessReview(const QByteArray &body);

/// One rule of a SelfSubjectRulesReview: verbs on resources of API groups (names optional).
struct AccessRule {
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources;     ///< may hold "*", "pods/log", "*/scale"
    QStringList resourceNames; ///< empty: every object
};

/// What the user may do in one namespace (SelfSubjectRulesReview: RBAC's rules that apply there,
/// cluster-wide bindings included). `incomplete` when an authorizer (a webhook) cannot list its
/// rules: an absent rule then proves nothing, and a SelfSubjectAccessReview must decide.
struct RulesReview {
    QString namespace_;
    QList<AccessRule> rules;
    bool incomplete = false;
    QString evaluationError;

    /// Whether a rule allows `verb` on the resource (a subresource as "pods/log") of the group,
    /// for any object (rules limited to resourceNames do not allow a list).
    bool allows(const QString &verb, const QString &group, const QString &resource, const QString &subresource = {}) const;
};

ApiRequest rulesReviewRequest(const QString &namespace_);
Result<RulesReview> parseRulesReview(const QString &namespace_, const QByteArray &body);

} // namespace fc
