#include "gui/pki/PassphraseDialog.h"

#include "backend/secrets/Keychain.h"
#include "backend/core/TaskRunner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace fc {

QCheckBox *makeRememberCheckBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QCheckBox(QObject::tr("&Remember in keychain"), parent);
    box->setObjectName(objectName);
    if (!Keychain::isAvailable()) {
        box->setEnabled(false);
        box->setText(QObject::tr("Remember in keychain — %1").arg(Keychain::unavailableMessage()));
    }
    return box;
}

namespace {

QLineEdit *makePasswordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(const QString &prompt, Mode mode, QWidget *parent)
    : PkiFormDialog(tr("Passphrase"), parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(QStringLiteral("promptLabel"));
    promptLabel->setWordWrap(true);
    form()->addRow(promptLabel);
    m_pass = makePasswordEdit(this, QStringLiteral("passphraseLineEdit"));
    form()->addRow(tr("&Passphrase:"), m_pass);
    if (mode == Mode::New) {
        m_confirm = makePasswordEdit(this, QStringLiteral("confirmLineEdit"));
        form()->addRow(tr("&Confirm:"), m_confirm);
    }
    m_remember = makeRememberCheckBox(this, QStringLiteral("rememberCheckBox"));
    form()->addRow(m_remember);
    m_pass->setFocus();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_pass->text().toUtf8();
}

bool PassphraseDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void PassphraseDialog::submit()
{
    if (m_pass->text().isEmpty()) {
        showError(tr("Enter the passphrase."));
        m_pass->setFocus();
        return;
    }
    if (m_confirm && m_confirm->text() != m_pass->text()) {
        showError(tr("The two passphrases differ."));
        m_confirm->setFocus();
        return;
    }
    Q_EMIT submitted(passphrase(), remember());
}

NewPassphraseFields::NewPassphraseFields(QFormLayout *form, QWidget *parent, const QString &prefix) : QObject(parent)
{
    m_pass = makePasswordEdit(parent, prefix + QStringLiteral("PassphraseLineEdit"));
    m_confirm = makePasswordEdit(parent, prefix + QStringLiteral("ConfirmLineEdit"));
    m_remember = makeRememberCheckBox(parent, prefix + QStringLiteral("RememberCheckBox"));
    m_pass->setPlaceholderText(tr("encrypts the CA key on disk"));
    form->addRow(tr("CA &passphrase:"), m_pass);
    form->addRow(tr("Con&firm passphrase:"), m_confirm);
    form->addRow(QString(), m_remember);
}

Result<QByteArray> NewPassphraseFields::validate() const
{
    if (m_pass->text().isEmpty()) {
        m_pass->setFocus();
        return makeError(tr("CA keys are always stored encrypted: enter a passphrase."), QStringLiteral("passphrase"));
    }
    if (m_pass->text() != m_confirm->text()) {
        m_confirm->setFocus();
        return makeError(tr("The two passphrases differ."), QStringLiteral("passphrase"));
    }
    return m_pass->text().toUtf8();
}

bool NewPassphraseFields::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

CaUnlocker::CaUnlocker(CaStore store, Keychain *keychain, TaskRunner *tasks, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_keychain(keychain), m_tasks(tasks)
{
}

Error CaUnlocker::cancelled()
{
    Error e = makeError(tr("cancelled"));
    e.reason = QStringLiteral("Cancelled");
    return e;
}

void CaUnlocker::unlock(QWidget *dialogParent, const QString &caName, Done done)
{
    if (!Keychain::isAvailable()) {
        ask(dialogParent, caName, {}, std::move(done));
        return;
    }
    m_keychain->readSecret(pkiui::keychainKey(m_store, caName), dialogParent,
                           [this, dialogParent, caName, done = std::move(done)](Result<QByteArray> secret) {
        if (!secret) {
            ask(dialogParent, caName, {}, done);
            return;
        }
        const CaStore store = m_store;
        m_tasks->run<Result<pki::CertificateAuthority>>(
            dialogParent, [store, caName, pass = secret.value()] { return store.load(caName, pass); },
            [this, dialogParent, caName, done](Result<pki::CertificateAuthority> ca) {
                if (ca) {
                    done(std::move(ca));
                    return;
                }
                // the remembered passphrase no longer works (CA replaced?): ask
                ask(dialogParent, caName, tr("The passphrase in the keychain did not work: %1").arg(ca.error().message), done);
            });
    });
}

void CaUnlocker::ask(QWidget *dialogParent, const QString &caName, const QString &firstError, Done done)
{
    auto *dlg = new PassphraseDialog(tr("Passphrase of CA \"%1\" (its key is stored encrypted):").arg(caName),
                                     PassphraseDialog::Mode::Existing, dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    if (!firstError.isEmpty())
        dlg->showError(firstError);
    auto finished = std::make_shared<bool>(false);
    connect(dlg, &PassphraseDialog::submitted, this, [this, dlg, caName, done, finished](const QByteArray &pass, bool remember) {
        dlg->setBusy(true, tr("Decrypting the CA key…"));
        const CaStore store = m_store;
        m_tasks->run<Result<pki::CertificateAuthority>>(
            dlg, [store, caName, pass] { return store.load(caName, pass); },
            [this, dlg, caName, done, finished, pass, remember](Result<pki::CertificateAuthority> ca) {
                dlg->setBusy(false);
                if (!ca) {
                    if (ca.error().reason == QLatin1String("WrongPassphrase"))
                        dlg->showError(tr("Wrong passphrase for CA \"%1\". Try again.").arg(caName));
                    else
                        dlg->showError(ca.error());
                    return; // the dialog stays open with what was typed
                }
                if (remember)
                    this->remember(caName, pass);
                *finished = true;
                dlg->accept();
                done(std::move(ca));
            });
    });
    connect(dlg, &QDialog::rejected, this, [done, finished] {
        if (!*finished)
            done(cancelled());
    });
    dlg->open();
}

void CaUnlocker::remember(const QString &caName, const QByteArray &passphrase)
{
    if (!Keychain::isAvailable()) {
        Q_EMIT keychainMessage(Keychain::unavailableMessage());
        return;
    }
    m_keychain->writeSecret(pkiui::keychainKey(m_store, caName), passphrase, this, [this, caName](Result<void> r) {
        Q_EMIT keychainMessage(r ? tr("Passphrase of CA \"%1\" saved in the keychain.").arg(caName)
                                 : tr("Could not save the passphrase in the keychain: %1").arg(r.error().message));
    });
}

} // namespace fc
