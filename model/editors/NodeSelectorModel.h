#pragma once

#include "model/editors/WorkloadForm.h"

namespace fc::editors {

/// The pod template's nodeSelector: one row per label the nodes must carry (key, value),
/// checked as label keys and values.
class NodeSelectorModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit NodeSelectorModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ObjectPath cellPath(int row, int column) const override;

    int rowOf(const QString &key) const;
    /// Adds or changes a label; refused when the key or value breaks the label rules.
    Result<void> setLabel(const QString &key, const QString &value);
    Result<void> removeLabel(const QString &key);
    Result<void> renameLabel(const QString &from, const QString &to);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QString key;
        QString value;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};

} // namespace fc::editors
