#pragma once

#include "backend/pki/CertificateAuthority.h"
#include "gui/pki/PkiWidgets.h"
#include "model/pki/CaStore.h"

#include <QObject>

#include <functional>

class QCheckBox;
class QLineEdit;

namespace fc {

class Keychain;
class TaskRunner;

/// "Remember in keychain", disabled with the reason when no keychain can be reached.
QCheckBox *makeRememberCheckBox(QWidget *parent, const QString &objectName);

/// Asks for a passphrase, optionally twice (a new one), and offers to remember it in the OS
/// keychain. Without a reachable keychain the box is disabled and says the passphrase will be
/// asked each time — it is never written anywhere in plain text. OK emits submitted(); the caller
/// closes the dialog when the passphrase worked, or shows why not with showError().
class PassphraseDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    enum class Mode { Existing, New };
    PassphraseDialog(const QString &prompt, Mode mode, QWidget *parent = nullptr);

    QByteArray passphrase() const;
    bool remember() const;

Q_SIGNALS:
    void submitted(const QByteArray &passphrase, bool remember);

protected:
    void submit() override;

private:
    Mode m_mode;
    QLineEdit *m_pass;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_remember;
};

/// A pair of "new passphrase" fields plus "remember in keychain", for forms that create a CA.
/// validate() names what is wrong (empty, mismatch).
class NewPassphraseFields final : public QObject {
    Q_OBJECT
public:
    NewPassphraseFields(QFormLayout *form, QWidget *parent, const QString &prefix);
    Result<QByteArray> validate() const;
    bool remember() const;

private:
    QLineEdit *m_pass;
    QLineEdit *m_confirm;
    QCheckBox *m_remember;
};

/// Turns a stored CA name into a usable CertificateAuthority: the passphrase comes from the
/// keychain when one is there (and works), otherwise from a PassphraseDialog that stays open with
/// an inline error until the passphrase is right or the user cancels. Decryption (scrypt) runs off
/// the UI thread.
class CaUnlocker final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<pki::CertificateAuthority>)>;
    CaUnlocker(CaStore store, Keychain *keychain, TaskRunner *tasks, QObject *parent = nullptr);

    /// done gets the CA, or an Error with reason "Cancelled" when the user gave up. Dialogs are
    /// parented to dialogParent; done is dropped if dialogParent is destroyed first.
    void unlock(QWidget *dialogParent, const QString &caName, Done done);
    /// Files passphrase for caName in the keychain (when there is one); failures are reported
    /// through keychainMessage.
    void remember(const QString &caName, const QByteArray &passphrase);

    /// The error unlock() reports when the user closed the passphrase dialog.
    static Error cancelled();

Q_SIGNALS:
    void keychainMessage(const QString &message);

private:
    void ask(QWidget *dialogParent, const QString &caName, const QString &firstError, Done done);

    CaStore m_store;
    Keychain *m_keychain;
    TaskRunner *m_tasks;
};

} // namespace fc
