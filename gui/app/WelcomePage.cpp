#include "gui/app/WelcomePage.h"

#include "backend/core/ProcessRunner.h"
#include "gui/common/Icons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fc {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(96, 96));
    icon->setAccessibleName(tr("FedConsole icon"));
    auto *title = new QLabel(tr("<h1>Welcome to FedConsole</h1>"), this);
    auto *intro = new QLabel(tr("FedConsole shows the clusters of your kubeconfig files. None gave a cluster yet: start the "
                                "local demo, add a cluster, or open a kubeconfig file."),
                             this);
    intro->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("welcomeProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setForegroundRole(QPalette::PlaceholderText);
    m_problems->hide();

    m_demo = new QCommandLinkButton(tr("Start the local demo cluster"),
                                    tr("A Kubernetes control plane on this machine with an NVIDIA FLARE, OpenFL and FATE "
                                       "demo federation. The first start compiles Kubernetes (15–25 minutes)."),
                                    this);
    m_demo->setObjectName(QStringLiteral("startDemoButton"));
    m_demoReason = new QLabel(this);
    m_demoReason->setObjectName(QStringLiteral("demoUnavailableLabel"));
    m_demoReason->setWordWrap(true);
    m_demoReason->setForegroundRole(QPalette::PlaceholderText);
    m_demoReason->hide();
    auto *add = new QCommandLinkButton(tr("Add a cluster…"),
                                       tr("Paste a kubeconfig, or give a server URL, its CA and a token — the token is kept "
                                          "in the desktop keychain, never in a file."),
                                       this);
    add->setObjectName(QStringLiteral("addClusterLinkButton"));
    add->setIcon(actionIcon(QStringLiteral("list-add"), QStringLiteral("group")));
    auto *open = new QCommandLinkButton(tr("Open a kubeconfig file…"), tr("A file kubectl could use; it is remembered in Preferences."),
                                        this);
    open->setObjectName(QStringLiteral("openKubeconfigLinkButton"));
    open->setIcon(actionIcon(QStringLiteral("document-open"), QStringLiteral("open")));
    auto *certificates = new QCommandLinkButton(tr("Certificates only"),
                                                tr("The federation's CA and every party's kit need no cluster: create, issue, "
                                                   "sign, renew and export them now."),
                                                this);
    certificates->setObjectName(QStringLiteral("certificatesLinkButton"));
    certificates->setIcon(QIcon::fromTheme(QStringLiteral("application-certificate"), kindIcon(QStringLiteral("secrets"))));
    connect(certificates, &QCommandLinkButton::clicked, this, &WelcomePage::certificatesRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::startDemo);
    connect(add, &QCommandLinkButton::clicked, this, &WelcomePage::addClusterRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openFileRequested);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("demoOutputEdit"));
    m_output->setAccessibleName(tr("Demo cluster output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDemoButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(intro);
    titles->addWidget(m_problems);
    header->addLayout(titles, 1);
    auto *column = new QVBoxLayout;
    column->addLayout(header);
    column->addSpacing(12);
    column->addWidget(m_demo);
    column->addWidget(m_demoReason);
    column->addWidget(add);
    column->addWidget(open);
    column->addWidget(certificates);
    column->addWidget(m_output, 1);
    column->addWidget(m_cancel, 0, Qt::AlignRight);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    setTabOrder(m_demo, add);
    setTabOrder(add, open);
    setTabOrder(open, certificates);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setProblems(const QString &problems)
{
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
}

void WelcomePage::setSourceDir(const QString &dir)
{
    m_sourceDir = dir;
    const bool found = !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/scripts/local-cluster.sh")).isExecutable();
    m_demo->setEnabled(found);
    m_demoReason->setText(found ? QString()
                                : tr("The local demo needs FedConsole's source tree (scripts/local-cluster.sh and Go): run "
                                     "scripts/run.sh from a checkout. An installed package connects to existing clusters."));
    m_demoReason->setVisible(!found);
}

QString WelcomePage::localClusterDir()
{
    const QString set = qEnvironmentVariable("FEDCONSOLE_CLUSTER_DIR");
    if (!set.isEmpty())
        return set;
    return qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) + QStringLiteral("/fedconsole-local-cluster");
}

bool WelcomePage::demoRunning() const
{
    return m_runner && m_runner->isRunning();
}

QString WelcomePage::demoOutput() const
{
    return m_output->toPlainText();
}

void WelcomePage::startDemo()
{
    if (demoRunning())
        return;
    m_output->clear();
    m_output->show();
    m_cancel->show();
    m_demo->setEnabled(false);
    delete m_runner;
    m_runner = new ProcessRunner(this);
    auto append = [this](const QString &line) {
        m_output->appendPlainText(line);
        m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
    };
    connect(m_runner, &ProcessRunner::stdoutLine, this, append);
    connect(m_runner, &ProcessRunner::stderrLine, this, append);
    connect(m_runner, &ProcessRunner::finished, this, [this](const ProcessResult &r) {
        m_cancel->hide();
        m_demo->setEnabled(true);
        if (!r.ok()) {
            m_output->appendPlainText(r.end == ProcessEnd::Cancelled ? tr("— cancelled") : tr("— the demo cluster did not start (exit %1%2)")
                                                                                            .arg(r.exitCode)
                                                                                            .arg(r.errorString.isEmpty() ? QString() : u' ' + r.errorString));
            return;
        }
        m_output->appendPlainText(tr("— the demo cluster is up"));
        Q_EMIT demoReady(localClusterDir() + QStringLiteral("/kubeconfig"));
    });
    ProcessSpec spec;
    spec.program = QStringLiteral("bash");
    spec.arguments = {QStringLiteral("-c"), QStringLiteral("scripts/local-cluster.sh up && scripts/demo-federation.sh --wait")};
    spec.workingDirectory = m_sourceDir;
    spec.killGraceMs = 10000;
    m_runner->start(spec);
}

} // namespace fc
