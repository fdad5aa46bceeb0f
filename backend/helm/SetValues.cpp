#include "backend/helm/SetValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::SetValues)
};

/// One step of a key path: a map key, or a list index.
struct Step {
    QString key;
    int index = -1; ///< >= 0: a list index
};

/// Splits at `sep` outside braces, honouring backslash escapes (kept for the next stage).
QStringList splitTop(const QString &text, QChar sep)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'{')
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
        if (c == sep && depth == 0) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

QString unescape(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'\\' && i + 1 < s.size())
            ++i;
        out += s.at(i);
    }
    return out;
}

Result<QList<Step>> parseKey(const QString &key)
{
    QList<Step> steps;
    QString current;
    static const QRegularExpression index(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const auto flush = [&]() -> Result<void> {
        QString part = current;
        current.clear();
        QList<int> indices;
        for (;;) {
            const QRegularExpressionMatch m = index.match(part);
            if (!m.hasMatch())
                break;
            indices.prepend(m.captured(2).toInt());
            part = m.captured(1);
        }
        if (part.contains(u'[') || part.contains(u']'))
            return makeError(Tr::tr("“%1” is not a key or a list index").arg(part));
        if (part.isEmpty() && indices.isEmpty())
            return makeError(Tr::tr("an empty key"));
        if (!part.isEmpty())
            steps << Step{part, -1};
        else if (steps.isEmpty())
            return makeError(Tr::tr("a list index without a key"));
        for (int i : indices) {
            if (i > 65536)
                return makeError(Tr::tr("list index %1 is too large").arg(i));
            steps << Step{QString(), i};
        }
        return {};
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'\\' && i + 1 < key.size()) {
            current += key.at(++i);
            continue;
        }
        if (c == u'.') {
            if (auto r = flush(); !r)
                return r.error();
            continue;
        }
        current += c;
    }
    if (auto r = flush(); !r)
        return r.error();
    return steps;
}

QJsonValue typed(const QString &raw, bool asString)
{
    const QString v = unescape(raw);
    if (asString)
        return v;
    if (v == u"true")
        return true;
    if (v == u"false")
        return false;
    if (v == u"null")
        return QJsonValue::Null;
    // strconv.ParseInt(v, 10, 64), but "0…" stays a string (helm keeps leading zeros)
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9]*)$"));
    if (integer.match(v).hasMatch()) {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (ok)
            return QJsonValue(n);
    }
    return v;
}

QJsonValue valueOf(const QString &raw, bool asString)
{
    if (raw.startsWith(u'{') && raw.endsWith(u'}')) {
        QJsonArray list;
        const QString inner = raw.mid(1, raw.size() - 2);
        if (!inner.isEmpty())
            for (const QString &item : splitTop(inner, u','))
                list.append(typed(item, asString));
        return list;
    }
    return typed(raw, asString);
}

QJsonValue setIn(const QJsonValue &node, const QList<Step> &steps, qsizetype at, const QJsonValue &value)
{
    if (at == steps.size())
        return value;
    const Step &s = steps.at(at);
    if (s.index >= 0) {
        QJsonArray list = node.isArray() ? node.toArray() : QJsonArray();
        while (list.size() <= s.index)
            list.append(QJsonValue::Null);
        list.replace(s.index, setIn(list.at(s.index), steps, at + 1, value));
        return list;
    }
    QJsonObject map = node.isObject() ? node.toObject() : QJsonObject();
    // (a null is kept: merged over the chart's defaults it removes the key, as helm does)
    map.insert(s.key, setIn(map.value(s.key), steps, at + 1, value));
    return map;
}

} // namespace

Result<QJsonObject> applySetRows(const QJsonObject &base, const QStringList &rows, bool asString)
{
    QJsonValue out = base;
    for (const QString &row : rows) {
        if (row.trimmed().isEmpty())
            continue;
        for (const QString &assignment : splitTop(row, u',')) {
            // the first unescaped "=" separates key and value
            qsizetype eq = -1;
            for (qsizetype i = 0; i < assignment.size(); ++i) {
                if (assignment.at(i) == u'\\') {
                    ++i;
                    continue;
                }
                if (assignment.at(i) == u'=') {
                    eq = i;
                    break;
                }
            }
            if (eq < 0)
                return makeError(Tr::tr("--set %1: “%2” has no “=”: write key=value").arg(row, assignment));
            const Result<QList<Step>> steps = parseKey(assignment.left(eq));
            if (!steps)
                return makeError(Tr::tr("--set %1: %2").arg(row, steps.error().message));
            out = setIn(out, steps.value(), 0, valueOf(assignment.mid(eq + 1), asString));
        }
    }
    return out.toObject();
}

} // namespace fc
