#include "gui/app/AddClusterDialog.h"

#include "backend/core/Wipe.h"
#include "backend/secrets/Keychain.h"
#include "model/app/AddCluster.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fc {

AddClusterDialog::AddClusterDialog(const QString &directory, Keychain *keychain, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_keychain(keychain), m_credentialCommand(defaultCredentialCommand())
{
    setObjectName(QStringLiteral("addClusterDialog"));
    setWindowTitle(tr("Add a cluster"));
    m_tabs = new QTabWidget(this);

    auto *paste = new QWidget(this);
    auto *pasteLayout = new QVBoxLayout(paste);
    auto *pasteHint = new QLabel(tr("Paste a kubeconfig (as kubectl config view --raw prints it, or as your cluster's "
                                    "provider gives it). It is checked, then saved as a file of its own."),
                                 paste);
    pasteHint->setWordWrap(true);
    m_pasted = new QPlainTextEdit(paste);
    m_pasted->setObjectName(QStringLiteral("pastedKubeconfigEdit"));
    m_pasted->setAccessibleName(tr("Kubeconfig text"));
    m_pasted->setPlaceholderText(QStringLiteral("apiVersion: v1\nkind: Config\nclusters: …"));
    m_pasted->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_pasted->setFont(mono);
    pasteLayout->addWidget(pasteHint);
    pasteLayout->addWidget(m_pasted, 1);
    m_tabs->addTab(paste, tr("&Paste a kubeconfig"));

    auto *token = new QWidget(this);
    auto *form = new QFormLayout(token);
    m_name = new QLineEdit(token);
    m_name->setObjectName(QStringLiteral("contextNameEdit"));
    m_name->setPlaceholderText(tr("e.g. partner-hospital"));
    m_server = new QLineEdit(token);
    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://203.0.113.10:6443"));
    m_ca = new QPlainTextEdit(token);
    m_ca->setObjectName(QStringLiteral("caPemEdit"));
    m_ca->setAccessibleName(tr("CA certificate (PEM)"));
    m_ca->setPlaceholderText(tr("-----BEGIN CERTIFICATE-----  (empty: the system's trusted roots)"));
    m_ca->setFont(mono);
    m_ca->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    auto *caFile = new QPushButton(tr("From &file…"), token);
    caFile->setObjectName(QStringLiteral("caFromFileButton"));
    connect(caFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), {}, tr("PEM certificates (*.crt *.pem *.cer);;All files (*)"));
        QFile file(f);
        if (!f.isEmpty() && file.open(QIODevice::ReadOnly))
            m_ca->setPlainText(QString::fromUtf8(file.read(1 << 20)));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(caFile, 0, Qt::AlignTop);
    m_token = new QLineEdit(token);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("stored in the desktop keychain, never in a file"));
    m_namespace = new QLineEdit(token);
    m_namespace->setObjectName(QStringLiteral("namespaceEdit"));
    m_namespace->setPlaceholderText(tr("optional"));
    form->addRow(tr("Context &name:"), m_name);
    form->addRow(tr("&Server URL:"), m_server);
    auto *caLabel = new QLabel(tr("&CA certificate:"), token);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("Name&space:"), m_namespace);
    if (!Keychain::isAvailable()) {
        auto *noKeychain = new QLabel(tr("No keychain can be reached (%1): a token cannot be stored safely, so this way is "
                                         "not available. Paste a kubeconfig instead.")
                                          .arg(Keychain::unavailableMessage()),
                                      token);
        noKeychain->setObjectName(QStringLiteral("noKeychainLabel"));
        noKeychain->setWordWrap(true);
        form->addRow(noKeychain);
        m_token->setEnabled(false);
    }
    m_tabs->addTab(token, tr("Server &URL and token"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addClusterErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("&Add cluster"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addClusterButton"));
    m_addButton->setDefault(true);
    connect(m_addButton, &QPushButton::clicked, this, &AddClusterDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString AddClusterDialog::defaultCredentialCommand()
{
    // next to this program (the package's /usr/bin, or the build tree's cli/), else on PATH
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{dir + QStringLiteral("/fedconsole-cli"), dir + QStringLiteral("/../cli/fedconsole-cli")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("fedconsole-cli"));
    return onPath.isEmpty() ? QStringLiteral("fedconsole-cli") : onPath;
}

void AddClusterDialog::showPasteTab()
{
    m_tabs->setCurrentIndex(0);
}

void AddClusterDialog::showTokenTab()
{
    m_tabs->setCurrentIndex(1);
}

QString AddClusterDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AddClusterDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_addButton->setEnabled(true);
}

void AddClusterDialog::add()
{
    showError({});
    if (m_tabs->currentIndex() == 0)
        addPasted();
    else
        addToken();
}

void AddClusterDialog::addPasted()
{
    QStringList contexts;
    const auto saved = saveKubeconfig(m_pasted->toPlainText().toUtf8(), m_directory, QStringLiteral("pasted"), &contexts);
    if (!saved) {
        showError(tr("Not added — the kubeconfig has problems:\n%1").arg(saved.error().message));
        return;
    }
    Q_EMIT added(saved.value(), contexts.value(0));
    accept();
}

void AddClusterDialog::addToken()
{
    TokenCluster cluster;
    cluster.contextName = m_name->text().trimmed();
    cluster.server = m_server->text().trimmed();
    cluster.caPem = m_ca->toPlainText().toUtf8();
    cluster.namespace_ = m_namespace->text().trimmed();
    const QString tokenText = m_token->text().trimmed();
    if (auto ok = checkTokenCluster(cluster, !tokenText.isEmpty()); !ok) {
        showError(ok.error().message);
        return;
    }
    if (!Keychain::isAvailable()) {
        showError(tr("No keychain: %1").arg(Keychain::unavailableMessage()));
        return;
    }
    // the keychain first: a kubeconfig pointing at a token that was never stored helps nobody
    m_addButton->setEnabled(false);
    QByteArray secret = tokenText.toUtf8();
    m_keychain->writeSecret(tokenKeychainKey(cluster.contextName), secret, this, [this, cluster](Result<void> written) {
        if (!written) {
            showError(tr("The token could not be stored in the keychain, nothing was added: %1").arg(written.error().message));
            return;
        }
        const auto saved = saveKubeconfig(tokenClusterKubeconfig(cluster, m_credentialCommand), m_directory, cluster.contextName);
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        m_token->clear();
        Q_EMIT added(saved.value(), cluster.contextName);
        accept();
    });
    wipe(secret); // the keychain job holds its own reference while it writes
}

} // namespace fc
