#include "gui/pki/SecretDeployDialog.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {
constexpr int kDryRunDelayMs = 400;
const char kErrorStyle[] = "border: 1px solid #d32f2f;";
} // namespace

SecretDeployDialog::SecretDeployDialog(ClusterConnection *connection, const SecretMaterial &material, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_objects(std::make_unique<ObjectClient>(connection)), m_material(material)
{
    setWindowTitle(tr("Deploy certificate as Secret"));
    m_genericNames = secretKeyPreset(QStringLiteral("generic"))->names;
    buildUi();
    m_dryRunTimer = new QTimer(this);
    m_dryRunTimer->setSingleShot(true);
    m_dryRunTimer->setInterval(kDryRunDelayMs);
    connect(m_dryRunTimer, &QTimer::timeout, this, &SecretDeployDialog::runDryRun);
    setNamespace(QStringLiteral("default"));
    loadNamespaces();
    onTypeChanged();
}

SecretDeployDialog::~SecretDeployDialog() = default;

void SecretDeployDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("certificateSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    if (auto leaf = pki::Certificate::fromPem(m_material.certPem); leaf) {
        const pki::CertificateInfo info = leaf->info();
        m_summary->setText(tr("<b>%1</b><br>issued by %2 · serial %3 · valid until %4")
                               .arg(info.subject.toHtmlEscaped(), info.issuer.toHtmlEscaped(), info.serialHex,
                                    info.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    } else {
        m_summary->setText(tr("The certificate cannot be read: %1").arg(leaf.error().message));
    }
    layout->addWidget(m_summary);

    auto *where = new QGroupBox(tr("Secret"), this);
    auto *form = new QFormLayout(where);
    m_namespace = new QComboBox(where);
    m_namespace->setObjectName(QStringLiteral("namespaceComboBox"));
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Namespace:"), m_namespace);
    m_name = new QLineEdit(where);
    m_name->setObjectName(QStringLiteral("secretNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. server-cert"));
    form->addRow(tr("Secret &name:"), m_name);
    m_preset = new QComboBox(where);
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    for (const SecretKeyPreset &p : secretKeyPresets())
        m_preset->addItem(p.label, p.id);
    form->addRow(tr("&Preset:", "framework layout of the secret"), m_preset);
    m_type = new QComboBox(where);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(tr("kubernetes.io/tls"), int(SecretLayout::Tls));
    m_type->addItem(tr("Opaque (generic, custom key names)"), int(SecretLayout::Generic));
    form->addRow(tr("&Type:"), m_type);
    auto *keys = new QHBoxLayout;
    m_certKey = new QLineEdit(where);
    m_certKey->setObjectName(QStringLiteral("certKeyLineEdit"));
    m_keyKey = new QLineEdit(where);
    m_keyKey->setObjectName(QStringLiteral("keyKeyLineEdit"));
    m_caKey = new QLineEdit(where);
    m_caKey->setObjectName(QStringLiteral("caKeyLineEdit"));
    m_caKey->setPlaceholderText(tr("(leave empty: no CA)"));
    keys->addWidget(new QLabel(tr("cert"), where));
    keys->addWidget(m_certKey);
    keys->addWidget(new QLabel(tr("key"), where));
    keys->addWidget(m_keyKey);
    keys->addWidget(new QLabel(tr("CA"), where));
    keys->addWidget(m_caKey);
    form->addRow(tr("Key names:", "data keys of the secret"), keys);
    m_force = new QCheckBox(tr("Take over fields that another tool manages (force)"), where);
    m_force->setObjectName(QStringLiteral("forceCheckBox"));
    form->addRow(QString(), m_force);
    layout->addWidget(where);

    layout->addWidget(new QLabel(tr("Manifest to apply (private key redacted):"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewTextEdit"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(640, 220);
    layout->addWidget(m_preview, 1);

    m_dryRun = new QLabel(this);
    m_dryRun->setObjectName(QStringLiteral("dryRunLabel"));
    m_dryRun->setWordWrap(true);
    m_dryRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_dryRun);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply to cluster"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &SecretDeployDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_namespace, &QComboBox::currentTextChanged, this, &SecretDeployDialog::onInputChanged);
    for (QLineEdit *e : {m_name, m_certKey, m_keyKey, m_caKey})
        connect(e, &QLineEdit::textChanged, this, &SecretDeployDialog::onInputChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SecretDeployDialog::onTypeChanged);
    connect(m_preset, &QComboBox::activated, this, [this](int index) { selectPreset(m_preset->itemData(index).toString()); });
    connect(m_force, &QCheckBox::toggled, this, &SecretDeployDialog::onInputChanged);
}

void SecretDeployDialog::loadNamespaces()
{
    if (!m_connection)
        return;
    m_objects->listNames(ResourceType::of(Kind::Namespace), {}, this, [this](const Result<QStringList> &list) {
        if (!list)
            return; // the combo stays editable: a namespace can still be typed
        const QStringList &names = list.value();
        const QString current = m_namespace->currentText();
        const QSignalBlocker block(m_namespace);
        m_namespace->clear();
        m_namespace->addItems(names);
        m_namespace->setCurrentText(current);
    });
}

void SecretDeployDialog::setNamespace(const QString &ns)
{
    m_namespace->setCurrentText(ns);
}

void SecretDeployDialog::setSecretName(const QString &name)
{
    m_name->setText(name);
}

void SecretDeployDialog::selectPreset(const QString &presetId)
{
    const auto preset = secretKeyPreset(presetId);
    if (!preset)
        return;
    m_preset->setCurrentIndex(m_preset->findData(presetId));
    if (preset->layout == SecretLayout::Generic)
        m_genericNames = preset->names;
    {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(m_type->findData(int(preset->layout)));
    }
    if (!preset->secretName.isEmpty() && (m_name->text().isEmpty() || m_name->text() == m_presetSecretName)) {
        m_presetSecretName = preset->secretName;
        m_name->setText(preset->secretName);
    }
    onTypeChanged();
}

void SecretDeployDialog::onTypeChanged()
{
    const bool tls = SecretLayout(m_type->currentData().toInt()) == SecretLayout::Tls;
    if (tls && !m_certKey->isReadOnly()) // leaving generic: keep what was typed for coming back
        m_genericNames = {m_certKey->text().trimmed(), m_keyKey->text().trimmed(), m_caKey->text().trimmed()};
    const SecretKeyNames names = tls ? SecretKeyNames::tls() : m_genericNames;
    for (QLineEdit *e : {m_certKey, m_keyKey, m_caKey}) {
        const QSignalBlocker block(e);
        e->setReadOnly(tls);
        e->setEnabled(!tls);
    }
    {
        const QSignalBlocker b1(m_certKey), b2(m_keyKey), b3(m_caKey);
        m_certKey->setText(names.cert);
        m_keyKey->setText(names.key);
        m_caKey->setText(names.ca);
    }
    const auto preset = secretKeyPreset(m_preset->currentData().toString());
    if (preset && (preset->layout == SecretLayout::Tls) != tls) {
        // the preset no longer describes the layout: show the plain one of that layout
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(tls ? QStringLiteral("tls") : QStringLiteral("generic")));
    }
    onInputChanged();
}

CertificateSecretSpec SecretDeployDialog::spec() const
{
    CertificateSecretSpec s;
    s.namespace_ = m_namespace->currentText().trimmed();
    s.name = m_name->text().trimmed();
    s.layout = SecretLayout(m_type->currentData().toInt());
    s.keyNames = {m_certKey->text().trimmed(), m_keyKey->text().trimmed(), m_caKey->text().trimmed()};
    s.material = m_material;
    return s;
}

QString SecretDeployDialog::previewText() const
{
    return m_inputValid ? m_preview->toPlainText() : QString();
}

QString SecretDeployDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SecretDeployDialog::setError(const QString &message, const QString &field)
{
    const QHash<QString, QWidget *> widgets{{QStringLiteral("namespace"), m_namespace},
                                            {QStringLiteral("name"), m_name},
                                            {QStringLiteral("keyNames.cert"), m_certKey},
                                            {QStringLiteral("keyNames.key"), m_keyKey},
                                            {QStringLiteral("keyNames.ca"), m_caKey}};
    for (QWidget *w : widgets)
        w->setStyleSheet(QString());
    if (field == u"keyNames") {
        m_certKey->setStyleSheet(QLatin1String(kErrorStyle));
        m_keyKey->setStyleSheet(QLatin1String(kErrorStyle));
    } else if (QWidget *w = widgets.value(field)) {
        w->setStyleSheet(QLatin1String(kErrorStyle));
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SecretDeployDialog::onInputChanged()
{
    ++m_generation;
    m_dryRunTimer->stop();
    auto manifest = buildSecretManifest(spec());
    m_inputValid = manifest.ok();
    if (!manifest) {
        setError(manifest.error().message, manifest.error().field);
        m_preview->setPlainText(tr("# nothing to apply: %1").arg(manifest.error().message));
        m_dryRun->clear();
        m_apply->setEnabled(false);
        return;
    }
    setError({}, {});
    m_preview->setPlainText(secretManifestYaml(manifest.value(), true));
    m_apply->setEnabled(!m_applying);
    m_dryRun->setText(tr("Server dry run: waiting…"));
    m_dryRun->setStyleSheet(QString());
    m_dryRunTimer->start();
}

void SecretDeployDialog::runDryRun()
{
    if (!m_connection || !m_inputValid)
        return;
    const int generation = m_generation;
    const CertificateSecretSpec s = spec();
    m_dryRun->setText(tr("Server dry run: checking…"));
    SecretApplyOptions o;
    o.dryRun = true;
    o.force = m_force->isChecked();
    applyCertificateSecret(m_connection, s, o, this, [this, generation, s](const Result<SecretWriteResult> &r) {
        if (generation != m_generation)
            return; // the input changed meanwhile; a newer dry run follows
        const QString message = r ? tr("✔ Server dry run: the API server accepts Secret %1/%2 (%3).")
                                        .arg(s.namespace_, s.name, r->dataKeys.join(QStringLiteral(", ")))
                                  : tr("✘ Server dry run failed: %1").arg(r.error().message);
        m_dryRun->setText(message);
        m_dryRun->setStyleSheet(r ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #d32f2f;"));
        Q_EMIT dryRunFinished(r.ok(), message);
    });
}

void SecretDeployDialog::setBusy(bool busy)
{
    m_applying = busy;
    m_apply->setEnabled(!busy && m_inputValid);
    m_apply->setText(busy ? tr("Applying…") : tr("&Apply to cluster"));
}

void SecretDeployDialog::apply()
{
    if (!m_inputValid || m_applying)
        return;
    if (!m_connection) {
        setError(tr("not connected to a cluster"), {});
        return;
    }
    setBusy(true);
    const CertificateSecretSpec s = spec();
    SecretApplyOptions o;
    o.force = m_force->isChecked();
    applyCertificateSecret(m_connection, s, o, this, [this, s](const Result<SecretWriteResult> &r) {
        setBusy(false);
        if (!r) {
            // everything typed stays; the message says what to change
            setError(r.error().message, r.error().field);
            Q_EMIT applyFailed(r.error().message);
            return;
        }
        Q_EMIT applied(s.namespace_, s.name, r->resourceVersion);
        accept();
    });
}

} // namespace fc
