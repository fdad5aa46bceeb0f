#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/Kubeconfig.h"
#include "gui/cluster/ClusterSessions.h"
#include "model/cluster/Informer.h"
#include "model/editors/DraftStore.h"
#include "model/federation/PartyChart.h"
#include "model/app/Preferences.h"
#include "model/pki/CaStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QAction;
class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace fc {

class CertificatesPage;
class ClusterCertificateModel;
class ClusterOverviewModel;
class ClusterOverviewPage;
class ClusterCertificatesView;
class DetailsPane;
class FederationsPage;
class ReleaseDialog;
class ReleasesPage;
class ResourceFilterProxy;
class ResourceTableModel;

/// The console's main window: context switcher, namespace selector, kind navigator, live
/// table with filter and label selector, details pane, connection state in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// `settings` is passed in (tests give a temporary file); the window never reaches for globals.
    MainWindow(const Kubeconfig &kubeconfig, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void switchContext(const QString &context);
    void switchKind(Kind kind);
    /// Shows any kind the cluster serves (discovery: CRDs included), by ResourceType::id().
    void switchType(const QString &typeId);
    void switchNamespace(const QString &ns); ///< empty = all namespaces
    /// The resource table over every open cluster at once (a CLUSTER column; filters and label
    /// selectors apply across them) or over the current one. Selecting a row of another cluster
    /// makes that cluster the current one, so details, logs and edits act where the row lives.
    void setAllClusters(bool all);
    bool allClusters() const { return m_allClusters; }
    Informer *currentInformer() const { return m_informer; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    DetailsPane *detailsPane() const { return m_details; }
    FederationsPage *federationsPage() const { return m_federationsPage; }
    CertificatesPage *certificatesPage() const { return m_certificatesPage; }
    ReleasesPage *releasesPage() const { return m_releasesPage; }
    /// The Clusters tab: every context of the kubeconfig with its state and totals.
    ClusterOverviewPage *clusterOverviewPage() const { return m_overviewPage; }
    ClusterOverviewModel *clusterOverview() const { return m_overview; }
    /// Opens contexts in the background (they stay live; the current one does not change). A
    /// context that cannot be opened is named in a message; the others open.
    void openContexts(const QStringList &contexts);
    /// Closes contexts: their watches end, their parties, GPU rows and log tabs go. The current
    /// context is closed last, after switching to another open one; the only open context stays.
    void closeContexts(const QStringList &contexts);
    /// File ▸ Preferences (non-modal); OK stores them and applies them at once.
    class PreferencesDialog *showPreferences();
    /// File ▸ Add cluster: a pasted kubeconfig or server URL + CA + token (token in the keychain).
    class AddClusterDialog *showAddCluster();
    void openKubeconfigFile();
    /// Adds a kubeconfig file to the ones read (remembered in Preferences) and opens `context`
    /// (empty: the file's current context). False, with a message, when the file gives none.
    bool addKubeconfigFile(const QString &file, const QString &context);
    class WelcomePage *welcomePage() const { return m_welcome; }
    /// True while the welcome page stands in for the pages (no context yet).
    bool showingWelcome() const;
    class AboutDialog *showAbout();
    class ShortcutsDialog *showShortcuts();
    const Preferences &preferences() const { return m_preferences; }
    /// Certificates expired or expiring within the warning window: the local store's and the
    /// current cluster's Secrets.
    struct ExpirySummary certificateExpiry() const;
    /// Updates the Certificates tab's badge and sends the day's desktop notification when due.
    void checkCertificateExpiry();
    /// The headline of the last desktop notification sent by this window (tests).
    QString lastExpiryNotification() const { return m_lastExpiryNotification; }
    /// Uses the preferences: theme, helm program, certificate warning days, keychain, log buffer
    /// for log tabs opened from now on.
    void applyPreferences(const Preferences &preferences);
    void showPage(int index);
    /// Shows a release in the Helm releases page, switching to `cluster`'s context first (a party
    /// card's release). False when the context or the release is not there.
    bool openRelease(const QString &cluster, const QString &namespace_, const QString &name);
    /// The install dialog prefilled for a new party (Federations view), in `cluster`'s context
    /// when it is one; nullptr when helm cannot run now (the Helm releases page says why).
    ReleaseDialog *installPartyChart(const PartyChartPlan &plan, const QString &cluster);
    /// Opens a log tab for the selected pod or workload (or all pods matching the label selector
    /// typed in the toolbar when nothing is selected). Returns the viewer, or nullptr.
    class LogViewer *openLogsForSelection();
    /// Opens the editor for the selected object (any kind; Ctrl+E). nullptr when nothing is selected.
    class ObjectEditor *editSelection();
    /// Opens the editor for one object of the current cluster.
    class ObjectEditor *openEditor(const QString &typeId, const QString &namespace_, const QString &name);
    /// "Expose through ingress…" for the selected Service (or an empty choice when none is selected).
    class ExposeDialog *exposeSelection();
    /// Unapplied edits kept from earlier (a crash, a closed editor), offered at start.
    QList<editors::Draft> pendingDrafts() const;
    editors::DraftStore *drafts() const { return m_drafts.get(); }
    /// The dialog that sets fedconsole.io/{federation,party,role} on the selected object
    /// (shown non-modally; nullptr when nothing is selected).
    class GroupDialog *groupSelection();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    /// Makes `cluster` (a context name) the current context; true when it is (empty: the current).
    bool useCluster(const QString &cluster);
    void restoreLayout();
    /// Opens `context` (its connection, informer, federation and expiry feeds, overview row)
    /// without making it the current one; the error names the kubeconfig's file/line/field.
    Result<ClusterSessions::Session *> openContext(const QString &context);
    /// The overview's rows from the kubeconfig's contexts (each resolved: its server, or why not).
    void refreshOverviewContexts();
    /// Certificate warnings per context for the overview (from the expiry watch's models).
    void updateOverviewCertificates();
    /// The page shown at start: the last one used; on a first start the Federations overview as
    /// soon as a federation is recognised (Resources with all namespaces until then).
    void restoreFirstScreen();
    /// The namespace a context opens on: the last one shown there, else all namespaces (or the
    /// kubeconfig's namespace when it names one other than "default").
    QString initialNamespace(const QString &context) const;
    static constexpr int kFixedPages = 6; ///< Resources, Federations, GPUs, Helm releases, Certificates, Clusters; log tabs follow
    bool m_firstStartPage = false;
    void refreshNamespaces();
    void onSelectionChanged();
    /// The shown store's access (forbidden, per namespace) above the table; hidden when complete.
    void updateAccessLabel();
    /// Edit, logs and group disabled, with the reason, where the user's role does not allow them.
    void updateActionAccess();
    void onStateChanged(ConnectionState state, const QString &detail);
    void updateNamespaceColumn();
    /// Sizes the table's columns once the first rows of a kind arrived (not per row).
    void sizeColumnsSoon();
    /// The kind list: the built-in kinds, then every other kind discovery found (CRDs).
    void fillKindList();
    /// The kind shown, as the current cluster knows it (the built-ins before discovery).
    ResourceType currentType() const;
    void updateCount();
    /// "N unapplied edits" in the status bar, with a list to open or discard them.
    void updateDraftsButton();
    void showDrafts();
    /// Gives the Certificates page a view of the current cluster's certificate secrets (created
    /// when the page is shown, re-created when the context changes).
    void syncClusterCertificatesView();
    /// Keeps `context`'s certificate secrets in the expiry watch while it is not the current one.
    void watchCertificatesInBackground(const QString &context);
    /// Re-checks the expiry badge (soon) whenever `certificates` changes.
    void watchForExpiry(QAbstractItemModel *certificates);
    void deployCertificate(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem);

    QSettings *m_settings;
    class QTimer *m_expiryTimer = nullptr;
    QString m_lastExpiryNotification;
    QStackedWidget *m_central = nullptr;
    class WelcomePage *m_welcome = nullptr;
    class Keychain *m_keychain = nullptr;
    QString m_dataDir;
    Preferences m_preferences;
    bool m_preferencesApplied = false;
    ClusterSessions *m_sessions;
    QPointer<Informer> m_informer;
    QString m_typeId = QStringLiteral("pods"); ///< the kind shown, by ResourceType::id() (saved by name)
    QString m_contextNamespace;
    bool m_namespacesDirty = false;
    bool m_columnsSized = false;       ///< the current kind's table was sized once
    bool m_columnsSizingQueued = false;
    bool m_sizingColumns = false;      ///< our own setColumnWidth calls, not the user's
    bool m_columnsUserSized = false;   ///< the user dragged a column edge: widths are theirs now

    QComboBox *m_contextCombo = nullptr;
    QCheckBox *m_allClustersCheck = nullptr;
    bool m_allClusters = false;
    QComboBox *m_namespaceCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLineEdit *m_selectorEdit = nullptr;
    QLabel *m_selectorError = nullptr;
    QListWidget *m_kindList = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    DetailsPane *m_details = nullptr;
    FederationsPage *m_federationsPage = nullptr;
    CertificatesPage *m_certificatesPage = nullptr;
    ReleasesPage *m_releasesPage = nullptr;
    ClusterOverviewModel *m_overview = nullptr;
    ClusterOverviewPage *m_overviewPage = nullptr;
    QTimer *m_overviewFeedTimer = nullptr; ///< federations/GPU totals reach the overview at most every 500 ms
    QList<std::pair<QPointer<QWidget>, QString>> m_logContexts; ///< log tab, the context it streams from
    std::unique_ptr<CaStore> m_pkiStore; ///< same directory as the page's, for the cluster view
    QPointer<ClusterCertificatesView> m_clusterCertificates;
    QString m_clusterCertificatesContext;
    /// The certificate secrets of the other open clusters (no view), for the expiry watch: each
    /// context's model lives from when the user switches away until it is current again, and is
    /// re-read hourly.
    QHash<QString, QPointer<ClusterCertificateModel>> m_backgroundCertificates;
    QTimer *m_backgroundCertificatesTimer = nullptr;
    class QTabWidget *m_pages = nullptr;
    QSet<QString> m_federationSources;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_insecureBadge = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_listErrorLabel = nullptr; ///< why the shown kind could not be listed
    QMetaObject::Connection m_storeSyncedConnection; ///< hides m_listErrorLabel when the shown store syncs
    QMetaObject::Connection m_storeAccessConnection; ///< the shown store's accessChanged → updateAccessLabel
    QTimer *m_stateTimer = nullptr;   ///< refreshes the state line's countdown while reconnecting
    QString m_stateDetail;            ///< the last reason given with a state
    QAction *m_editAction = nullptr;
    QAction *m_logsAction = nullptr;
    QAction *m_groupAction = nullptr;
    std::unique_ptr<editors::DraftStore> m_drafts;
    QPushButton *m_draftsButton = nullptr;
    ResourceTableModel *m_model = nullptr;
    ResourceFilterProxy *m_proxy = nullptr;
};

} // namespace fc
