#pragma once

#include "backend/core/Result.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/PrivateKey.h"
#include "model/pki/CaStore.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fc {


/// Small building blocks the certificate dialogs share.
namespace pkiui {

/// Key types in the order the UI offers them; item data is int(pki::KeyType).
QComboBox *makeKeyTypeCombo(QWidget *parent, pki::KeyType selected, const QString &objectName);
pki::KeyType keyTypeOf(const QComboBox *combo);
void selectKeyType(QComboBox *combo, pki::KeyType type);

/// SANs typed as one line ("a.example.org, 10.0.0.1 b"). Each bad entry gets its own message.
struct ParsedSans {
    pki::SubjectAltNames sans;
    QStringList errors;
};
ParsedSans parseSans(const QString &text);

/// The red inline error line every dialog shows under its form (hidden while empty).
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
void setError(QLabel *label, const QString &text);

/// Certificate files read on demand (small).
Result<QByteArray> readFile(const QString &path);

/// The keychain entry a CA's passphrase is filed under (data dir included: two stores may both
/// hold a CA called "root").
QString keychainKey(const CaStore &store, const QString &caName);

/// Fills combo with the store's readable CAs (item data = name); returns what could not be read
/// (empty when all could), to show beside the combo.
QString fillCaCombo(QComboBox *combo, const CaStore &store);
/// Selects the combo item (data = CA name) of the first of cas that signed leaf, checked by
/// signature (a CA with the same subject but another key did not); nothing when none did.
void selectIssuingCa(QComboBox *combo, const QList<CaStore::Entry> &cas, const pki::Certificate &leaf);

/// A line edit with a "Browse…" button.
class PathField final : public QWidget {
    Q_OBJECT
public:
    enum Mode { OpenFile, SaveFile, Directory };
    PathField(Mode mode, const QString &objectName, QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }
    QString path() const;
    void setPath(const QString &path);

protected:
    /// The form label whose buddy this field is names its line edit for screen readers.
    void showEvent(QShowEvent *event) override;

private:
    Mode m_mode;
    QLineEdit *m_edit;
};

/// Base for the PKI dialogs: a form, an inline error line and OK/Cancel. OK does not close the
/// dialog: it calls submit(); the dialog closes itself with accept() once the work succeeded, and
/// on an error shows it inline with every field left as the user typed it.
class PkiFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit PkiFormDialog(const QString &title, QWidget *parent = nullptr);

    QPushButton *okButton() const { return m_ok; }
    QLabel *errorLabel() const { return m_error; }
    /// Disables the form while background work runs; message shown in the busy line.
    void setBusy(bool busy, const QString &message = {});
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void showError(const Error &error);
    void clearError();

protected:
    QVBoxLayout *mainLayout() const { return m_layout; }
    QFormLayout *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// Inserts a widget between the form and the error line.
    void addBelowForm(QWidget *widget);
    virtual void submit() = 0;
    void reject() override;

private:
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QWidget *m_formHost;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace pkiui
} // namespace fc
