#pragma once

#include "model/editors/WorkloadForm.h"

#include <optional>

namespace fc::editors {

/// The pod template's tolerations: key, operator (Equal/Exists), value, effect (NoSchedule,
/// PreferNoSchedule, NoExecute or any), tolerationSeconds (NoExecute only).
class TolerationsModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, OperatorColumn, ValueColumn, EffectColumn, SecondsColumn, ColumnCount };

    explicit TolerationsModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ObjectPath cellPath(int row, int column) const override;

    Result<void> addToleration(const QString &key, const QString &op, const QString &value, const QString &effect,
                               std::optional<qint64> seconds = std::nullopt);
    Result<void> removeToleration(int row);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QJsonObject toleration;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};

} // namespace fc::editors
