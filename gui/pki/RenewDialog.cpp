#include "gui/pki/RenewDialog.h"

#include "backend/pki/FrameworkPresets.h"
#include "gui/pki/IssueCertificateDialog.h"
#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fc {

RenewDialog::RenewDialog(const PkiServices &services, const pki::Certificate &old, QWidget *parent)
    : PkiFormDialog(tr("Renew certificate"), parent), m_services(services), m_old(old)
{
    setObjectName(QStringLiteral("renewDialog"));
    const pki::CertificateInfo info = old.info();
    auto *subject = new QLabel(info.subject, this);
    subject->setObjectName(QStringLiteral("subjectLabel"));
    auto *sans = new QLabel(info.sans.isEmpty() ? tr("(none)") : info.sans.toString(), this);
    sans->setObjectName(QStringLiteral("sansLabel"));
    sans->setWordWrap(true);
    auto *validity = new QLabel(tr("%1 — %2").arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate)), this);
    m_ca = new QComboBox(this);
    m_ca->setObjectName(QStringLiteral("caComboBox"));
    const QString caError = pkiui::fillCaCombo(m_ca, m_services.store);
    pkiui::selectIssuingCa(m_ca, m_services.store.readableEntries(), old);
    m_reissue = new QCheckBox(tr("Re-&issue under this CA even if another CA issued the certificate"), this);
    m_reissue->setObjectName(QStringLiteral("reissueCheckBox"));
    m_reissue->setToolTip(tr("The certificate's peers must then trust this CA's root."));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(1, 3650);
    m_validity->setValue(int(std::max<qint64>(1, info.notBefore.daysTo(info.notAfter))));
    m_validity->setSuffix(tr(" days"));
    m_keyMode = new QComboBox(this);
    m_keyMode->setObjectName(QStringLiteral("keyModeComboBox"));
    m_keyMode->addItem(tr("New key"));
    m_keyMode->addItem(tr("Same key (from its PEM file)"));
    m_keyType = pkiui::makeKeyTypeCombo(this, pki::KeyType::EcP256, QStringLiteral("keyTypeComboBox"));
    if (info.keyAlgorithm == QLatin1String("RSA"))
        pkiui::selectKeyType(m_keyType, info.keyBits >= 4096 ? pki::KeyType::Rsa4096 : info.keyBits >= 3072 ? pki::KeyType::Rsa3072 : pki::KeyType::Rsa2048);
    else if (info.keyAlgorithm == QLatin1String("Ed25519"))
        pkiui::selectKeyType(m_keyType, pki::KeyType::Ed25519);
    else if (info.keyBits >= 384)
        pkiui::selectKeyType(m_keyType, pki::KeyType::EcP384);
    m_keyFile = new pkiui::PathField(pkiui::PathField::OpenFile, QStringLiteral("keyFile"), this);
    m_keyFile->setEnabled(false);
    m_keyPassphrase = new QLineEdit(this);
    m_keyPassphrase->setObjectName(QStringLiteral("keyPassphraseLineEdit"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    m_keyPassphrase->setPlaceholderText(tr("only if the key file is encrypted"));
    m_keyPassphrase->setEnabled(false);
    m_outputDir = new pkiui::PathField(pkiui::PathField::Directory, QStringLiteral("outputDir"), this);
    m_outputDir->lineEdit()->setPlaceholderText(tr("optional: tls.crt, tls.key, ca.crt"));
    form()->addRow(tr("Subject:"), subject);
    form()->addRow(tr("SANs:"), sans);
    form()->addRow(tr("Now valid:"), validity);
    form()->addRow(tr("C&A:"), m_ca);
    form()->addRow(QString(), m_reissue);
    form()->addRow(tr("&Validity:"), m_validity);
    form()->addRow(tr("&Key:"), m_keyMode);
    form()->addRow(tr("New key &type:"), m_keyType);
    form()->addRow(tr("Key &file:"), m_keyFile);
    form()->addRow(tr("Key file pass&phrase:"), m_keyPassphrase);
    form()->addRow(tr("Save files &to:"), m_outputDir);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    addBelowForm(m_result);
    m_deploy = new QPushButton(tr("&Deploy to Secret…"), this);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setEnabled(false);
    buttons()->addButton(m_deploy, QDialogButtonBox::ActionRole);
    okButton()->setText(tr("&Renew"));
    buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    if (!caError.isEmpty())
        showError(caError);
    connect(m_keyMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_keyType->setEnabled(i == 0);
        m_keyFile->setEnabled(i == 1);
        m_keyPassphrase->setEnabled(i == 1);
    });
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        auto key = m_issued.key.toPem();
        if (!key)
            return showError(key.error());
        Q_EMIT deployRequested(m_issued.certificate.toPem(), key.value(), chainPem(m_issued));
    });
    resize(600, sizeHint().height());
}

void RenewDialog::submit()
{
    const QString caName = m_ca->currentData().toString();
    if (caName.isEmpty())
        return showError(tr("Choose a CA (create or import one first)."));
    const bool sameKey = m_keyMode->currentIndex() == 1;
    QByteArray keyPem;
    if (sameKey) {
        auto pem = pkiui::readFile(m_keyFile->path());
        if (!pem)
            return showError(tr("Key file: %1").arg(pem.error().toString()));
        keyPem = pem.value();
    }
    const QByteArray keyPass = m_keyPassphrase->text().toUtf8();
    const pki::KeyType keyType = pkiui::keyTypeOf(m_keyType);
    const int days = m_validity->value();
    const bool reissue = m_reissue->isChecked();
    const QString outDir = m_outputDir->path();
    setBusy(true, tr("Unlocking CA \"%1\"…").arg(caName));
    m_services.unlocker->unlock(this, caName, [=, this](Result<pki::CertificateAuthority> ca) {
        if (!ca) {
            setBusy(false);
            if (ca.error().reason != QLatin1String("Cancelled"))
                showError(ca.error());
            return;
        }
        setBusy(true, tr("Renewing…"));
        CaStore store = m_services.store;
        const pki::Clock *clock = m_services.clock;
        m_services.tasks->run<Result<pki::IssuedCertificate>>(
            this,
            [=, old = m_old, ca = ca.value()]() mutable -> Result<pki::IssuedCertificate> {
                pki::RenewOptions opts;
                opts.validityDays = days;
                opts.allowDifferentIssuer = reissue;
                pki::PrivateKey existing;
                if (sameKey) {
                    auto key = pki::PrivateKey::fromPem(keyPem, keyPass);
                    if (!key) {
                        if (key.error().reason == QLatin1String("WrongPassphrase"))
                            return makeError(tr("wrong passphrase for the key file"));
                        if (key.error().reason == QLatin1String("PassphraseRequired"))
                            return makeError(tr("the key file is encrypted: enter its passphrase"));
                        return key.error();
                    }
                    if (auto m = old.checkPrivateKey(key.value()); !m)
                        return makeError(tr("this key does not belong to the certificate being renewed"));
                    existing = key.value();
                    opts.existingKey = &existing;
                } else {
                    opts.newKeyType = keyType;
                }
                auto renewed = ca.renew(old, opts, *clock);
                if (!renewed)
                    return renewed.error();
                if (!outDir.isEmpty()) {
                    auto files = pki::presets::pemFiles(renewed.value(), QStringLiteral("tls"));
                    if (!files)
                        return files.error();
                    if (auto w = pki::writeExportFiles(outDir, files.value()); !w)
                        return w.error();
                }
                if (auto a = store.addIssued(renewed->certificate); !a)
                    return a.error();
                return renewed;
            },
            [this, outDir](Result<pki::IssuedCertificate> result) {
                setBusy(false);
                if (!result)
                    return showError(result.error());
                m_issued = result.value();
                const pki::CertificateInfo info = m_issued.certificate.info();
                m_result->setText(tr("Renewed: serial %1, valid until %2.%3")
                                      .arg(info.serialHex, info.notAfter.toString(Qt::ISODate),
                                           outDir.isEmpty() ? QString() : tr(" Files written to %1.").arg(outDir)));
                m_result->show();
                m_deploy->setEnabled(true);
                Q_EMIT issued(m_issued);
            });
    });
}

} // namespace fc
