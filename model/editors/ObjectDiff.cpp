#include "model/editors/ObjectDiff.h"

#include <QJsonArray>
#include <QSet>

namespace fc::editors {

namespace {

/// The element identity under a merge key: "name=trainer", "containerPort=8002/TCP".
QString elementKey(const QString &mergeKey, const QJsonValue &element)
{
    const QJsonObject o = element.toObject();
    if (mergeKey == u"containerPort" || mergeKey == u"port") {
        const QString protocol = o.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
        return mergeKey + u'=' + QString::number(o.value(mergeKey).toInteger()) + u'/' + protocol;
    }
    const QJsonValue v = o.value(mergeKey);
    return mergeKey + u'=' + (v.isString() ? v.toString() : QString::number(v.toDouble()));
}

bool isKeySegment(const QString &segment)
{
    return segment.contains(u'=');
}

bool isIndexSegment(const QString &segment)
{
    return segment.startsWith(u'#');
}

/// Index of the element a path segment names in a list ("3" or "name=x"), -1 if none.
qsizetype indexOf(const QJsonArray &list, const QString &segment, const QString &mergeKey)
{
    if (isIndexSegment(segment)) {
        bool ok = false;
        const qsizetype i = segment.mid(1).toLongLong(&ok);
        return ok && i >= 0 && i < list.size() ? i : -1;
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        if (elementKey(mergeKey, list.at(i)) == segment)
            return i;
    return -1;
}

void diffValues(const ObjectPath &path, const QString &name, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> &out);

void diffObjectsAt(const ObjectPath &path, const QJsonObject &a, const QJsonObject &b, QList<FieldChange> &out)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys())
        if (!a.contains(k))
            keys.append(k);
    keys.sort();
    for (const QString &k : std::as_const(keys))
        diffValues(path + QStringList{k}, k, a.value(k), b.value(k), out);
}

void diffLists(const ObjectPath &path, const QString &name, const QJsonArray &a, const QJsonArray &b, QList<FieldChange> &out)
{
    const QString key = mergeKeyFor(name, a.isEmpty() ? b : a);
    if (key.isEmpty() || (!b.isEmpty() && mergeKeyFor(name, b).isEmpty())) {
        // by index; a list of scalars that changed is one change (args, command)
        bool scalars = true;
        for (const QJsonValue &v : a)
            scalars = scalars && !v.isObject() && !v.isArray();
        for (const QJsonValue &v : b)
            scalars = scalars && !v.isObject() && !v.isArray();
        if (scalars) {
            if (a != b)
                out.append({path, a, b});
            return;
        }
        const qsizetype n = std::max(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i)
            diffValues(path + QStringList{indexSegment(i)}, QString(), i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                       i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined), out);
        return;
    }
    QStringList order;
    QHash<QString, QJsonValue> av, bv;
    for (const QJsonValue &v : a) {
        const QString k = elementKey(key, v);
        av.insert(k, v);
        order.append(k);
    }
    for (const QJsonValue &v : b) {
        const QString k = elementKey(key, v);
        bv.insert(k, v);
        if (!av.contains(k))
            order.append(k);
    }
    for (const QString &k : std::as_const(order))
        diffValues(path + QStringList{k}, QString(), av.value(k, QJsonValue(QJsonValue::Undefined)),
                   bv.value(k, QJsonValue(QJsonValue::Undefined)), out);
}

void diffValues(const ObjectPath &path, const QString &name, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> &out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject())
        return diffObjectsAt(path, a.toObject(), b.toObject(), out);
    if (a.isArray() && b.isArray())
        return diffLists(path, name, a.toArray(), b.toArray(), out);
    out.append({path, a, b});
}

QJsonValue rebaseValue(const ObjectPath &path, const QString &name, const QJsonValue &base, const QJsonValue &mine,
                       const QJsonValue &theirs, RebaseResult &r);

QJsonObject rebaseObject(const ObjectPath &path, const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                         RebaseResult &r)
{
    QJsonObject out = theirs;
    QStringList keys = base.keys();
    for (const QString &k : mine.keys())
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : theirs.keys())
        if (!keys.contains(k))
            keys.append(k);
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue v = rebaseValue(path + QStringList{k}, k, base.value(k), mine.value(k), theirs.value(k), r);
        if (v.isUndefined())
            out.remove(k);
        else
            out.insert(k, v);
    }
    return out;
}

QJsonArray rebaseList(const ObjectPath &path, const QString &name, const QJsonArray &base, const QJsonArray &mine,
                      const QJsonArray &theirs, RebaseResult &r)
{
    QString key = mergeKeyFor(name, !theirs.isEmpty() ? theirs : !mine.isEmpty() ? mine : base);
    for (const QJsonArray *list : {&base, &mine, &theirs})
        if (!list->isEmpty() && mergeKeyFor(name, *list) != key)
            key.clear();
    if (key.isEmpty()) {
        // no identity for the elements: the list is one value
        if (mine == base)
            return theirs;
        if (theirs == base || theirs == mine) {
            r.applied.append({path, base, mine});
            return mine;
        }
        r.conflicts.append({path, base, mine, theirs});
        return theirs;
    }
    QHash<QString, QJsonValue> b, m, t;
    QStringList mineOrder, theirOrder;
    for (const QJsonValue &v : base)
        b.insert(elementKey(key, v), v);
    for (const QJsonValue &v : mine) {
        m.insert(elementKey(key, v), v);
        mineOrder.append(elementKey(key, v));
    }
    for (const QJsonValue &v : theirs) {
        t.insert(elementKey(key, v), v);
        theirOrder.append(elementKey(key, v));
    }
    // the server's order, then what the user added, in the user's order
    QStringList order = theirOrder;
    for (const QString &k : std::as_const(mineOrder))
        if (!t.contains(k) && !b.contains(k))
            order.append(k);
    for (const QString &k : std::as_const(mineOrder))
        if (!order.contains(k) && b.contains(k))
            order.append(k); // the server removed it, the user kept (and maybe changed) it: decided below
    QJsonArray out;
    const QJsonValue undefined(QJsonValue::Undefined);
    for (const QString &k : std::as_const(order)) {
        const QJsonValue v = rebaseValue(path + QStringList{k}, QString(), b.value(k, undefined), m.value(k, undefined),
                                         t.value(k, undefined), r);
        if (!v.isUndefined())
            out.append(v);
    }
    return out;
}

QJsonValue rebaseValue(const ObjectPath &path, const QString &name, const QJsonValue &base, const QJsonValue &mine,
                       const QJsonValue &theirs, RebaseResult &r)
{
    if (mine == base)
        return theirs; // the user did not touch it
    if (theirs == base) {
        diffValues(path, name, base, mine, r.applied); // only the user changed it
        return mine;
    }
    if (mine == theirs)
        return mine; // both made the same change
    if (base.isObject() && mine.isObject() && theirs.isObject())
        return rebaseObject(path, base.toObject(), mine.toObject(), theirs.toObject(), r);
    if (mine.isObject() && theirs.isObject() && base.isUndefined())
        return rebaseObject(path, QJsonObject(), mine.toObject(), theirs.toObject(), r); // both added it
    if (base.isArray() && mine.isArray() && theirs.isArray())
        return rebaseList(path, name, base.toArray(), mine.toArray(), theirs.toArray(), r);
    r.conflicts.append({path, base, mine, theirs});
    return theirs;
}

QJsonValue valueIn(const QJsonValue &v, const QString &name, const ObjectPath &path, qsizetype at)
{
    if (at == path.size())
        return v;
    const QString &seg = path.at(at);
    if (v.isObject())
        return valueIn(v.toObject().value(seg), seg, path, at + 1);
    if (v.isArray()) {
        const QJsonArray list = v.toArray();
        const qsizetype i = indexOf(list, seg, mergeKeyFor(name, list));
        return i < 0 ? QJsonValue(QJsonValue::Undefined) : valueIn(list.at(i), QString(), path, at + 1);
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool setIn(QJsonValue &v, const QString &name, const ObjectPath &path, qsizetype at, const QJsonValue &value)
{
    const QString &seg = path.at(at);
    const bool last = at + 1 == path.size();
    if (v.isObject() || (v.isUndefined() && !isKeySegment(seg) && !isIndexSegment(seg))) {
        QJsonObject o = v.toObject();
        if (last) {
            if (value.isUndefined())
                o.remove(seg);
            else
                o.insert(seg, value);
        } else {
            QJsonValue child = o.value(seg);
            if (!setIn(child, seg, path, at + 1, value))
                return false;
            o.insert(seg, child);
        }
        v = o;
        return true;
    }
    if (v.isArray()) {
        QJsonArray list = v.toArray();
        const QString key = mergeKeyFor(name, list);
        qsizetype i = indexOf(list, seg, key);
        if (last) {
            if (value.isUndefined()) {
                if (i >= 0)
                    list.removeAt(i);
            } else if (i >= 0) {
                list.replace(i, value);
            } else {
                list.append(value); // a new element under its key
            }
        } else {
            if (i < 0)
                return false;
            QJsonValue child = list.at(i);
            if (!setIn(child, QString(), path, at + 1, value))
                return false;
            list.replace(i, child);
        }
        v = list;
        return true;
    }
    return false;
}

} // namespace

QString indexSegment(qsizetype index)
{
    return u'#' + QString::number(index);
}

qsizetype elementIndex(const QJsonArray &list, const QString &segment)
{
    const qsizetype eq = segment.indexOf(u'=');
    return indexOf(list, segment, eq > 0 ? segment.left(eq) : QString());
}

QString pathText(const ObjectPath &path)
{
    QString out;
    for (const QString &seg : path) {
        if (isIndexSegment(seg))
            out += u'[' + seg.mid(1) + u']';
        else if (isKeySegment(seg))
            out += u'[' + seg + u']';
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + seg;
    }
    return out;
}

ObjectPath parseFieldPath(const QString &field)
{
    // "a.b[2].c", "data[bad key]": keys separated by dots, [N] an index, [text] a key
    ObjectPath raw;
    QString current;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == u'.') {
            if (!current.isEmpty())
                raw << std::exchange(current, QString());
        } else if (c == u'[') {
            if (!current.isEmpty())
                raw << std::exchange(current, QString());
            const qsizetype close = field.indexOf(u']', i);
            const QString inside = field.mid(i + 1, close < 0 ? -1 : close - i - 1);
            bool number = false;
            inside.toLongLong(&number);
            raw << (number ? indexSegment(inside.toLongLong()) : inside);
            i = close < 0 ? field.size() : close;
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        raw << current;
    return raw;
}

ObjectPath pathFromServerField(const QString &field, const QJsonObject &object)
{
    const ObjectPath raw = parseFieldPath(field);
    // indices to merge keys, walking the object
    ObjectPath out;
    QJsonValue v(object);
    QString name;
    for (const QString &seg : std::as_const(raw)) {
        if (isIndexSegment(seg) && v.isArray()) {
            const QJsonArray list = v.toArray();
            const QString key = mergeKeyFor(name, list);
            const qsizetype i = seg.mid(1).toLongLong();
            if (!key.isEmpty() && i >= 0 && i < list.size()) {
                out << elementKey(key, list.at(i));
                v = list.at(i);
            } else {
                out << seg;
                v = i >= 0 && i < list.size() ? list.at(i) : QJsonValue();
            }
            name.clear();
            continue;
        }
        // "[8002]" under a map is a key that looks like a number (ConfigMap data), not an index
        const QString key = isIndexSegment(seg) && v.isObject() ? seg.mid(1) : seg;
        out << key;
        v = v.isObject() ? v.toObject().value(key) : QJsonValue();
        name = key;
    }
    return out;
}

int lineOfPath(const QString &yamlText, const ObjectPath &path)
{
    const QStringList lines = yamlText.split(u'\n');
    auto indentOf = [](const QString &line) {
        int n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        return n;
    };
    auto keyOf = [](const QString &text) -> QString { // "key: value" / "key:" -> key (quotes removed)
        const qsizetype colon = text.indexOf(QStringLiteral(": ")) >= 0 ? text.indexOf(QStringLiteral(": "))
                                                                         : (text.endsWith(u':') ? text.size() - 1 : -1);
        if (colon < 0)
            return {};
        QString key = text.left(colon).trimmed();
        if (key.size() >= 2 && (key.startsWith(u'"') || key.startsWith(u'\'')))
            key = key.mid(1, key.size() - 2);
        return key;
    };
    int found = 0;          // line (0-based + 1) of the deepest segment found
    qsizetype from = 0;     // search from this line
    int parentIndent = -1;  // lines of the current block are deeper than this
    for (const QString &seg : path) {
        const bool listElement = seg.startsWith(u'#') || seg.contains(u'=');
        int index = seg.startsWith(u'#') ? seg.mid(1).toInt() : -1;
        QString wantKey, wantValue;
        if (seg.contains(u'=')) {
            wantKey = seg.section(u'=', 0, 0);
            wantValue = seg.section(u'=', 1).section(u'/', 0, 0); // "8002/TCP" -> 8002
        }
        bool hit = false;
        int listIndent = -1; // the elements' "- " column: the first line of the block
        for (qsizetype i = from; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed().isEmpty())
                continue;
            const int indent = indentOf(line);
            if (indent <= parentIndent && i > from)
                break; // left the parent's block
            const QString body = line.mid(indent);
            if (listElement) {
                if (listIndent < 0)
                    listIndent = indent;
                if (indent != listIndent || (!body.startsWith(QStringLiteral("- ")) && body != u"-"))
                    continue;
                if (index >= 0) {
                    if (index-- > 0)
                        continue;
                } else {
                    // the element whose merge key has the value: on the "- " line or right below it
                    bool match = keyOf(body.mid(2)) == wantKey && body.mid(2).section(QStringLiteral(": "), 1).trimmed().remove(u'"') == wantValue;
                    for (qsizetype j = i + 1; !match && j < lines.size() && indentOf(lines.at(j)) > indent; ++j)
                        match = indentOf(lines.at(j)) == indent + 2 && keyOf(lines.at(j).mid(indent + 2)) == wantKey
                                && lines.at(j).mid(indent + 2).section(QStringLiteral(": "), 1).trimmed().remove(u'"') == wantValue;
                    if (!match)
                        continue;
                }
                found = int(i) + 1;
                from = i;
                parentIndent = indent; // the element's keys are at indent + 2 (the first on this line)
                hit = true;
                break;
            }
            const QString key = keyOf(body.startsWith(QStringLiteral("- ")) ? body.mid(2) : body);
            if (key == seg) {
                found = int(i) + 1;
                from = i + 1;
                parentIndent = indent + (body.startsWith(QStringLiteral("- ")) ? 2 : 0);
                hit = true;
                break;
            }
        }
        if (!hit)
            break;
    }
    return found;
}

QString mergeKeyFor(const QString &listName, const QJsonArray &elements)
{
    if (elements.isEmpty())
        return {};
    auto allHave = [&](const char *key) {
        QSet<QString> seen;
        for (const QJsonValue &v : elements) {
            if (!v.isObject() || !v.toObject().contains(QLatin1String(key)))
                return false;
            seen.insert(elementKey(QLatin1String(key), v));
        }
        return seen.size() == elements.size(); // unique, or it is no key
    };
    if (listName == u"ports") {
        if (allHave("containerPort"))
            return QStringLiteral("containerPort");
        if (allHave("port"))
            return QStringLiteral("port");
    }
    if (listName == u"volumeMounts" && allHave("mountPath"))
        return QStringLiteral("mountPath");
    if (allHave("name"))
        return QStringLiteral("name");
    return {};
}

QList<FieldChange> diffObjects(const QJsonObject &before, const QJsonObject &after)
{
    QList<FieldChange> out;
    diffObjectsAt({}, before, after, out);
    return out;
}

RebaseResult rebase(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    RebaseResult r;
    r.merged = rebaseObject({}, base, mine, theirs, r);
    return r;
}

QJsonValue valueAtPath(const QJsonObject &object, const ObjectPath &path)
{
    return valueIn(object, QString(), path, 0);
}

bool setAtPath(QJsonObject &object, const ObjectPath &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return false;
    QJsonValue root(object);
    if (!setIn(root, QString(), path, 0, value))
        return false;
    object = root.toObject();
    return true;
}

QJsonObject mergePatch(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject patch;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old == it.value())
            continue;
        if (old.isObject() && it.value().isObject())
            patch.insert(it.key(), mergePatch(old.toObject(), it.value().toObject()));
        else
            patch.insert(it.key(), it.value());
    }
    return patch;
}

} // namespace fc::editors
