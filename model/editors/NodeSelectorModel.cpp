#include "model/editors/NodeSelectorModel.h"

#include "model/editors/KubeValidation.h"

namespace fc::editors {

namespace {

const QString kNodeSelector = QStringLiteral("nodeSelector");

} // namespace

NodeSelectorModel::NodeSelectorModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

void NodeSelectorModel::reload()
{
    QList<Row> next;
    const QJsonObject selector = form()->podSpec().value(kNodeSelector).toObject();
    for (auto it = selector.begin(); it != selector.end(); ++it)
        next.append({it.key(), it.value().toString()});
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return r.key; });
}

int NodeSelectorModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

QVariant NodeSelectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Node label");
    case ValueColumn: return tr("Value");
    }
    return {};
}

ObjectPath NodeSelectorModel::rowPath(int row) const
{
    return WorkloadForm::podSpecPath() + QStringList{kNodeSelector, m_rows.at(row).key};
}

ObjectPath NodeSelectorModel::cellPath(int row, int) const
{
    return rowPath(row); // a map entry: key and value are one field
}

QVariant NodeSelectorModel::cellData(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    return column == KeyColumn ? m_rows.at(row).key : m_rows.at(row).value;
}

Result<void> NodeSelectorModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    const QString text = value.toString().trimmed();
    if (column == KeyColumn)
        return renameLabel(m_rows.at(row).key, text);
    return setLabel(m_rows.at(row).key, text);
}

Result<void> NodeSelectorModel::setLabel(const QString &key, const QString &value)
{
    if (const QStringList p = validation::qualifiedNameProblems(key); !p.isEmpty())
        return makeError(tr("The label key %1.").arg(p.join(QStringLiteral("; "))));
    if (const QStringList p = validation::labelValueProblems(value); !p.isEmpty())
        return makeError(tr("The label value %1.").arg(p.join(QStringLiteral("; "))));
    const int row = rowOf(key);
    if (row >= 0 && m_rows.at(row).value == value)
        return {};
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonObject selector = spec.value(kNodeSelector).toObject();
            selector.insert(key, value);
            spec.insert(kNodeSelector, selector);
        },
        tr("Run only on nodes with %1=%2").arg(key, value));
}

Result<void> NodeSelectorModel::removeLabel(const QString &key)
{
    if (rowOf(key) < 0)
        return makeError(tr("The node selector has no %1.").arg(key));
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonObject selector = spec.value(kNodeSelector).toObject();
            selector.remove(key);
            if (selector.isEmpty())
                spec.remove(kNodeSelector);
            else
                spec.insert(kNodeSelector, selector);
        },
        tr("Stop selecting nodes by %1").arg(key));
}

Result<void> NodeSelectorModel::renameLabel(const QString &from, const QString &to)
{
    if (rowOf(from) < 0)
        return makeError(tr("The node selector has no %1.").arg(from));
    if (from == to)
        return {};
    if (const QStringList p = validation::qualifiedNameProblems(to); !p.isEmpty())
        return makeError(tr("The label key %1.").arg(p.join(QStringLiteral("; "))));
    if (rowOf(to) >= 0)
        return makeError(tr("The node selector has %1 already.").arg(to));
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonObject selector = spec.value(kNodeSelector).toObject();
            selector.insert(to, selector.take(from));
            spec.insert(kNodeSelector, selector);
        },
        tr("Select nodes by %1 instead of %2").arg(to, from));
}

} // namespace fc::editors
