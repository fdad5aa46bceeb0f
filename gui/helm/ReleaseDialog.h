#pragma once

#include "backend/cluster/Kubeconfig.h"
#include "backend/helm/HelmCli.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace fc {

/// Install or upgrade of one release: chart reference (directory, .tgz, repo/chart, oci://),
/// release name and namespace, a values YAML editor checked while typing (line:column errors
/// disable the action), `--set` rows, wait/timeout, and a dry-run preview showing what helm
/// renders. Upgrade adds the explicit reuse/reset values choice and a diff of the user values
/// between the current revision and what the upgrade will store. The dialog only collects:
/// the page runs the command (submitted()) so its progress panel shows it.
class ReleaseDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Install, Upgrade };
    ReleaseDialog(Mode mode, const HelmCli &helm, const ResolvedContext &context, QWidget *parent = nullptr);

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
    /// "" when the values YAML is fine, else "Line L, column C: …".
    QString valuesError() const;
    QString diffText() const;
    QString previewText() const;
    bool previewRunning() const { return m_preview; }
    /// Runs helm with --dry-run and shows its rendered output.
    void preview();
    HelmInstallOptions options() const;
    /// Install/Upgrade pressed: emits submitted() and closes.
    void submit();

Q_SIGNALS:
    void submitted(const fc::HelmInstallOptions &options);

private:
    void checkValues();
    void updateDiff();
    void updateActionButton();

    Mode m_mode;
    HelmCli m_helm;
    ResolvedContext m_context;
    QJsonObject m_currentValues;
    int m_currentRevision = 0;
    QPointer<HelmRun> m_preview;

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
    QPlainTextEdit *m_previewText = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_action = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace fc
