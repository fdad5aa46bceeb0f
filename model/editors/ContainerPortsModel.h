#pragma once

#include "model/editors/WorkloadForm.h"

namespace fc::editors {

/// The ports of the form's current container: name (an IANA service name, unique in the pod),
/// containerPort, hostPort (0: none), protocol (TCP/UDP/SCTP). Duplicates and host port clashes
/// across the pod's containers are flagged on the cell with the reason.
class ContainerPortsModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ContainerPortColumn, HostPortColumn, ProtocolColumn, ColumnCount };

    explicit ContainerPortsModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ObjectPath cellPath(int row, int column) const override;

    /// Refused when the numbers are out of range, the protocol unknown or the name malformed;
    /// clashes with other ports are added and flagged (the user may be moving ports around).
    Result<void> addPort(int containerPort, int hostPort = 0, const QString &name = {}, const QString &protocol = QStringLiteral("TCP"));
    Result<void> removePort(int row);
    Result<void> setName(int row, const QString &name); ///< empty removes the name
    Result<void> setContainerPort(int row, int port);
    Result<void> setHostPort(int row, int port);         ///< 0 removes the host port
    Result<void> setProtocol(int row, const QString &protocol);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QJsonObject port;
        bool operator==(const Row &) const = default;
    };
    Result<void> replacePort(int row, const QJsonObject &port, const QString &undoText);
    QList<Row> m_rows;
};

} // namespace fc::editors
