#pragma once

#include "backend/pki/Certificate.h"
#include "backend/pki/Clock.h"
#include "model/pki/Expiry.h"

#include <QAbstractTableModel>

#include <memory>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace fc {

class ClusterConnection;
class ObjectClient;

/// How a pod refers to a secret: "volume", "projected", "envFrom" or "env".
struct PodSecretReference {
    QString secret;
    QString how;
    bool operator==(const PodSecretReference &) const = default;
};

/// Secrets a pod uses: volumes[].secret.secretName, projected volumes' sources[].secret.name, and
/// (init/ephemeral) containers' envFrom[].secretRef.name and env[].valueFrom.secretKeyRef.name.
QList<PodSecretReference> secretReferencesOfPod(const QJsonObject &pod);

/// "namespace/secret" → names of the pods (sorted, unique) using that secret.
QHash<QString, QStringList> podsBySecret(const QList<QJsonObject> &pods);

/// One certificate found in a cluster secret, with what the table shows about it.
struct ClusterCertificateEntry {
    QString namespace_;
    QString secretName;
    QString secretType;
    QString key;    ///< data key
    int index = 0;  ///< position in the key's PEM bundle
    pki::Certificate certificate;
    pki::CertificateInfo info;
    QList<pki::Certificate> secretCertificates; ///< the secret's other certificates: intermediates for the chain check
    QStringList mountedBy; ///< pod names
    bool chainOk = false;
    QString chainMessage;

    QString id() const; ///< namespace/secret/key#index
};

/// Every certificate in the given Secret objects (see certificatesInSecret), each with the pods of
/// `pods` that use its secret.
QList<ClusterCertificateEntry> clusterCertificateEntries(const QList<QJsonObject> &secrets,
                                                         const QList<QJsonObject> &pods);

/// The certificates held in a cluster's Secrets (kubernetes.io/tls and generic ones), one row
/// per certificate: where it lives, what it says, when it expires (against the injected clock:
/// expired red, ≤ warningDays() amber), whether it chains to a known CA (setKnownCas) and which
/// pods mount its secret. refresh() re-reads Secrets and Pods through the API (paged, full
/// objects, parsed off the UI thread) and reconciles rows by namespace/secret/key, so a view
/// keeps its selection and scroll position.
class ClusterCertificateModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NamespaceColumn, SecretColumn, KeyColumn, SubjectColumn, IssuerColumn, SansColumn, SerialColumn,
                  NotAfterColumn, ChainColumn, MountedByColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QDateTime for not-after, int days for days-left…
        ExpiryStateRole,             ///< int(ExpiryState)
        ExpiryColorRole,             ///< QColor, invalid when nothing to flag
        DaysLeftRole,                ///< qint64 whole days until notAfter (negative once expired)
        ChainVerifiedRole,           ///< bool
        IsCaRole,                    ///< bool
        NamespaceRole,               ///< QString
        SecretNameRole,              ///< QString
        DataKeyRole,                 ///< QString
        MountedByRole,               ///< QStringList of pod names
        FingerprintRole,             ///< SHA-256, "AB:CD:…"
    };
    using ExpiryState = fc::ExpiryState;
    /// Rows expiring within this many days are ExpiringSoon (amber); the preference sets it.
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }

    /// connection may be null (rows then come from setEntries only); clock must outlive the model.
    ClusterCertificateModel(ClusterConnection *connection, const pki::Clock &clock, QObject *parent = nullptr);
    ~ClusterCertificateModel() override;

    /// Namespace to read; empty = all namespaces. Takes effect at the next refresh().
    void setNamespace(const QString &ns);
    QString namespace_() const { return m_namespace; }
    /// CA certificates to verify against: self-signed ones are trust anchors, others intermediates.
    void setKnownCas(const QList<pki::Certificate> &cas);
    /// Whether refresh() also reads the Pods (for "Mounted by"); off for the expiry watch, which
    /// needs the certificates only (a cluster's Pods are the bulk of what it holds). Default on.
    void setReadPods(bool read) { m_readPods = read; }
    bool readsPods() const { return m_readPods; }

    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    /// Replaces the rows by reconciling with the current ones (inserts, removals, changes); each
    /// entry is verified against the known CAs.
    void setEntries(const QList<ClusterCertificateEntry> &entries);
    const ClusterCertificateEntry *entryAt(int row) const;
    ExpiryState expiryState(int row) const;
    /// Re-evaluates expiry and chain status at the clock's current time (one dataChanged).
    void updateTimeDependent();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /// Re-reads Secrets and Pods; a refresh while one is running restarts it.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// What is being read, e.g. "Reading secrets… 250"
    void progress(const QString &message);
    /// A refresh failed (the previous rows stay) or partly failed (pods unreadable: no "Mounted by").
    void errorOccurred(const QString &message);
    /// A refresh finished and the rows are up to date.
    void refreshed();

private:
    int m_warningDays = kDefaultCertificateWarningDays;
    void reconcile(const QList<ClusterCertificateEntry> &verifiedEntries);
    void fetch(int generation);
    void finishFetch(int generation, const QList<QJsonObject> &secrets, const QList<QJsonObject> &pods);
    void setLoading(bool loading);
    void verify(ClusterCertificateEntry &entry) const;
    ExpiryState stateOf(const ClusterCertificateEntry &entry) const;

    QPointer<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_objects;
    const pki::Clock &m_clock;
    QString m_namespace;
    QList<pki::Certificate> m_anchors;
    QList<pki::Certificate> m_intermediates;
    QList<ClusterCertificateEntry> m_rows;
    bool m_loading = false;
    bool m_readPods = true;
    QString m_lastError;
    int m_generation = 0;
    QString m_podError;
    QObject *m_requests = nullptr; ///< context of the requests in flight; deleted to drop them
};

} // namespace fc
