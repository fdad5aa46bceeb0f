#include "model/pki/ClusterCertificateModel.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/pki/ChainVerifier.h"
#include "model/pki/SecretCertificates.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRunnable>
#include <QSet>
#include <QThreadPool>

#include <algorithm>

namespace fc {

namespace {

constexpr int kPageSize = 250;

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QJsonObject obj(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject(); }
QJsonArray arr(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); }

void verifyEntry(ClusterCertificateEntry &e, const QList<pki::Certificate> &anchors,
                 const QList<pki::Certificate> &intermediates, const pki::Clock &clock)
{
    if (anchors.isEmpty()) {
        e.chainOk = false;
        e.chainMessage = QObject::tr("no known CA to verify against");
        return;
    }
    QList<pki::Certificate> untrusted = intermediates;
    for (const pki::Certificate &c : std::as_const(e.secretCertificates))
        if (!(c == e.certificate))
            untrusted << c;
    auto r = pki::verifyChain(e.certificate, untrusted, anchors, clock);
    e.chainOk = r.ok();
    e.chainMessage = r.ok() ? QString() : r.error().message;
}

} // namespace

// ---- pure parts ---------------------------------------------------------------------------------

QList<PodSecretReference> secretReferencesOfPod(const QJsonObject &pod)
{
    QList<PodSecretReference> out;
    auto add = [&out](const QString &secret, const char *how) {
        const PodSecretReference ref{secret, QString::fromLatin1(how)};
        if (!secret.isEmpty() && !out.contains(ref))
            out << ref;
    };
    const QJsonObject spec = obj(pod, "spec");
    for (const QJsonValue &v : arr(spec, "volumes")) {
        const QJsonObject volume = v.toObject();
        if (volume.contains(QLatin1String("secret")))
            add(str(obj(volume, "secret"), "secretName"), "volume");
        for (const QJsonValue &s : arr(obj(volume, "projected"), "sources"))
            if (s.toObject().contains(QLatin1String("secret")))
                add(str(obj(s.toObject(), "secret"), "name"), "projected");
    }
    for (const char *list : {"initContainers", "containers", "ephemeralContainers"}) {
        for (const QJsonValue &c : arr(spec, list)) {
            const QJsonObject container = c.toObject();
            for (const QJsonValue &ef : arr(container, "envFrom"))
                if (ef.toObject().contains(QLatin1String("secretRef")))
                    add(str(obj(ef.toObject(), "secretRef"), "name"), "envFrom");
            for (const QJsonValue &env : arr(container, "env")) {
                const QJsonObject from = obj(env.toObject(), "valueFrom");
                if (from.contains(QLatin1String("secretKeyRef")))
                    add(str(obj(from, "secretKeyRef"), "name"), "env");
            }
        }
    }
    return out;
}

QHash<QString, QStringList> podsBySecret(const QList<QJsonObject> &pods)
{
    QHash<QString, QStringList> out;
    for (const QJsonObject &pod : pods) {
        const QJsonObject meta = obj(pod, "metadata");
        const QString ns = str(meta, "namespace");
        const QString name = str(meta, "name");
        for (const PodSecretReference &ref : secretReferencesOfPod(pod)) {
            QStringList &names = out[ns + u'/' + ref.secret];
            if (!names.contains(name))
                names << name;
        }
    }
    for (QStringList &names : out)
        names.sort();
    return out;
}

QString ClusterCertificateEntry::id() const
{
    return namespace_ + u'/' + secretName + u'/' + key + u'#' + QString::number(index);
}

QList<ClusterCertificateEntry> clusterCertificateEntries(const QList<QJsonObject> &secrets, const QList<QJsonObject> &pods)
{
    const QHash<QString, QStringList> users = podsBySecret(pods);
    QList<ClusterCertificateEntry> out;
    for (const QJsonObject &secret : secrets) {
        const QList<SecretCertificateEntry> found = certificatesInSecret(secret);
        if (found.isEmpty())
            continue;
        const QJsonObject meta = obj(secret, "metadata");
        QList<pki::Certificate> all;
        for (const SecretCertificateEntry &f : found)
            all << f.certificate;
        for (const SecretCertificateEntry &f : found) {
            ClusterCertificateEntry e;
            e.namespace_ = str(meta, "namespace");
            e.secretName = str(meta, "name");
            e.secretType = str(secret, "type");
            e.key = f.key;
            e.index = f.index;
            e.certificate = f.certificate;
            e.info = f.certificate.info();
            e.secretCertificates = all;
            e.mountedBy = users.value(e.namespace_ + u'/' + e.secretName);
            out << e;
        }
    }
    std::sort(out.begin(), out.end(), [](const ClusterCertificateEntry &a, const ClusterCertificateEntry &b) {
        return std::tie(a.namespace_, a.secretName, a.key, a.index) < std::tie(b.namespace_, b.secretName, b.key, b.index);
    });
    return out;
}

// ---- the model ----------------------------------------------------------------------------------

ClusterCertificateModel::ClusterCertificateModel(ClusterConnection *connection, const pki::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_objects(std::make_unique<ObjectClient>(connection)), m_clock(clock)
{
}

ClusterCertificateModel::~ClusterCertificateModel() = default;

void ClusterCertificateModel::setNamespace(const QString &ns)
{
    m_namespace = ns;
}

void ClusterCertificateModel::setKnownCas(const QList<pki::Certificate> &cas)
{
    m_anchors.clear();
    m_intermediates.clear();
    for (const pki::Certificate &c : cas)
        (c.info().selfSigned ? m_anchors : m_intermediates) << c;
    updateTimeDependent();
}

void ClusterCertificateModel::verify(ClusterCertificateEntry &entry) const
{
    verifyEntry(entry, m_anchors, m_intermediates, m_clock);
}

void ClusterCertificateModel::updateTimeDependent()
{
    for (ClusterCertificateEntry &e : m_rows)
        verify(e);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NotAfterColumn), index(int(m_rows.size()) - 1, ChainColumn));
}

void ClusterCertificateModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ClusterCertificateModel::setWarningDays(int days)
{
    if (days == m_warningDays || days < 1)
        return;
    m_warningDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ClusterCertificateModel::refresh()
{
    if (!m_connection) {
        m_lastError = tr("not connected to a cluster");
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    delete m_requests; // drops the answers of a refresh still running
    m_requests = new QObject(this);
    ++m_generation;
    m_podError.clear();
    setLoading(true);
    Q_EMIT progress(tr("Reading secrets…"));
    fetch(m_generation);
}

void ClusterCertificateModel::fetch(int generation)
{
    // pages are read and parsed on the connection's thread (ObjectClient); the X.509 work on a pool thread
    ListOptions options;
    options.namespace_ = m_namespace;
    options.pageSize = kPageSize;
    m_objects->list(ResourceType::of(Kind::Secret), options, m_requests,
                    [this, generation, options](const Result<QList<QJsonObject>> &secrets) {
        if (generation != m_generation)
            return;
        if (!secrets) {
            m_lastError = tr("could not list secrets: %1").arg(secrets.error().message);
            setLoading(false);
            Q_EMIT errorOccurred(m_lastError);
            return;
        }
        if (!m_readPods) {
            finishFetch(generation, secrets.value(), {});
            return;
        }
        m_objects->list(ResourceType::of(Kind::Pod), options, m_requests,
                        [this, generation, secretItems = secrets.value()](const Result<QList<QJsonObject>> &pods) {
            if (generation != m_generation)
                return;
            if (!pods) // certificates are still worth showing without "Mounted by"
                m_podError = tr("could not list pods, \"Mounted by\" is empty: %1").arg(pods.error().message);
            finishFetch(generation, secretItems, pods ? pods.value() : QList<QJsonObject>());
        }, [this](int loaded) { Q_EMIT progress(tr("Reading pods… %1").arg(loaded)); });
    }, [this](int loaded) { Q_EMIT progress(tr("Reading secrets… %1").arg(loaded)); });
}

void ClusterCertificateModel::finishFetch(int generation, const QList<QJsonObject> &secrets, const QList<QJsonObject> &pods)
{
    Q_EMIT progress(tr("Reading certificates…"));
    QPointer<ClusterCertificateModel> self(this);
    const QList<pki::Certificate> anchors = m_anchors;
    const QList<pki::Certificate> intermediates = m_intermediates;
    // the pool task may outlive the model (and its clock): it judges at a copy of "now"
    const QDateTime now = m_clock.now();
    // the X.509 parsing and chain checks happen off the UI thread
    QThreadPool::globalInstance()->start([self, generation, secrets, pods, anchors, intermediates, now] {
        QList<ClusterCertificateEntry> entries = clusterCertificateEntries(secrets, pods);
        const pki::FixedClock clock(now);
        for (ClusterCertificateEntry &e : entries)
            verifyEntry(e, anchors, intermediates, clock);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, entries] {
            if (!self || generation != self->m_generation)
                return;
            self->reconcile(entries); // verified on the pool thread
            self->m_lastError = self->m_podError;
            self->setLoading(false);
            if (!self->m_podError.isEmpty())
                Q_EMIT self->errorOccurred(self->m_podError);
            Q_EMIT self->progress(entries.size() == 1 ? tr("1 certificate") : tr("%1 certificates").arg(entries.size()));
            Q_EMIT self->refreshed();
        }, Qt::QueuedConnection);
    });
}

void ClusterCertificateModel::setEntries(const QList<ClusterCertificateEntry> &entriesIn)
{
    QList<ClusterCertificateEntry> entries = entriesIn;
    for (ClusterCertificateEntry &e : entries)
        verify(e);
    reconcile(entries);
}

void ClusterCertificateModel::reconcile(const QList<ClusterCertificateEntry> &entries)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < entries.size(); ++i)
        incoming.insert(entries[i].id(), i);
    // rows that are gone, from the bottom so indexes stay valid
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows[row].id()))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> present;
    for (ClusterCertificateEntry &e : m_rows) {
        present.insert(e.id());
        e = entries[incoming.value(e.id())];
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<ClusterCertificateEntry> added;
    for (const ClusterCertificateEntry &e : entries)
        if (!present.contains(e.id()))
            added << e;
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
}

const ClusterCertificateEntry *ClusterCertificateModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

ClusterCertificateModel::ExpiryState ClusterCertificateModel::expiryState(int row) const
{
    return row >= 0 && row < m_rows.size() ? stateOf(m_rows[row]) : ExpiryState::Valid;
}

ClusterCertificateModel::ExpiryState ClusterCertificateModel::stateOf(const ClusterCertificateEntry &e) const
{
    return expiryStateAt(e.info.notBefore, e.info.notAfter, m_clock.now(), m_warningDays);
}

int ClusterCertificateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterCertificateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterCertificateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterCertificateEntry &e = m_rows[index.row()];
    const qint64 daysLeft = m_clock.now().daysTo(e.info.notAfter);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NamespaceColumn: return e.namespace_;
        case SecretColumn: return e.secretName;
        case KeyColumn: return e.index == 0 ? e.key : QStringLiteral("%1 #%2").arg(e.key).arg(e.index + 1);
        case SubjectColumn: return e.info.subject;
        case IssuerColumn: return e.info.issuer;
        case SansColumn: return e.info.sans.toString();
        case SerialColumn: return e.info.serialHex;
        case NotAfterColumn: {
            const QString when = e.info.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            if (stateOf(e) == ExpiryState::Expired)
                return tr("%1 (expired)").arg(when);
            return daysLeft == 1 ? tr("%1 (1 day left)").arg(when) : tr("%1 (%2 days left)").arg(when).arg(daysLeft);
        }
        case ChainColumn: return e.chainOk ? tr("verified") : tr("not verified");
        case MountedByColumn: return e.mountedBy.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChainColumn && !e.chainOk)
            return e.chainMessage;
        if (index.column() == SubjectColumn)
            return e.info.sha256Fingerprint;
        return {};
    case SortRole:
        switch (index.column()) {
        case NotAfterColumn: return e.info.notAfter;
        case ChainColumn: return e.chainOk;
        case KeyColumn: return QStringLiteral("%1#%2").arg(e.key).arg(e.index, 3, 10, QLatin1Char('0'));
        default: return data(index, Qt::DisplayRole);
        }
    case StatusLevelRole:
        if (index.column() != NotAfterColumn)
            return {};
        return int(statusLevelOf(stateOf(e)));
    case Qt::ForegroundRole:
        if (index.column() != NotAfterColumn)
            return {};
        [[fallthrough]];
    case ExpiryColorRole:
        switch (stateOf(e)) {
        case ExpiryState::Expired: return QColor(Qt::red);
        case ExpiryState::ExpiringSoon: return QColor(0xFF, 0xBF, 0x00); // amber
        default: return {};
        }
    case ExpiryStateRole: return int(stateOf(e));
    case DaysLeftRole: return daysLeft;
    case ChainVerifiedRole: return e.chainOk;
    case IsCaRole: return e.info.isCA;
    case NamespaceRole: return e.namespace_;
    case SecretNameRole: return e.secretName;
    case DataKeyRole: return e.key;
    case MountedByRole: return e.mountedBy;
    case FingerprintRole: return e.info.sha256Fingerprint;
    default: return {};
    }
}

QVariant ClusterCertificateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NamespaceColumn: return tr("Namespace");
    case SecretColumn: return tr("Secret");
    case KeyColumn: return tr("Key", "data key of a secret");
    case SubjectColumn: return tr("Subject");
    case IssuerColumn: return tr("Issuer");
    case SansColumn: return tr("SANs", "subject alternative names");
    case SerialColumn: return tr("Serial");
    case NotAfterColumn: return tr("Not after");
    case ChainColumn: return tr("Chain", "certificate chain verification");
    case MountedByColumn: return tr("Mounted by");
    }
    return {};
}

} // namespace fc
