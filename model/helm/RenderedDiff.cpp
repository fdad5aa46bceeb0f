#include "model/helm/RenderedDiff.h"

#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/YamlCodec.h"
#include "backend/helm/HelmRelease.h"
#include "model/editors/ObjectDiff.h"
#include "model/editors/TextDiff.h"

#include <QRegularExpression>

namespace fc {

namespace {

QString metaField(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String(field)).toString();
}

/// What a person compares: no status, and none of the metadata the server keeps for itself.
QJsonObject comparable(QJsonObject o)
{
    o.remove(QLatin1String("status"));
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    for (const char *field : {"managedFields", "resourceVersion", "uid", "creationTimestamp", "generation", "selfLink"})
        meta.remove(QLatin1String(field));
    o.insert(QStringLiteral("metadata"), meta);
    return o;
}

QString key(const QJsonObject &o)
{
    return o.value(QLatin1String("apiVersion")).toString() + u'|' + o.value(QLatin1String("kind")).toString() + u'|'
           + metaField(o, "namespace") + u'|' + metaField(o, "name");
}

} // namespace

QList<QJsonObject> manifestObjects(const QString &manifest)
{
    static const QRegularExpression separator(QStringLiteral("^---[ \\t]*$"), QRegularExpression::MultilineOption);
    QList<QJsonObject> out;
    for (const QString &doc : manifest.split(separator)) {
        if (doc.trimmed().isEmpty())
            continue;
        const Result<QJsonObject> parsed = yaml::toObject(doc.toUtf8());
        if (!parsed || parsed->value(QLatin1String("kind")).toString().isEmpty())
            continue; // a comment-only document ("# Source: …" of an empty template)
        out << parsed.value();
    }
    return out;
}

RenderedDiff::RenderedDiff(ObjectClient *client, KindTable kinds, QObject *parent)
    : QObject(parent), m_client(client), m_kinds(std::move(kinds))
{
}

QString RenderedDiff::stateName(Entry::State state)
{
    switch (state) {
    case Entry::State::New: return tr("new");
    case Entry::State::Changed: return tr("changed");
    case Entry::State::Unchanged: return tr("unchanged");
    case Entry::State::Failed: return tr("not compared");
    }
    return {};
}

void RenderedDiff::start(const QString &manifest, const QString &currentManifest, const QString &releaseNamespace)
{
    ++m_generation;
    m_items.clear();
    m_entries.clear();
    const auto placed = [&](QJsonObject o, const ResourceType *type) {
        // helm puts namespaced objects without a namespace into the release's
        if (type && type->namespaced && metaField(o, "namespace").isEmpty()) {
            QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
            meta.insert(QStringLiteral("namespace"), releaseNamespace);
            o.insert(QStringLiteral("metadata"), meta);
        }
        return o;
    };
    QHash<QString, QJsonObject> current;
    for (const QJsonObject &o : manifestObjects(currentManifest)) {
        const ResourceType *type = m_kinds.byApiVersionAndKind(o.value(QLatin1String("apiVersion")).toString(), o.value(QLatin1String("kind")).toString());
        const QJsonObject p = placed(o, type);
        current.insert(key(p), p);
    }
    for (const QJsonObject &o : manifestObjects(manifest)) {
        const ResourceType *type = m_kinds.byApiVersionAndKind(o.value(QLatin1String("apiVersion")).toString(), o.value(QLatin1String("kind")).toString());
        Item item;
        item.rendered = placed(o, type);
        item.current = current.value(key(item.rendered));
        if (type)
            item.type = *type;
        m_items << item;
    }
    m_running = true;
    next();
}

void RenderedDiff::next()
{
    if (m_entries.size() == m_items.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const Item item = m_items.at(m_entries.size());
    Entry entry;
    entry.kind = item.rendered.value(QLatin1String("kind")).toString();
    entry.namespace_ = metaField(item.rendered, "namespace");
    entry.name = metaField(item.rendered, "name");
    if (!item.type.isValid()) {
        entry.state = Entry::State::Failed;
        entry.error = tr("%1 is not a kind this cluster serves (a CRD the chart expects?)")
                          .arg(item.rendered.value(QLatin1String("apiVersion")).toString() + u'/' + entry.kind);
        return done(entry);
    }
    const int gen = m_generation;
    m_client->get(item.type, entry.namespace_, entry.name, this, [this, gen, item, entry](const Result<KubeObject> &live) mutable {
        if (gen != m_generation)
            return;
        if (live) {
            compare(item, entry, live->json);
            return;
        }
        if (apiFailure(live.error()) != ApiFailure::NotFound) {
            entry.state = Entry::State::Failed;
            entry.error = live.error().message;
            return done(entry);
        }
        // helm creates it: shown as the server would store it (a dry-run create, defaults filled in)
        m_client->create(item.type, item.rendered, WriteOptions{true, false}, this, [this, gen, entry](const Result<KubeObject> &created) mutable {
            if (gen != m_generation)
                return;
            if (!created) {
                entry.state = Entry::State::Failed;
                entry.error = tr("the server would refuse it: %1").arg(created.error().message);
                return done(entry);
            }
            entry.state = Entry::State::New;
            entry.diff = editors::unifiedYamlDiff(QJsonObject(), comparable(created->json));
            done(entry);
        });
    });
}

void RenderedDiff::compare(const Item &item, const Entry &entry, const QJsonObject &live)
{
    // as helm 3's three-way merge: every field the chart sets goes over the live object (so a
    // field changed by hand since is put back), and a field the current revision set but the
    // new one does not is removed (null in the merge patch)
    const QJsonObject rendered = comparable(item.rendered);
    const QJsonObject removals = item.current.isEmpty() ? QJsonObject() : editors::mergePatch(comparable(item.current), rendered);
    const QJsonObject patch = mergeValues(removals, rendered);
    const int gen = m_generation;
    m_client->mergePatch(item.type, entry.namespace_, entry.name, patch, WriteOptions{true, false}, this,
                         [this, gen, entry = Entry(entry), live](const Result<KubeObject> &after) mutable {
                             if (gen != m_generation)
                                 return;
                             if (!after) {
                                 entry.state = Entry::State::Failed;
                                 entry.error = tr("the server would refuse the change: %1").arg(after.error().message);
                                 return done(entry);
                             }
                             entry.diff = editors::unifiedYamlDiff(comparable(live), comparable(after->json));
                             entry.state = entry.diff.isEmpty() ? Entry::State::Unchanged : Entry::State::Changed;
                             done(entry);
                         });
}

void RenderedDiff::done(Entry entry)
{
    m_entries << entry;
    next();
}

QString RenderedDiff::text() const
{
    int counts[4] = {0, 0, 0, 0};
    for (const Entry &e : m_entries)
        ++counts[int(e.state)];
    QString out = tr("# %1 new · %2 changed · %3 unchanged · %4 not compared (dry runs: nothing was written)\n")
                      .arg(counts[int(Entry::State::New)])
                      .arg(counts[int(Entry::State::Changed)])
                      .arg(counts[int(Entry::State::Unchanged)])
                      .arg(counts[int(Entry::State::Failed)]);
    for (const Entry &e : m_entries) {
        const QString where = e.namespace_.isEmpty() ? e.name : e.namespace_ + u'/' + e.name;
        out += QStringLiteral("# %1 %2: %3\n").arg(e.kind, where, stateName(e.state));
        if (!e.error.isEmpty())
            out += QStringLiteral("#   %1\n").arg(e.error);
        out += e.diff;
        if (!e.diff.isEmpty() && !e.diff.endsWith(u'\n'))
            out += u'\n';
    }
    return out;
}

} // namespace fc
