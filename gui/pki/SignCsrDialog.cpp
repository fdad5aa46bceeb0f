#include "gui/pki/SignCsrDialog.h"

#include "backend/pki/ExportFile.h"
#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fc {

SignCsrDialog::SignCsrDialog(const PkiServices &services, QWidget *parent)
    : PkiFormDialog(tr("Sign certificate request"), parent), m_services(services)
{
    setObjectName(QStringLiteral("signCsrDialog"));
    m_csrFile = new pkiui::PathField(pkiui::PathField::OpenFile, QStringLiteral("csrFile"), this);
    m_csrFile->lineEdit()->setPlaceholderText(tr("PEM certificate signing request (.csr)"));
    auto label = [this](const QString &name) {
        auto *l = new QLabel(tr("—"), this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_subject = label(QStringLiteral("csrSubjectLabel"));
    m_sans = label(QStringLiteral("csrSansLabel"));
    m_key = label(QStringLiteral("csrKeyLabel"));
    m_signature = label(QStringLiteral("csrSignatureLabel"));
    m_ca = new QComboBox(this);
    m_ca->setObjectName(QStringLiteral("caComboBox"));
    const QString caError = pkiui::fillCaCombo(m_ca, m_services.store);
    m_usage = new QComboBox(this);
    m_usage->setObjectName(QStringLiteral("usageComboBox"));
    m_usage->addItem(tr("Server"), int(pki::LeafUsage::Server));
    m_usage->addItem(tr("Client"), int(pki::LeafUsage::Client));
    m_usage->addItem(tr("Server and client"), int(pki::LeafUsage::ServerAndClient));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(1, 3650);
    m_validity->setValue(365);
    m_validity->setSuffix(tr(" days"));
    m_output = new pkiui::PathField(pkiui::PathField::SaveFile, QStringLiteral("outputFile"), this);
    m_output->lineEdit()->setPlaceholderText(tr("certificate file to write (PEM, with intermediates)"));
    form()->addRow(tr("&Request:"), m_csrFile);
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("SANs:"), m_sans);
    form()->addRow(tr("Key:"), m_key);
    form()->addRow(tr("Signature:"), m_signature);
    form()->addRow(tr("C&A:"), m_ca);
    form()->addRow(tr("U&sage:"), m_usage);
    form()->addRow(tr("&Validity:"), m_validity);
    form()->addRow(tr("&Write to:"), m_output);
    okButton()->setText(tr("&Sign"));
    if (!caError.isEmpty())
        showError(caError);
    connect(m_csrFile->lineEdit(), &QLineEdit::textChanged, this, &SignCsrDialog::loadRequest);
    resize(620, sizeHint().height());
}

void SignCsrDialog::loadRequest(const QString &path)
{
    if (m_csrFile->lineEdit()->text() != path) {
        m_csrFile->setPath(path); // comes back through textChanged
        return;
    }
    m_csr = {};
    m_signatureOk = false;
    for (QLabel *l : {m_subject, m_sans, m_key, m_signature})
        l->setText(tr("—"));
    m_signature->setStyleSheet({});
    clearError();
    if (path.trimmed().isEmpty())
        return;
    auto pem = pkiui::readFile(path.trimmed());
    if (!pem)
        return showError(pem.error());
    auto csr = pki::CertificateRequest::fromPem(pem.value());
    if (!csr)
        return showError(tr("Not a certificate request: %1").arg(csr.error().message));
    m_csr = csr.value();
    m_subject->setText(m_csr.subject());
    m_sans->setText(m_csr.subjectAltNames().isEmpty() ? tr("(none)") : m_csr.subjectAltNames().toString());
    m_key->setText(QStringLiteral("%1 %2").arg(m_csr.keyAlgorithm()).arg(m_csr.keyBits()));
    const Result<void> sig = m_csr.verifySignature();
    m_signatureOk = sig.ok();
    m_signature->setText(sig ? tr("valid (signed by the key it carries)") : tr("BAD — %1. It will not be signed.").arg(sig.error().message));
    m_signature->setStyleSheet(sig ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828; font-weight: bold;"));
}

void SignCsrDialog::submit()
{
    if (m_csr.isNull())
        return showError(tr("Choose a certificate request first."));
    if (!m_signatureOk)
        return showError(tr("The request's signature does not verify: it was altered or not made with its key. Refused."));
    const QString caName = m_ca->currentData().toString();
    if (caName.isEmpty())
        return showError(tr("Choose a CA (create or import one first)."));
    const QString out = m_output->path();
    if (out.isEmpty())
        return showError(tr("Choose the file to write the certificate to."));
    const auto usage = pki::LeafUsage(m_usage->currentData().toInt());
    const int days = m_validity->value();
    setBusy(true, tr("Unlocking CA \"%1\"…").arg(caName));
    m_services.unlocker->unlock(this, caName, [this, usage, days, out](Result<pki::CertificateAuthority> ca) {
        if (!ca) {
            setBusy(false);
            if (ca.error().reason != QLatin1String("Cancelled"))
                showError(ca.error());
            return;
        }
        setBusy(true, tr("Signing…"));
        CaStore store = m_services.store;
        const pki::Clock *clock = m_services.clock;
        m_services.tasks->run<Result<pki::Certificate>>(
            this,
            [store, csr = m_csr, usage, days, out, clock, ca = ca.value()]() mutable -> Result<pki::Certificate> {
                auto cert = ca.signRequest(csr, usage, days, *clock);
                if (!cert)
                    return cert.error();
                QByteArray pem = cert->toPem();
                const QList<pki::Certificate> chain = ca.chain();
                for (qsizetype i = 0; i + 1 < chain.size(); ++i) // intermediates, not the root
                    pem += chain[i].toPem();
                if (auto w = pki::writeFileAtomically(out, pem, 0644); !w)
                    return w.error();
                if (auto a = store.addIssued(cert.value()); !a)
                    return a.error();
                return cert;
            },
            [this](Result<pki::Certificate> cert) {
                setBusy(false);
                if (!cert)
                    return showError(cert.error());
                Q_EMIT signedCertificate(cert.value());
                accept();
            });
    });
}

} // namespace fc
