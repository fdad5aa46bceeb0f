#include "gui/pki/CaDialogs.h"

#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fc {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

NewCaDialog::NewCaDialog(const PkiServices &services, QWidget *parent)
    : PkiFormDialog(tr("New certificate authority"), parent), m_services(services)
{
    setObjectName(QStringLiteral("newCaDialog"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caKindComboBox"));
    m_kind->addItem(tr("Root CA (self-signed)"));
    m_kind->addItem(tr("Intermediate CA (signed by a stored CA)"));
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parentCaComboBox"));
    const QString err = pkiui::fillCaCombo(m_parent, m_services.store);
    m_parent->setEnabled(false);
    m_name = lineEdit(this, QStringLiteral("caNameLineEdit"), tr("letters, digits, '.', '_', '-'"));
    m_cn = lineEdit(this, QStringLiteral("cnLineEdit"), tr("required"));
    m_org = lineEdit(this, QStringLiteral("orgLineEdit"));
    m_ou = lineEdit(this, QStringLiteral("ouLineEdit"));
    m_country = lineEdit(this, QStringLiteral("countryLineEdit"), tr("two letters, e.g. DE"));
    m_country->setMaxLength(2);
    m_state = lineEdit(this, QStringLiteral("stateLineEdit"));
    m_locality = lineEdit(this, QStringLiteral("localityLineEdit"));
    m_keyType = pkiui::makeKeyTypeCombo(this, pki::KeyType::EcP384, QStringLiteral("keyTypeComboBox"));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(1, 36500);
    m_validity->setValue(3650);
    m_validity->setSuffix(tr(" days"));
    m_pathLength = new QSpinBox(this);
    m_pathLength->setObjectName(QStringLiteral("pathLengthSpinBox"));
    m_pathLength->setRange(-1, 10);
    m_pathLength->setValue(-1);
    m_pathLength->setSpecialValueText(tr("unlimited"));
    form()->addRow(tr("&Type:"), m_kind);
    form()->addRow(tr("Si&gned by:"), m_parent);
    form()->addRow(tr("Store &as:"), m_name);
    form()->addRow(tr("Common &name (CN):"), m_cn);
    form()->addRow(tr("&Organization (O):"), m_org);
    form()->addRow(tr("Organizational &unit (OU):"), m_ou);
    form()->addRow(tr("&Country (C):"), m_country);
    form()->addRow(tr("&State (ST):"), m_state);
    form()->addRow(tr("&Locality (L):"), m_locality);
    form()->addRow(tr("&Key:"), m_keyType);
    form()->addRow(tr("&Validity:"), m_validity);
    form()->addRow(tr("&Path length:"), m_pathLength);
    m_passphrase = new NewPassphraseFields(form(), this, QStringLiteral("ca"));
    okButton()->setText(tr("&Create"));
    if (!err.isEmpty())
        showError(err);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) { m_parent->setEnabled(i == 1); });
    resize(520, sizeHint().height());
}

void NewCaDialog::submit()
{
    const QString name = m_name->text().trimmed();
    if (auto v = CaStore::validateName(name); !v)
        return showError(v.error().message);
    if (m_services.store.contains(name))
        return showError(tr("A CA named \"%1\" already exists.").arg(name));
    if (m_cn->text().trimmed().isEmpty()) {
        m_cn->setFocus();
        return showError(tr("Enter the common name (CN)."));
    }
    if (!m_country->text().isEmpty() && m_country->text().size() != 2)
        return showError(tr("The country is two letters (ISO 3166), e.g. DE."));
    auto pass = m_passphrase->validate();
    if (!pass)
        return showError(pass.error().message);
    pki::CaRequest req;
    req.subject.commonName = m_cn->text().trimmed();
    req.subject.organization = m_org->text().trimmed();
    req.subject.organizationalUnit = m_ou->text().trimmed();
    req.subject.country = m_country->text().trimmed().toUpper();
    req.subject.state = m_state->text().trimmed();
    req.subject.locality = m_locality->text().trimmed();
    req.keyType = pkiui::keyTypeOf(m_keyType);
    req.validityDays = m_validity->value();
    req.pathLength = m_pathLength->value();
    const bool remember = m_passphrase->remember();
    const QByteArray passphrase = pass.value();
    CaStore store = m_services.store;
    if (m_kind->currentIndex() == 0) {
        setBusy(true, tr("Generating the CA key…"));
        m_services.tasks->run<Result<pki::CertificateAuthority>>(
            this, [store, name, req, passphrase]() mutable { return store.createRoot(name, req, passphrase); },
            [this, name, passphrase, remember](Result<pki::CertificateAuthority> ca) { finish(name, passphrase, remember, std::move(ca)); });
        return;
    }
    const QString parentName = m_parent->currentData().toString();
    if (parentName.isEmpty())
        return showError(tr("There is no stored CA to sign an intermediate: create or import a root first."));
    setBusy(true, tr("Unlocking CA \"%1\"…").arg(parentName));
    m_services.unlocker->unlock(this, parentName, [this, store, name, req, passphrase, remember](Result<pki::CertificateAuthority> parent) mutable {
        if (!parent) {
            setBusy(false);
            if (parent.error().reason != QLatin1String("Cancelled"))
                showError(parent.error());
            return;
        }
        setBusy(true, tr("Generating the intermediate CA key…"));
        m_services.tasks->run<Result<pki::CertificateAuthority>>(
            this,
            [store, name, req, passphrase, parentCa = parent.value()]() mutable -> Result<pki::CertificateAuthority> {
                auto ca = parentCa.createIntermediate(req);
                if (!ca)
                    return ca.error();
                QByteArray chain;
                for (const pki::Certificate &c : ca->chain())
                    chain += c.toPem();
                auto key = ca->key().toPem(); // stays in memory; the store encrypts it
                if (!key)
                    return key.error();
                return store.importCa(name, chain, key.value(), {}, passphrase);
            },
            [this, name, passphrase, remember](Result<pki::CertificateAuthority> ca) { finish(name, passphrase, remember, std::move(ca)); });
    });
}

void NewCaDialog::finish(const QString &name, const QByteArray &passphrase, bool remember, Result<pki::CertificateAuthority> ca)
{
    setBusy(false);
    if (!ca)
        return showError(ca.error());
    if (remember)
        m_services.unlocker->remember(name, passphrase);
    Q_EMIT created(name);
    accept();
}

ImportCaDialog::ImportCaDialog(const PkiServices &services, QWidget *parent)
    : PkiFormDialog(tr("Import certificate authority"), parent), m_services(services)
{
    setObjectName(QStringLiteral("importCaDialog"));
    m_name = lineEdit(this, QStringLiteral("caNameLineEdit"), tr("letters, digits, '.', '_', '-'"));
    m_cert = new pkiui::PathField(pkiui::PathField::OpenFile, QStringLiteral("certFile"), this);
    m_cert->lineEdit()->setPlaceholderText(tr("PEM: the CA certificate, optionally followed by its issuers"));
    m_key = new pkiui::PathField(pkiui::PathField::OpenFile, QStringLiteral("keyFile"), this);
    m_key->lineEdit()->setPlaceholderText(tr("PEM private key, encrypted or not"));
    m_keyPassphrase = lineEdit(this, QStringLiteral("keyPassphraseLineEdit"), tr("only if the key file is encrypted"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("Store &as:"), m_name);
    form()->addRow(tr("C&ertificate:"), m_cert);
    form()->addRow(tr("&Key:"), m_key);
    form()->addRow(tr("Key file pass&phrase:"), m_keyPassphrase);
    m_passphrase = new NewPassphraseFields(form(), this, QStringLiteral("store"));
    okButton()->setText(tr("&Import"));
    resize(600, sizeHint().height());
}

void ImportCaDialog::submit()
{
    const QString name = m_name->text().trimmed();
    if (auto v = CaStore::validateName(name); !v)
        return showError(v.error().message);
    auto cert = pkiui::readFile(m_cert->path());
    if (!cert)
        return showError(tr("Certificate: %1").arg(cert.error().toString()));
    auto key = pkiui::readFile(m_key->path());
    if (!key)
        return showError(tr("Key: %1").arg(key.error().toString()));
    auto pass = m_passphrase->validate();
    if (!pass)
        return showError(pass.error().message);
    setBusy(true, tr("Checking and encrypting the key…"));
    CaStore store = m_services.store;
    const QByteArray keyPass = m_keyPassphrase->text().toUtf8();
    const bool remember = m_passphrase->remember();
    m_services.tasks->run<Result<pki::CertificateAuthority>>(
        this, [store, name, cert = cert.value(), key = key.value(), keyPass, p = pass.value()]() mutable {
            return store.importCa(name, cert, key, keyPass, p);
        },
        [this, name, remember, p = pass.value()](Result<pki::CertificateAuthority> ca) {
            setBusy(false);
            if (!ca) {
                const QString reason = ca.error().reason;
                if (reason == QLatin1String("PassphraseRequired"))
                    return showError(tr("The key file is encrypted: enter its passphrase."));
                if (reason == QLatin1String("WrongPassphrase"))
                    return showError(tr("Wrong passphrase for the key file."));
                return showError(ca.error());
            }
            if (remember)
                m_services.unlocker->remember(name, p);
            Q_EMIT imported(name);
            accept();
        });
}

} // namespace fc
