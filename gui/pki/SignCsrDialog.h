#pragma once

#include "backend/pki/CertificateRequest.h"
#include "gui/pki/PkiServices.h"
#include "gui/pki/PkiWidgets.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace fc {

/// Sign CSR…: shows the request's subject, SANs, key and whether its signature holds before
/// anything is signed; a request with a bad signature is refused. Writes the certificate followed
/// by the CA's intermediates, and records it in the store.
class SignCsrDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    SignCsrDialog(const PkiServices &services, QWidget *parent = nullptr);
    /// Loads and shows a CSR (what choosing the file does).
    void loadRequest(const QString &path);

Q_SIGNALS:
    void signedCertificate(const fc::pki::Certificate &certificate);

protected:
    void submit() override;

private:
    PkiServices m_services;
    pkiui::PathField *m_csrFile;
    QLabel *m_subject, *m_sans, *m_key, *m_signature;
    QComboBox *m_ca;
    QComboBox *m_usage;
    QSpinBox *m_validity;
    pkiui::PathField *m_output;
    pki::CertificateRequest m_csr;
    bool m_signatureOk = false;
};

} // namespace fc
