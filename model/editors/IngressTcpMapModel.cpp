#include "model/editors/IngressTcpMapModel.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"

#include <QRegularExpression>

#include <algorithm>

namespace fc::editors {

namespace {

const QString kData = QStringLiteral("data");

QString keyField(const QString &key)
{
    return kData + u'[' + key + u']';
}

bool isDigits(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(s).hasMatch();
}

/// Valid ports in numeric order first, then keys that are not ports.
bool rowLess(const StreamMapEntry &a, const StreamMapEntry &b)
{
    if ((a.port > 0) != (b.port > 0))
        return a.port > 0;
    if (a.port != b.port)
        return a.port < b.port;
    return a.key < b.key;
}

} // namespace

IngressTcpMapModel::IngressTcpMapModel(EditableDocument *document, StreamProtocol protocol, QObject *parent)
    : FormTableModel(parent), m_document(document), m_protocol(protocol)
{
    connect(document, &EditableDocument::editedChanged, this, &IngressTcpMapModel::rebuild);
    rebuild();
}

StreamMapEntry IngressTcpMapModel::evaluate(const QString &key, const QString &value) const
{
    StreamMapEntry e = parseStreamMapEntry(key, value, m_protocol);
    if (m_haveServices)
        e.problems += liveProblems(e, m_protocol, m_services, m_haveEndpoints ? &m_endpoints : nullptr);
    return e;
}

void IngressTcpMapModel::rebuild()
{
    QList<StreamMapEntry> next;
    if (m_document) {
        const QJsonObject data = m_document->edited().value(kData).toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            next.append(evaluate(it.key(), it.value().toString()));
    }
    std::sort(next.begin(), next.end(), rowLess);
    syncRows<StreamMapEntry>(m_rows, next, [](const StreamMapEntry &e) { return e.key; });
}

void IngressTcpMapModel::setServices(const QList<LiveService> &services)
{
    m_services = services;
    m_haveServices = true;
    rebuild();
}

void IngressTcpMapModel::setEndpoints(const QList<ServiceEndpoints> &endpoints)
{
    m_endpoints = endpoints;
    m_haveEndpoints = true;
    rebuild();
}

int IngressTcpMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IngressTcpMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IngressTcpMapModel::columnOf(StreamMapEntry::Problem::Part part) const
{
    switch (part) {
    case StreamMapEntry::Problem::Part::Port: return PortColumn;
    case StreamMapEntry::Problem::Part::Namespace: return NamespaceColumn;
    case StreamMapEntry::Problem::Part::Service: return ServiceColumn;
    case StreamMapEntry::Problem::Part::ServicePort: return ServicePortColumn;
    case StreamMapEntry::Problem::Part::Proxy: return ProxyDecodeColumn;
    }
    return StatusColumn;
}

QVariant IngressTcpMapModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const StreamMapEntry &e = m_rows.at(index.row());
    const int column = index.column();
    const bool tcp = m_protocol == StreamProtocol::Tcp;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case PortColumn: return e.key;
        case NamespaceColumn: return e.namespace_;
        case ServiceColumn: return e.service;
        case ServicePortColumn: return e.servicePort;
        case StatusColumn: {
            if (role == Qt::EditRole)
                return {};
            QStringList lines;
            for (const StreamMapEntry::Problem &p : e.problems)
                lines << p.message;
            return lines.isEmpty() ? tr("OK") : lines.join(QStringLiteral("; "));
        }
        }
        return {};
    case ChoicesRole: return choices(e, column);
    case Qt::CheckStateRole:
        if (tcp && column == ProxyDecodeColumn)
            return e.proxyDecode ? Qt::Checked : Qt::Unchecked;
        if (tcp && column == ProxyEncodeColumn)
            return e.proxyEncode ? Qt::Checked : Qt::Unchecked;
        return {};
    case RawValueRole:
        switch (column) {
        case PortColumn: return e.port;
        case ProxyDecodeColumn: return e.proxyDecode;
        case ProxyEncodeColumn: return e.proxyEncode;
        default: return data(index, Qt::EditRole);
        }
    case Qt::ToolTipRole:
    case ProblemRole:
    case SeverityRole: {
        QStringList lines;
        int severity = -1;
        for (const StreamMapEntry::Problem &p : e.problems) {
            if (column != StatusColumn && columnOf(p.part) != column)
                continue;
            lines << p.message;
            // the text's own errors are errors; what the live cluster says may change
            const FieldMessage::Severity s = p.skipsRow && !p.live ? FieldMessage::Severity::Error : FieldMessage::Severity::Warning;
            if (severity < 0 || int(s) < severity)
                severity = int(s);
        }
        if (role == SeverityRole)
            return severity;
        return lines.join(u'\n');
    }
    case FieldPathRole: return keyField(e.key);
    case SummaryRole: return e.summary();
    case SkippedRole: return e.skipped();
    }
    return {};
}

QVariant IngressTcpMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PortColumn: return tr("External port");
    case NamespaceColumn: return tr("Namespace");
    case ServiceColumn: return tr("Service");
    case ServicePortColumn: return tr("Service port");
    case ProxyDecodeColumn: return tr("PROXY in", "decode the PROXY protocol from clients");
    case ProxyEncodeColumn: return tr("PROXY out", "send the PROXY protocol to the Service");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QStringList IngressTcpMapModel::choices(const StreamMapEntry &e, int column) const
{
    // from the live Services; a name not listed may still be typed (the row is then flagged)
    QStringList out;
    const QString protocol = m_protocol == StreamProtocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    for (const LiveService &s : m_services) {
        if (column == NamespaceColumn && !out.contains(s.namespace_))
            out << s.namespace_;
        if (column == ServiceColumn && s.namespace_ == e.namespace_)
            out << s.name;
        if (column == ServicePortColumn && s.namespace_ == e.namespace_ && s.name == e.service) {
            for (const LiveServicePort &p : s.ports) {
                if (p.protocol != protocol)
                    continue;
                out << QString::number(p.port);
                if (!p.name.isEmpty())
                    out << p.name;
            }
        }
    }
    if (column != ServicePortColumn)
        out.sort();
    return out;
}

Qt::ItemFlags IngressTcpMapModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_document || configmap::isImmutable(m_document->original()))
        return f;
    switch (index.column()) {
    case PortColumn:
    case NamespaceColumn:
    case ServiceColumn:
    case ServicePortColumn: f |= Qt::ItemIsEditable; break;
    case ProxyDecodeColumn:
    case ProxyEncodeColumn:
        if (m_protocol == StreamProtocol::Tcp)
            f |= Qt::ItemIsUserCheckable;
        break;
    default: break;
    }
    return f;
}

bool IngressTcpMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isCell(index))
        return false;
    const int row = index.row();
    const StreamMapEntry e = m_rows.at(row);
    Result<void> r;
    if (role == Qt::CheckStateRole && (index.column() == ProxyDecodeColumn || index.column() == ProxyEncodeColumn)) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
        const bool decode = index.column() == ProxyDecodeColumn ? on : e.proxyDecode;
        const bool encode = index.column() == ProxyEncodeColumn ? on : e.proxyEncode;
        r = setTarget(row, e.namespace_, e.service, e.servicePort, decode, encode);
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case PortColumn:
            if (!isDigits(text))
                r = makeError(tr("“%1” is not a port number.").arg(text), keyField(e.key));
            else
                r = setPort(row, text.toInt());
            break;
        case NamespaceColumn: r = setTarget(row, text, e.service, e.servicePort, e.proxyDecode, e.proxyEncode); break;
        case ServiceColumn: r = setTarget(row, e.namespace_, text, e.servicePort, e.proxyDecode, e.proxyEncode); break;
        case ServicePortColumn: r = setTarget(row, e.namespace_, e.service, text, e.proxyDecode, e.proxyEncode); break;
        default: return false;
        }
    } else {
        return false;
    }
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

int IngressTcpMapModel::rowOfPort(int port) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).port == port)
            return int(i);
    return -1;
}

QString IngressTcpMapModel::portProblem(int port, int exceptRow) const
{
    if (!validation::isValidPort(port))
        return tr("%1 is not a port (1-65535).").arg(port);
    const QString use = reservedPortUse(port);
    if (!use.isEmpty())
        return tr("Port %1 is reserved for %2.").arg(port).arg(use);
    const int taken = rowOfPort(port);
    if (taken >= 0 && taken != exceptRow)
        return tr("Port %1 already forwards to %2.").arg(port).arg(m_rows.at(taken).value);
    return {};
}

Result<void> IngressTcpMapModel::checkTarget(const QString &namespace_, const QString &service, const QString &servicePort,
                                             bool decode, bool encode, const QString &key) const
{
    QStringList problems;
    for (const QString &p : validation::dns1123LabelProblems(namespace_))
        problems << tr("the namespace %1").arg(p);
    for (const QString &p : validation::dns1123LabelProblems(service))
        problems << tr("the Service name %1").arg(p);
    if (isDigits(servicePort)) {
        if (!validation::isValidPort(servicePort.toLongLong()))
            problems << tr("the Service port %1 is not a port (1-65535)").arg(servicePort);
    } else if (!validation::portNameProblems(servicePort).isEmpty()) {
        problems << tr("the Service port “%1” is neither a number nor a port name").arg(servicePort);
    }
    if ((decode || encode) && m_protocol == StreamProtocol::Udp)
        problems << tr("the PROXY protocol applies to TCP only");
    if (problems.isEmpty())
        return {};
    return makeError(tr("Not a valid target: %1.").arg(problems.join(tr("; "))), keyField(key));
}

Result<void> IngressTcpMapModel::refuseIfImmutable() const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    if (configmap::isImmutable(m_document->original()))
        return configmap::immutableError(m_document->original());
    return {};
}

Result<void> IngressTcpMapModel::write(const QJsonObject &data, const QString &undoText)
{
    QJsonObject o = m_document->edited();
    if (data.isEmpty())
        o.remove(kData);
    else
        o.insert(kData, data);
    m_document->setEdited(o, undoText);
    return {};
}

Result<void> IngressTcpMapModel::addEntry(int port, const QString &namespace_, const QString &service, const QString &servicePort,
                                          bool proxyDecode, bool proxyEncode)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    const QString key = QString::number(port);
    if (const QString problem = portProblem(port); !problem.isEmpty())
        return makeError(problem, keyField(key));
    if (Result<void> r = checkTarget(namespace_, service, servicePort, proxyDecode, proxyEncode, key); !r)
        return r;
    QJsonObject data = m_document->edited().value(kData).toObject();
    data.insert(key, formatStreamTarget(namespace_, service, servicePort, proxyDecode, proxyEncode));
    return write(data, tr("Forward port %1 to %2/%3").arg(key, namespace_, service));
}

Result<void> IngressTcpMapModel::setPort(int row, int port)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no row %1.").arg(row));
    const QString old = m_rows.at(row).key;
    const QString key = QString::number(port);
    if (key == old)
        return {};
    if (const QString problem = portProblem(port, row); !problem.isEmpty())
        return makeError(problem, keyField(key));
    QJsonObject data = m_document->edited().value(kData).toObject();
    const QJsonValue value = data.take(old);
    data.insert(key, value);
    return write(data, tr("Change external port %1 to %2").arg(old, key));
}

Result<void> IngressTcpMapModel::setTarget(int row, const QString &namespace_, const QString &service, const QString &servicePort,
                                           bool proxyDecode, bool proxyEncode)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no row %1.").arg(row));
    const QString key = m_rows.at(row).key;
    if (Result<void> r = checkTarget(namespace_, service, servicePort, proxyDecode, proxyEncode, key); !r)
        return r;
    const QString value = formatStreamTarget(namespace_, service, servicePort, proxyDecode, proxyEncode);
    if (value == m_rows.at(row).value)
        return {};
    QJsonObject data = m_document->edited().value(kData).toObject();
    data.insert(key, value);
    return write(data, tr("Forward port %1 to %2").arg(key, value));
}

Result<void> IngressTcpMapModel::removeEntry(int row)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no row %1.").arg(row));
    const QString key = m_rows.at(row).key;
    QJsonObject data = m_document->edited().value(kData).toObject();
    data.remove(key);
    return write(data, tr("Stop forwarding port %1").arg(key));
}

QList<FieldMessage> IngressTcpMapModel::messages() const
{
    QList<FieldMessage> out;
    for (const StreamMapEntry &e : m_rows)
        for (const StreamMapEntry::Problem &p : e.problems)
            out.append({{kData, e.key}, p.message,
                        p.skipsRow && !p.live ? FieldMessage::Severity::Error : FieldMessage::Severity::Warning});
    return out;
}

int IngressTcpMapModel::rowForField(const QString &statusField) const
{
    const ObjectPath path = pathFromServerField(statusField, m_document ? m_document->edited() : QJsonObject());
    if (path.size() < 2 || path.at(0) != kData)
        return -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == path.at(1))
            return int(i);
    return -1;
}

} // namespace fc::editors
