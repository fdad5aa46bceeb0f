#include "gui/pki/ClusterCertificatesView.h"

#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"
#include "gui/pki/PkiWidgets.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "gui/common/Tables.h"
#include "model/pki/CaStore.h"
#include "model/pki/ClusterCertificateModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

// ---- the view -----------------------------------------------------------------------------------

ClusterCertificatesView::ClusterCertificatesView(ClusterConnection *connection, CaStore *store, const pki::Clock &clock,
                                                 QWidget *parent)
    : QWidget(parent), m_connection(connection), m_objects(std::make_unique<ObjectClient>(connection)), m_store(store), m_clock(clock)
{
    m_model = new ClusterCertificateModel(connection, clock, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClusterCertificateModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_namespace = new QComboBox(this);
    m_namespace->setObjectName(QStringLiteral("namespaceComboBox"));
    m_namespace->addItem(tr("All namespaces"), QString());
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_namespace);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the cluster's certificates"));
    m_filter->setPlaceholderText(tr("Filter by secret, subject, SAN, pod…"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    bar->addWidget(m_refresh);
    m_renew = new QPushButton(tr("Re&new into secret…"), this);
    m_renew->setObjectName(QStringLiteral("renewButton"));
    m_renew->setToolTip(tr("Issue a renewed certificate (same subject and SANs) from a CA of the store and write it "
                           "into the secret it came from"));
    bar->addWidget(m_renew);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("certificatesTableView"));
    setUpRowTable(m_table, m_proxy);
    m_table->sortByColumn(ClusterCertificateModel::NotAfterColumn, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &ClusterCertificatesView::refresh);
    connect(m_renew, &QPushButton::clicked, this, &ClusterCertificatesView::renewSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ClusterCertificatesView::renewSelected);
    connect(m_namespace, &QComboBox::activated, this, [this](int index) {
        m_model->setNamespace(m_namespace->itemData(index).toString());
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClusterCertificatesView::updateActions);
    connect(m_model, &ClusterCertificateModel::progress, m_status, &QLabel::setText);
    connect(m_model, &ClusterCertificateModel::errorOccurred, this, [this](const QString &message) {
        m_status->setText(QStringLiteral("<span style='color:#d32f2f'>%1</span>").arg(message.toHtmlEscaped()));
    });
    connect(m_model, &ClusterCertificateModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        m_refresh->setText(loading ? tr("Loading…") : tr("&Refresh"));
    });
    connect(m_model, &ClusterCertificateModel::refreshed, this, [this] {
        m_table->resizeColumnsToContents();
        updateActions();
    });
    loadNamespaces();
    updateActions();
}

ClusterCertificatesView::~ClusterCertificatesView() = default;

void ClusterCertificatesView::setUnlocker(CaUnlocker *unlocker)
{
    m_unlocker = unlocker;
}

void ClusterCertificatesView::loadNamespaces()
{
    if (!m_connection)
        return;
    m_objects->listNames(ResourceType::of(Kind::Namespace), {}, this, [this](const Result<QStringList> &list) {
        if (!list)
            return; // "All namespaces" and typed names still work
        const QStringList &names = list.value();
        const QString current = m_model->namespace_();
        while (m_namespace->count() > 1)
            m_namespace->removeItem(1);
        for (const QString &n : std::as_const(names))
            m_namespace->addItem(n, n);
        m_namespace->setCurrentIndex(std::max(0, m_namespace->findData(current)));
    });
}

void ClusterCertificatesView::setNamespace(const QString &ns)
{
    if (m_namespace->findData(ns) < 0)
        m_namespace->addItem(ns, ns);
    m_namespace->setCurrentIndex(m_namespace->findData(ns));
    m_model->setNamespace(ns);
    refresh();
}

void ClusterCertificatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_model->readsPods()) {
        m_model->setReadPods(true);
        refresh();
    }
}

void ClusterCertificatesView::refresh()
{
    if (m_store)
        m_model->setKnownCas(m_store->caCertificates());
    m_model->refresh();
}

void ClusterCertificatesView::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_renew->setEnabled(selected && m_store && m_connection);
}

void ClusterCertificatesView::renewSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_store || !m_connection)
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    const ClusterCertificateEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    // a CA row means "the certificate of this secret": let the dialog find the leaf
    const QString certKey = e->info.isCA ? QString() : e->key;
    auto *dialog = new RenewIntoSecretDialog(m_connection, m_store, e->namespace_, e->secretName, certKey, m_clock, this);
    if (!e->info.isCA)
        dialog->preselectIssuer(e->certificate);
    if (m_unlocker)
        dialog->setUnlocker(m_unlocker);
    if (!m_tasks)
        m_tasks = new TaskRunner(this);
    dialog->setTaskRunner(m_tasks);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RenewIntoSecretDialog::renewed, this,
            [this](const QString &ns, const QString &name, const QString &serial) {
                Q_EMIT secretRenewed(ns, name, serial);
                m_status->setText(tr("Renewed the certificate in secret %1/%2 (serial %3).").arg(ns, name, serial));
                m_model->refresh();
            });
    dialog->open();
}

// ---- the renew dialog ---------------------------------------------------------------------------

RenewIntoSecretDialog::RenewIntoSecretDialog(ClusterConnection *connection, CaStore *store, QString namespace_,
                                             QString secretName, QString certKey, const pki::Clock &clock, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_store(store), m_namespace(std::move(namespace_)),
      m_name(std::move(secretName)), m_certKey(std::move(certKey)), m_clock(clock)
{
    setWindowTitle(tr("Renew into secret %1/%2").arg(m_namespace, m_name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Issue a renewed certificate with the same subject and SANs and write it into "
                                "<b>%1/%2</b>%3. Only the certificate, key and CA keys of the secret change.")
                                 .arg(m_namespace.toHtmlEscaped(), m_name.toHtmlEscaped(),
                                      m_certKey.isEmpty() ? QString() : tr(" (key %1)").arg(m_certKey.toHtmlEscaped())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = m_form = new QFormLayout;
    m_ca = new QComboBox(this);
    m_ca->setObjectName(QStringLiteral("caComboBox"));
    if (m_store) {
        m_cas = m_store->readableEntries();
        for (const CaStore::Entry &e : std::as_const(m_cas))
            m_ca->addItem(QStringLiteral("%1 — %2").arg(e.name, e.certificate.info().subject), e.name);
    }
    form->addRow(tr("&CA:"), m_ca);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("CA &passphrase:"), m_passphrase);
    m_newKey = new QRadioButton(tr("&New key (recommended)"), this);
    m_newKey->setObjectName(QStringLiteral("newKeyRadioButton"));
    m_newKey->setChecked(true);
    m_sameKey = new QRadioButton(tr("Keep the &key stored in the secret"), this);
    m_sameKey->setObjectName(QStringLiteral("sameKeyRadioButton"));
    auto *keys = new QVBoxLayout;
    keys->addWidget(m_newKey);
    keys->addWidget(m_sameKey);
    form->addRow(tr("Private key:"), keys);
    m_keyType = pkiui::makeKeyTypeCombo(this, pki::KeyType::EcP256, QStringLiteral("keyTypeComboBox"));
    m_keyType->insertItem(0, tr("Same type as the key it replaces"), -1);
    m_keyType->setCurrentIndex(0);
    form->addRow(tr("New key &type:"), m_keyType);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpinBox"));
    m_days->setRange(1, 3650);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Validity:"), m_days);
    m_reissue = new QCheckBox(tr("Re-&issue under this CA even if another CA issued the certificate\n"
                                 "(the party's peers must then trust this CA's root)"),
                              this);
    m_reissue->setObjectName(QStringLiteral("reissueCheckBox"));
    form->addRow(QString(), m_reissue);
    layout->addLayout(form);

    m_prepare = new QPushButton(tr("&Prepare renewal"), this);
    m_prepare->setObjectName(QStringLiteral("prepareButton"));
    layout->addWidget(m_prepare, 0, Qt::AlignLeft);
    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    m_planLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_planLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("&Write to secret"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_write->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_prepare, &QPushButton::clicked, this, &RenewIntoSecretDialog::prepare);
    connect(m_write, &QPushButton::clicked, this, &RenewIntoSecretDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // any change invalidates a prepared plan: the confirmation must match what is written
    connect(m_ca, &QComboBox::currentIndexChanged, this, &RenewIntoSecretDialog::invalidatePlan);
    connect(m_newKey, &QRadioButton::toggled, this, &RenewIntoSecretDialog::invalidatePlan);
    connect(m_days, &QSpinBox::valueChanged, this, &RenewIntoSecretDialog::invalidatePlan);
    connect(m_reissue, &QCheckBox::toggled, this, &RenewIntoSecretDialog::invalidatePlan);
    connect(m_keyType, &QComboBox::currentIndexChanged, this, &RenewIntoSecretDialog::invalidatePlan);
    connect(m_newKey, &QRadioButton::toggled, m_keyType, &QWidget::setEnabled);
}

RenewIntoSecretDialog::~RenewIntoSecretDialog() = default;

void RenewIntoSecretDialog::preselectIssuer(const pki::Certificate &leaf)
{
    pkiui::selectIssuingCa(m_ca, m_cas, leaf);
}

void RenewIntoSecretDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RenewIntoSecretDialog::invalidatePlan()
{
    ++m_generation;
    m_plan.reset();
    m_write->setEnabled(false);
    m_planLabel->clear();
}

void RenewIntoSecretDialog::prepare()
{
    invalidatePlan();
    setError({});
    if (!m_store || !m_connection || m_ca->currentIndex() < 0) {
        setError(tr("no CA to renew with: create or import one on the Certificates page"));
        return;
    }
    const int generation = m_generation;
    const QString caName = m_ca->currentData().toString();
    if (m_unlocker) {
        // keychain first, else a passphrase dialog; the key is decrypted off the UI thread
        m_prepare->setEnabled(false);
        m_unlocker->unlock(this, caName, [this, generation](Result<pki::CertificateAuthority> ca) {
            m_prepare->setEnabled(true);
            if (generation != m_generation)
                return;
            if (!ca) {
                if (ca.error().reason != QLatin1String("Cancelled"))
                    setError(ca.error().message);
                Q_EMIT prepared(false, ca.error().message);
                return;
            }
            prepareWith(ca.value());
        });
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    auto ca = m_store->load(caName, passphrase);
    passphrase.fill('\0');
    if (!ca) {
        setError(ca.error().message);
        Q_EMIT prepared(false, ca.error().message);
        return;
    }
    prepareWith(ca.value());
}

void RenewIntoSecretDialog::setUnlocker(CaUnlocker *unlocker)
{
    m_unlocker = unlocker;
    const bool own = !unlocker;
    m_form->setRowVisible(m_passphrase, own);
}

void RenewIntoSecretDialog::prepareWith(const pki::CertificateAuthority &ca)
{
    SecretRenewalOptions options;
    options.newKey = m_newKey->isChecked();
    options.allowDifferentIssuer = m_reissue->isChecked();
    options.validityDays = m_days->value();
    options.certKey = m_certKey;
    if (options.newKey && m_keyType->currentIndex() > 0) // 0: the type of the key being replaced
        options.keyType = pki::KeyType(m_keyType->currentData().toInt());
    const int generation = m_generation;
    if (!m_tasks) // opened on its own, not from the view
        m_tasks = new TaskRunner(this);
    m_prepare->setEnabled(false);
    readSecret(m_connection, m_namespace, m_name, this,
               [this, generation, ca, options](const Result<QJsonObject> &secret) {
                   if (generation != m_generation) {
                       m_prepare->setEnabled(true);
                       return;
                   }
                   if (!secret) {
                       m_prepare->setEnabled(true);
                       setError(secret.error().message);
                       Q_EMIT prepared(false, secret.error().message);
                       return;
                   }
                   // key generation (RSA 4096: seconds) and signing off the UI thread
                   const pki::Clock *clock = &m_clock;
                   m_tasks->run<Result<SecretRenewal>>(
                       this, [object = secret.value(), ca, options, clock] { return planSecretRenewal(object, ca, options, *clock); },
                       [this, generation, newKey = options.newKey](Result<SecretRenewal> plan) {
                           m_prepare->setEnabled(true);
                           if (generation != m_generation)
                               return;
                           showPlan(std::move(plan), newKey);
                       });
               });
}

void RenewIntoSecretDialog::showPlan(Result<SecretRenewal> plan, bool newKey)
{
    if (!plan) {
        setError(plan.error().message);
        Q_EMIT prepared(false, plan.error().message);
        return;
    }
    m_plan = std::move(plan).value();
    const pki::CertificateInfo before = m_plan->oldCertificate.info();
    const pki::CertificateInfo after = m_plan->renewed.certificate.info();
    // decided by signature (a look-alike CA with the same subject is another CA)
    const QString issuer = m_plan->reissued ? tr("<b>%1 → %2</b> (re-issued under another CA)")
                                          .arg(before.issuer.toHtmlEscaped(), after.issuer.toHtmlEscaped())
                                    : after.issuer.toHtmlEscaped();
    // one arg() for all values: a value holding "%2" (a URI SAN may) must not be substituted again
    const QString text =
        tr("<b>Will write</b> %1 of secret %2/%3 (resourceVersion %4):<br>"
           "subject %5<br>SANs %6<br>serial %7 → %8<br>valid until %9 → %10<br>key: %11<br>"
           "issuer %12")
            .arg(m_plan->newData.keys().join(QStringLiteral(", ")).toHtmlEscaped(), m_namespace.toHtmlEscaped(),
                 m_name.toHtmlEscaped(), m_plan->resourceVersion, after.subject.toHtmlEscaped(),
                 after.sans.toString().toHtmlEscaped(), before.serialHex, after.serialHex,
                 before.notAfter.toString(Qt::ISODate), after.notAfter.toString(Qt::ISODate),
                 newKey ? tr("new %1 %2").arg(after.keyAlgorithm).arg(after.keyBits) : tr("kept"), issuer);
    m_planLabel->setText(text);
    // grow to show the whole plan now, not after the next layout pass
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
    m_write->setEnabled(true);
    Q_EMIT prepared(true, text);
}

void RenewIntoSecretDialog::write()
{
    if (!m_plan || !m_connection)
        return;
    m_write->setEnabled(false);
    m_prepare->setEnabled(false);
    const SecretRenewal plan = *m_plan;
    applySecretRenewal(m_connection, plan, this, [this, plan](const Result<SecretWriteResult> &r) {
        m_prepare->setEnabled(true);
        if (!r) {
            // e.g. the secret changed since it was read: prepare again from its new state
            setError(r.error().message);
            invalidatePlan();
            return;
        }
        Q_EMIT renewed(plan.namespace_, plan.name, plan.renewed.certificate.serialHex());
        accept();
    });
}

} // namespace fc
