#include "backend/cluster/ResourceType.h"

#include "backend/cluster/ObjectParser.h"

namespace fc {

QString ResourceType::id() const
{
    if (group.isEmpty())
        return resource;
    return resource + u'.' + group;
}

QString ResourceType::groupVersion() const
{
    if (group.isEmpty())
        return version;
    return group + u'/' + version;
}

QString ResourceType::apiPrefix() const
{
    if (group.isEmpty())
        return QStringLiteral("/api/") + version;
    return QStringLiteral("/apis/") + group + u'/' + version;
}

QString ResourceType::collectionPath(const QString &namespace_) const
{
    if (namespaced && !namespace_.isEmpty())
        return apiPrefix() + QStringLiteral("/namespaces/") + namespace_ + u'/' + resource;
    return apiPrefix() + u'/' + resource;
}

QString ResourceType::objectPath(const QString &namespace_, const QString &name) const
{
    return collectionPath(namespaced ? namespace_ : QString()) + u'/' + name;
}

bool ResourceType::supports(QStringView verb) const
{
    return verbs.contains(verb);
}

ResourceType ResourceType::of(Kind k)
{
    const KindInfo &info = kindInfo(k);
    ResourceType t;
    const QString prefix = QString::fromLatin1(info.apiPrefix); // "/api/v1" or "/apis/apps/v1"
    const QStringList parts = prefix.split(u'/', Qt::SkipEmptyParts);
    if (parts.value(0) == u"apis") {
        t.group = parts.value(1);
        t.version = parts.value(2);
    } else {
        t.version = parts.value(1);
    }
    t.resource = QString::fromLatin1(info.plural);
    t.kind = QString::fromLatin1(info.name);
    t.singular = t.kind.toLower();
    t.namespaced = info.namespaced;
    t.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"), QStringLiteral("create"),
               QStringLiteral("update"), QStringLiteral("patch"), QStringLiteral("delete")};
    t.builtin = k;
    return t;
}

KindTable KindTable::builtins()
{
    KindTable t;
    for (Kind k : allKinds())
        t.insert(ResourceType::of(k));
    return t;
}

void KindTable::insert(ResourceType type)
{
    if (!type.builtin) {
        // a discovered type of a kind FedConsole summarises itself keeps that role
        for (Kind k : allKinds()) {
            const ResourceType b = ResourceType::of(k);
            if (b.group == type.group && b.resource == type.resource)
                type.builtin = k;
        }
    }
    const QString id = type.id();
    for (ResourceType &t : m_types) {
        if (t.id() == id) {
            t = std::move(type);
            return;
        }
    }
    m_types.append(std::move(type));
}

const ResourceType *KindTable::byId(QStringView id) const
{
    for (const ResourceType &t : m_types)
        if (t.id() == id)
            return &t;
    return nullptr;
}

const ResourceType *KindTable::byKind(QStringView group, QStringView kind) const
{
    for (const ResourceType &t : m_types)
        if (t.group == group && t.kind == kind)
            return &t;
    return nullptr;
}

const ResourceType *KindTable::byApiVersionAndKind(QStringView apiVersion, QStringView kind) const
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const QStringView group = slash < 0 ? QStringView() : apiVersion.left(slash);
    return byKind(group, kind);
}

const ResourceType *KindTable::lookup(QStringView name) const
{
    const QString n = name.trimmed().toString().toLower();
    if (n.isEmpty())
        return nullptr;
    const ResourceType *best = nullptr;
    auto consider = [&](const ResourceType &t) {
        // kubectl prefers the core group, then the built-in kinds
        if (!best || (best->group.size() > 0 && t.group.isEmpty()) || (!best->builtin && t.builtin))
            best = &t;
    };
    for (const ResourceType &t : m_types) {
        if (t.id() == n || t.resource == n || t.singular == n || t.kind.toLower() == n
            || t.shortNames.contains(n, Qt::CaseInsensitive))
            consider(t);
    }
    return best;
}

} // namespace fc
