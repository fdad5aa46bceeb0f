#include "model/editors/FormModel.h"

namespace fc::editors {

ObjectPath parseFieldPath(const QString &field)
{
    ObjectPath out;
    QString current;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == u'.') {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else if (c == u'[') {
            if (!current.isEmpty())
                out << current;
            current.clear();
            // a key in brackets may hold '.' and '/' (resources.limits[nvidia.com/gpu])
            const qsizetype close = field.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? field.size() : close;
            out << field.mid(i + 1, end - i - 1);
            i = end;
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QStringList FormTableModel::rowIds(const QStringList &raw)
{
    QHash<QString, int> seen;
    QStringList out;
    out.reserve(raw.size());
    for (const QString &id : raw) {
        const int n = seen.value(id);
        seen.insert(id, n + 1);
        out << (n == 0 ? id : id + u'\x1f' + QString::number(n));
    }
    return out;
}

} // namespace fc::editors
