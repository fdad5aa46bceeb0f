#include "gui/pki/FederationWizard.h"

#include "backend/pki/FrameworkPresets.h"
#include "backend/secrets/Keychain.h"
#include "gui/pki/PassphraseDialog.h"
#include "gui/pki/PkiWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fc {

namespace {

enum PartyColumn { NameColumn, RoleColumn, OrgColumn, SansColumn, StatusColumn, PartyColumnCount };

/// The role column edits with a combo box of the framework's roles.
class RoleDelegate final : public QStyledItemDelegate {
public:
    RoleDelegate(std::function<QStringList()> roles, QObject *parent) : QStyledItemDelegate(parent), m_roles(std::move(roles)) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("roleEditorComboBox"));
        combo->addItems(m_roles());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findText(index.data().toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    std::function<QStringList()> m_roles;
};

QString sanitizedCaName(const QString &text)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = text.trimmed();
    name.replace(bad, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    return name.left(64);
}

QStringList splitSans(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

FederationWizard::FederationWizard(const PkiServices &services, QWidget *parent) : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("federationWizard"));
    setWindowTitle(tr("Federation wizard"));
    buildUi();
    onFrameworkChanged();
}

FederationWizard::~FederationWizard()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait(); // at most the key being generated
        delete m_worker;
        delete m_thread;
    }
}

void FederationWizard::buildUi()
{
    m_form = new QWidget(this);
    auto *columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 2);
    auto *right = new QVBoxLayout;
    columns->addLayout(right, 3);

    // --- federation
    auto *fedBox = new QGroupBox(tr("Federation"), m_form);
    auto *fedForm = new QFormLayout(fedBox);
    m_framework = new QComboBox(fedBox);
    m_framework->setObjectName(QStringLiteral("frameworkComboBox"));
    m_framework->addItem(tr("NVIDIA FLARE"), int(FederationFramework::Flare));
    m_framework->addItem(tr("OpenFL"), int(FederationFramework::OpenFl));
    m_framework->addItem(tr("FATE"), int(FederationFramework::Fate));
    fedForm->addRow(tr("&Framework:"), m_framework);
    m_project = new QLineEdit(fedBox);
    m_project->setObjectName(QStringLiteral("projectLineEdit"));
    m_project->setPlaceholderText(tr("becomes the root CA's CN"));
    m_projectLabel = new QLabel(tr("&Project name:"), fedBox);
    m_projectLabel->setBuddy(m_project);
    fedForm->addRow(m_projectLabel, m_project);
    m_domain = new QLineEdit(fedBox);
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_domain->setPlaceholderText(tr("e.g. fl.example.org"));
    m_domainLabel = new QLabel(tr("&Domain:"), fedBox);
    m_domainLabel->setBuddy(m_domain);
    fedForm->addRow(m_domainLabel, m_domain);
    left->addWidget(fedBox);

    // --- CA
    auto *caBox = new QGroupBox(tr("Certificate authority"), m_form);
    auto *caLayout = new QVBoxLayout(caBox);
    auto *caChoice = new QHBoxLayout;
    m_newCa = new QRadioButton(tr("Create a &new CA"), caBox);
    m_newCa->setObjectName(QStringLiteral("newCaRadioButton"));
    m_existingCa = new QRadioButton(tr("Use an &existing CA"), caBox);
    m_existingCa->setObjectName(QStringLiteral("existingCaRadioButton"));
    m_newCa->setChecked(true);
    caChoice->addWidget(m_newCa);
    caChoice->addWidget(m_existingCa);
    caChoice->addStretch();
    caLayout->addLayout(caChoice);
    m_caStack = new QStackedWidget(caBox);
    auto *newPage = new QWidget(m_caStack);
    auto *newForm = new QFormLayout(newPage);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_caName = new QLineEdit(newPage);
    m_caName->setObjectName(QStringLiteral("caNameLineEdit"));
    newForm->addRow(tr("Store as:"), m_caName);
    m_caCn = new QLineEdit(newPage);
    m_caCn->setObjectName(QStringLiteral("caCnLineEdit"));
    newForm->addRow(tr("CA common name:"), m_caCn);
    m_caKeyType = pkiui::makeKeyTypeCombo(newPage, pki::KeyType::Rsa2048, QStringLiteral("caKeyTypeComboBox"));
    newForm->addRow(tr("CA key:"), m_caKeyType);
    m_caValidity = new QSpinBox(newPage);
    m_caValidity->setObjectName(QStringLiteral("caValiditySpinBox"));
    m_caValidity->setRange(1, 36500);
    m_caValidity->setValue(3650);
    m_caValidity->setSuffix(tr(" days"));
    newForm->addRow(tr("CA validity:"), m_caValidity);
    m_caPassphrase = new NewPassphraseFields(newForm, newPage, QStringLiteral("ca"));
    m_caStack->addWidget(newPage);
    auto *existingPage = new QWidget(m_caStack);
    auto *existingForm = new QFormLayout(existingPage);
    existingForm->setContentsMargins(0, 0, 0, 0);
    m_existingCaCombo = new QComboBox(existingPage);
    m_existingCaCombo->setObjectName(QStringLiteral("existingCaComboBox"));
    existingForm->addRow(tr("CA:"), m_existingCaCombo);
    m_existingPassphrase = new QLineEdit(existingPage);
    m_existingPassphrase->setObjectName(QStringLiteral("existingPassphraseLineEdit"));
    m_existingPassphrase->setEchoMode(QLineEdit::Password);
    existingForm->addRow(tr("Passphrase:"), m_existingPassphrase);
    m_existingRemember = makeRememberCheckBox(existingPage, QStringLiteral("existingRememberCheckBox"));
    m_existingRemember->setToolTip(tr("Filled in from the keychain when remembered"));
    existingForm->addRow(QString(), m_existingRemember);
    m_caStack->addWidget(existingPage);
    caLayout->addWidget(m_caStack);
    left->addWidget(caBox);

    // --- parties
    auto *partyBox = new QGroupBox(tr("Parties"), m_form);
    auto *partyLayout = new QVBoxLayout(partyBox);
    m_table = new QTableWidget(0, PartyColumnCount, partyBox);
    m_table->setObjectName(QStringLiteral("partyTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Org"), tr("SANs (servers)"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 160);
    m_table->setColumnWidth(RoleColumn, 105);
    m_table->setColumnWidth(OrgColumn, 95);
    m_table->setColumnWidth(SansColumn, 150);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(RoleColumn, new RoleDelegate([this] { return federationRoles(framework()); }, m_table));
    partyLayout->addWidget(m_table, 1);
    auto *partyButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add party"), partyBox);
    add->setObjectName(QStringLiteral("addPartyButton"));
    auto *remove = new QPushButton(tr("&Remove"), partyBox);
    remove->setObjectName(QStringLiteral("removePartyButton"));
    auto *example = new QPushButton(tr("E&xample parties"), partyBox);
    example->setObjectName(QStringLiteral("examplePartiesButton"));
    partyButtons->addWidget(add);
    partyButtons->addWidget(remove);
    partyButtons->addStretch();
    partyButtons->addWidget(example);
    m_frozenWhileRunning = {fedBox, caBox, add, remove, example};
    partyLayout->addLayout(partyButtons);
    right->addWidget(partyBox, 1);

    auto *outBox = new QGroupBox(tr("Keys and output"), m_form);
    auto *outForm = new QFormLayout(outBox);
    m_keyType = pkiui::makeKeyTypeCombo(outBox, pki::KeyType::Rsa2048, QStringLiteral("keyTypeComboBox"));
    outForm->addRow(tr("Party &keys:"), m_keyType);
    m_validity = new QSpinBox(outBox);
    m_validity->setObjectName(QStringLiteral("validitySpinBox"));
    m_validity->setRange(1, 3650);
    m_validity->setValue(365);
    m_validity->setSuffix(tr(" days"));
    outForm->addRow(tr("&Validity:"), m_validity);
    m_outputDir = new pkiui::PathField(pkiui::PathField::Directory, QStringLiteral("outputDir"), outBox);
    outForm->addRow(tr("&Output directory:"), m_outputDir);
    left->addWidget(outBox);
    left->addStretch();
    m_frozenWhileRunning << outBox;

    // --- progress and buttons
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v of %m done"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentPartyLabel"));
    m_current->setText(tr("Ready. Keys are generated on a worker thread; Cancel stops before the next key."));
    m_error = pkiui::makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_cancel = buttons->addButton(tr("&Cancel generation"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelGenerationButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto *main = new QVBoxLayout(this);
    main->addWidget(m_form, 1);
    main->addWidget(m_progress);
    main->addWidget(m_current);
    main->addWidget(m_error);
    main->addWidget(m_result);
    main->addWidget(buttons);
    resize(1120, 640);

    connect(m_framework, &QComboBox::currentIndexChanged, this, &FederationWizard::onFrameworkChanged);
    connect(m_newCa, &QRadioButton::toggled, this, [this](bool on) {
        m_caStack->setCurrentIndex(on ? 0 : 1);
        if (!on)
            prefillPassphraseFromKeychain();
    });
    connect(m_existingCaCombo, &QComboBox::currentIndexChanged, this, &FederationWizard::prefillPassphraseFromKeychain);
    auto followName = [this] {
        const QString base = framework() == FederationFramework::Flare ? m_project->text() : m_domain->text();
        if (!m_caNameEdited)
            m_caName->setText(sanitizedCaName(base));
        m_caCn->setPlaceholderText(framework() == FederationFramework::Flare ? m_project->text()
                                                                             : m_domain->text() + tr(" root CA"));
    };
    connect(m_project, &QLineEdit::textChanged, this, followName);
    connect(m_domain, &QLineEdit::textChanged, this, followName);
    connect(m_framework, &QComboBox::currentIndexChanged, this, followName);
    connect(m_caName, &QLineEdit::textEdited, this, [this] { m_caNameEdited = true; });
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList roles = federationRoles(framework());
        addPartyRow({QString(), roles.value(framework() == FederationFramework::Flare ? 1 : roles.size() > 1 ? 1 : 0), QString(), {}});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
    });
    connect(example, &QPushButton::clicked, this, [this] { setParties(exampleParties(framework())); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == RoleColumn) {
            onRoleChanged(item->row());
        } else if (item->column() == SansColumn) {
            const pkiui::ParsedSans parsed = pkiui::parseSans(item->text());
            pkiui::setError(m_error, parsed.errors.isEmpty() ? QString()
                                                             : tr("party %1: %2").arg(item->row() + 1).arg(parsed.errors.join(u"; ")));
        }
    });
    connect(m_generate, &QPushButton::clicked, this, &FederationWizard::generate);
    connect(m_cancel, &QPushButton::clicked, this, &FederationWizard::cancelGeneration);
    connect(m_close, &QPushButton::clicked, this, &FederationWizard::reject);

    if (const QString err = pkiui::fillCaCombo(m_existingCaCombo, m_services.store); !err.isEmpty())
        pkiui::setError(m_error, err);
    m_existingCa->setEnabled(m_existingCaCombo->count() > 0);
}

FederationFramework FederationWizard::framework() const
{
    return FederationFramework(m_framework->currentData().toInt());
}

void FederationWizard::setFramework(FederationFramework framework)
{
    m_framework->setCurrentIndex(m_framework->findData(int(framework)));
}

void FederationWizard::onFrameworkChanged()
{
    const bool flare = framework() == FederationFramework::Flare;
    m_projectLabel->setVisible(flare);
    m_project->setVisible(flare);
    m_domainLabel->setVisible(!flare);
    m_domain->setVisible(!flare);
    m_caCn->setEnabled(!flare); // FLARE: the root's CN is the project name
    m_table->horizontalHeaderItem(NameColumn)->setText(framework() == FederationFramework::Fate ? tr("Party ID") : tr("Name"));
    setParties(exampleParties(framework()));
    pkiui::setError(m_error, {});
}

void FederationWizard::addPartyRow(const FederationParty &party)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(party.name));
    m_table->setItem(row, RoleColumn, new QTableWidgetItem(party.role));
    m_table->setItem(row, OrgColumn, new QTableWidgetItem(party.org));
    m_table->setItem(row, SansColumn, new QTableWidgetItem(party.sans.join(QStringLiteral(", "))));
    auto *status = new QTableWidgetItem;
    status->setFlags(status->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, StatusColumn, status);
    onRoleChanged(row);
}

void FederationWizard::onRoleChanged(int row)
{
    QTableWidgetItem *sans = m_table->item(row, SansColumn);
    QTableWidgetItem *role = m_table->item(row, RoleColumn);
    if (!sans || !role)
        return;
    const QSignalBlocker block(m_table);
    const bool takesSans = framework() == FederationFramework::Flare && role->text() == QLatin1String("server");
    if (takesSans) {
        sans->setFlags(sans->flags() | Qt::ItemIsEditable);
        sans->setToolTip(tr("Host names and IP addresses clients use to reach this server, separated by commas or spaces"));
        sans->setForeground(QBrush());
    } else {
        sans->setFlags(sans->flags() & ~Qt::ItemIsEditable);
        sans->setText(QString());
        sans->setToolTip(tr("Set by the framework preset"));
    }
}

void FederationWizard::setParties(const QList<FederationParty> &parties)
{
    m_table->setRowCount(0);
    for (const FederationParty &p : parties)
        addPartyRow(p);
}

QList<FederationParty> FederationWizard::parties() const
{
    QList<FederationParty> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int col) { return m_table->item(row, col) ? m_table->item(row, col)->text().trimmed() : QString(); };
        out << FederationParty{text(NameColumn), text(RoleColumn), text(OrgColumn), splitSans(text(SansColumn))};
    }
    return out;
}

FederationPlan FederationWizard::plan() const
{
    FederationPlan p;
    p.framework = framework();
    p.project = m_project->text().trimmed();
    p.domain = m_domain->text().trimmed();
    p.newCa = m_newCa->isChecked();
    p.caName = p.newCa ? m_caName->text().trimmed() : m_existingCaCombo->currentData().toString();
    if (p.framework == FederationFramework::Flare) {
        p.caRequest = pki::presets::flareRootCa(p.project, m_caValidity->value());
    } else {
        p.caRequest.subject.commonName = m_caCn->text().trimmed().isEmpty() ? p.domain + tr(" root CA") : m_caCn->text().trimmed();
        p.caRequest.validityDays = m_caValidity->value();
    }
    p.caRequest.keyType = pkiui::keyTypeOf(m_caKeyType);
    p.caPassphrase = p.newCa ? QByteArray() : m_existingPassphrase->text().toUtf8();
    p.parties = parties();
    p.keyType = pkiui::keyTypeOf(m_keyType);
    p.validityDays = m_validity->value();
    p.outputDir = m_outputDir->path();
    p.dataDir = m_services.store.dataDir();
    return p;
}

void FederationWizard::prefillPassphraseFromKeychain()
{
    const QString name = m_existingCaCombo->currentData().toString();
    if (name.isEmpty() || !Keychain::isAvailable() || !m_services.keychain)
        return;
    m_services.keychain->readSecret(pkiui::keychainKey(m_services.store, name), this, [this, name](Result<QByteArray> secret) {
        if (secret && m_existingCaCombo->currentData().toString() == name && m_existingPassphrase->text().isEmpty())
            m_existingPassphrase->setText(QString::fromUtf8(secret.value()));
    });
}

void FederationWizard::generate()
{
    if (isRunning())
        return;
    pkiui::setError(m_error, {});
    m_result->hide();
    FederationPlan p = plan();
    bool remember = !p.newCa && m_existingRemember->isEnabled() && m_existingRemember->isChecked();
    if (p.newCa) {
        auto pass = m_caPassphrase->validate();
        if (!pass) {
            pkiui::setError(m_error, pass.error().message);
            return;
        }
        p.caPassphrase = pass.value();
        remember = m_caPassphrase->remember();
    }
    if (auto v = validatePlan(p); !v) {
        pkiui::setError(m_error, v.error().message);
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("federationWorkerThread"));
    m_worker = new FederationWorker(p, *m_services.clock);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &FederationWorker::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_current->setText(current.isEmpty() ? QString()
                                             : tr("Generating %1 (%2 of %3 done)…").arg(current).arg(done).arg(total));
        Q_EMIT progressChanged(done, total, current);
    });
    connect(m_worker, &FederationWorker::partyChanged, this, [this](int row, int state) {
        if (QTableWidgetItem *item = m_table->item(row, StatusColumn))
            item->setText(state == FederationWorker::Done ? tr("done") : tr("generating…"));
    });
    connect(m_worker, &FederationWorker::finished, this,
            [this, remember, name = p.caName, pass = p.caPassphrase](int status, const QString &message, const QStringList &files) {
                if (status == FederationWorker::Succeeded && remember && m_services.unlocker)
                    m_services.unlocker->remember(name, pass);
                onFinished(status, message, files);
            });
    m_progress->setRange(0, FederationWorker::totalSteps(p));
    m_progress->setValue(0);
    setRunning(true);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &FederationWorker::run, Qt::QueuedConnection);
}

void FederationWizard::cancelGeneration()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_current->setText(tr("Cancelling after the keys in progress…"));
}

void FederationWizard::setRunning(bool running)
{
    // inputs are frozen; the party table stays readable (it shows each party's progress)
    for (QWidget *w : m_frozenWhileRunning)
        w->setEnabled(!running);
    m_table->setEditTriggers(running ? QAbstractItemView::NoEditTriggers : QAbstractItemView::DoubleClicked
                                         | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_generate->setEnabled(!running);
    m_close->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void FederationWizard::onFinished(int status, const QString &message, const QStringList &files)
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_thread = nullptr;
    setRunning(false);
    switch (status) {
    case FederationWorker::Succeeded:
        m_progress->setValue(m_progress->maximum());
        m_current->setText(tr("Done."));
        m_result->setText(message + u'\n' + files.join(QStringLiteral("  ")));
        m_result->show();
        Q_EMIT storeChanged();
        pkiui::fillCaCombo(m_existingCaCombo, m_services.store);
        m_existingCa->setEnabled(m_existingCaCombo->count() > 0);
        break;
    case FederationWorker::Cancelled:
        m_current->setText(message);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem *item = m_table->item(row, StatusColumn))
                item->setText(tr("cancelled"));
        }
        break;
    default:
        m_current->setText(tr("Failed."));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem *item = m_table->item(row, StatusColumn))
                item->setText(QString());
        }
        pkiui::setError(m_error, message);
        break;
    }
    Q_EMIT generationFinished(status, message);
}

void FederationWizard::reject()
{
    if (isRunning()) { // closing stops the run first; the dialog stays until it has
        cancelGeneration();
        return;
    }
    QDialog::reject();
}

} // namespace fc
