#include "model/editors/TimeSlicingModel.h"

#include "backend/cluster/YamlCodec.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fc::editors {

namespace {

const QString kSharing = QStringLiteral("sharing");
const QString kTimeSlicing = QStringLiteral("timeSlicing");
const QString kResources = QStringLiteral("resources");
const QString kName = QStringLiteral("name");
const QString kReplicas = QStringLiteral("replicas");
const QString kRename = QStringLiteral("rename");
const QString kDevices = QStringLiteral("devices");
const QString kPrefix = QStringLiteral("nvidia.com/");

/// The plugin prefixes a bare name with nvidia.com/ (NewResourceName).
QString fullName(const QString &name)
{
    return name.contains(u'/') ? name : kPrefix + name;
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

/// A devices list entry as the plugin takes it: a GPU index, a MIG index (gpu:mig), a GPU-… or
/// MIG-… UUID.
bool isDeviceRef(const QString &s)
{
    static const QRegularExpression index(QStringLiteral("^[0-9]+(:[0-9]+)?$"));
    static const QRegularExpression migOnGpu(QStringLiteral("^MIG-GPU-(.+)/[0-9]+/[0-9]+$"));
    if (index.match(s).hasMatch())
        return true;
    if (s.startsWith(QStringLiteral("GPU-")))
        return isUuid(s.mid(4));
    if (s.startsWith(QStringLiteral("MIG-"))) {
        const auto m = migOnGpu.match(s);
        return isUuid(s.mid(4)) || (m.hasMatch() && isUuid(m.captured(1)));
    }
    return false;
}

QString devicesText(const QJsonValue &devices)
{
    if (devices.isUndefined() || devices.isNull())
        return QStringLiteral("all");
    if (devices.isDouble())
        return QString::number(devices.toInteger());
    if (devices.isArray()) {
        QStringList items;
        for (const QJsonValue &v : devices.toArray())
            items << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        return items.join(QStringLiteral(", "));
    }
    return devices.toString();
}

} // namespace

TimeSlicingModel::TimeSlicingModel(EditableDocument *document, const QString &key, QObject *parent)
    : FormTableModel(parent), m_document(document), m_key(key)
{
    connect(document, &EditableDocument::editedChanged, this, &TimeSlicingModel::rebuild);
    rebuild();
}

QString TimeSlicingModel::templateText()
{
    return QStringLiteral("version: v1\nsharing:\n  timeSlicing:\n    resources:\n      - name: nvidia.com/gpu\n        replicas: 4\n");
}

void TimeSlicingModel::rebuild()
{
    m_parseError.reset();
    m_tree = yaml::TreeNode();
    QList<Row> next;
    if (m_document) {
        const QString text = configmap::text(m_document->edited(), m_key);
        m_json = yaml::guessSyntax(text) == yaml::Syntax::Json;
        Result<yaml::TreeNode> tree = yaml::parseTree(text.toUtf8());
        if (!tree) {
            Error e = tree.error();
            e.message = tr("%1 does not parse: %2").arg(m_key, e.message);
            m_parseError = e;
        } else if (tree->type != yaml::TreeNode::Type::Map && tree->type != yaml::TreeNode::Type::Null) {
            m_parseError = makeError(tr("%1 is not a mapping of settings.").arg(m_key));
        } else {
            m_tree = std::move(tree).value();
            for (const QJsonValue &v : resources())
                next.append({v.toObject()});
        }
    }
    syncRows<Row>(m_rows, next, [](const Row &r) { return fullName(r.resource.value(kName).toString()); });
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QJsonObject TimeSlicingModel::config() const
{
    return m_tree.type == yaml::TreeNode::Type::Map ? yaml::toJson(m_tree).toObject() : QJsonObject();
}

QJsonArray TimeSlicingModel::resources() const
{
    return config().value(kSharing).toObject().value(kTimeSlicing).toObject().value(kResources).toArray();
}

int TimeSlicingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimeSlicingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimeSlicingModel::advertised(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QJsonObject r = m_rows.at(row).resource;
    QString name = fullName(r.value(kName).toString());
    if (r.contains(kRename))
        name = fullName(r.value(kRename).toString());
    else if (renameByDefault())
        name += QStringLiteral(".shared");
    return tr("%1 \u00d7%2 per device").arg(name).arg(r.value(kReplicas).toInt());
}

TimeSlicingModel::RowProblems TimeSlicingModel::problemsOf(int row) const
{
    RowProblems p;
    const QJsonObject r = m_rows.at(row).resource;
    const QString name = r.value(kName).toString();
    if (!r.value(kName).isString() || name.isEmpty()) {
        p.name << tr("no resource name");
    } else {
        const QString full = fullName(name);
        const QStringList problems = validation::dns1123SubdomainProblems(full.mid(full.indexOf(u'/') + 1));
        if (!problems.isEmpty())
            p.name << tr("“%1” %2").arg(name, problems.join(tr("; ")));
        else if (full != u"nvidia.com/gpu" && validation::resourceKind(full) != validation::ResourceKind::NvidiaMig)
            p.warnings << tr("the device plugin shares nvidia.com/gpu and nvidia.com/mig-<g>g.<memory>gb; “%1” matches neither").arg(name);
        for (qsizetype i = 0; i < row; ++i)
            if (fullName(m_rows.at(i).resource.value(kName).toString()) == full)
                p.name << tr("%1 is listed twice").arg(full);
    }
    const QJsonValue replicas = r.value(kReplicas);
    if (!replicas.isDouble())
        p.replicas << tr("no replicas: the device plugin refuses the config");
    else if (replicas.toDouble() != double(replicas.toInteger()) || replicas.toInteger() <= 0)
        p.replicas << tr("replicas must be a whole number above 0");
    else if (replicas.toInteger() == 1)
        p.warnings << tr("one replica shares nothing");
    if (r.contains(kRename)) {
        const QString full = fullName(r.value(kRename).toString());
        const QStringList problems = validation::dns1123SubdomainProblems(full.mid(full.indexOf(u'/') + 1));
        if (!problems.isEmpty())
            p.rename << tr("“%1” %2").arg(r.value(kRename).toString(), problems.join(tr("; ")));
    }
    const QJsonValue devices = r.value(kDevices);
    if (devices.isString() && devices.toString() != u"all")
        p.devices << tr("“%1”: the only word the plugin takes is “all”").arg(devices.toString());
    else if (devices.isDouble() && devices.toInteger() <= 0)
        p.devices << tr("a count of devices must be above 0");
    else if (devices.isArray())
        for (const QJsonValue &d : devices.toArray())
            if (!isDeviceRef(d.isDouble() ? QString::number(d.toInteger()) : d.toString()))
                p.devices << tr("“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID").arg(d.toVariant().toString());
    return p;
}

QVariant TimeSlicingModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const QJsonObject r = m_rows.at(index.row()).resource;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ResourceColumn: return r.value(kName).toString();
        case ReplicasColumn: return r.value(kReplicas).toInt();
        case RenameColumn: return r.value(kRename).toString();
        case DevicesColumn: return devicesText(r.value(kDevices));
        case AdvertisedColumn: return role == Qt::DisplayRole ? advertised(index.row()) : QVariant();
        }
        return {};
    case RawValueRole:
        if (index.column() == DevicesColumn)
            return r.value(kDevices).toVariant();
        return data(index, Qt::EditRole);
    case Qt::ToolTipRole:
    case ProblemRole:
    case SeverityRole: {
        const RowProblems p = problemsOf(index.row());
        QStringList errors;
        QStringList warnings;
        switch (index.column()) {
        case ResourceColumn:
            errors = p.name;
            warnings = p.warnings;
            break;
        case ReplicasColumn: errors = p.replicas; break;
        case RenameColumn: errors = p.rename; break;
        case DevicesColumn: errors = p.devices; break;
        default: break;
        }
        if (role == SeverityRole) {
            if (!errors.isEmpty())
                return int(FieldMessage::Severity::Error);
            return warnings.isEmpty() ? -1 : int(FieldMessage::Severity::Warning);
        }
        return (errors + warnings).join(u'\n');
    }
    case FieldPathRole:
        return QStringLiteral("data[%1]").arg(m_key);
    }
    return {};
}

QVariant TimeSlicingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn: return tr("Resource");
    case ReplicasColumn: return tr("Replicas", "time-slicing: how many times each GPU is advertised");
    case RenameColumn: return tr("Advertise as");
    case DevicesColumn: return tr("Devices");
    case AdvertisedColumn: return tr("Nodes advertise");
    }
    return {};
}

Qt::ItemFlags TimeSlicingModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != AdvertisedColumn && checkEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TimeSlicingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    const QString text = value.toString().trimmed();
    Result<void> r;
    switch (index.column()) {
    case ResourceColumn: r = setResourceName(index.row(), text); break;
    case ReplicasColumn: {
        bool ok = false;
        const int n = text.toInt(&ok);
        r = ok ? setReplicas(index.row(), n) : Result<void>(makeError(tr("“%1” is not a whole number.").arg(text)));
        break;
    }
    case RenameColumn: r = setRename(index.row(), text); break;
    case DevicesColumn: r = setDevices(index.row(), text); break;
    default: return false;
    }
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

Result<void> TimeSlicingModel::checkEditable(int row) const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    if (configmap::isImmutable(m_document->original()))
        return configmap::immutableError(m_document->original());
    if (m_parseError)
        return makeError(tr("Fix %1 as text first: %2").arg(m_key, m_parseError->toString()));
    if (row >= 0 && row >= m_rows.size())
        return makeError(tr("There is no row %1.").arg(row));
    return {};
}

Result<void> TimeSlicingModel::write(const QJsonObject &cfg, const QString &undoText)
{
    QString text;
    if (m_json) {
        text = QString::fromUtf8(QJsonDocument(cfg).toJson(QJsonDocument::Indented));
    } else if (m_tree.children.empty()) {
        // a new document takes the plugin documentation's order: version first
        const yaml::TreeNode like = yaml::parseTree(templateText().toUtf8()).value();
        text = yaml::emitTree(yaml::fromJson(cfg, &like));
    } else {
        text = yaml::emitTree(yaml::fromJson(cfg, &m_tree));
    }
    return configmap::setText(m_document, m_key, text, undoText);
}

Result<void> TimeSlicingModel::writeResources(const QJsonArray &list, const QString &undoText)
{
    QJsonObject cfg = config();
    if (!cfg.contains(QStringLiteral("version")))
        cfg.insert(QStringLiteral("version"), QStringLiteral("v1"));
    QJsonObject sharing = cfg.value(kSharing).toObject();
    QJsonObject slicing = sharing.value(kTimeSlicing).toObject();
    slicing.insert(kResources, list);
    sharing.insert(kTimeSlicing, slicing);
    cfg.insert(kSharing, sharing);
    return write(cfg, undoText);
}

Result<void> TimeSlicingModel::writeSwitch(const char *name, bool on, const QString &undoText)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    QJsonObject cfg = config();
    QJsonObject sharing = cfg.value(kSharing).toObject();
    QJsonObject slicing = sharing.value(kTimeSlicing).toObject();
    if (slicing.value(QLatin1String(name)).toBool() == on)
        return {};
    slicing.insert(QLatin1String(name), on);
    sharing.insert(kTimeSlicing, slicing);
    cfg.insert(kSharing, sharing);
    return write(cfg, undoText);
}

bool TimeSlicingModel::renameByDefault() const
{
    return config().value(kSharing).toObject().value(kTimeSlicing).toObject().value(QStringLiteral("renameByDefault")).toBool();
}

Result<void> TimeSlicingModel::setRenameByDefault(bool on)
{
    return writeSwitch("renameByDefault", on, on ? tr("Advertise shared GPUs as <name>.shared") : tr("Advertise shared GPUs under their own name"));
}

bool TimeSlicingModel::failRequestsGreaterThanOne() const
{
    return config().value(kSharing).toObject().value(kTimeSlicing).toObject().value(QStringLiteral("failRequestsGreaterThanOne")).toBool();
}

Result<void> TimeSlicingModel::setFailRequestsGreaterThanOne(bool on)
{
    return writeSwitch("failRequestsGreaterThanOne", on,
                       on ? tr("Refuse requests for more than one shared GPU") : tr("Allow requests for several shared GPUs"));
}

Result<void> TimeSlicingModel::addResource(const QString &name, int replicas)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    const QString full = fullName(name);
    for (const Row &row : std::as_const(m_rows))
        if (fullName(row.resource.value(kName).toString()) == full)
            return makeError(tr("%1 is shared already.").arg(full));
    if (const QStringList p = validation::dns1123SubdomainProblems(full.mid(full.indexOf(u'/') + 1)); !p.isEmpty() || name.isEmpty())
        return makeError(tr("“%1” is not a resource name: %2.").arg(name, p.join(tr("; "))));
    if (replicas <= 0)
        return makeError(tr("Replicas must be a whole number above 0."));
    QJsonArray list = resources();
    list.append(QJsonObject{{kName, name}, {kReplicas, replicas}});
    return writeResources(list, tr("Share %1 %2 ways").arg(name).arg(replicas));
}

Result<void> TimeSlicingModel::removeResource(int row)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    QJsonArray list = resources();
    const QString name = m_rows.at(row).resource.value(kName).toString();
    list.removeAt(row);
    return writeResources(list, tr("Stop sharing %1").arg(name));
}

Result<void> TimeSlicingModel::setResourceName(int row, const QString &name)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    const QString full = fullName(name);
    if (const QStringList p = validation::dns1123SubdomainProblems(full.mid(full.indexOf(u'/') + 1)); !p.isEmpty() || name.isEmpty())
        return makeError(tr("“%1” is not a resource name: %2.").arg(name, p.join(tr("; "))));
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (i != row && fullName(m_rows.at(i).resource.value(kName).toString()) == full)
            return makeError(tr("%1 is shared already.").arg(full));
    QJsonArray list = resources();
    QJsonObject r = list.at(row).toObject();
    if (r.value(kName).toString() == name)
        return {};
    r.insert(kName, name);
    list.replace(row, r);
    return writeResources(list, tr("Share %1 instead").arg(name));
}

Result<void> TimeSlicingModel::setReplicas(int row, int replicas)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    if (replicas <= 0)
        return makeError(tr("Replicas must be a whole number above 0."));
    QJsonArray list = resources();
    QJsonObject r = list.at(row).toObject();
    if (r.value(kReplicas).isDouble() && r.value(kReplicas).toInteger() == replicas)
        return {};
    r.insert(kReplicas, replicas);
    list.replace(row, r);
    return writeResources(list, tr("Share %1 %2 ways").arg(r.value(kName).toString()).arg(replicas));
}

Result<void> TimeSlicingModel::setRename(int row, const QString &rename)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    QJsonArray list = resources();
    QJsonObject r = list.at(row).toObject();
    if (rename.isEmpty()) {
        if (!r.contains(kRename))
            return {};
        r.remove(kRename);
    } else {
        const QString full = fullName(rename);
        if (const QStringList p = validation::dns1123SubdomainProblems(full.mid(full.indexOf(u'/') + 1)); !p.isEmpty())
            return makeError(tr("“%1” is not a resource name: %2.").arg(rename, p.join(tr("; "))));
        if (r.value(kRename).toString() == rename)
            return {};
        r.insert(kRename, rename);
    }
    list.replace(row, r);
    return writeResources(list, tr("Advertise %1 as %2").arg(r.value(kName).toString(), rename.isEmpty() ? tr("the default name") : rename));
}

Result<void> TimeSlicingModel::setDevices(int row, const QString &devices)
{
    if (Result<void> r = checkEditable(row); !r)
        return r;
    QJsonValue value;
    bool isCount = false;
    const int count = devices.toInt(&isCount);
    if (devices.isEmpty() || devices == u"all") {
        value = QJsonValue(QJsonValue::Undefined); // the plugin's default is all devices
    } else if (isCount) {
        if (count <= 0)
            return makeError(tr("A count of devices must be above 0."));
        value = count;
    } else {
        QJsonArray list;
        for (const QString &item : devices.split(u',', Qt::SkipEmptyParts)) {
            const QString ref = item.trimmed();
            if (!isDeviceRef(ref))
                return makeError(tr("“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID.").arg(ref));
            bool index = false;
            const int n = ref.toInt(&index);
            list.append(index ? QJsonValue(n) : QJsonValue(ref));
        }
        value = list;
    }
    QJsonArray list = resources();
    QJsonObject r = list.at(row).toObject();
    if (r.value(kDevices) == value)
        return {};
    if (value.isUndefined())
        r.remove(kDevices);
    else
        r.insert(kDevices, value);
    list.replace(row, r);
    return writeResources(list, tr("Share devices %1 of %2").arg(devicesText(value), r.value(kName).toString()));
}

QList<FieldMessage> TimeSlicingModel::messages() const
{
    QList<FieldMessage> out;
    const ObjectPath base{QStringLiteral("data"), m_key};
    if (m_parseError) {
        out.append({base, m_parseError->toString()});
        return out;
    }
    const QJsonObject cfg = config();
    const QString version = cfg.value(QStringLiteral("version")).toString();
    if (version != u"v1")
        out.append({base + QStringList{QStringLiteral("version")},
                    version.isEmpty() ? tr("no version: the device plugin reads version v1")
                                      : tr("version “%1”: the device plugin reads v1 only").arg(version)});
    const QJsonObject slicing = cfg.value(kSharing).toObject().value(kTimeSlicing).toObject();
    const ObjectPath slicingPath = base + QStringList{kSharing, kTimeSlicing};
    if (!slicing.value(QStringLiteral("strategy")).toString().isEmpty())
        out.append({slicingPath + QStringList{QStringLiteral("strategy")},
                    tr("unknown time-slicing strategy “%1”").arg(slicing.value(QStringLiteral("strategy")).toString())});
    if (m_rows.isEmpty())
        out.append({slicingPath + QStringList{kResources}, tr("no resources: the device plugin refuses the config")});
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RowProblems p = problemsOf(int(i));
        const ObjectPath row = slicingPath + QStringList{kResources, indexSegment(i)};
        for (const QString &m : p.name)
            out.append({row + QStringList{kName}, m});
        for (const QString &m : p.replicas)
            out.append({row + QStringList{kReplicas}, m});
        for (const QString &m : p.rename)
            out.append({row + QStringList{kRename}, m});
        for (const QString &m : p.devices)
            out.append({row + QStringList{kDevices}, m});
        for (const QString &m : p.warnings)
            out.append({row, m, FieldMessage::Severity::Warning});
    }
    return out;
}

} // namespace fc::editors
