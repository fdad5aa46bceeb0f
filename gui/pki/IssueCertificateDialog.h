#pragma once

#include "gui/pki/ExportLayouts.h"
#include "gui/pki/PkiServices.h"
#include "gui/pki/PkiWidgets.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fc {

/// Issue certificate…: a server, client or dual-use leaf from a stored CA, with DNS/IP SANs checked
/// as they are typed (errors inline, nothing issued while one remains) and a framework preset that
/// sets usage, key, validity, the names the framework expects and the file layout. The files are
/// written when an output directory is given; either way the key stays in memory for "Deploy to
/// Secret…" (deployRequested) until the dialog closes.
class IssueCertificateDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    enum class Preset { Generic, FlareServer, FlareClient, FlareAdmin, OpenFlDirector, OpenFlEnvoy, OpenFlNotebook,
                        FatePulsar, FateTrafficServer };
    IssueCertificateDialog(const PkiServices &services, QWidget *parent = nullptr);

    void setPreset(Preset preset);
    /// Preselects the CA (store name).
    void setCa(const QString &name);
    /// The last certificate issued here (key included), or an empty one.
    const pki::IssuedCertificate &lastIssued() const { return m_issued; }

Q_SIGNALS:
    /// A certificate was issued (and recorded in the store).
    void issued(const fc::pki::IssuedCertificate &issued);
    void deployRequested(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem);

protected:
    void submit() override;

private:
    Preset preset() const;
    void applyPreset();
    void checkSans();
    void onIssued(Result<pki::IssuedCertificate> result, const QString &outputDir);

    PkiServices m_services;
    QComboBox *m_ca;
    QComboBox *m_preset;
    QLineEdit *m_cn, *m_org, *m_ou;
    QComboBox *m_role;
    QLineEdit *m_sans;
    QLabel *m_sanError;
    QComboBox *m_usage;
    QComboBox *m_keyType;
    QSpinBox *m_validity;
    pkiui::PathField *m_outputDir;
    QComboBox *m_format;
    QLineEdit *m_p12Passphrase;
    QLabel *m_result;
    QPushButton *m_deploy;
    pki::IssuedCertificate m_issued;
};

/// PEM of a certificate's issuers (nearest first), as deployRequested carries them.
QByteArray chainPem(const pki::IssuedCertificate &issued);

} // namespace fc
