#pragma once

#include "gui/pki/FederationWorker.h"
#include "gui/pki/PkiServices.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace fc {

class NewPassphraseFields;
namespace pkiui { class PathField; }

/// One dialog that sets up a whole federation's PKI: a new (or an existing) CA plus one
/// certificate per party, written in the framework's layout (NVIDIA FLARE startup kits, OpenFL
/// director/envoy/notebook secrets, FATE eggroll/pulsar/traffic-server secrets). Generation runs on
/// a worker thread (FederationWorker) with a progress bar and Cancel; nothing is left half-written.
class FederationWizard final : public QDialog {
    Q_OBJECT
public:
    FederationWizard(const PkiServices &services, QWidget *parent = nullptr);
    ~FederationWizard() override;

    void setFramework(FederationFramework framework);
    FederationFramework framework() const;
    /// Replaces the party table.
    void setParties(const QList<FederationParty> &parties);
    QList<FederationParty> parties() const;
    /// The plan the form describes now (not validated).
    FederationPlan plan() const;
    bool isRunning() const { return m_thread != nullptr; }

    /// Starts generation (what the Generate button does). Errors are shown inline.
    void generate();
    /// Asks a running generation to stop before its next key.
    void cancelGeneration();

Q_SIGNALS:
    void progressChanged(int done, int total, const QString &current);
    /// After every run; status is FederationWorker::Status.
    void generationFinished(int status, const QString &message);
    /// Certificates (and possibly a CA) were added to the store.
    void storeChanged();

protected:
    void reject() override;

private:
    void buildUi();
    void onFrameworkChanged();
    void onRoleChanged(int row);
    void addPartyRow(const FederationParty &party);
    void setRunning(bool running);
    void onFinished(int status, const QString &message, const QStringList &files);
    void prefillPassphraseFromKeychain();

    PkiServices m_services;
    QComboBox *m_framework = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_project = nullptr;
    QLabel *m_domainLabel = nullptr;
    QLineEdit *m_domain = nullptr;
    QRadioButton *m_newCa = nullptr;
    QRadioButton *m_existingCa = nullptr;
    QStackedWidget *m_caStack = nullptr;
    QLineEdit *m_caName = nullptr;
    QLineEdit *m_caCn = nullptr;
    QComboBox *m_caKeyType = nullptr;
    QSpinBox *m_caValidity = nullptr;
    NewPassphraseFields *m_caPassphrase = nullptr;
    QComboBox *m_existingCaCombo = nullptr;
    QLineEdit *m_existingPassphrase = nullptr;
    QCheckBox *m_existingRemember = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_keyType = nullptr;
    QSpinBox *m_validity = nullptr;
    pkiui::PathField *m_outputDir = nullptr;
    QWidget *m_form = nullptr;
    QList<QWidget *> m_frozenWhileRunning;
    QProgressBar *m_progress = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    bool m_caNameEdited = false;
    QThread *m_thread = nullptr;
    QPointer<FederationWorker> m_worker;
};

} // namespace fc
