#include "model/editors/TolerationsModel.h"

#include "model/editors/KubeValidation.h"

#include <QJsonArray>

namespace fc::editors {

namespace {

const QString kTolerations = QStringLiteral("tolerations");

const char *fieldOf(int column)
{
    switch (column) {
    case TolerationsModel::KeyColumn: return "key";
    case TolerationsModel::OperatorColumn: return "operator";
    case TolerationsModel::ValueColumn: return "value";
    case TolerationsModel::EffectColumn: return "effect";
    case TolerationsModel::SecondsColumn: return "tolerationSeconds";
    }
    return "";
}

} // namespace

TolerationsModel::TolerationsModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

void TolerationsModel::reload()
{
    QList<Row> next;
    for (const QJsonValue &v : form()->podSpec().value(kTolerations).toArray())
        next.append({v.toObject()});
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString {
        return r.toleration.value(QLatin1String("key")).toString() + u'/' + r.toleration.value(QLatin1String("effect")).toString();
    });
}

QVariant TolerationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Taint key");
    case OperatorColumn: return tr("Operator");
    case ValueColumn: return tr("Value");
    case EffectColumn: return tr("Effect");
    case SecondsColumn: return tr("Seconds", "tolerationSeconds: how long a NoExecute taint is tolerated");
    }
    return {};
}

ObjectPath TolerationsModel::rowPath(int row) const
{
    return WorkloadForm::podSpecPath() + QStringList{kTolerations, indexSegment(row)};
}

ObjectPath TolerationsModel::cellPath(int row, int column) const
{
    return rowPath(row) + QStringList{QLatin1String(fieldOf(column))};
}

QVariant TolerationsModel::cellData(int row, int column, int role) const
{
    const QJsonObject &t = m_rows.at(row).toleration;
    if (role == ChoicesRole || role == ChoiceValuesRole || role == ChoicesOnlyRole) {
        if (role == ChoicesOnlyRole)
            return column == OperatorColumn || column == EffectColumn;
        if (column == OperatorColumn)
            return QStringList{QStringLiteral("Equal"), QStringLiteral("Exists")};
        if (column != EffectColumn)
            return {};
        const QStringList &effects = validation::taintEffects();
        if (role == ChoicesRole)
            return QStringList{tr("(all)")} + effects;
        QVariantList values{QString()};
        for (const QString &e : effects)
            values << e;
        return values;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    if (column == SecondsColumn) {
        if (!t.contains(QLatin1String("tolerationSeconds")))
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        return t.value(QLatin1String("tolerationSeconds")).toInteger();
    }
    if (column == OperatorColumn)
        return t.value(QLatin1String("operator")).toString(QStringLiteral("Equal"));
    if (column == EffectColumn && role == Qt::DisplayRole && !t.contains(QLatin1String("effect")))
        return tr("(all)");
    return t.value(QLatin1String(fieldOf(column))).toString();
}

Result<void> TolerationsModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    QJsonObject t = m_rows.at(row).toleration;
    const QString text = value.toString().trimmed();
    const QLatin1String field(fieldOf(column));
    if (column == SecondsColumn) {
        bool ok = text.isEmpty();
        const qint64 seconds = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok)
            return makeError(tr("“%1” is not a number of seconds.").arg(text), pathText(cellPath(row, column)));
        if (text.isEmpty())
            t.remove(field);
        else
            t.insert(field, seconds);
    } else if (text.isEmpty()) {
        t.remove(field);
    } else {
        t.insert(field, text);
    }
    if (t == m_rows.at(row).toleration)
        return {};
    // validated afterwards, on the cell: the fields depend on each other (Exists and value)
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(kTolerations).toArray();
            list.replace(row, t);
            spec.insert(kTolerations, list);
        },
        tr("Change toleration %1").arg(row + 1));
}

Result<void> TolerationsModel::addToleration(const QString &key, const QString &op, const QString &value, const QString &effect,
                                             std::optional<qint64> seconds)
{
    if (op != u"Equal" && op != u"Exists")
        return makeError(tr("“%1” is not an operator: Equal or Exists.").arg(op));
    if (op == u"Exists" && !value.isEmpty())
        return makeError(tr("With Exists there is no value."));
    if (key.isEmpty() && op != u"Exists")
        return makeError(tr("Without a key the operator must be Exists (tolerate every taint)."));
    if (!effect.isEmpty() && !validation::taintEffects().contains(effect))
        return makeError(tr("“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute.").arg(effect));
    if (seconds && effect != u"NoExecute")
        return makeError(tr("tolerationSeconds applies to NoExecute only."));
    QJsonObject t;
    if (!key.isEmpty())
        t.insert(QStringLiteral("key"), key);
    t.insert(QStringLiteral("operator"), op);
    if (!value.isEmpty())
        t.insert(QStringLiteral("value"), value);
    if (!effect.isEmpty())
        t.insert(QStringLiteral("effect"), effect);
    if (seconds)
        t.insert(QStringLiteral("tolerationSeconds"), *seconds);
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(kTolerations).toArray();
            list.append(t);
            spec.insert(kTolerations, list);
        },
        key.isEmpty() ? tr("Tolerate every taint") : tr("Tolerate %1").arg(key));
}

Result<void> TolerationsModel::removeToleration(int row)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no toleration %1.").arg(row));
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(kTolerations).toArray();
            list.removeAt(row);
            if (list.isEmpty())
                spec.remove(kTolerations);
            else
                spec.insert(kTolerations, list);
        },
        tr("Remove toleration %1").arg(row + 1));
}

} // namespace fc::editors
