#include "gui/pki/IssueCertificateDialog.h"

#include "backend/pki/FrameworkPresets.h"
#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fc {

QByteArray chainPem(const pki::IssuedCertificate &issued)
{
    QByteArray pem;
    for (const pki::Certificate &c : issued.chain)
        pem += c.toPem();
    return pem;
}

namespace {

struct PresetInfo {
    IssueCertificateDialog::Preset preset;
    const char *label;
    pki::LeafUsage usage;
    int days;
    pkiui::ExportFormat format;
    bool sansEditable;
    bool cnInSans; ///< the framework puts the CN in the SANs too
    const char *cnHint;
};

const PresetInfo kPresets[] = {
    {IssueCertificateDialog::Preset::Generic, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "Generic"), pki::LeafUsage::Server, 365,
     pkiui::ExportFormat::PemFiles, true, false, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "required")},
    {IssueCertificateDialog::Preset::FlareServer, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "NVIDIA FLARE server"),
     pki::LeafUsage::ServerAndClient, 360, pkiui::ExportFormat::FlareServerKit, true, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "server host name, e.g. flare.example.org")},
    {IssueCertificateDialog::Preset::FlareClient, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "NVIDIA FLARE client (site)"),
     pki::LeafUsage::Client, 360, pkiui::ExportFormat::FlareClientKit, false, false,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "site name, e.g. site-1")},
    {IssueCertificateDialog::Preset::FlareAdmin, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "NVIDIA FLARE admin"),
     pki::LeafUsage::Client, 360, pkiui::ExportFormat::FlareClientKit, false, false,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "admin e-mail")},
    {IssueCertificateDialog::Preset::OpenFlDirector, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "OpenFL director"),
     pki::LeafUsage::ServerAndClient, 365, pkiui::ExportFormat::OpenFlDirector, true, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "director.<domain>")},
    {IssueCertificateDialog::Preset::OpenFlEnvoy, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "OpenFL envoy"),
     pki::LeafUsage::Client, 365, pkiui::ExportFormat::OpenFlEnvoy, false, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "envoy name")},
    {IssueCertificateDialog::Preset::OpenFlNotebook, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "OpenFL notebook"),
     pki::LeafUsage::Client, 365, pkiui::ExportFormat::OpenFlNotebook, false, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "notebook")},
    {IssueCertificateDialog::Preset::FatePulsar, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "FATE pulsar broker"),
     pki::LeafUsage::ServerAndClient, 365, pkiui::ExportFormat::FatePulsar, false, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "<party-id>.<domain>")},
    {IssueCertificateDialog::Preset::FateTrafficServer, QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "FATE traffic-server"),
     pki::LeafUsage::ServerAndClient, 365, pkiui::ExportFormat::FateTrafficServer, false, true,
     QT_TRANSLATE_NOOP("fc::IssueCertificateDialog", "proxy.<domain>")},
};

const PresetInfo &presetInfo(IssueCertificateDialog::Preset p)
{
    for (const PresetInfo &i : kPresets) {
        if (i.preset == p)
            return i;
    }
    return kPresets[0];
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    return e;
}

} // namespace

IssueCertificateDialog::IssueCertificateDialog(const PkiServices &services, QWidget *parent)
    : PkiFormDialog(tr("Issue certificate"), parent), m_services(services)
{
    setObjectName(QStringLiteral("issueCertificateDialog"));
    m_ca = new QComboBox(this);
    m_ca->setObjectName(QStringLiteral("caComboBox"));
    const QString caError = pkiui::fillCaCombo(m_ca, m_services.store);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    for (const PresetInfo &i : kPresets)
        m_preset->addItem(tr(i.label), int(i.preset));
    m_cn = lineEdit(this, QStringLiteral("cnLineEdit"));
    m_org = lineEdit(this, QStringLiteral("orgLineEdit"));
    m_ou = lineEdit(this, QStringLiteral("ouLineEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_role->addItems(pki::presets::flareAdminRoles());
    m_sans = lineEdit(this, QStringLiteral("sansLineEdit"));
    m_sans->setPlaceholderText(tr("DNS names, IP addresses, e-mail addresses, URIs (spiffe://…), separated by commas"));
    m_sans->setToolTip(tr("openssl's prefixes work too: DNS:, IP:, email:, URI:"));
    m_sanError = pkiui::makeErrorLabel(this, QStringLiteral("sanErrorLabel"));
    m_usage = new QComboBox(this);
    m_usage->setObjectName(QStringLiteral("usageComboBox"));
    m_usage->addItem(tr("Server (TLS server auth)"), int(pki::LeafUsage::Server));
    m_usage->addItem(tr("Client (TLS client auth)"), int(pki::LeafUsage::Client));
    m_usage->addItem(tr("Server and client"), int(pki::LeafUsage::ServerAndClient));
    m_keyType = pkiui::makeKeyTypeCombo(this, pki::KeyType::EcP256, QStringLiteral("keyTypeComboBox"));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(1, 3650);
    m_validity->setSuffix(tr(" days"));
    m_outputDir = new pkiui::PathField(pkiui::PathField::Directory, QStringLiteral("outputDir"), this);
    m_outputDir->lineEdit()->setPlaceholderText(tr("optional: keep the key in memory only (Deploy to Secret…)"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (const pkiui::ExportFormatInfo &f : pkiui::exportFormats()) {
        if (f.needsKey)
            m_format->addItem(f.label, int(f.format));
    }
    m_p12Passphrase = lineEdit(this, QStringLiteral("p12PassphraseLineEdit"));
    m_p12Passphrase->setEchoMode(QLineEdit::Password);
    m_p12Passphrase->setPlaceholderText(tr("protects the .p12 file"));

    form()->addRow(tr("C&A:"), m_ca);
    form()->addRow(tr("&Preset:"), m_preset);
    form()->addRow(tr("Common &name (CN):"), m_cn);
    form()->addRow(tr("&Organization (O):"), m_org);
    form()->addRow(tr("Organizational &unit (OU):"), m_ou);
    form()->addRow(tr("Admin &role:"), m_role);
    form()->addRow(tr("&SANs:"), m_sans);
    form()->addRow(QString(), m_sanError);
    form()->addRow(tr("U&sage:"), m_usage);
    form()->addRow(tr("&Key:"), m_keyType);
    form()->addRow(tr("&Validity:"), m_validity);
    form()->addRow(tr("Save files &to:"), m_outputDir);
    form()->addRow(tr("&Format:"), m_format);
    form()->addRow(tr("PKCS#12 pass&phrase:"), m_p12Passphrase);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_deploy = new QPushButton(tr("&Deploy to Secret…"), this);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setToolTip(tr("Create a Kubernetes TLS secret from this certificate and its in-memory key"));
    m_deploy->setEnabled(false);
    buttons()->addButton(m_deploy, QDialogButtonBox::ActionRole);
    addBelowForm(m_result);
    okButton()->setText(tr("&Issue"));
    buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::applyPreset);
    connect(m_sans, &QLineEdit::textChanged, this, &IssueCertificateDialog::checkSans);
    auto updateP12 = [this] {
        m_p12Passphrase->setEnabled(pkiui::ExportFormat(m_format->currentData().toInt()) == pkiui::ExportFormat::Pkcs12);
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, updateP12);
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        if (m_issued.key.isNull())
            return;
        auto key = m_issued.key.toPem();
        if (!key)
            return showError(key.error());
        Q_EMIT deployRequested(m_issued.certificate.toPem(), key.value(), chainPem(m_issued));
    });
    applyPreset();
    updateP12();
    checkSans();
    if (!caError.isEmpty())
        showError(caError);
    else if (m_ca->count() == 0)
        showError(tr("There is no CA yet: create or import one first (New CA…, Import CA…)."));
    resize(600, sizeHint().height());
}

IssueCertificateDialog::Preset IssueCertificateDialog::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void IssueCertificateDialog::setPreset(Preset p)
{
    m_preset->setCurrentIndex(m_preset->findData(int(p)));
}

void IssueCertificateDialog::setCa(const QString &name)
{
    if (const int i = m_ca->findData(name); i >= 0)
        m_ca->setCurrentIndex(i);
}

void IssueCertificateDialog::applyPreset()
{
    const PresetInfo &info = presetInfo(preset());
    const bool generic = preset() == Preset::Generic;
    m_usage->setCurrentIndex(m_usage->findData(int(info.usage)));
    m_usage->setEnabled(generic);
    pkiui::selectKeyType(m_keyType, generic ? pki::KeyType::EcP256 : pki::KeyType::Rsa2048);
    m_validity->setValue(info.days);
    m_cn->setPlaceholderText(tr(info.cnHint));
    m_sans->setEnabled(info.sansEditable);
    if (!info.sansEditable)
        m_sans->clear();
    else if (preset() == Preset::OpenFlDirector && m_sans->text().isEmpty())
        m_sans->setText(QStringLiteral("director"));
    m_role->setEnabled(preset() == Preset::FlareAdmin);
    m_format->setCurrentIndex(m_format->findData(int(info.format)));
}

void IssueCertificateDialog::checkSans()
{
    const pkiui::ParsedSans parsed = pkiui::parseSans(m_sans->text());
    pkiui::setError(m_sanError, parsed.errors.join(u'\n'));
    form()->setRowVisible(m_sanError, !parsed.errors.isEmpty()); // no empty gap while all is well
    if (parsed.errors.isEmpty() && errorLabel()->text().startsWith(tr("Fix the SANs first")))
        clearError(); // the complaint of the last attempt no longer holds
}

void IssueCertificateDialog::submit()
{
    const QString caName = m_ca->currentData().toString();
    if (caName.isEmpty())
        return showError(tr("Choose a CA (create or import one first)."));
    const QString cn = m_cn->text().trimmed();
    if (cn.isEmpty()) {
        m_cn->setFocus();
        return showError(tr("Enter the common name (CN)."));
    }
    const PresetInfo &info = presetInfo(preset());
    pkiui::ParsedSans parsed = pkiui::parseSans(m_sans->text());
    if (!parsed.errors.isEmpty()) {
        m_sans->setFocus();
        checkSans();
        return showError(tr("Fix the SANs first: %1").arg(parsed.errors.first()));
    }
    if (info.cnInSans && !parsed.sans.dns.contains(cn) && !parsed.sans.ips.contains(cn)) {
        if (pki::isValidIpAddress(cn))
            parsed.sans.ips.prepend(cn);
        else if (pki::isValidDnsName(cn))
            parsed.sans.dns.prepend(cn);
        else
            return showError(tr("\"%1\" must be a host name for this preset (it goes into the SANs too).").arg(cn));
    }
    if (pki::LeafUsage(m_usage->currentData().toInt()) != pki::LeafUsage::Client && parsed.sans.isEmpty())
        return showError(tr("A server certificate needs at least one SAN (clients check the SANs, not the CN)."));
    const auto format = pkiui::ExportFormat(m_format->currentData().toInt());
    const QString outDir = m_outputDir->path();
    const QByteArray p12Pass = m_p12Passphrase->text().toUtf8();
    if (!outDir.isEmpty() && format == pkiui::ExportFormat::Pkcs12 && p12Pass.isEmpty())
        return showError(tr("Enter a passphrase for the PKCS#12 file."));

    pki::LeafRequest req;
    req.subject.commonName = cn;
    req.subject.organization = m_org->text().trimmed();
    req.subject.organizationalUnit = m_ou->text().trimmed();
    if (preset() == Preset::FlareAdmin)
        req.subject.unstructuredName = m_role->currentText();
    req.sans = parsed.sans;
    req.usage = pki::LeafUsage(m_usage->currentData().toInt());
    req.keyType = pkiui::keyTypeOf(m_keyType);
    req.validityDays = m_validity->value();

    setBusy(true, tr("Unlocking CA \"%1\"…").arg(caName));
    m_services.unlocker->unlock(this, caName, [this, req, format, outDir, p12Pass](Result<pki::CertificateAuthority> ca) {
        if (!ca) {
            setBusy(false);
            if (ca.error().reason != QLatin1String("Cancelled"))
                showError(ca.error());
            return;
        }
        setBusy(true, tr("Generating the key and signing…"));
        CaStore store = m_services.store;
        const pki::Clock *clock = m_services.clock;
        m_services.tasks->run<Result<pki::IssuedCertificate>>(
            this,
            [store, req, format, outDir, p12Pass, clock, ca = ca.value()]() mutable -> Result<pki::IssuedCertificate> {
                auto made = ca.issue(req, *clock);
                if (!made)
                    return made.error();
                if (!outDir.isEmpty()) {
                    auto files = pkiui::exportLayout(format, made.value(), QStringLiteral("tls"), p12Pass);
                    if (!files)
                        return files.error();
                    const QString dir = format == pkiui::ExportFormat::FlareServerKit || format == pkiui::ExportFormat::FlareClientKit
                        ? outDir + QStringLiteral("/startup") : outDir;
                    if (auto w = pki::writeExportFiles(dir, files.value()); !w)
                        return w.error();
                }
                if (auto a = store.addIssued(made->certificate); !a)
                    return a.error();
                return made;
            },
            [this, outDir](Result<pki::IssuedCertificate> result) { onIssued(std::move(result), outDir); });
    });
}

void IssueCertificateDialog::onIssued(Result<pki::IssuedCertificate> result, const QString &outputDir)
{
    setBusy(false);
    if (!result)
        return showError(result.error());
    m_issued = result.value();
    const pki::CertificateInfo info = m_issued.certificate.info();
    QString text = tr("Issued %1, serial %2, valid until %3.").arg(info.subject, info.serialHex, info.notAfter.toString(Qt::ISODate));
    text += u' ' + (outputDir.isEmpty() ? tr("The key is in memory only: deploy it now or it is gone when this dialog closes.")
                                        : tr("Files written to %1.").arg(QDir::toNativeSeparators(outputDir)));
    m_result->setText(text);
    m_result->show();
    m_deploy->setEnabled(true);
    Q_EMIT issued(m_issued);
}

} // namespace fc
