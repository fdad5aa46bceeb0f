#pragma once

#include "backend/pki/Clock.h"
#include "model/pki/CertificateSecrets.h"
#include "model/pki/CaStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace fc {

class CaUnlocker;
class TaskRunner;
class ClusterCertificateModel;
class ClusterConnection;
class ObjectClient;

/// The certificates held in a cluster's Secrets (ClusterCertificateModel) as a sortable, filterable
/// table: namespace choice, text filter, refresh, and "Renew into secret…" for the selected row.
/// Chains are verified against the CAs of the given store.
///
/// Object names for tests: namespaceComboBox, filterLineEdit, refreshButton, renewButton,
/// certificatesTableView, statusLabel.
class ClusterCertificatesView final : public QWidget {
    Q_OBJECT
public:
    /// store and clock must outlive the view; store may be null (no chain check, no renewal).
    ClusterCertificatesView(ClusterConnection *connection, CaStore *store, const pki::Clock &clock = pki::Clock::system(),
                            QWidget *parent = nullptr);
    ~ClusterCertificatesView() override;

    ClusterCertificateModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    /// Empty = all namespaces. Refreshes.
    void setNamespace(const QString &ns);
    /// Unlock CAs through the Certificates page's unlocker (keychain, passphrase dialog, key
    /// decryption off the UI thread) instead of the renew dialog's own passphrase field.
    void setUnlocker(CaUnlocker *unlocker);

public Q_SLOTS:
    /// Re-reads the secrets (and the store's CAs for the chain column).
    void refresh();
    /// Opens the renew dialog for the selected row (nothing when no row is selected).
    void renewSelected();

Q_SIGNALS:
    /// A renewed certificate was written into namespace_/name.
    void secretRenewed(const QString &namespace_, const QString &name, const QString &newSerial);

protected:
    /// First shown after an expiry-watch read (certificates only): read again with the Pods.
    void showEvent(QShowEvent *event) override;

private:
    void loadNamespaces();
    void updateActions();

    QPointer<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_objects;
    CaStore *m_store = nullptr;
    QPointer<CaUnlocker> m_unlocker;
    TaskRunner *m_tasks = nullptr; ///< renewals outlive a closed dialog, not the view
    const pki::Clock &m_clock;
    ClusterCertificateModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_namespace = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_renew = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

/// Asks for the CA (from the store) and its passphrase and how to treat the key, computes the
/// renewal from the secret as it is now and shows what will change (keys, serial, validity); only
/// "Write to secret" sends it, with the resourceVersion that was read as precondition.
///
/// Object names: caComboBox, passphraseLineEdit, newKeyRadioButton, sameKeyRadioButton,
/// daysSpinBox, prepareButton, planLabel, writeButton, errorLabel.
class RenewIntoSecretDialog final : public QDialog {
    Q_OBJECT
public:
    /// certKey: the data key of the certificate to renew (empty: found in the secret).
    RenewIntoSecretDialog(ClusterConnection *connection, CaStore *store, QString namespace_, QString secretName,
                          QString certKey, const pki::Clock &clock = pki::Clock::system(), QWidget *parent = nullptr);
    ~RenewIntoSecretDialog() override;

    /// The computed renewal, once prepared.
    const std::optional<SecretRenewal> &plan() const { return m_plan; }
    /// With an unlocker the passphrase field goes: "Prepare" asks the unlocker (keychain first).
    void setUnlocker(CaUnlocker *unlocker);
    /// Where the renewal's key generation runs. The view passes its own, so that closing the
    /// dialog while an RSA key is being made does not wait for it; without one the dialog makes
    /// its own on the first Prepare.
    void setTaskRunner(TaskRunner *tasks) { m_tasks = tasks; }
    /// Selects the store's CA that signed `leaf` (checked by signature), if there is one.
    void preselectIssuer(const pki::Certificate &leaf);

public Q_SLOTS:
    /// Unlocks the CA, reads the secret and computes the renewal (nothing is written).
    void prepare();
    /// Writes the prepared renewal; closes on success.
    void write();

Q_SIGNALS:
    void prepared(bool ok, const QString &message);
    void renewed(const QString &namespace_, const QString &name, const QString &newSerial);

private:
    void setError(const QString &message);
    void invalidatePlan();
    void prepareWith(const pki::CertificateAuthority &ca);
    void showPlan(Result<SecretRenewal> plan, bool newKey);

    QPointer<ClusterConnection> m_connection;
    CaStore *m_store = nullptr;
    QString m_namespace;
    QString m_name;
    QString m_certKey;
    const pki::Clock &m_clock;
    std::optional<SecretRenewal> m_plan;
    QPointer<CaUnlocker> m_unlocker;
    QFormLayout *m_form = nullptr;
    TaskRunner *m_tasks = nullptr;
    QList<CaStore::Entry> m_cas; ///< the CAs offered, for the issuer check
    QComboBox *m_ca = nullptr;
    QComboBox *m_keyType = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QRadioButton *m_newKey = nullptr;
    QRadioButton *m_sameKey = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_reissue = nullptr;
    QPushButton *m_prepare = nullptr;
    QLabel *m_planLabel = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_error = nullptr;
    int m_generation = 0;
};

} // namespace fc
