#pragma once

#include "backend/core/Result.h"
#include "model/editors/FormModel.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace fc::editors {

class EditableDocument;

/// KubeFATE's rollsite route table (`route_table.json` in ConfigMap `rollsite-config`): where
/// each party's traffic goes, as one row per route — party id, service ("default", "fateflow"),
/// host, port. Shape (KubeFATE's helm-charts/FATE rollsite configmap):
/// `{"route_table": {"<party|default>": {"<service>": [{"ip": host, "port": n}]}},
///   "permission": {"default_allow": bool}}`; a polling client's route is `{"ip": "", "port": -1,
/// "is_polling": true}`. Fields the form does not show are kept. Checks: party ids are numbers
/// or "default", hosts are host names or addresses, ports 1-65535, every party has a default
/// route. Edits rewrite the key's JSON as one undoable document edit.
class FateRouteTableModel final : public FormTableModel {
    Q_OBJECT
public:
    enum Column { PartyColumn, ServiceColumn, HostColumn, PortColumn, StatusColumn, ColumnCount };
    enum Role { PollingRole = FormRoleEnd }; ///< bool: a polling client's route (no host/port)

    static inline const QString kDefaultKey = QStringLiteral("route_table.json");

    explicit FateRouteTableModel(EditableDocument *document, const QString &key = kDefaultKey, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    const Error &lastError() const { return m_lastError; }

    const QString &key() const { return m_key; }
    /// The JSON does not parse (line and column) or has no route_table: no rows, edits refused.
    const std::optional<Error> &parseError() const { return m_parseError; }
    QStringList parties() const;

    bool defaultAllow() const;
    Result<void> setDefaultAllow(bool allow);
    Result<void> addRoute(const QString &party, const QString &service, const QString &host, int port);
    Result<void> removeRoute(int row);
    Result<void> setParty(int row, const QString &party);
    Result<void> setService(int row, const QString &service);
    Result<void> setHost(int row, const QString &host);
    Result<void> setPort(int row, int port);

    /// Each row's problems on data.KEY.route_table.PARTY.SERVICE.INDEX (.ip / .port).
    QList<FieldMessage> messages() const;

    /// A party id's problem ("" when it is a number or "default").
    static QString partyProblem(const QString &party);
    /// A route host's problem ("" for a host name, an IPv4 or an IPv6 address).
    static QString hostProblem(const QString &host);

private:
    struct Row {
        QString party;
        QString service;
        int index = 0;        ///< in the party/service list
        QJsonObject route;    ///< the entry as written (ip, port, is_polling, anything else)
        bool operator==(const Row &) const = default;
        QString host() const;
        int port() const;
        bool polling() const;
    };
    struct RowProblems {
        QStringList party, service, host, port; ///< errors: rollsite cannot use the route
        QStringList warnings; ///< legal but likely unmeant: a party without a default route, a duplicate
        QStringList all() const { return party + service + host + port + warnings; }
    };
    void rebuild();
    RowProblems problemsOf(int row) const;
    ObjectPath pathOf(const Row &row) const;
    Result<QJsonObject> table() const;
    Result<void> writeTable(const QJsonObject &routeTable, const QString &undoText, const QJsonObject *permission = nullptr);
    Result<void> moveRoute(int row, const QString &party, const QString &service, const QString &undoText);
    Result<void> replaceRoute(int row, const QJsonObject &route, const QString &undoText);
    Result<void> checkEditable(int row = -1) const;

    QPointer<EditableDocument> m_document;
    QString m_key;
    QList<Row> m_rows;
    std::optional<Error> m_parseError;
    Error m_lastError;
};

} // namespace fc::editors
