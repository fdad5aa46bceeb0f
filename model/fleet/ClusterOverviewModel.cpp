#include "model/fleet/ClusterOverviewModel.h"

#include "model/cluster/Informer.h"
#include "model/common/StatusLevel.h"
#include "model/gpu/GpuArithmetic.h"

#include <QTimer>

namespace fc {

namespace {
constexpr int kReadDelayMs = 250; // store batches arrive every ~30 ms: counts are re-read at most this often

bool waiting(ConnectionState state)
{
    return state == ConnectionState::Reconnecting || state == ConnectionState::Unreachable;
}
} // namespace

ClusterOverviewModel::ClusterOverviewModel(QObject *parent)
    : QAbstractTableModel(parent), m_readTimer(new QTimer(this)), m_countdown(new QTimer(this)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(kReadDelayMs);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> pending = std::exchange(m_readPending, {});
        for (const QString &context : pending)
            readStores(context);
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ClusterOverviewModel::updateCountdown);
}

ClusterOverviewModel::~ClusterOverviewModel()
{
    for (Row &r : m_rows)
        for (const auto &c : std::as_const(r.connections))
            disconnect(c);
}

void ClusterOverviewModel::setContexts(const QList<ContextEntry> &contexts)
{
    // contexts that went from the kubeconfig leave unless open; new ones are appended in order
    QSet<QString> names;
    for (const ContextEntry &e : contexts)
        names.insert(e.name);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (names.contains(m_rows[row].entry.name) || m_rows[row].open)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const ContextEntry &e : contexts) {
        const int row = rowOf(e.name);
        if (row >= 0) {
            m_rows[row].entry = e;
            changed(row);
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        Row r;
        r.entry = e;
        m_rows.append(r);
        endInsertRows();
    }
}

void ClusterOverviewModel::attach(Informer *informer)
{
    const QString context = informer->cluster();
    int row = rowOf(context);
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        Row r;
        r.entry.name = context;
        m_rows.append(r);
        endInsertRows();
    }
    Row &r = m_rows[row];
    for (const auto &c : std::as_const(r.connections))
        disconnect(c);
    r.connections.clear();
    r.open = true;
    r.informer = informer;
    Live live;
    if (ClusterConnection *connection = informer->connection()) {
        live.state = connection->state();
        live.nextRetry = connection->nextRetry();
        live.version = connection->serverVersion();
        auto follow = [this, context, connection](std::optional<ConnectionState> state, const QString &detail) {
            const int i = rowOf(context);
            if (i < 0)
                return;
            Live l = m_rows[i].live;
            if (state) {
                l.state = *state;
                if (!detail.isEmpty() || *state == ConnectionState::Connected)
                    l.detail = detail;
            }
            l.nextRetry = connection->nextRetry();
            l.version = connection->serverVersion();
            setLive(context, l);
        };
        r.connections << connect(connection, &ClusterConnection::stateChanged, this,
                                 [follow](ConnectionState state, const QString &detail) { follow(state, detail); });
        // the server's version comes with discovery, after the state turned "connected"
        r.connections << connect(connection, &ClusterConnection::discoveryReady, this, [follow] { follow(std::nullopt, {}); });
    }
    for (Kind kind : {Kind::Node, Kind::Pod}) {
        ResourceStore *store = informer->store(kind);
        auto read = [this, context] { scheduleRead(context); };
        r.connections << connect(store, &ResourceStore::batchApplied, this, read);
        r.connections << connect(store, &ResourceStore::rowsRemoved, this, read);
        r.connections << connect(store, &ResourceStore::resetDone, this, read);
        r.connections << connect(store, &ResourceStore::accessChanged, this, read);
        r.connections << connect(store, &ResourceStore::syncedChanged, this, read);
    }
    setLive(context, live); // the counts follow from the stores
    readStores(context);
}

void ClusterOverviewModel::detach(const QString &context)
{
    const int row = rowOf(context);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    for (const auto &c : std::as_const(r.connections))
        disconnect(c);
    r.connections.clear();
    r.open = false;
    r.informer.clear();
    r.live = Live{};
    r.certificatesKnown = false;
    r.certificatesError.clear();
    r.federations.clear();
    r.gpuNodes = false;
    r.gpusHeld = r.gpusAllocatable = 0;
    changed(row);
    updateCountdown();
}

void ClusterOverviewModel::setLive(const QString &context, const Live &live)
{
    const int row = rowOf(context);
    if (row < 0 || (m_rows[row].open && m_rows[row].live == live))
        return;
    m_rows[row].open = true;
    m_rows[row].live = live;
    changed(row);
    updateCountdown();
}

void ClusterOverviewModel::scheduleRead(const QString &context)
{
    m_readPending.insert(context);
    if (!m_readTimer->isActive())
        m_readTimer->start();
}

void ClusterOverviewModel::readStores(const QString &context)
{
    const int row = rowOf(context);
    if (row < 0 || !m_rows[row].informer)
        return;
    Informer *informer = m_rows[row].informer;
    Live live = m_rows[row].live;
    auto count = [](ResourceStore *store, int *n, QString *hidden) {
        const StoreAccess &access = store->access();
        hidden->clear();
        if (access.scope == StoreAccess::Scope::None) {
            *n = -1;
            *hidden = access.reason.isEmpty() ? QStringLiteral("-") : access.reason;
            return;
        }
        *n = store->synced() || store->size() > 0 ? store->size() : -1;
        if (access.scope == StoreAccess::Scope::Namespaces)
            *hidden = tr("only the namespaces %1 may be listed: %2").arg(access.namespaces.join(QStringLiteral(", ")), access.reason);
    };
    count(informer->store(Kind::Node), &live.nodes, &live.nodesHidden);
    count(informer->store(Kind::Pod), &live.pods, &live.podsHidden);
    setLive(context, live);
}

void ClusterOverviewModel::setPinned(const QStringList &contexts)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool pinned = contexts.contains(m_rows[row].entry.name);
        if (m_rows[row].pinned != pinned) {
            m_rows[row].pinned = pinned;
            changed(row, ContextColumn, ContextColumn);
        }
    }
}

QStringList ClusterOverviewModel::pinned() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.pinned)
            out << r.entry.name;
    return out;
}

void ClusterOverviewModel::setFederations(const QList<Federation> &federations)
{
    QHash<QString, QStringList> byCluster;
    for (const Federation &f : federations) {
        QSet<QString> clusters;
        for (const Party &p : f.parties)
            clusters.insert(p.cluster);
        for (const QString &c : std::as_const(clusters))
            byCluster[c] << f.name;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList names = m_rows[row].open ? byCluster.value(m_rows[row].entry.name) : QStringList();
        names.sort();
        if (m_rows[row].federations != names) {
            m_rows[row].federations = names;
            changed(row, FederationsColumn, FederationsColumn);
        }
    }
}

void ClusterOverviewModel::setGpus(const QList<GpuModel::NodeRow> &rows)
{
    struct Totals {
        qint64 held = 0, allocatable = 0;
        bool any = false;
    };
    QHash<QString, Totals> byCluster;
    for (const GpuModel::NodeRow &n : rows) {
        Totals &t = byCluster[n.cluster];
        t.held += n.requested();
        t.allocatable += n.allocatable();
        t.any = true;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const Totals t = r.open ? byCluster.value(r.entry.name) : Totals{};
        if (r.gpusHeld != t.held || r.gpusAllocatable != t.allocatable || r.gpuNodes != t.any) {
            r.gpusHeld = t.held;
            r.gpusAllocatable = t.allocatable;
            r.gpuNodes = t.any;
            changed(row, GpusColumn, GpusColumn);
        }
    }
}

void ClusterOverviewModel::setCertificateWarnings(const QString &context, const ExpirySummary &summary, const QString &error)
{
    const int row = rowOf(context);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.certificatesKnown && r.certificates.expired == summary.expired && r.certificates.expiring == summary.expiring
        && r.certificates.items == summary.items && r.certificatesError == error)
        return;
    r.certificates = summary;
    r.certificatesKnown = true;
    r.certificatesError = error;
    changed(row, CertificatesColumn, CertificatesColumn);
}

int ClusterOverviewModel::rowOf(const QString &context) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].entry.name == context)
            return row;
    return -1;
}

QString ClusterOverviewModel::contextAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].entry.name : QString();
}

bool ClusterOverviewModel::isOpen(const QString &context) const
{
    const int row = rowOf(context);
    return row >= 0 && m_rows[row].open;
}

QString ClusterOverviewModel::stateName(const Row &r) const
{
    if (!r.open)
        return r.entry.problem.isEmpty() ? QStringLiteral("not open") : QStringLiteral("invalid");
    switch (r.live.state) {
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Connected: return QStringLiteral("reachable");
    case ConnectionState::Reconnecting: return QStringLiteral("reconnecting");
    case ConnectionState::Unauthorized: return QStringLiteral("unauthorized");
    case ConnectionState::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

QString ClusterOverviewModel::stateText(const Row &r) const
{
    if (!r.open)
        return r.entry.problem.isEmpty() ? tr("not open") : tr("cannot be opened: %1").arg(r.entry.problem);
    switch (r.live.state) {
    case ConnectionState::Connecting: return tr("connecting…");
    case ConnectionState::Connected: return tr("reachable");
    default: break;
    }
    QString text = connectionProblem(r.live.state, r.live.detail);
    if (waiting(r.live.state) && r.live.nextRetry.isValid()) {
        const qint64 seconds = (m_now().msecsTo(r.live.nextRetry) + 999) / 1000;
        if (seconds > 0)
            text += tr(" — next attempt in %n s", nullptr, int(seconds));
    }
    return text;
}

QString ClusterOverviewModel::summary() const
{
    QMap<QString, int> counts;
    for (const Row &r : m_rows)
        ++counts[stateName(r)];
    QStringList parts;
    const QList<std::pair<QString, QString>> order = {
        {QStringLiteral("reachable"), tr("%n reachable", nullptr, counts.value(QStringLiteral("reachable")))},
        {QStringLiteral("connecting"), tr("%n connecting", nullptr, counts.value(QStringLiteral("connecting")))},
        {QStringLiteral("reconnecting"), tr("%n reconnecting", nullptr, counts.value(QStringLiteral("reconnecting")))},
        {QStringLiteral("unauthorized"), tr("%n unauthorized", nullptr, counts.value(QStringLiteral("unauthorized")))},
        {QStringLiteral("unreachable"), tr("%n unreachable", nullptr, counts.value(QStringLiteral("unreachable")))},
        {QStringLiteral("invalid"), tr("%n cannot be opened", nullptr, counts.value(QStringLiteral("invalid")))},
        {QStringLiteral("not open"), tr("%n not open", nullptr, counts.value(QStringLiteral("not open")))},
    };
    for (const auto &[name, text] : order)
        if (counts.value(name) > 0)
            parts << text;
    const QString head = m_rows.size() == 1 ? tr("1 context") : tr("%1 contexts").arg(m_rows.size());
    return parts.isEmpty() ? head : head + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

void ClusterOverviewModel::changed(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void ClusterOverviewModel::updateCountdown()
{
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (!r.open || !waiting(r.live.state))
            continue;
        // the connection notes its next attempt just after it reports the state: read it each second
        any = true;
        if (r.informer && r.informer->connection())
            r.live.nextRetry = r.informer->connection()->nextRetry();
        if (r.live.nextRetry.isValid() && r.live.nextRetry > m_now().addSecs(-1)) // one more, for "0 s" to go
            changed(row, StateColumn, StateColumn);
    }
    if (any && !m_countdown->isActive())
        m_countdown->start();
    else if (!any)
        m_countdown->stop();
}

int ClusterOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case ContextRole: return r.entry.name;
    case OpenRole: return r.open;
    case PinnedRole: return r.pinned;
    case StateNameRole: return stateName(r);
    default: break;
    }
    const int column = index.column();
    // open but not answering: what was seen before stays (as last seen), nothing is made up
    const bool unreadable = r.open && !connectionProblem(r.live.state, {}).isEmpty();
    const bool neverSeen = r.live.nodes < 0 && r.live.pods < 0;
    const bool totalsColumn = column == NodesColumn || column == PodsColumn || column == GpusColumn || column == FederationsColumn;
    if (role == StatusLevelRole) {
        if (column == StateColumn) {
            if (!r.open)
                return r.entry.problem.isEmpty() ? QVariant() : QVariant(int(StatusLevel::Failed));
            switch (r.live.state) {
            case ConnectionState::Connected: return int(StatusLevel::Ok);
            case ConnectionState::Connecting: return int(StatusLevel::Progressing);
            case ConnectionState::Reconnecting: return int(StatusLevel::Unknown);
            case ConnectionState::Unauthorized:
            case ConnectionState::Unreachable: return int(StatusLevel::Failed);
            }
        }
        if (column == CertificatesColumn && r.certificatesKnown && r.certificates.count() > 0)
            return int(r.certificates.expired > 0 ? StatusLevel::Failed : StatusLevel::Progressing);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (unreadable && totalsColumn)
            return neverSeen ? tr("the cluster cannot be read: nothing was listed")
                             : tr("the cluster cannot be read now: as last seen");
        switch (column) {
        case StateColumn: return stateText(r);
        case NodesColumn: return r.live.nodesHidden == u"-" ? tr("the server refused the list") : r.live.nodesHidden;
        case PodsColumn: return r.live.podsHidden == u"-" ? tr("the server refused the list") : r.live.podsHidden;
        case CertificatesColumn:
            if (!r.certificatesError.isEmpty())
                return r.certificatesError;
            return r.certificates.count() ? r.certificates.items.mid(0, 15).join(u'\n') : QString();
        case FederationsColumn: return r.federations.join(u'\n');
        case ContextColumn:
            return r.pinned ? tr("%1 — pinned: opened at start").arg(r.entry.name) : r.entry.name;
        default: return {};
        }
    }
    if (role == Qt::CheckStateRole && column == ContextColumn) // the check box pins the context
        return r.pinned ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole && column == ContextColumn)
        return r.pinned ? tr("%1, pinned").arg(r.entry.name) : r.entry.name;
    if (role != Qt::DisplayRole)
        return {};
    auto countText = [&](int n, const QString &hidden, bool partial) -> QString {
        if (!r.open)
            return {};
        if (n < 0)
            return unreadable ? QStringLiteral("—") : hidden.isEmpty() ? QStringLiteral("…") : tr("hidden");
        return partial ? tr("%1 (some namespaces)").arg(n) : QString::number(n);
    };
    switch (column) {
    case ContextColumn: return r.entry.name;
    case StateColumn: return stateText(r);
    case VersionColumn: return r.open ? r.live.version : QString();
    case NodesColumn: return countText(r.live.nodes, r.live.nodesHidden, r.live.nodes >= 0 && !r.live.nodesHidden.isEmpty());
    case PodsColumn: return countText(r.live.pods, r.live.podsHidden, r.live.pods >= 0 && !r.live.podsHidden.isEmpty());
    case GpusColumn:
        if (!r.open)
            return {};
        if (unreadable && neverSeen)
            return QStringLiteral("—");
        return r.gpuNodes ? tr("%1 of %2 held").arg(gpu::devicesText(r.gpusHeld), gpu::devicesText(r.gpusAllocatable)) : tr("none");
    case FederationsColumn:
        if (!r.open)
            return {};
        if (unreadable && neverSeen)
            return QStringLiteral("—");
        return r.federations.isEmpty() ? tr("none") : r.federations.join(QStringLiteral(", "));
    case CertificatesColumn:
        if (!r.certificatesKnown)
            return {};
        if (!r.certificatesError.isEmpty() && r.certificates.count() == 0)
            return tr("could not be read");
        if (r.certificates.count() == 0)
            return tr("none expiring");
        if (r.certificates.expired > 0)
            return QString(tr("%n expired", nullptr, r.certificates.expired)
                           + (r.certificates.expiring ? QStringLiteral(", ") + tr("%n expiring", nullptr, r.certificates.expiring) : QString()));
        return tr("%n expiring", nullptr, r.certificates.expiring);
    case ServerColumn: return r.entry.server;
    }
    return {};
}

Qt::ItemFlags ClusterOverviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ContextColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ClusterOverviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ContextColumn || role != Qt::CheckStateRole)
        return false;
    const bool pinned = value.toInt() == Qt::Checked;
    Row &r = m_rows[index.row()];
    if (r.pinned == pinned)
        return true;
    r.pinned = pinned;
    changed(index.row(), ContextColumn, ContextColumn);
    Q_EMIT pinnedChanged(this->pinned());
    return true;
}

QVariant ClusterOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContextColumn: return tr("Context");
    case StateColumn: return tr("State");
    case VersionColumn: return tr("Version");
    case NodesColumn: return tr("Nodes");
    case PodsColumn: return tr("Pods");
    case GpusColumn: return tr("GPUs");
    case FederationsColumn: return tr("Federations");
    case CertificatesColumn: return tr("Certificates");
    case ServerColumn: return tr("Server");
    }
    return {};
}

} // namespace fc
