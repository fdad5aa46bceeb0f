#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace fc {

class Keychain;

/// File ▸ Add cluster (and the welcome page): a kubeconfig pasted, or a server URL + CA + bearer
/// token. The token goes to the desktop keychain, never into a file: the kubeconfig written runs
/// `fedconsole-cli credential` to read it. Every field is checked before anything is stored;
/// errors name the field (and line for a pasted kubeconfig) and keep what was typed. The file is
/// written (0600) into `directory`; added() names it and the context to open.
class AddClusterDialog final : public QDialog {
    Q_OBJECT
public:
    AddClusterDialog(const QString &directory, Keychain *keychain, QWidget *parent = nullptr);

    /// The exec plugin command written into token kubeconfigs (default: fedconsole-cli next to
    /// this program, else on PATH).
    void setCredentialCommand(const QString &command) { m_credentialCommand = command; }
    static QString defaultCredentialCommand();

    void showPasteTab();
    void showTokenTab();
    QString errorText() const;

Q_SIGNALS:
    void added(const QString &kubeconfigFile, const QString &context);

private:
    void add();
    void addPasted();
    void addToken();
    void showError(const QString &message);

    QString m_directory;
    Keychain *m_keychain;
    QString m_credentialCommand;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_pasted = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_server = nullptr;
    QPlainTextEdit *m_ca = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace fc
