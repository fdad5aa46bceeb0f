#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fc {

class ProcessRunner;

/// What a new user sees when no kubeconfig gives a context: start the local demo cluster (from a
/// source checkout), add a cluster (paste a kubeconfig, or server URL + CA + token), or open a
/// kubeconfig file — and why nothing could be loaded.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    /// Why no context was found (the kubeconfig loader's problems), shown under the title.
    void setProblems(const QString &problems);
    /// FedConsole's source tree (scripts/local-cluster.sh); empty disables the demo with the reason.
    void setSourceDir(const QString &dir);
    /// Where the local cluster keeps its kubeconfig (FEDCONSOLE_CLUSTER_DIR, else $TMPDIR/fedconsole-local-cluster).
    static QString localClusterDir();
    bool demoRunning() const;
    QString demoOutput() const;

Q_SIGNALS:
    void addClusterRequested();
    void openFileRequested();
    /// The local PKI works without a cluster: show the Certificates page.
    void certificatesRequested();
    /// The demo cluster is up and seeded: open this kubeconfig.
    void demoReady(const QString &kubeconfigFile);

private:
    void startDemo();

    QLabel *m_problems = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QLabel *m_demoReason = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_cancel = nullptr;
    ProcessRunner *m_runner = nullptr;
    QString m_sourceDir;
};

} // namespace fc
