#include "model/cluster/ResourceTableModel.h"

#include <QColor>

namespace fc {

ResourceTableModel::ResourceTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ResourceTableModel::setStore(ResourceStore *store)
{
    resetStores(store ? QList<ResourceStore *>{store} : QList<ResourceStore *>{}, store, false);
}

void ResourceTableModel::setStores(const QList<ResourceStore *> &stores, ResourceStore *primary)
{
    resetStores(stores, primary, true);
}

void ResourceTableModel::resetStores(const QList<ResourceStore *> &stores, ResourceStore *primary, bool multi)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_stores.clear();
    for (ResourceStore *s : stores)
        if (s)
            m_stores.append(s);
    m_store = primary && stores.contains(primary) ? primary : stores.value(0);
    m_multi = multi;
    if (m_store) {
        m_kind = m_store->kind();
        m_columns = columnsFor(m_store->type());
        if (multi)
            m_columns.prepend(QStringLiteral("CLUSTER"));
        for (const auto &s : std::as_const(m_stores))
            connectStore(s);
    } else {
        m_columns.clear();
    }
    endResetModel();
}

void ResourceTableModel::connectStore(ResourceStore *store)
{
    // a store's rows are a contiguous block: its ranges shift by the rows of the stores before it
    m_connections << connect(store, &ResourceStore::rowsAboutToBeInserted, this, [this, store](int f, int l) {
        const int o = offsetOf(store);
        beginInsertRows({}, o + f, o + l);
    });
    m_connections << connect(store, &ResourceStore::rowsInserted, this, [this] { endInsertRows(); });
    m_connections << connect(store, &ResourceStore::rowsAboutToBeRemoved, this, [this, store](int f, int l) {
        const int o = offsetOf(store);
        beginRemoveRows({}, o + f, o + l);
    });
    m_connections << connect(store, &ResourceStore::rowsRemoved, this, [this] { endRemoveRows(); });
    m_connections << connect(store, &ResourceStore::rowsChanged, this, [this, store](int f, int l) {
        const int o = offsetOf(store);
        Q_EMIT dataChanged(index(o + f, 0), index(o + l, columnCount() - 1));
    });
    m_connections << connect(store, &ResourceStore::aboutToReset, this, [this] { beginResetModel(); });
    m_connections << connect(store, &ResourceStore::resetDone, this, [this] { endResetModel(); });
    m_connections << connect(store, &QObject::destroyed, this, [this, store] {
        beginResetModel();
        m_stores.removeIf([store](const QPointer<ResourceStore> &s) { return !s || s.data() == store; });
        if (!m_store || m_store.data() == store)
            m_store = m_stores.value(0);
        endResetModel();
    });
}

void ResourceTableModel::setPrimary(ResourceStore *primary)
{
    for (const auto &s : std::as_const(m_stores))
        if (s.data() == primary)
            m_store = primary;
}

QList<ResourceStore *> ResourceTableModel::stores() const
{
    QList<ResourceStore *> out;
    for (const auto &s : m_stores)
        if (s)
            out << s.data();
    return out;
}

int ResourceTableModel::offsetOf(const ResourceStore *store) const
{
    int offset = 0;
    for (const auto &s : m_stores) {
        if (s.data() == store)
            return offset;
        if (s)
            offset += s->size();
    }
    return offset;
}

ResourceStore *ResourceTableModel::locate(int row, int *local) const
{
    if (row < 0)
        return nullptr;
    for (const auto &s : m_stores) {
        if (!s)
            continue;
        if (row < s->size()) {
            *local = row;
            return s.data();
        }
        row -= s->size();
    }
    return nullptr;
}

const ObjectSummary *ResourceTableModel::objectAt(int row) const
{
    int local = 0;
    const ResourceStore *s = locate(row, &local);
    return s ? &s->at(local) : nullptr;
}

QString ResourceTableModel::clusterAt(int row) const
{
    int local = 0;
    const ResourceStore *s = locate(row, &local);
    return s ? s->cluster() : QString();
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    int n = 0;
    for (const auto &s : m_stores)
        if (s)
            n += s->size();
    return n;
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QStringList &ResourceTableModel::columnsFor(Kind kind)
{
    auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    static const QStringList pod = l({"NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE"});
    static const QStringList node = l({"NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "GPU"});
    static const QStringList ns = l({"NAME", "STATUS", "AGE"});
    static const QStringList deployment = l({"NAMESPACE", "NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"});
    static const QStringList daemonSet = l({"NAMESPACE", "NAME", "DESIRED", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"});
    static const QStringList statefulSet = l({"NAMESPACE", "NAME", "READY", "AGE"});
    static const QStringList service = l({"NAMESPACE", "NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"});
    static const QStringList configMap = l({"NAMESPACE", "NAME", "DATA", "AGE"});
    static const QStringList secret = l({"NAMESPACE", "NAME", "TYPE", "DATA", "AGE"});
    static const QStringList event = l({"NAMESPACE", "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"});
    static const QStringList none;
    switch (kind) {
    case Kind::Pod: return pod;
    case Kind::Node: return node;
    case Kind::Namespace: return ns;
    case Kind::Deployment: return deployment;
    case Kind::DaemonSet: return daemonSet;
    case Kind::StatefulSet: return statefulSet;
    case Kind::Service: return service;
    case Kind::ConfigMap: return configMap;
    case Kind::Secret: return secret;
    case Kind::Event: return event;
    case Kind::Other: return none; // columnsFor(const ResourceType &) knows whether it is namespaced
    }
    return none;
}

QDateTime ResourceTableModel::nowFor(int column) const
{
    // the clock only for the columns that show an age: the rest are asked for per sort comparison
    const QString &name = m_columns.value(column);
    return name == u"AGE" || name == u"LAST SEEN" ? m_clock() : QDateTime();
}

QStringList ResourceTableModel::columnsFor(const ResourceType &type)
{
    if (type.builtin)
        return columnsFor(*type.builtin);
    // kinds without columns of their own (CRDs): what kubectl shows for them without printer columns
    if (type.namespaced)
        return {QStringLiteral("NAMESPACE"), QStringLiteral("NAME"), QStringLiteral("AGE")};
    return {QStringLiteral("NAME"), QStringLiteral("AGE")};
}

int ResourceTableModel::namespaceColumn() const { return int(m_columns.indexOf(QStringLiteral("NAMESPACE"))); }
int ResourceTableModel::nameColumn() const { return int(m_columns.indexOf(QStringLiteral("NAME"))); }

QString ResourceTableModel::formatAge(qint64 s)
{
    if (s < 0)
        s = 0;
    const qint64 m = s / 60, h = s / 3600, d = s / 86400;
    if (s < 120)
        return QString::number(s) + u's';
    if (m < 10)
        return s % 60 ? QStringLiteral("%1m%2s").arg(m).arg(s % 60) : QStringLiteral("%1m").arg(m);
    if (h < 3)
        return QStringLiteral("%1m").arg(m);
    if (h < 8)
        return m % 60 ? QStringLiteral("%1h%2m").arg(h).arg(m % 60) : QStringLiteral("%1h").arg(h);
    if (h < 48)
        return QStringLiteral("%1h").arg(h);
    if (h < 192)
        return h % 24 ? QStringLiteral("%1d%2h").arg(d).arg(h % 24) : QStringLiteral("%1d").arg(d);
    if (d < 365 * 2)
        return QStringLiteral("%1d").arg(d);
    if (d < 365 * 8)
        return d % 365 ? QStringLiteral("%1y%2d").arg(d / 365).arg(d % 365) : QStringLiteral("%1y").arg(d / 365);
    return QStringLiteral("%1y").arg(d / 365);
}

namespace {
QString gpuCount(const Quantities &q)
{
    qint64 total = 0;
    for (auto it = q.cbegin(); it != q.cend(); ++it)
        if (it.key() == u"nvidia.com/gpu" || it.key() == u"nvidia.com/gpu.shared" || it.key().startsWith(u"nvidia.com/mig-"))
            total += it.value();
    return total ? QString::number(total / 1000) : QStringLiteral("-");
}

QString servicePorts(const ServiceInfo &s)
{
    QStringList out;
    for (const auto &p : s.ports) {
        QString t = QString::number(p.port);
        if (p.nodePort)
            t += u':' + QString::number(p.nodePort);
        out.append(t + u'/' + p.protocol);
    }
    return out.isEmpty() ? QStringLiteral("<none>") : out.join(u',');
}
} // namespace

QString ResourceTableModel::cell(const ObjectSummary &o, const QString &c, const QDateTime &now, QVariant *sortValue)
{
    auto ret = [&](const QString &text, const QVariant &raw = {}) {
        if (sortValue)
            *sortValue = raw.isValid() ? raw : QVariant(text);
        return text;
    };
    if (c == u"NAME")
        return ret(o.name);
    if (c == u"NAMESPACE")
        return ret(o.namespace_);
    if (c == u"AGE") {
        const qint64 secs = o.created.isValid() ? o.created.secsTo(now) : 0;
        return ret(o.created.isValid() ? formatAge(secs) : QStringLiteral("<unknown>"), o.created);
    }
    switch (o.kind) {
    case Kind::Pod: {
        const PodInfo &p = *o.pod();
        if (c == u"READY")
            return ret(QStringLiteral("%1/%2").arg(p.ready).arg(p.total), p.total ? double(p.ready) / p.total : 0.0);
        if (c == u"STATUS")
            return ret(p.status);
        if (c == u"RESTARTS")
            return ret(QString::number(p.restarts), p.restarts);
        if (c == u"IP")
            return ret(p.podIP.isEmpty() ? QStringLiteral("<none>") : p.podIP);
        if (c == u"NODE")
            return ret(p.node.isEmpty() ? QStringLiteral("<none>") : p.node);
        break;
    }
    case Kind::Namespace:
        if (c == u"STATUS")
            return ret(o.pod() ? o.pod()->status : QString());
        break;
    case Kind::Node: {
        const NodeInfo &n = *o.node();
        if (c == u"STATUS") {
            QString s = n.ready ? QStringLiteral("Ready") : QStringLiteral("NotReady");
            if (n.unschedulable)
                s += QStringLiteral(",SchedulingDisabled");
            return ret(s);
        }
        if (c == u"ROLES")
            return ret(n.roles.isEmpty() ? QStringLiteral("<none>") : n.roles.join(u','));
        if (c == u"VERSION")
            return ret(n.kubeletVersion);
        if (c == u"INTERNAL-IP")
            return ret(n.internalIP.isEmpty() ? QStringLiteral("<none>") : n.internalIP);
        if (c == u"GPU") {
            const QString g = gpuCount(n.capacity);
            return ret(g, g == u"-" ? 0 : g.toInt());
        }
        break;
    }
    case Kind::Deployment:
    case Kind::DaemonSet:
    case Kind::StatefulSet: {
        const WorkloadInfo &w = *o.workload();
        if (c == u"READY")
            return ret(o.kind == Kind::DaemonSet ? QString::number(w.ready) : QStringLiteral("%1/%2").arg(w.ready).arg(w.desired),
                       w.ready);
        if (c == u"DESIRED")
            return ret(QString::number(w.desired), w.desired);
        if (c == u"UP-TO-DATE")
            return ret(QString::number(w.upToDate), w.upToDate);
        if (c == u"AVAILABLE")
            return ret(QString::number(w.available), w.available);
        break;
    }
    case Kind::Service: {
        const ServiceInfo &s = *o.service();
        if (c == u"TYPE")
            return ret(s.type);
        if (c == u"CLUSTER-IP")
            return ret(s.clusterIP);
        if (c == u"EXTERNAL-IP")
            return ret(s.externalIPs.isEmpty() ? QStringLiteral("<none>") : s.externalIPs.join(u','));
        if (c == u"PORT(S)")
            return ret(servicePorts(s));
        break;
    }
    case Kind::ConfigMap:
        if (c == u"DATA") {
            // Helm's ConfigMap driver: the release is decoded, the storage's keys are kept
            const int n = o.helmRelease() ? int(o.helmRelease()->storage.keys.size())
                                          : int(o.configMap()->data.size() + o.configMap()->binaryKeys.size());
            return ret(QString::number(n), n);
        }
        break;
    case Kind::Secret: {
        // a helm.sh/release.v1 Secret carries the release it stores and the storage's type and keys
        const SecretInfo &secret = o.helmRelease() ? o.helmRelease()->storage : *o.secret();
        if (c == u"TYPE")
            return ret(secret.type);
        if (c == u"DATA")
            return ret(QString::number(secret.keys.size()), int(secret.keys.size()));
        break;
    }
    case Kind::Event: {
        const EventInfo &e = *o.event();
        if (c == u"LAST SEEN")
            return ret(e.lastTimestamp.isValid() ? formatAge(e.lastTimestamp.secsTo(now)) : QStringLiteral("<unknown>"),
                       e.lastTimestamp);
        if (c == u"TYPE")
            return ret(e.type);
        if (c == u"REASON")
            return ret(e.reason);
        if (c == u"OBJECT")
            return ret(e.involvedKind.toLower() + u'/' + e.involvedName);
        if (c == u"MESSAGE")
            return ret(e.message);
        break;
    }
    case Kind::Other: break; // NAMESPACE, NAME and AGE only, above
    }
    return ret({});
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    int local = 0;
    const ResourceStore *store = index.isValid() ? locate(index.row(), &local) : nullptr;
    if (!store)
        return {};
    const ObjectSummary &o = store->at(local);
    const bool clusterColumn = m_multi && index.column() == 0;
    switch (role) {
    case Qt::DisplayRole:
        if (clusterColumn)
            return store->cluster();
        return cell(o, m_columns.value(index.column()), nowFor(index.column()));
    case SortRole: {
        if (clusterColumn)
            return store->cluster();
        QVariant raw;
        cell(o, m_columns.value(index.column()), nowFor(index.column()), &raw);
        return raw;
    }
    case ClusterRole:
        return store->cluster();
    case UidRole:
        return o.uid;
    case NamespaceRole:
        return o.namespace_;
    case NameRole:
        return o.name;
    case StatusRole:
        if (const PodInfo *p = o.pod())
            return p->status;
        if (const NodeInfo *n = o.node())
            return n->ready ? QStringLiteral("Ready") : QStringLiteral("NotReady");
        return {};
    case StatusLevelRole: {
        const StatusLevel level = statusLevel(index);
        return level == StatusLevel::None ? QVariant() : QVariant(int(level));
    }
    case Qt::ForegroundRole:
        switch (statusLevel(index)) {
        case StatusLevel::Ok: return QColor(0x2e, 0x7d, 0x32);
        case StatusLevel::Progressing: return QColor(0xb2, 0x6a, 0x00);
        case StatusLevel::Failed: return QColor(0xc6, 0x28, 0x28);
        case StatusLevel::Unknown: return QColor(0x75, 0x75, 0x75);
        case StatusLevel::None: break;
        }
        return {};
    default:
        return {};
    }
}

StatusLevel ResourceTableModel::statusLevel(const QModelIndex &index) const
{
    if (m_columns.value(index.column()) != u"STATUS" && m_columns.value(index.column()) != u"TYPE")
        return StatusLevel::None;
    const QString s = data(index, StatusRole).toString();
    if (s == u"Running" || s == u"Ready" || s == u"Completed" || s == u"Succeeded")
        return StatusLevel::Ok;
    if (s == u"Pending" || s == u"ContainerCreating" || s == u"Terminating" || s.startsWith(u"Init:"))
        return StatusLevel::Progressing;
    if (!s.isEmpty())
        return StatusLevel::Failed;
    const ObjectSummary *o = objectAt(index.row());
    if (!o)
        return StatusLevel::None;
    if (const EventInfo *e = o->event(); e && e->type == u"Warning")
        return StatusLevel::Failed;
    return StatusLevel::None;
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace fc
