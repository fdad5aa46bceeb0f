#pragma once

#include "model/pki/CertificateSecrets.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fc {

class ClusterConnection;
class ObjectClient;

/// Deploys a certificate, its key and CA as a Kubernetes Secret: namespace, name, layout
/// (kubernetes.io/tls or generic with editable key names and framework presets), the YAML that will
/// be applied with the private key redacted, and a server-side dry run of every valid edit before
/// Apply. Errors show inline and keep everything typed; the dialog closes (accept) only after the
/// server wrote the secret.
///
/// Object names for tests: namespaceComboBox, secretNameLineEdit, typeComboBox, presetComboBox,
/// certKeyLineEdit, keyKeyLineEdit, caKeyLineEdit, forceCheckBox, previewTextEdit, dryRunLabel,
/// errorLabel, applyButton.
class SecretDeployDialog final : public QDialog {
    Q_OBJECT
public:
    SecretDeployDialog(ClusterConnection *connection, const SecretMaterial &material, QWidget *parent = nullptr);
    ~SecretDeployDialog() override;

    void setNamespace(const QString &ns);
    void setSecretName(const QString &name);
    /// One of secretKeyPresets()' ids; sets layout, key names and (if still empty) the secret name.
    void selectPreset(const QString &presetId);

    /// What Apply would send, as currently typed.
    CertificateSecretSpec spec() const;
    /// The preview as shown (private key redacted), empty while the input is invalid.
    QString previewText() const;
    /// The inline error shown, empty when the input is valid.
    QString errorText() const;

public Q_SLOTS:
    /// Sends a server-side dry run of the current input (done automatically after edits).
    void runDryRun();
    /// Server-side apply; on success emits applied() and closes.
    void apply();

Q_SIGNALS:
    void dryRunFinished(bool ok, const QString &message);
    void applied(const QString &namespace_, const QString &name, const QString &resourceVersion);
    void applyFailed(const QString &message);

private:
    void buildUi();
    void loadNamespaces();
    void onInputChanged();
    void onTypeChanged();
    void setError(const QString &message, const QString &field);
    void setBusy(bool busy);

    QPointer<ClusterConnection> m_connection;
    std::unique_ptr<ObjectClient> m_objects;
    SecretMaterial m_material;
    QComboBox *m_namespace = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_certKey = nullptr;
    QLineEdit *m_keyKey = nullptr;
    QLineEdit *m_caKey = nullptr;
    QCheckBox *m_force = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_dryRun = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QTimer *m_dryRunTimer = nullptr;
    SecretKeyNames m_genericNames; ///< remembered while the layout is TLS
    QString m_presetSecretName;    ///< the name a preset filled in (replaced by the next preset)
    int m_generation = 0;          ///< answers to older input are dropped
    bool m_inputValid = false;
    bool m_applying = false;
};

} // namespace fc
