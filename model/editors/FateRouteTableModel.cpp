#include "model/editors/FateRouteTableModel.h"

#include "backend/cluster/YamlCodec.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace fc::editors {

namespace {

const QString kRouteTable = QStringLiteral("route_table");
const QString kPermission = QStringLiteral("permission");
const QString kDefault = QStringLiteral("default");
const QString kIp = QStringLiteral("ip");
const QString kPort = QStringLiteral("port");
const QString kPolling = QStringLiteral("is_polling");

/// "default" first, then party ids in numeric order, then anything else.
bool partyLess(const QString &a, const QString &b)
{
    if ((a == kDefault) != (b == kDefault))
        return a == kDefault;
    bool aNum = false, bNum = false;
    const qint64 an = a.toLongLong(&aNum);
    const qint64 bn = b.toLongLong(&bNum);
    if (aNum != bNum)
        return aNum;
    if (aNum && an != bn)
        return an < bn;
    return a < b;
}

bool serviceLess(const QString &a, const QString &b)
{
    if ((a == kDefault) != (b == kDefault))
        return a == kDefault;
    return a < b;
}

} // namespace

QString FateRouteTableModel::Row::host() const
{
    return route.value(kIp).toString();
}

int FateRouteTableModel::Row::port() const
{
    return route.value(kPort).toInt();
}

bool FateRouteTableModel::Row::polling() const
{
    return route.value(kPolling).toBool();
}

FateRouteTableModel::FateRouteTableModel(EditableDocument *document, const QString &key, QObject *parent)
    : FormTableModel(parent), m_document(document), m_key(key)
{
    connect(document, &EditableDocument::editedChanged, this, &FateRouteTableModel::rebuild);
    rebuild();
}

Result<QJsonObject> FateRouteTableModel::table() const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    const QString text = configmap::text(m_document->edited(), m_key);
    if (Result<void> syntax = yaml::check(text, yaml::Syntax::Json); !syntax) {
        Error e = syntax.error();
        e.message = tr("%1 is not valid JSON: %2").arg(m_key, e.message);
        e.field = QStringLiteral("data[%1]").arg(m_key);
        return e;
    }
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    if (!root.value(kRouteTable).isObject())
        return makeError(tr("%1 has no \"route_table\" object: it is not a FATE route table.").arg(m_key),
                         QStringLiteral("data[%1]").arg(m_key));
    return root;
}

void FateRouteTableModel::rebuild()
{
    QList<Row> next;
    const Result<QJsonObject> root = table();
    m_parseError.reset();
    if (!root) {
        m_parseError = root.error();
    } else {
        const QJsonObject routes = root->value(kRouteTable).toObject();
        QStringList parties = routes.keys();
        std::sort(parties.begin(), parties.end(), partyLess);
        for (const QString &party : std::as_const(parties)) {
            const QJsonObject services = routes.value(party).toObject();
            QStringList names = services.keys();
            std::sort(names.begin(), names.end(), serviceLess);
            for (const QString &service : std::as_const(names)) {
                const QJsonArray list = services.value(service).toArray();
                for (qsizetype i = 0; i < list.size(); ++i)
                    next.append({party, service, int(i), list.at(i).toObject()});
            }
        }
    }
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return r.party + u'/' + r.service + u'/' + QString::number(r.index); });
    // a party's "no default route" lands on all its rows
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {ProblemRole, SeverityRole, Qt::DisplayRole});
}

int FateRouteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FateRouteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FateRouteTableModel::partyProblem(const QString &party)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (party == kDefault || digits.match(party).hasMatch())
        return {};
    return tr("the party id “%1” is neither a number nor “default”").arg(party);
}

QString FateRouteTableModel::hostProblem(const QString &host)
{
    if (host.isEmpty())
        return tr("no host");
    static const QRegularExpression ipv4(QStringLiteral("^([0-9]+)\\.([0-9]+)\\.([0-9]+)\\.([0-9]+)$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    static const QRegularExpression hostname(
        QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*$"));
    const auto v4 = ipv4.match(host);
    if (v4.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            if (v4.captured(i).toInt() > 255)
                return tr("“%1” is not an IPv4 address").arg(host);
        return {};
    }
    if (host.count(u':') >= 2 && ipv6.match(host).hasMatch())
        return {};
    if (host.size() <= 253 && hostname.match(host).hasMatch())
        return {};
    return tr("“%1” is neither a host name nor an IP address").arg(host);
}

FateRouteTableModel::RowProblems FateRouteTableModel::problemsOf(int row) const
{
    RowProblems p;
    const Row &r = m_rows.at(row);
    if (const QString problem = partyProblem(r.party); !problem.isEmpty())
        p.party << problem;
    if (r.service.isEmpty())
        p.service << tr("no service name");
    if (!r.polling()) {
        if (const QString problem = hostProblem(r.host()); !problem.isEmpty())
            p.host << problem;
        if (!r.route.value(kPort).isDouble())
            p.port << tr("no port");
        else if (!validation::isValidPort(r.port()))
            p.port << tr("%1 is not a port (1-65535)").arg(r.port());
    }
    bool hasDefault = false;
    for (const Row &other : m_rows)
        hasDefault = hasDefault || (other.party == r.party && other.service == kDefault);
    if (!hasDefault)
        p.warnings << tr("party %1 has no “default” route: rollsite cannot reach it").arg(r.party);
    for (qsizetype i = 0; i < row; ++i) {
        const Row &o = m_rows.at(i);
        if (o.party == r.party && o.service == r.service && o.host() == r.host() && o.port() == r.port() && !r.polling())
            p.warnings << tr("the same route as row %1").arg(i + 1);
    }
    return p;
}

QVariant FateRouteTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PartyColumn: return r.party;
        case ServiceColumn: return r.service;
        case HostColumn:
            if (r.polling() && role == Qt::DisplayRole)
                return tr("(polling client)");
            return r.host();
        case PortColumn:
            if (r.polling() && role == Qt::DisplayRole)
                return QString();
            return r.port();
        case StatusColumn: {
            if (role == Qt::EditRole)
                return {};
            const QStringList all = problemsOf(index.row()).all();
            return all.isEmpty() ? tr("OK") : all.join(QStringLiteral("; "));
        }
        }
        return {};
    case RawValueRole:
        if (index.column() == PortColumn)
            return r.port();
        return data(index, Qt::EditRole);
    case Qt::ToolTipRole:
    case ProblemRole:
    case SeverityRole: {
        const RowProblems p = problemsOf(index.row());
        QStringList errors;
        QStringList warnings;
        switch (index.column()) {
        case PartyColumn:
            errors = p.party;
            warnings = p.warnings;
            break;
        case ServiceColumn: errors = p.service; break;
        case HostColumn: errors = p.host; break;
        case PortColumn: errors = p.port; break;
        default:
            errors = p.party + p.service + p.host + p.port;
            warnings = p.warnings;
            break;
        }
        if (role == SeverityRole) {
            if (!errors.isEmpty())
                return int(FieldMessage::Severity::Error);
            return warnings.isEmpty() ? -1 : int(FieldMessage::Severity::Warning);
        }
        return (errors + warnings).join(u'\n');
    }
    case FieldPathRole: return QStringLiteral("data[%1]").arg(m_key);
    case PollingRole: return r.polling();
    }
    return {};
}

QVariant FateRouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartyColumn: return tr("Party");
    case ServiceColumn: return tr("Service", "a FATE route's service: default, fateflow");
    case HostColumn: return tr("Host");
    case PortColumn: return tr("Port");
    case StatusColumn: return tr("Status");
    }
    return {};
}

Qt::ItemFlags FateRouteTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool polling = m_rows.at(index.row()).polling();
    const bool editable = index.column() == PartyColumn || index.column() == ServiceColumn
        || (!polling && (index.column() == HostColumn || index.column() == PortColumn));
    if (editable && checkEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool FateRouteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    Result<void> r;
    switch (index.column()) {
    case PartyColumn: r = setParty(index.row(), value.toString().trimmed()); break;
    case ServiceColumn: r = setService(index.row(), value.toString().trimmed()); break;
    case HostColumn: r = setHost(index.row(), value.toString().trimmed()); break;
    case PortColumn: {
        bool ok = false;
        const int port = value.toString().trimmed().toInt(&ok);
        r = ok ? setPort(index.row(), port) : Result<void>(makeError(tr("“%1” is not a port number.").arg(value.toString())));
        break;
    }
    default: return false;
    }
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

QStringList FateRouteTableModel::parties() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (!out.contains(r.party))
            out << r.party;
    return out;
}

Result<void> FateRouteTableModel::checkEditable(int row) const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    if (configmap::isImmutable(m_document->original()))
        return configmap::immutableError(m_document->original());
    if (m_parseError)
        return makeError(tr("Fix %1 in the table first: %2").arg(m_key, m_parseError->toString()), m_parseError->field);
    if (row >= 0 && row >= m_rows.size())
        return makeError(tr("There is no row %1.").arg(row));
    return {};
}

Result<void> FateRouteTableModel::writeTable(const QJsonObject &routeTable, const QString &undoText, const QJsonObject *permission)
{
    const Result<QJsonObject> current = table();
    if (!current)
        return current.error();
    QJsonObject root = current.value();
    root.insert(kRouteTable, routeTable);
    if (permission)
        root.insert(kPermission, *permission);
    const QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return configmap::setText(m_document, m_key, text, undoText);
}

bool FateRouteTableModel::defaultAllow() const
{
    const Result<QJsonObject> root = table();
    return root && root->value(kPermission).toObject().value(QStringLiteral("default_allow")).toBool();
}

Result<void> FateRouteTableModel::setDefaultAllow(bool allow)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    if (allow == defaultAllow())
        return {};
    const QJsonObject root = table().value();
    QJsonObject permission = root.value(kPermission).toObject();
    permission.insert(QStringLiteral("default_allow"), allow);
    return writeTable(root.value(kRouteTable).toObject(), allow ? tr("Allow all parties by default") : tr("Deny parties by default"),
                      &permission);
}

Result<void> FateRouteTableModel::addRoute(const QString &party, const QString &service, const QString &host, int port)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    QStringList problems;
    if (const QString p = partyProblem(party); !p.isEmpty())
        problems << p;
    if (service.isEmpty())
        problems << tr("no service name");
    if (const QString p = hostProblem(host); !p.isEmpty())
        problems << p;
    if (!validation::isValidPort(port))
        problems << tr("%1 is not a port (1-65535)").arg(port);
    if (!problems.isEmpty())
        return makeError(tr("Not a valid route: %1.").arg(problems.join(tr("; "))), QStringLiteral("data[%1]").arg(m_key));
    QJsonObject routes = table()->value(kRouteTable).toObject();
    QJsonObject services = routes.value(party).toObject();
    QJsonArray list = services.value(service).toArray();
    list.append(QJsonObject{{kIp, host}, {kPort, port}});
    services.insert(service, list);
    routes.insert(party, services);
    return writeTable(routes, tr("Route party %1 (%2) to %3:%4").arg(party, service, host).arg(port));
}

Result<void> FateRouteTableModel::removeRoute(int row)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    return moveRoute(row, QString(), QString(), tr("Remove the route of party %1 (%2)").arg(m_rows.at(row).party, m_rows.at(row).service));
}

Result<void> FateRouteTableModel::moveRoute(int row, const QString &party, const QString &service, const QString &undoText)
{
    const Row r = m_rows.at(row);
    QJsonObject routes = table()->value(kRouteTable).toObject();
    QJsonObject services = routes.value(r.party).toObject();
    QJsonArray list = services.value(r.service).toArray();
    list.removeAt(r.index);
    // an emptied service or party goes too: rollsite reads an empty list as no route
    if (list.isEmpty())
        services.remove(r.service);
    else
        services.insert(r.service, list);
    if (services.isEmpty())
        routes.remove(r.party);
    else
        routes.insert(r.party, services);
    if (!party.isEmpty()) {
        QJsonObject target = routes.value(party).toObject();
        QJsonArray targetList = target.value(service).toArray();
        targetList.append(r.route);
        target.insert(service, targetList);
        routes.insert(party, target);
    }
    return writeTable(routes, undoText);
}

Result<void> FateRouteTableModel::setParty(int row, const QString &party)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    if (const QString p = partyProblem(party); !p.isEmpty())
        return makeError(tr("Not a party: %1.").arg(p), QStringLiteral("data[%1]").arg(m_key));
    if (party == m_rows.at(row).party)
        return {};
    return moveRoute(row, party, m_rows.at(row).service, tr("Move the route to party %1").arg(party));
}

Result<void> FateRouteTableModel::setService(int row, const QString &service)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    if (service.isEmpty())
        return makeError(tr("A route needs a service name (“default”, “fateflow”…)."), QStringLiteral("data[%1]").arg(m_key));
    if (service == m_rows.at(row).service)
        return {};
    return moveRoute(row, m_rows.at(row).party, service, tr("Route party %1 as %2").arg(m_rows.at(row).party, service));
}

Result<void> FateRouteTableModel::replaceRoute(int row, const QJsonObject &route, const QString &undoText)
{
    const Row r = m_rows.at(row);
    QJsonObject routes = table()->value(kRouteTable).toObject();
    QJsonObject services = routes.value(r.party).toObject();
    QJsonArray list = services.value(r.service).toArray();
    list.replace(r.index, route);
    services.insert(r.service, list);
    routes.insert(r.party, services);
    return writeTable(routes, undoText);
}

Result<void> FateRouteTableModel::setHost(int row, const QString &host)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    if (const QString p = hostProblem(host); !p.isEmpty())
        return makeError(tr("Not a host: %1.").arg(p), QStringLiteral("data[%1]").arg(m_key));
    QJsonObject route = m_rows.at(row).route;
    if (route.value(kIp).toString() == host)
        return {};
    route.insert(kIp, host);
    return replaceRoute(row, route, tr("Route party %1 to host %2").arg(m_rows.at(row).party, host));
}

Result<void> FateRouteTableModel::setPort(int row, int port)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    if (!validation::isValidPort(port))
        return makeError(tr("%1 is not a port (1-65535).").arg(port), QStringLiteral("data[%1]").arg(m_key));
    QJsonObject route = m_rows.at(row).route;
    if (route.value(kPort).isDouble() && route.value(kPort).toInt() == port)
        return {};
    route.insert(kPort, port);
    return replaceRoute(row, route, tr("Route party %1 to port %2").arg(m_rows.at(row).party).arg(port));
}

ObjectPath FateRouteTableModel::pathOf(const Row &row) const
{
    return {QStringLiteral("data"), m_key, kRouteTable, row.party, row.service, indexSegment(row.index)};
}

QList<FieldMessage> FateRouteTableModel::messages() const
{
    QList<FieldMessage> out;
    if (m_parseError) {
        out.append({{QStringLiteral("data"), m_key}, m_parseError->toString()});
        return out;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RowProblems p = problemsOf(int(i));
        const ObjectPath path = pathOf(m_rows.at(i));
        for (const QString &m : p.party)
            out.append({path, m});
        for (const QString &m : p.service)
            out.append({path, m});
        for (const QString &m : p.host)
            out.append({path + QStringList{kIp}, m});
        for (const QString &m : p.port)
            out.append({path + QStringList{kPort}, m});
        for (const QString &m : p.warnings)
            out.append({path, m, FieldMessage::Severity::Warning});
    }
    return out;
}

} // namespace fc::editors
