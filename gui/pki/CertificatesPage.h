#pragma once

#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"
#include "gui/pki/PkiServices.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace fc {

class CaUnlocker;
class CertificateInventory;
class ExportDialog;
class FederationWizard;
class ImportCaDialog;
class IssueCertificateDialog;
class Keychain;
class NewCaDialog;
class TaskRunner;
class RenewDialog;
class SignCsrDialog;

/// The Certificates page: what the local PKI holds (CAs and the certificates issued from them,
/// CertificateInventory over CaStore) with details, and the actions on it — New CA, Import CA,
/// Issue, Sign CSR, Renew, Export, Deploy to Secret and the Federation wizard — as toolbar buttons
/// with shortcuts (active while focus is on the page).
///
/// The page is a tab widget: "This app" is the local PKI; addClusterView() adds further tabs (the
/// cluster's TLS secrets view is embedded there by the main window). Deploying is not done here:
/// deployRequested() carries a certificate with its in-memory key for whoever creates the Secret.
class CertificatesPage final : public QWidget {
    Q_OBJECT
public:
    /// dataDir: the CaStore directory (the app uses AppDataLocation + "/pki").
    explicit CertificatesPage(const QString &dataDir, QWidget *parent = nullptr,
                              const pki::Clock &clock = pki::Clock::system());
    ~CertificatesPage() override;

    /// Adds a view as a tab next to "This app" (the page takes ownership). Returns the tab index.
    int addClusterView(QWidget *view, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    /// Unlocks the store's CAs: keychain first, else a passphrase dialog; decryption off the UI thread.
    CaUnlocker *unlocker() const { return m_unlocker; }

    CertificateInventory *inventory() const { return m_inventory; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    const CaStore &store() const { return m_services.store; }
    /// Reloads the inventory from the store.
    void reload();
    /// Selects the inventory row of the certificate with this serial; false if absent.
    bool selectSerial(const QString &serialHex);
    /// The selected certificate with its chain, and its key when it was issued in this session.
    pki::IssuedCertificate selectedCertificate() const;

    // The actions; each opens its dialog (window-modal, returned for tests) or returns nullptr.
    NewCaDialog *newCa();
    ImportCaDialog *importCa();
    IssueCertificateDialog *issueCertificate();
    SignCsrDialog *signCsr();
    RenewDialog *renewSelected();
    ExportDialog *exportSelected();
    FederationWizard *federationWizard();
    /// Emits deployRequested for the selected certificate if its key is in memory.
    void deploySelected();

Q_SIGNALS:
    /// "Deploy to Secret…": a certificate, its private key (unencrypted PEM, never written to disk
    /// by this page) and its issuer chain (nearest first, root last).
    void deployRequested(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem);

private:
    void buildUi();
    QAction *addPageAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                           const QString &toolTip, const std::function<void()> &slot);
    void updateDetails();
    void updateActions();
    void remember(const pki::IssuedCertificate &issued);
    QList<pki::Certificate> issuersOf(const pki::Certificate &certificate) const;
    void setStatus(const QString &text, bool error = false);
    template<typename Dialog>
    Dialog *openDialog(Dialog *dialog);

    const pki::Clock &m_clock;
    PkiServices m_services;
    TaskRunner *m_tasks;
    Keychain *m_keychain;
    CaUnlocker *m_unlocker;
    CertificateInventory *m_inventory;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPlainTextEdit *m_pem = nullptr;
    QLabel *m_status = nullptr;
    bool m_columnsSized = false;
    QAction *m_renewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deployAction = nullptr;
    /// Keys of certificates issued in this session, by serial; memory only.
    QHash<QString, pki::IssuedCertificate> m_sessionKeys;
};

} // namespace fc
