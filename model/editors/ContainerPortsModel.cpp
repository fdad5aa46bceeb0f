#include "model/editors/ContainerPortsModel.h"

#include "model/editors/KubeValidation.h"

#include <QJsonArray>

namespace fc::editors {

namespace {

const QString kPorts = QStringLiteral("ports");

bool isProtocol(const QString &p)
{
    return p == u"TCP" || p == u"UDP" || p == u"SCTP";
}

QString protocolOf(const QJsonObject &port)
{
    return port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
}

} // namespace

ContainerPortsModel::ContainerPortsModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

void ContainerPortsModel::reload()
{
    QList<Row> next;
    for (const QJsonValue &v : currentContainer().value(kPorts).toArray())
        next.append({v.toObject()});
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString {
        return QString::number(r.port.value(QLatin1String("containerPort")).toInteger()) + u'/' + protocolOf(r.port);
    });
}

QVariant ContainerPortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ContainerPortColumn: return tr("Container port");
    case HostPortColumn: return tr("Host port");
    case ProtocolColumn: return tr("Protocol");
    }
    return {};
}

ObjectPath ContainerPortsModel::rowPath(int row) const
{
    return containerPath() + QStringList{kPorts, indexSegment(row)};
}

ObjectPath ContainerPortsModel::cellPath(int row, int column) const
{
    switch (column) {
    case NameColumn: return rowPath(row) + QStringList{QStringLiteral("name")};
    case ContainerPortColumn: return rowPath(row) + QStringList{QStringLiteral("containerPort")};
    case HostPortColumn: return rowPath(row) + QStringList{QStringLiteral("hostPort")};
    case ProtocolColumn: return rowPath(row) + QStringList{QStringLiteral("protocol")};
    }
    return rowPath(row);
}

QVariant ContainerPortsModel::cellData(int row, int column, int role) const
{
    const QJsonObject &p = m_rows.at(row).port;
    if (column == ProtocolColumn && role == ChoicesRole)
        return QStringList{QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")};
    if (column == ProtocolColumn && role == ChoicesOnlyRole)
        return true;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    switch (column) {
    case NameColumn: return p.value(QLatin1String("name")).toString();
    case ContainerPortColumn: return int(p.value(QLatin1String("containerPort")).toInteger());
    case HostPortColumn: {
        const int host = int(p.value(QLatin1String("hostPort")).toInteger());
        if (role == Qt::DisplayRole && host == 0)
            return QString();
        return host;
    }
    case ProtocolColumn: return protocolOf(p);
    }
    return {};
}

Result<void> ContainerPortsModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    if (column == NameColumn)
        return setName(row, value.toString().trimmed());
    if (column == ProtocolColumn)
        return setProtocol(row, value.toString().trimmed().toUpper());
    const QString text = value.toString().trimmed();
    bool ok = text.isEmpty() && column == HostPortColumn;
    const int number = text.isEmpty() ? 0 : text.toInt(&ok);
    if (!ok)
        return makeError(tr("“%1” is not a port number.").arg(text), pathText(cellPath(row, column)));
    return column == ContainerPortColumn ? setContainerPort(row, number) : setHostPort(row, number);
}

Result<void> ContainerPortsModel::replacePort(int row, const QJsonObject &port, const QString &undoText)
{
    return form()->editContainer(
        form()->currentContainer(),
        [&](QJsonObject &c) {
            QJsonArray list = c.value(kPorts).toArray();
            if (port.isEmpty())
                list.removeAt(row);
            else if (row >= list.size())
                list.append(port);
            else
                list.replace(row, port);
            if (list.isEmpty())
                c.remove(kPorts);
            else
                c.insert(kPorts, list);
        },
        undoText);
}

Result<void> ContainerPortsModel::addPort(int containerPort, int hostPort, const QString &name, const QString &protocol)
{
    if (form()->containerCount() == 0)
        return makeError(tr("There is no container to add a port to."));
    if (!validation::isValidPort(containerPort))
        return makeError(tr("%1 is not a port (1-65535).").arg(containerPort));
    if (hostPort != 0 && !validation::isValidPort(hostPort))
        return makeError(tr("%1 is not a host port (1-65535, or none).").arg(hostPort));
    if (!isProtocol(protocol))
        return makeError(tr("“%1” is not a protocol: TCP, UDP or SCTP.").arg(protocol));
    if (!name.isEmpty())
        if (const QStringList p = validation::portNameProblems(name); !p.isEmpty())
            return makeError(tr("The port name %1.").arg(p.join(QStringLiteral("; "))));
    QJsonObject port{{QStringLiteral("containerPort"), containerPort}, {QStringLiteral("protocol"), protocol}};
    if (hostPort != 0)
        port.insert(QStringLiteral("hostPort"), hostPort);
    if (!name.isEmpty())
        port.insert(QStringLiteral("name"), name);
    const QString text = hostPort != 0 ? tr("Open port %1/%2 (host port %3)").arg(containerPort).arg(protocol).arg(hostPort)
                                       : tr("Open port %1/%2").arg(containerPort).arg(protocol);
    return replacePort(int(m_rows.size()), port, text);
}

Result<void> ContainerPortsModel::removePort(int row)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no port %1.").arg(row));
    const QJsonObject &p = m_rows.at(row).port;
    return replacePort(row, {}, tr("Close port %1/%2").arg(p.value(QLatin1String("containerPort")).toInteger()).arg(protocolOf(p)));
}

Result<void> ContainerPortsModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no port %1.").arg(row));
    QJsonObject p = m_rows.at(row).port;
    if (p.value(QLatin1String("name")).toString() == name)
        return {};
    if (name.isEmpty()) {
        p.remove(QLatin1String("name"));
    } else {
        if (const QStringList problems = validation::portNameProblems(name); !problems.isEmpty())
            return makeError(tr("The port name %1.").arg(problems.join(QStringLiteral("; "))), pathText(cellPath(row, NameColumn)));
        p.insert(QStringLiteral("name"), name);
    }
    return replacePort(row, p, tr("Name port %1 %2").arg(p.value(QLatin1String("containerPort")).toInteger()).arg(name));
}

Result<void> ContainerPortsModel::setContainerPort(int row, int port)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no port %1.").arg(row));
    if (!validation::isValidPort(port))
        return makeError(tr("%1 is not a port (1-65535).").arg(port), pathText(cellPath(row, ContainerPortColumn)));
    QJsonObject p = m_rows.at(row).port;
    if (p.value(QLatin1String("containerPort")).toInteger() == port)
        return {};
    p.insert(QStringLiteral("containerPort"), port);
    return replacePort(row, p, tr("Change container port to %1").arg(port));
}

Result<void> ContainerPortsModel::setHostPort(int row, int port)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no port %1.").arg(row));
    if (port != 0 && !validation::isValidPort(port))
        return makeError(tr("%1 is not a host port (1-65535, or none).").arg(port), pathText(cellPath(row, HostPortColumn)));
    QJsonObject p = m_rows.at(row).port;
    if (p.value(QLatin1String("hostPort")).toInteger() == port)
        return {};
    if (port == 0)
        p.remove(QLatin1String("hostPort"));
    else
        p.insert(QStringLiteral("hostPort"), port);
    return replacePort(row, p, port == 0 ? tr("Remove the host port") : tr("Set host port %1").arg(port));
}

Result<void> ContainerPortsModel::setProtocol(int row, const QString &protocol)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no port %1.").arg(row));
    if (!isProtocol(protocol))
        return makeError(tr("“%1” is not a protocol: TCP, UDP or SCTP.").arg(protocol), pathText(cellPath(row, ProtocolColumn)));
    QJsonObject p = m_rows.at(row).port;
    if (protocolOf(p) == protocol)
        return {};
    p.insert(QStringLiteral("protocol"), protocol);
    return replacePort(row, p, tr("Switch port %1 to %2").arg(p.value(QLatin1String("containerPort")).toInteger()).arg(protocol));
}

} // namespace fc::editors
