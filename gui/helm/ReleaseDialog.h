#pragma once

#include "backend/cluster/Kubeconfig.h"
#include "backend/helm/HelmCli.h"
#include "model/helm/ValuesSchema.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTemporaryDir;
class QTimer;

namespace fc {

class ClusterConnection;
class ObjectClient;
class RenderedDiff;
class TaskRunner;

/// Install or upgrade of one release: chart reference (directory, .tgz, repo/chart, oci://),
/// release name and namespace, a values YAML editor checked while typing (line:column errors
/// disable the action), `--set` rows, wait/timeout, and a dry-run preview showing what helm
/// renders, each rendered object then compared with the cluster's (RenderedDiff). A chart folder or .tgz is read off the UI thread: the values are then also checked
/// against its values.schema.json (merged over its defaults, as helm checks them) and diffed
/// against its defaults. Upgrade adds the explicit reuse/reset values choice and a diff of the user values
/// between the current revision and what the upgrade will store. The dialog only collects:
/// the page runs the command (submitted()) so its progress panel shows it.
class ReleaseDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Install, Upgrade };
    ReleaseDialog(Mode mode, const HelmCli &helm, const ResolvedContext &context, QWidget *parent = nullptr);
    ~ReleaseDialog() override;

    Mode mode() const { return m_mode; }
    void setChart(const QString &chart);
    /// What the chart field says while empty: which chart is expected (callers that know it).
    void setChartPlaceholder(const QString &text);
    /// Install: --create-namespace (a new party's namespace).
    void setCreateNamespace(bool create);
    void setRelease(const QString &name, const QString &namespace_);
    void setValuesText(const QString &yaml);
    QString valuesText() const;
    void setSetRows(const QStringList &rows);
    void setWait(bool wait, int timeoutSeconds);
    /// Upgrade: the user values of the deployed revision, the left side of the diff.
    void setCurrentValues(const QJsonObject &userValues, int revision);
    void setValuesMode(HelmValuesMode mode);
    /// "" when the values are fine, else "Line L, column C: …" or the schema's complaints
    /// ("/envoy/port: must be integer, got string").
    QString valuesError() const;
    QString diffText() const;
    /// The chart's defaults → the values helm will compute (empty until a local chart was read).
    QString defaultsDiffText() const;
    /// What the dialog knows about the chart ("openfl-envoy 0.1.0 · schema …" or why it knows nothing).
    QString chartInfo() const;
    /// True once the chart named in the field was read (or found not to be local).
    bool chartRead() const { return !m_chartLoading; }
    QString previewText() const;
    /// The dry run's objects against the cluster's (RenderedDiff), once liveDiffFinished().
    QString liveDiffText() const;
    /// The cluster the dry run's objects are compared with (dry-run writes only).
    void setLiveCluster(ClusterConnection *connection);
    /// Upgrade: the deployed revision's manifest, so fields the chart no longer sets show removed.
    void setCurrentManifest(const QString &manifest);
    void showLiveDiff();
    bool previewRunning() const { return m_preview; }
    /// Runs helm with --dry-run and shows its rendered output.
    void preview();
    HelmInstallOptions options() const;
    /// Install/Upgrade pressed: emits submitted() and closes.
    void submit();

Q_SIGNALS:
    void submitted(const fc::HelmInstallOptions &options);
    /// The chart field's chart was read (or could not be): defaults and schema are current.
    void chartLoaded();
    /// The comparison of the last dry run with the cluster is complete.
    void liveDiffFinished();

private:
    void checkValues();
    /// The values YAML with the --set rows applied over it, as helm will take them.
    Result<QJsonObject> typedValues() const;
    void loadChart();
    /// Reads a chart folder or .tgz (`path`) on a worker; `folder`, when set, is the temporary
    /// folder helm pulled it into, removed once read.
    void readChart(const QString &path, const QString &reference, int request, std::shared_ptr<QTemporaryDir> folder);
    void updateDiff();
    /// The user-values diff of values already read (checkValues has them).
    void updateDiff(const QJsonObject &typed);
    void updateDefaultsDiff(const QJsonObject &typed);
    void updateActionButton();

    Mode m_mode;
    HelmCli m_helm;
    ResolvedContext m_context;
    QJsonObject m_currentValues;
    int m_currentRevision = 0;
    QPointer<HelmRun> m_preview;
    QPointer<HelmRun> m_pull;   ///< helm pull of a repository/OCI chart being read
    TaskRunner *m_tasks = nullptr;
    QString m_loadedChart; ///< the reference the defaults and schema below belong to
    bool m_chartLoading = false;
    int m_chartRequest = 0;
    QJsonObject m_chartDefaults;
    std::optional<ValuesSchema> m_schema;

    QLineEdit *m_chart = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_release = nullptr;
    QLineEdit *m_namespace = nullptr;
    QCheckBox *m_createNamespace = nullptr;
    QComboBox *m_valuesMode = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QLabel *m_valuesError = nullptr;
    QTableWidget *m_setRows = nullptr;
    QCheckBox *m_wait = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPlainTextEdit *m_defaultsDiff = nullptr;
    QLabel *m_chartInfo = nullptr;
    QTimer *m_chartTimer = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QPlainTextEdit *m_liveDiff = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_client;     ///< declared before the diff that uses it
    std::unique_ptr<RenderedDiff> m_renderedDiff;
    QString m_currentManifest;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_action = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace fc
