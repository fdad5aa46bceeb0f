#include "backend/cluster/AccessReview.h"

#include "backend/cluster/ObjectClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::AccessReview)
};

const QString kReviewApi = QStringLiteral("/apis/authorization.k8s.io/v1/");

Result<QJsonObject> reviewStatus(const QByteArray &body, const char *kind)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Tr::tr("the server's %1 is not JSON: %2").arg(QLatin1String(kind), pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String(kind))
        return makeError(Tr::tr("the server answered %1 where a %2 was expected")
                             .arg(o.value(QLatin1String("kind")).toString(), QLatin1String(kind)));
    return o.value(QLatin1String("status")).toObject();
}

/// POST of a self-subject review (`resource`: selfsubjectaccessreviews, selfsubjectrulesreviews).
ApiRequest reviewRequest(const char *resource, const char *kind, const QJsonObject &spec)
{
    const QJsonObject review{{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                             {QStringLiteral("kind"), QLatin1String(kind)},
                             {QStringLiteral("spec"), spec}};
    ApiRequest r;
    r.method = "POST";
    r.path = kReviewApi + QLatin1String(resource);
    r.contentType = "application/json";
    r.body = QJsonDocument(review).toJson(QJsonDocument::Compact);
    return r;
}

bool matches(const QStringList &patterns, const QString &value)
{
    return patterns.contains(QStringLiteral("*")) || patterns.contains(value);
}

} // namespace

AccessQuery AccessQuery::of(const QString &verb, const ResourceType &type, const QString &namespace_, const QString &subresource)
{
    AccessQuery q;
    q.verb = verb;
    q.group = type.group;
    q.resource = type.resource;
    q.subresource = subresource;
    q.namespace_ = type.namespaced ? namespace_ : QString();
    return q;
}

QString AccessQuery::describe() const
{
    QString what = resource + (subresource.isEmpty() ? QString() : u'/' + subresource);
    if (!group.isEmpty())
        what += u'.' + group;
    if (!name.isEmpty())
        what += u' ' + name;
    return namespace_.isEmpty() ? Tr::tr("%1 %2").arg(verb, what) : Tr::tr("%1 %2 in namespace %3").arg(verb, what, namespace_);
}

ApiRequest accessReviewRequest(const AccessQuery &query)
{
    QJsonObject attributes{{QStringLiteral("verb"), query.verb},
                           {QStringLiteral("group"), query.group},
                           {QStringLiteral("resource"), query.resource}};
    if (!query.subresource.isEmpty())
        attributes.insert(QStringLiteral("subresource"), query.subresource);
    if (!query.namespace_.isEmpty())
        attributes.insert(QStringLiteral("namespace"), query.namespace_);
    if (!query.name.isEmpty())
        attributes.insert(QStringLiteral("name"), query.name);
    return reviewRequest("selfsubjectaccessreviews", "SelfSubjectAccessReview", QJsonObject{{QStringLiteral("resourceAttributes"), attributes}});
}

Result<AccessAnswer> parseAccessReview(const QByteArray &body)
{
    const auto status = reviewStatus(body, "SelfSubjectAccessReview");
    if (!status)
        return status.error();
    AccessAnswer a;
    a.allowed = status->value(QLatin1String("allowed")).toBool();
    a.denied = status->value(QLatin1String("denied")).toBool();
    a.reason = status->value(QLatin1String("reason")).toString();
    if (a.reason.isEmpty())
        a.reason = status->value(QLatin1String("evaluationError")).toString();
    return a;
}

ApiRequest rulesReviewRequest(const QString &namespace_)
{
    return reviewRequest("selfsubjectrulesreviews", "SelfSubjectRulesReview", QJsonObject{{QStringLiteral("namespace"), namespace_}});
}

Result<RulesReview> parseRulesReview(const QString &namespace_, const QByteArray &body)
{
    const auto status = reviewStatus(body, "SelfSubjectRulesReview");
    if (!status)
        return status.error();
    RulesReview review;
    review.namespace_ = namespace_;
    review.incomplete = status->value(QLatin1String("incomplete")).toBool();
    review.evaluationError = status->value(QLatin1String("evaluationError")).toString();
    for (const QJsonValue &v : status->value(QLatin1String("resourceRules")).toArray()) {
        const QJsonObject r = v.toObject();
        review.rules.append(AccessRule{jsonStringList(r.value(QLatin1String("verbs"))), jsonStringList(r.value(QLatin1String("apiGroups"))),
                                       jsonStringList(r.value(QLatin1String("resources"))),
                                       jsonStringList(r.value(QLatin1String("resourceNames")))});
    }
    return review;
}

bool RulesReview::allows(const QString &verb, const QString &group, const QString &resource, const QString &subresource) const
{
    // RBAC's own matching (rbac/v1 helpers): "*" matches any verb, group or resource; "*/sub"
    // any resource's subresource; a rule naming objects covers only those objects.
    const QString full = subresource.isEmpty() ? resource : resource + u'/' + subresource;
    for (const AccessRule &rule : rules) {
        if (!rule.resourceNames.isEmpty() || !matches(rule.verbs, verb) || !matches(rule.apiGroups, group))
            continue;
        if (rule.resources.contains(QStringLiteral("*")) || rule.resources.contains(full))
            return true;
        if (!subresource.isEmpty() && rule.resources.contains(QStringLiteral("*/") + subresource))
            return true;
    }
    return false;
}

} // namespace fc
