#pragma once

#include "backend/core/Result.h"
#include "model/editors/FormModel.h"
#include "model/editors/IngressStreamMap.h"

#include <QPointer>

#include <optional>

namespace fc::editors {

class EditableDocument;

/// The form of an ingress-nginx TCP or UDP services map: one row per external port,
/// "8002 → default/server1:8002 [PROXY [PROXY]]", read with the controller's grammar
/// (StreamMapEntry). Each row says what is wrong with it and whether the controller skips it;
/// given the live Services and their endpoints (setServices/setEndpoints), rows whose Service
/// does not exist, lacks the port, or has no ready endpoint are flagged too — the controller
/// only logs those. Edits are undoable document edits; an immutable map refuses them.
class IngressTcpMapModel final : public FormTableModel {
    Q_OBJECT
public:
    enum Column {
        PortColumn,        ///< the external port (the key)
        NamespaceColumn,
        ServiceColumn,
        ServicePortColumn, ///< a Service port number or name
        ProxyDecodeColumn, ///< checkable, TCP only
        ProxyEncodeColumn, ///< checkable, TCP only
        StatusColumn,      ///< "OK", or the row's problems
        ColumnCount
    };
    enum Role {
        SummaryRole = FormRoleEnd, ///< QString: "8002 → default/server1:8002 PROXY"
        SkippedRole,               ///< bool: the controller skips this row
    };

    IngressTcpMapModel(EditableDocument *document, StreamProtocol protocol, QObject *parent = nullptr);

    StreamProtocol protocol() const { return m_protocol; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    const Error &lastError() const { return m_lastError; }

    /// The cluster's Services (for the pickers and the existence/port checks); until set, rows
    /// are checked by grammar only.
    void setServices(const QList<LiveService> &services);
    const QList<LiveService> &services() const { return m_services; }
    /// Endpoints/EndpointSlices of those Services (several per Service are added up).
    void setEndpoints(const QList<ServiceEndpoints> &endpoints);

    const StreamMapEntry &entry(int row) const { return m_rows.at(row); }
    int rowOfPort(int port) const; ///< -1 when no row has that external port

    /// Adds "port → ns/service:servicePort"; refused when the port is not free for a row
    /// (reserved, taken, out of range) or the target is malformed, saying why.
    Result<void> addEntry(int port, const QString &namespace_, const QString &service, const QString &servicePort,
                          bool proxyDecode = false, bool proxyEncode = false);
    Result<void> setPort(int row, int port);
    Result<void> setTarget(int row, const QString &namespace_, const QString &service, const QString &servicePort,
                           bool proxyDecode, bool proxyEncode);
    Result<void> removeEntry(int row);

    /// Problems of every row on data.<key> (grammar errors as errors; flags the controller
    /// ignores and the live checks as warnings).
    QList<FieldMessage> messages() const;
    /// The row a StatusCause.field names ("data[8002]"), -1 when none.
    int rowForField(const QString &statusField) const;

    /// Why `port` cannot take a new row (reserved, out of range, taken by another row); empty
    /// when it can. `exceptRow` may keep its own port.
    QString portProblem(int port, int exceptRow = -1) const;

private:
    void rebuild();
    StreamMapEntry evaluate(const QString &key, const QString &value) const;
    Result<void> checkTarget(const QString &namespace_, const QString &service, const QString &servicePort, bool decode,
                             bool encode, const QString &key) const;
    Result<void> write(const QJsonObject &data, const QString &undoText);
    Result<void> refuseIfImmutable() const;
    int columnOf(StreamMapEntry::Problem::Part part) const;
    /// ChoicesRole: the live namespaces, the row namespace's Services, the row Service's ports.
    QStringList choices(const StreamMapEntry &e, int column) const;

    QPointer<EditableDocument> m_document;
    StreamProtocol m_protocol;
    QList<StreamMapEntry> m_rows;
    QList<LiveService> m_services;
    QList<ServiceEndpoints> m_endpoints;
    bool m_haveServices = false;
    bool m_haveEndpoints = false;
    Error m_lastError;
};

} // namespace fc::editors
