#include "model/cluster/LabelSelector.h"

#include <QRegularExpression>

namespace fc {

namespace {
bool validKey(const QString &key)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"));
    return key.size() <= 316 && re.match(key).hasMatch();
}

// Splits on commas that are not inside parentheses.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString cur;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(cur.trimmed());
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.append(cur.trimmed());
    return parts;
}
} // namespace

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector sel;
    if (text.trimmed().isEmpty())
        return sel;
    static const QRegularExpression setRe(QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)$"));
    for (const QString &part : splitTopLevel(text)) {
        if (part.isEmpty())
            return makeError(QObject::tr("empty requirement in selector '%1'").arg(text));
        Requirement r;
        if (const auto m = setRe.match(part); m.hasMatch()) {
            r.key = m.captured(1);
            r.op = m.captured(2) == u"in" ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(QLatin1Char(',')))
                r.values.append(v.trimmed());
        } else if (const qsizetype ne = part.indexOf(QStringLiteral("!=")); ne > 0) {
            r.key = part.left(ne).trimmed();
            r.op = Op::NotEquals;
            r.values = {part.mid(ne + 2).trimmed()};
        } else if (const qsizetype eq = part.indexOf(QLatin1Char('=')); eq > 0) {
            r.key = part.left(eq).trimmed();
            r.op = Op::Equals;
            QString v = part.mid(eq + 1);
            if (v.startsWith(QLatin1Char('=')))
                v.remove(0, 1);
            r.values = {v.trimmed()};
        } else if (part.startsWith(QLatin1Char('!'))) {
            r.key = part.mid(1).trimmed();
            r.op = Op::DoesNotExist;
        } else {
            r.key = part;
            r.op = Op::Exists;
        }
        if (!validKey(r.key))
            return makeError(QObject::tr("invalid label key '%1' in selector '%2'").arg(r.key, text));
        sel.m_requirements.append(r);
    }
    return sel;
}

bool LabelSelector::matches(const Labels &labels) const
{
    for (const Requirement &r : m_requirements) {
        const auto it = labels.constFind(r.key);
        const bool has = it != labels.cend();
        switch (r.op) {
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        case Op::Equals:
        case Op::In:
            if (!has || !r.values.contains(*it))
                return false;
            break;
        case Op::NotEquals:
        case Op::NotIn:
            if (has && r.values.contains(*it))
                return false;
            break;
        }
    }
    return true;
}

} // namespace fc
