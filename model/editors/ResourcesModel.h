#pragma once

#include "model/editors/WorkloadForm.h"

namespace fc::editors {

/// Requests and limits of the form's current container, one row per resource named in either
/// (cpu, memory, ephemeral-storage first, then the rest: nvidia.com/gpu, MIG slices…).
/// Quantities are checked in Kubernetes' grammar; extended resources must be whole and, when
/// requested, limited to the same amount; requests may not exceed limits.
class ResourcesModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { ResourceColumn, RequestColumn, LimitColumn, ColumnCount };

    explicit ResourcesModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ObjectPath cellPath(int row, int column) const override;
    /// Names the GUI offers: cpu, memory, ephemeral-storage, nvidia.com/gpu and the MIG
    /// profiles of A100/H100 (nvidia.com/mig-1g.10gb…).
    static QStringList suggestedResources();

    int rowOf(const QString &resource) const;
    QString resourceAt(int row) const;
    /// Sets a request or a limit; an empty quantity removes it. Refused when the name or the
    /// quantity is malformed.
    Result<void> setRequest(const QString &resource, const QString &quantity);
    Result<void> setLimit(const QString &resource, const QString &quantity);
    /// Both at once (one undo step): what the GUI uses for a GPU, where they must be equal.
    Result<void> setRequestAndLimit(const QString &resource, const QString &request, const QString &limit);
    Result<void> removeResource(const QString &resource);
    Result<void> renameResource(const QString &from, const QString &to);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QString name;
        QString request; ///< as written ("500m"); empty when not requested
        QString limit;
        bool operator==(const Row &) const = default;
    };
    Result<void> write(const QString &resource, const std::optional<QString> &request, const std::optional<QString> &limit,
                       const QString &undoText);
    QList<Row> m_rows;
};

} // namespace fc::editors
