#pragma once

#include "model/editors/ObjectDiff.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace fc::editors {

/// One validation result of a form: what is wrong, on which field of the object. The path uses
/// list indices ("containers", "0", "ports", "1", "hostPort"), so pathText() gives the same
/// text as the API server's StatusCause.field and a rejection lands on the same cell.
struct FieldMessage {
    enum class Severity { Error, Warning };
    ObjectPath path;
    QString message;
    Severity severity = Severity::Error;
    bool operator==(const FieldMessage &) const = default;
};


/// Roles every form model answers besides Qt's own.
enum FormRole {
    RawValueRole = Qt::UserRole,   ///< the cell's value as stored (a number as a number)
    ProblemRole = Qt::UserRole + 1, ///< QString: the cell's problems, one per line; empty when fine
    SeverityRole,                   ///< int: FieldMessage::Severity of the worst problem, -1 when none
    FieldPathRole,                  ///< QString: pathText() of the field the cell shows
    ChoicesRole,                    ///< QStringList: what the cell offers in a drop-down; empty: free text only
    ChoiceValuesRole,               ///< QVariantList: what setData gets for each choice; absent: the texts
    ChoicesOnlyRole,                ///< bool: nothing but the choices is accepted (no typing)
    FormRoleEnd = Qt::UserRole + 16 ///< models add their own roles from here
};

/// A table over a list of rows rebuilt from the document after each change. Updates are rows
/// inserted, removed and changed (never a reset unless rows were reordered), so that an undo or
/// a rename keeps the view's selection and scroll position.
class FormTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// A valid index of this table (the tester's invalid probes answered without a warning).
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
    }
    /// Makes `rows` equal `next` with the fewest row signals. `id` names a row across versions
    /// (a key, a port); repeated ids are told apart by their order.
    template<typename Row>
    void syncRows(QList<Row> &rows, const QList<Row> &next, const std::function<QString(const Row &)> &id);

private:
    /// rows and next have the same rows in the same order: copies the changed ones, one signal.
    template<typename Row>
    void updateChangedRows(QList<Row> &rows, const QList<Row> &next);
    static QStringList rowIds(const QStringList &raw);
};

template<typename Row>
void FormTableModel::syncRows(QList<Row> &rows, const QList<Row> &next, const std::function<QString(const Row &)> &id)
{
    QStringList oldRaw, newRaw;
    for (const Row &r : std::as_const(rows))
        oldRaw << id(r);
    for (const Row &r : next)
        newRaw << id(r);
    if (oldRaw == newRaw) {
        // the common case, a value edited: same rows, some changed
        updateChangedRows(rows, next);
        return;
    }
    QStringList oldIds = rowIds(oldRaw);
    const QStringList newIds = rowIds(newRaw);
    const QSet<QString> oldSet(oldIds.cbegin(), oldIds.cend());
    const QSet<QString> newSet(newIds.cbegin(), newIds.cend());
    QStringList keptOld, keptNew;
    for (const QString &i : std::as_const(oldIds))
        if (newSet.contains(i))
            keptOld << i;
    for (const QString &i : newIds)
        if (oldSet.contains(i))
            keptNew << i;
    if (keptOld != keptNew) {
        // rows moved: nothing simpler describes it
        beginResetModel();
        rows = next;
        endResetModel();
        return;
    }
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (newSet.contains(oldIds.at(last))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !newSet.contains(oldIds.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        oldIds.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    for (qsizetype first = 0; first < next.size();) {
        if (oldSet.contains(newIds.at(first))) {
            ++first;
            continue;
        }
        qsizetype last = first;
        while (last + 1 < next.size() && !oldSet.contains(newIds.at(last + 1)))
            ++last;
        beginInsertRows({}, int(first), int(last));
        for (qsizetype i = first; i <= last; ++i)
            rows.insert(i, next.at(i));
        endInsertRows();
        first = last + 1;
    }
    updateChangedRows(rows, next);
}

template<typename Row>
void FormTableModel::updateChangedRows(QList<Row> &rows, const QList<Row> &next)
{
    qsizetype changedFirst = -1, changedLast = -1;
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (rows.at(i) == next.at(i))
            continue;
        rows[i] = next.at(i);
        if (changedFirst < 0)
            changedFirst = i;
        changedLast = i;
    }
    if (changedFirst >= 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(int(changedFirst), 0), index(int(changedLast), columnCount() - 1));
}

} // namespace fc::editors
