#include "model/editors/FormModel.h"

namespace fc::editors {

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
