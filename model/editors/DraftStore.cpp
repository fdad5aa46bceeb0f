#include "model/editors/DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace fc::editors {

namespace {

/// Secret values stay out of drafts: the keys remain (the edit's shape), the values are emptied.
QJsonObject withoutSecretValues(QJsonObject object, bool *dropped)
{
    for (const char *field : {"data", "stringData"}) {
        QJsonObject data = object.value(QLatin1String(field)).toObject();
        if (data.isEmpty())
            continue;
        for (auto it = data.begin(); it != data.end(); ++it)
            it.value() = QString();
        object.insert(QLatin1String(field), data);
        *dropped = true;
    }
    return object;
}

bool isSecret(const QString &typeId)
{
    return typeId == u"secrets";
}

} // namespace

DraftStore::DraftStore(QString directory) : m_dir(std::move(directory)) {}

QString DraftStore::pathFor(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const
{
    // one flat file per object; the name is a hash (contexts and names may hold any character),
    // what it is about is inside the file
    const QByteArray key = (context + u'\n' + typeId + u'\n' + namespace_ + u'\n' + name).toUtf8();
    return m_dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
        + QStringLiteral(".json");
}

Result<void> DraftStore::save(const Draft &draftIn)
{
    Draft draft = draftIn;
    if (isSecret(draft.typeId)) {
        bool dropped = false;
        draft.original = withoutSecretValues(draft.original, &dropped);
        draft.edited = withoutSecretValues(draft.edited, &dropped);
        draft.secretValuesDropped = dropped;
    }
    if (!QDir().mkpath(m_dir))
        return makeError(QObject::tr("cannot create the drafts folder %1").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject json{{QStringLiteral("context"), draft.context},
                           {QStringLiteral("type"), draft.typeId},
                           {QStringLiteral("namespace"), draft.namespace_},
                           {QStringLiteral("name"), draft.name},
                           {QStringLiteral("saved"), (draft.saved.isValid() ? draft.saved : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs)},
                           {QStringLiteral("secretValuesDropped"), draft.secretValuesDropped},
                           {QStringLiteral("original"), draft.original},
                           {QStringLiteral("edited"), draft.edited}};
    const QString path = pathFor(draft.context, draft.typeId, draft.namespace_, draft.name);
    // created 0600 before a byte is written, then renamed over the old draft (atomic): a crash
    // mid-write leaves the previous draft, never half a file
    const QString temp = path + QStringLiteral(".tmp");
    QFile f(temp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(QObject::tr("cannot write the draft %1: %2").arg(temp, f.errorString()));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const bool written = f.write(bytes) == bytes.size() && f.flush();
    f.close();
    if (!written || ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return makeError(QObject::tr("cannot write the draft %1").arg(path));
    }
    return {};
}

bool DraftStore::contains(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const
{
    return QFile::exists(pathFor(context, typeId, namespace_, name));
}

void DraftStore::remove(const QString &context, const QString &typeId, const QString &namespace_, const QString &name)
{
    QFile::remove(pathFor(context, typeId, namespace_, name));
}

namespace {

Result<Draft> readDraft(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("cannot read the draft %1").arg(path));
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.isEmpty()) {
        Error e = makeError(QObject::tr("the draft %1 is damaged: %2").arg(path, pe.errorString()));
        e.file = path;
        return e;
    }
    Draft d;
    d.context = o.value(QLatin1String("context")).toString();
    d.typeId = o.value(QLatin1String("type")).toString();
    d.namespace_ = o.value(QLatin1String("namespace")).toString();
    d.name = o.value(QLatin1String("name")).toString();
    d.saved = QDateTime::fromString(o.value(QLatin1String("saved")).toString(), Qt::ISODateWithMs);
    d.secretValuesDropped = o.value(QLatin1String("secretValuesDropped")).toBool();
    d.original = o.value(QLatin1String("original")).toObject();
    d.edited = o.value(QLatin1String("edited")).toObject();
    return d;
}

} // namespace

Result<Draft> DraftStore::load(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const
{
    return readDraft(pathFor(context, typeId, namespace_, name));
}

QList<Draft> DraftStore::all(QStringList *problems) const
{
    QList<Draft> out;
    QDirIterator it(m_dir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const auto d = readDraft(it.next());
        if (d)
            out.append(d.value());
        else if (problems)
            problems->append(d.error().message);
    }
    std::sort(out.begin(), out.end(), [](const Draft &a, const Draft &b) { return a.saved > b.saved; });
    return out;
}

} // namespace fc::editors
