#pragma once

#include "backend/cluster/Kubeconfig.h"
#include "backend/helm/HelmCli.h"
#include "backend/helm/HelmRelease.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QGroupBox;

namespace fc {

class Informer;
class ReleaseDialog;
class ReleaseListModel;

/// The "Helm releases" page: every release of the current cluster live from Helm's storage
/// (ReleaseListModel, no helm needed to look), sortable and filtered; why the storage cannot be
/// listed when it cannot; stuck releases flagged with a banner and their recovery; a details
/// pane (history, values, manifest, notes, objects) for the selected release. Changes go
/// through the real helm (HelmCli), one run at a time, asynchronously, streamed into the
/// progress panel with Cancel (SIGTERM). Every destructive action is confirmed first.
class ReleasesPage final : public QWidget {
    Q_OBJECT
public:
    explicit ReleasesPage(QWidget *parent = nullptr);
    ~ReleasesPage() override;

    /// Shows the releases of `informer`'s cluster; helm runs with `context`'s credentials.
    void setCluster(Informer *informer, const ResolvedContext &context);
    /// Finds helm (`configured`, else PATH) and reads its version, asynchronously.
    void useHelmProgram(const QString &configured);
    void setHelm(const HelmCli &helm);
    const std::optional<HelmCli> &helm() const { return m_helm; }

    ReleaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects a release (true when it is listed).
    bool selectRelease(const QString &namespace_, const QString &name);

    // Actions. Each returns what it opened (dialogs are shown non-modally), nullptr when nothing
    // could be done (the reason is in the progress panel's summary).
    ReleaseDialog *openInstall();
    ReleaseDialog *openUpgrade();
    QMessageBox *rollbackSelected(int revision);
    QMessageBox *uninstallSelected();
    /// The stuck banner's button: roll back to the last deployed revision or uninstall.
    QMessageBox *recoverSelected();
    void cancelRun();

    HelmRun *currentRun() const { return m_run; }
    QString runSummary() const;
    QString runOutput() const;
    /// The decoded revision shown in the details pane (the latest of the selected release).
    const std::optional<HelmRelease> &shownRelease() const { return m_shown; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// A helm run ended (ok or not): tests and the status bar.
    void runFinished(const fc::HelmResult &result);
    /// The details pane shows a freshly decoded revision.
    void detailsLoaded();

private:
    void showStorageAccess();
    void buildUi();
    void attachStores();
    struct Selected {
        QString namespace_;
        QString name;
        int row = -1; ///< in the model
    };
    std::optional<Selected> selected() const;
    void onSelectionChanged();
    void refreshSelected();
    void loadDetails(const QString &namespace_, const QString &name, int revision);
    void showDetails(const HelmRelease &release);
    void clearDetails();
    void updateBanner();
    void updateActions();
    void run(const QString &title, const Result<HelmCommand> &command);
    QMessageBox *confirm(const QString &title, const QString &text, const QString &action, std::function<void(QMessageBox *)> onYes);

    QPointer<Informer> m_informer;
    QPointer<Informer> m_attached; ///< whose stores the model follows (set once the page is shown)
    ResolvedContext m_context;
    std::optional<HelmCli> m_helm;
    QString m_helmProblem;
    ReleaseListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<HelmRun> m_run;
    QPointer<ReleaseDialog> m_upgradeDialog; ///< gets the current values when they arrive after it opened
    QObject *m_helmProbe = nullptr;
    std::optional<HelmRelease> m_shown;
    quint64 m_detailsRequest = 0;
    QHash<QString, QString> m_chartOf; ///< chart reference used per release (ns/name) this session

    QLineEdit *m_filter = nullptr;
    QLabel *m_helmLabel = nullptr;
    QLabel *m_storageError = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_recover = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_upgrade = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_uninstall = nullptr;
    QTabWidget *m_details = nullptr;
    QTableWidget *m_history = nullptr;
    QPlainTextEdit *m_userValues = nullptr;
    QPlainTextEdit *m_computedValues = nullptr;
    QPlainTextEdit *m_manifest = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_objects = nullptr;
    QGroupBox *m_runBox = nullptr;
    QLabel *m_runSummary = nullptr;
    QPlainTextEdit *m_runOutput = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace fc
