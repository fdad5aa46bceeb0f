#include "backend/cluster/ApiDiscovery.h"

#include "backend/cluster/ObjectClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc::discovery {

namespace {

Result<QJsonObject> objectOf(const QByteArray &json, const char *what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("discovery: %1 is not a JSON object (%2)").arg(QLatin1String(what), err.errorString()));
    return doc.object();
}

} // namespace

QByteArray aggregatedAccept()
{
    return "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
           "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
}

bool isAggregated(const QByteArray &json)
{
    const auto o = objectOf(json, "answer");
    return o && o->value(QLatin1String("kind")).toString() == u"APIGroupDiscoveryList";
}

Result<QList<ResourceType>> parseAggregated(const QByteArray &json)
{
    const auto doc = objectOf(json, "APIGroupDiscoveryList");
    if (!doc)
        return doc.error();
    QList<ResourceType> out;
    for (const QJsonValue &item : doc->value(QLatin1String("items")).toArray()) {
        const QJsonObject group = item.toObject();
        const QString groupName = group.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray versions = group.value(QLatin1String("versions")).toArray();
        if (versions.isEmpty())
            continue;
        // versions are sorted by preference: the first is what kubectl uses
        const QJsonObject version = versions.first().toObject();
        for (const QJsonValue &rv : version.value(QLatin1String("resources")).toArray()) {
            const QJsonObject r = rv.toObject();
            ResourceType t;
            t.group = groupName;
            t.version = version.value(QLatin1String("version")).toString();
            t.resource = r.value(QLatin1String("resource")).toString();
            t.kind = r.value(QLatin1String("responseKind")).toObject().value(QLatin1String("kind")).toString();
            t.singular = r.value(QLatin1String("singularResource")).toString();
            t.namespaced = r.value(QLatin1String("scope")).toString() == u"Namespaced";
            t.verbs = jsonStringList(r.value(QLatin1String("verbs")));
            t.shortNames = jsonStringList(r.value(QLatin1String("shortNames")));
            t.categories = jsonStringList(r.value(QLatin1String("categories")));
            if (t.resource.isEmpty() || t.kind.isEmpty() || !t.supports(u"list"))
                continue;
            out.append(std::move(t));
        }
    }
    return out;
}

Result<QStringList> parsePreferredGroupVersions(const QByteArray &json)
{
    const auto doc = objectOf(json, "APIGroupList");
    if (!doc)
        return doc.error();
    QStringList out;
    for (const QJsonValue &g : doc->value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = g.toObject();
        QString gv = group.value(QLatin1String("preferredVersion")).toObject().value(QLatin1String("groupVersion")).toString();
        if (gv.isEmpty())
            gv = group.value(QLatin1String("versions")).toArray().first().toObject().value(QLatin1String("groupVersion")).toString();
        if (!gv.isEmpty())
            out.append(gv);
    }
    return out;
}

Result<QList<ResourceType>> parseResourceList(const QByteArray &json)
{
    const auto doc = objectOf(json, "APIResourceList");
    if (!doc)
        return doc.error();
    const QString gv = doc->value(QLatin1String("groupVersion")).toString();
    const qsizetype slash = gv.indexOf(u'/');
    QList<ResourceType> out;
    for (const QJsonValue &rv : doc->value(QLatin1String("resources")).toArray()) {
        const QJsonObject r = rv.toObject();
        ResourceType t;
        t.group = slash < 0 ? QString() : gv.left(slash);
        t.version = slash < 0 ? gv : gv.mid(slash + 1);
        t.resource = r.value(QLatin1String("name")).toString();
        t.kind = r.value(QLatin1String("kind")).toString();
        t.singular = r.value(QLatin1String("singularName")).toString();
        if (t.singular.isEmpty())
            t.singular = t.kind.toLower();
        t.namespaced = r.value(QLatin1String("namespaced")).toBool();
        t.verbs = jsonStringList(r.value(QLatin1String("verbs")));
        t.shortNames = jsonStringList(r.value(QLatin1String("shortNames")));
        t.categories = jsonStringList(r.value(QLatin1String("categories")));
        if (t.resource.contains(u'/') || t.kind.isEmpty() || !t.supports(u"list"))
            continue; // pods/log, deployments/scale…
        out.append(std::move(t));
    }
    return out;
}

} // namespace fc::discovery
