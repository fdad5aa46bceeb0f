#include "gui/pki/CertificatesPage.h"

#include "gui/common/Shortcuts.h"

#include "backend/secrets/Keychain.h"
#include "gui/common/Tables.h"
#include "gui/pki/CaDialogs.h"
#include "gui/pki/ExportDialog.h"
#include "gui/pki/FederationWizard.h"
#include "gui/pki/IssueCertificateDialog.h"
#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"
#include "gui/pki/RenewDialog.h"
#include "gui/pki/SignCsrDialog.h"
#include "model/pki/CertificateInventory.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fc {

namespace {

/// Sorts by the model's raw values and tints whole rows by expiry, so an expiring certificate is
/// visible from any column.
class InventoryProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            QColor c = QSortFilterProxyModel::data(index, CertificateInventory::ExpiryColorRole).value<QColor>();
            if (c.isValid()) {
                c.setAlpha(60);
                return c;
            }
            return {};
        }
        if (role == Qt::ForegroundRole) { // readable text on the tint
            const auto state = CertificateInventory::ExpiryState(
                QSortFilterProxyModel::data(index, CertificateInventory::ExpiryStateRole).toInt());
            const int col = index.column();
            if (col != CertificateInventory::NotAfterColumn && col != CertificateInventory::StatusColumn)
                return {};
            if (state == CertificateInventory::ExpiryState::Expired)
                return QColor(0xB7, 0x1C, 0x1C);
            if (state == CertificateInventory::ExpiryState::ExpiringSoon)
                return QColor(0x8D, 0x5B, 0x00);
            return {};
        }
        if (role == Qt::FontRole && index.column() == CertificateInventory::StatusColumn
            && QSortFilterProxyModel::data(index, CertificateInventory::ExpiryColorRole).value<QColor>().isValid()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#555;'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

CertificatesPage::CertificatesPage(const QString &dataDir, QWidget *parent, const pki::Clock &clock)
    : QWidget(parent), m_clock(clock), m_services{CaStore(dataDir), nullptr, nullptr, nullptr, &clock},
      m_tasks(new TaskRunner(this)), m_keychain(new Keychain(QStringLiteral("FedConsole"), this)),
      m_unlocker(new CaUnlocker(CaStore(dataDir), m_keychain, m_tasks, this)),
      m_inventory(new CertificateInventory(clock, this)), m_proxy(new InventoryProxy(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_services.keychain = m_keychain;
    m_services.tasks = m_tasks;
    m_services.unlocker = m_unlocker;
    m_proxy->setSourceModel(m_inventory);
    m_proxy->setSortRole(CertificateInventory::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    connect(m_unlocker, &CaUnlocker::keychainMessage, this, [this](const QString &m) { setStatus(m); });
    // expiry colours and chain checks follow the clock while the app stays open
    auto *refresh = new QTimer(this);
    refresh->setInterval(std::chrono::hours(1));
    connect(refresh, &QTimer::timeout, this, [this] {
        m_inventory->refresh();
        updateDetails();
    });
    refresh->start();
    reload();
}

CertificatesPage::~CertificatesPage()
{
    // dialogs first (a running wizard waits for its key), then the runner waits for one-off work
    for (QDialog *d : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
        delete d;
}

QAction *CertificatesPage::addPageAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                                         const QString &toolTip, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // not while another page has focus
    action->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_toolbar->addAction(action);
    addAction(action);
    return action;
}

void CertificatesPage::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("certificateTabWidget"));
    m_tabs->setDocumentMode(true);
    auto *local = new QWidget(m_tabs);
    local->setObjectName(QStringLiteral("localPkiWidget"));
    auto *layout = new QVBoxLayout(local);
    layout->setContentsMargins(6, 6, 6, 6);

    m_toolbar = new QToolBar(tr("Certificates"), local);
    m_toolbar->setObjectName(QStringLiteral("certificatesToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addPageAction(tr("New CA…"), QStringLiteral("newCaAction"), shortcutKey(Shortcut::CertNewCa),
                  tr("Create a root or intermediate certificate authority"), [this] { newCa(); });
    addPageAction(tr("Import CA…"), QStringLiteral("importCaAction"), shortcutKey(Shortcut::CertImportCa),
                  tr("Import an existing CA certificate and key"), [this] { importCa(); });
    m_toolbar->addSeparator();
    addPageAction(tr("Issue certificate…"), QStringLiteral("issueAction"), shortcutKey(Shortcut::CertIssue),
                  tr("Issue a server or client certificate"), [this] { issueCertificate(); });
    addPageAction(tr("Sign CSR…"), QStringLiteral("signCsrAction"), shortcutKey(Shortcut::CertSignCsr),
                  tr("Sign a certificate signing request"), [this] { signCsr(); });
    m_renewAction = addPageAction(tr("Renew…"), QStringLiteral("renewAction"), shortcutKey(Shortcut::CertRenew),
                                  tr("Renew the selected certificate"), [this] { renewSelected(); });
    m_exportAction = addPageAction(tr("Export…"), QStringLiteral("exportAction"), shortcutKey(Shortcut::CertExport),
                                   tr("Write the selected certificate as PEM, PKCS#12 or a framework layout"),
                                   [this] { exportSelected(); });
    m_deployAction = addPageAction(tr("Deploy to Secret…"), QStringLiteral("deployAction"), shortcutKey(Shortcut::CertDeploy),
                                   tr("Create a Kubernetes Secret from the selected certificate and its in-memory key"),
                                   [this] { deploySelected(); });
    m_toolbar->addSeparator();
    addPageAction(tr("Federation wizard…"), QStringLiteral("federationWizardAction"), shortcutKey(Shortcut::CertWizard),
                  tr("Create a CA and every party's certificate for a FLARE, OpenFL or FATE federation"),
                  [this] { federationWizard(); });
    auto *refresh = addPageAction(tr("Reload"), QStringLiteral("reloadAction"), shortcutKey(Shortcut::CertReload),
                                  tr("Reload the certificates from disk"), [this] { reload(); });
    Q_UNUSED(refresh);
    layout->addWidget(m_toolbar);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), local);
    m_filter = new QLineEdit(local);
    m_filter->setObjectName(QStringLiteral("certificateFilterLineEdit"));
    m_filter->setPlaceholderText(tr("subject, issuer, SAN, serial, status…"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(local);
    m_count->setObjectName(QStringLiteral("certificateCountLabel"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_table = new QTableView(local);
    m_table->setObjectName(QStringLiteral("certificateTableView"));
    m_table->setAccessibleName(tr("Certificates"));
    setUpRowTable(m_table, m_proxy);
    m_table->sortByColumn(CertificateInventory::NotAfterColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setTextElideMode(Qt::ElideMiddle);

    auto *detailTabs = new QTabWidget(local);
    detailTabs->setObjectName(QStringLiteral("certificateDetailTabWidget"));
    m_details = new QTextBrowser(detailTabs);
    m_details->setObjectName(QStringLiteral("certificateDetailsBrowser"));
    m_details->setAccessibleName(tr("Details of the selected certificate"));
    m_pem = new QPlainTextEdit(detailTabs);
    m_pem->setObjectName(QStringLiteral("certificatePemTextEdit"));
    m_pem->setReadOnly(true);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailTabs->addTab(m_details, tr("Details"));
    detailTabs->addTab(m_pem, tr("PEM"));

    auto *splitter = new QSplitter(Qt::Vertical, local);
    splitter->setObjectName(QStringLiteral("certificateSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(local);
    m_status->setObjectName(QStringLiteral("pkiStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs->addTab(local, tr("This app"));
    // Cluster views (TLS secrets in the cluster) are added by the main window: addClusterView().
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto updateCount = [this] {
        m_count->setText(tr("%1 of %2 certificates").arg(m_proxy->rowCount()).arg(m_inventory->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
    });
}

int CertificatesPage::addClusterView(QWidget *view, const QString &title)
{
    return m_tabs->addTab(view, title);
}

void CertificatesPage::reload()
{
    const QString selected = selectedCertificate().certificate.isNull() ? QString() : selectedCertificate().certificate.serialHex();
    if (auto r = m_inventory->loadFrom(m_services.store); !r)
        setStatus(tr("Cannot read the certificate store: %1").arg(r.error().toString()), true);
    if (!m_columnsSized) {
        // widths from the font, not the first rows: dates, status and chain fit; subjects, SANs and
        // serials (40 hex digits, elided in the middle) share the rest
        m_columnsSized = true;
        const QFontMetrics fm = fontMetrics();
        QFont bold = font();
        bold.setBold(true);
        const int pad = 2 * fm.averageCharWidth() + 8;
        auto width = [&](const QString &sample, int cap) { return std::min(fm.horizontalAdvance(sample) + pad, cap); };
        const std::pair<int, int> widths[] = {
            {CertificateInventory::SubjectColumn, width(QStringLiteral("O = Example Research, CN = api.example.org"), 270)},
            {CertificateInventory::IssuerColumn, width(QStringLiteral("C = DE, O = Example, CN = Root CA"), 210)},
            {CertificateInventory::SansColumn, width(QStringLiteral("DNS:api.example.org, IP:10.0.0.30"), 230)},
            {CertificateInventory::SerialColumn, width(QStringLiteral("0123456789ABCDEF"), 110)},
            {CertificateInventory::NotAfterColumn, width(QStringLiteral("2026-12-03T18:56:10Z"), 200)},
            {CertificateInventory::StatusColumn, QFontMetrics(bold).horizontalAdvance(QStringLiteral("expires in 30 day(s)")) + pad}};
        for (const auto &[column, width] : widths)
            m_table->setColumnWidth(column, width);
    }
    if (!selected.isEmpty())
        selectSerial(selected);
    updateActions();
}

bool CertificatesPage::selectSerial(const QString &serialHex)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, CertificateInventory::SerialColumn);
        if (i.data().toString() == serialHex) {
            m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(i);
            return true;
        }
    }
    return false;
}

QList<pki::Certificate> CertificatesPage::issuersOf(const pki::Certificate &certificate) const
{
    QList<pki::Certificate> chain;
    const QList<pki::Certificate> cas = m_services.store.caCertificates();
    pki::Certificate current = certificate;
    for (int depth = 0; depth < 8 && !current.info().selfSigned; ++depth) {
        const QString issuer = current.info().issuer;
        auto it = std::find_if(cas.begin(), cas.end(), [&](const pki::Certificate &c) { return c.info().subject == issuer; });
        if (it == cas.end())
            break;
        chain << *it;
        current = *it;
    }
    return chain;
}

pki::IssuedCertificate CertificatesPage::selectedCertificate() const
{
    const QModelIndex current = m_table ? m_table->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid())
        return {};
    const pki::Certificate cert = m_inventory->certificateAt(m_proxy->mapToSource(current).row());
    if (cert.isNull())
        return {};
    if (auto it = m_sessionKeys.constFind(cert.serialHex()); it != m_sessionKeys.constEnd())
        return it.value();
    return {cert, {}, issuersOf(cert)};
}

void CertificatesPage::updateActions()
{
    const pki::IssuedCertificate sel = selectedCertificate();
    m_renewAction->setEnabled(!sel.certificate.isNull() && !sel.certificate.isCA());
    m_exportAction->setEnabled(!sel.certificate.isNull());
    m_deployAction->setEnabled(!sel.key.isNull());
}

void CertificatesPage::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const pki::IssuedCertificate sel = selectedCertificate();
    if (sel.certificate.isNull()) {
        m_details->setHtml(tr("<p style='color:#666'>Select a certificate to see its details.</p>"));
        m_pem->clear();
        return;
    }
    const pki::CertificateInfo i = sel.certificate.info();
    const QModelIndex src = m_proxy->mapToSource(current);
    const QModelIndex chainIndex = m_inventory->index(src.row(), CertificateInventory::ChainColumn);
    const bool chainOk = chainIndex.data(CertificateInventory::ChainVerifiedRole).toBool();
    QString chain = chainIndex.data().toString();
    if (!chainOk && !chainIndex.data(Qt::ToolTipRole).toString().isEmpty())
        chain += QStringLiteral(": ") + chainIndex.data(Qt::ToolTipRole).toString();
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Subject"), i.subject);
    html += row(tr("Issuer"), i.issuer);
    html += row(tr("Serial"), i.serialHex);
    html += row(tr("Valid"), tr("%1 to %2").arg(i.notBefore.toString(Qt::ISODate), i.notAfter.toString(Qt::ISODate)));
    html += row(tr("Status"), m_inventory->index(src.row(), CertificateInventory::StatusColumn).data().toString());
    html += row(tr("Chain"), chain);
    html += row(tr("SANs"), i.sans.isEmpty() ? tr("(none)") : i.sans.toString());
    html += row(tr("Key"), QStringLiteral("%1 %2").arg(i.keyAlgorithm).arg(i.keyBits));
    html += row(tr("Basic constraints"), i.isCA ? (i.pathLength >= 0 ? tr("CA, path length %1").arg(i.pathLength) : tr("CA"))
                                                : tr("end entity"));
    html += row(tr("Key usage"), i.keyUsage.join(QStringLiteral(", ")));
    html += row(tr("Extended key usage"), i.extendedKeyUsage.isEmpty() ? tr("(none)") : i.extendedKeyUsage.join(QStringLiteral(", ")));
    if (!i.subjectName.unstructuredName.isEmpty())
        html += row(tr("Role (unstructuredName)"), i.subjectName.unstructuredName);
    html += row(tr("SHA-256 fingerprint"), i.sha256Fingerprint);
    html += row(tr("Private key"), sel.key.isNull() ? (i.isCA ? tr("stored encrypted in the CA store") : tr("not kept by FedConsole"))
                                                    : tr("in memory (issued this session): Export… or Deploy to Secret…"));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_pem->setPlainText(QString::fromLatin1(sel.certificate.toPem()));
}

void CertificatesPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(text);
}

void CertificatesPage::remember(const pki::IssuedCertificate &issued)
{
    m_sessionKeys.insert(issued.certificate.serialHex(), issued);
    reload();
    selectSerial(issued.certificate.serialHex());
    setStatus(tr("Issued %1 (serial %2). Its key is kept in memory for Export… and Deploy to Secret… until FedConsole quits.")
                  .arg(issued.certificate.info().subject, issued.certificate.serialHex()));
}

template<typename Dialog>
Dialog *CertificatesPage::openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

NewCaDialog *CertificatesPage::newCa()
{
    auto *d = new NewCaDialog(m_services, this);
    connect(d, &NewCaDialog::created, this, [this](const QString &name) {
        reload();
        setStatus(tr("Created CA \"%1\".").arg(name));
    });
    return openDialog(d);
}

ImportCaDialog *CertificatesPage::importCa()
{
    auto *d = new ImportCaDialog(m_services, this);
    connect(d, &ImportCaDialog::imported, this, [this](const QString &name) {
        reload();
        setStatus(tr("Imported CA \"%1\"; its key is stored encrypted.").arg(name));
    });
    return openDialog(d);
}

IssueCertificateDialog *CertificatesPage::issueCertificate()
{
    auto *d = new IssueCertificateDialog(m_services, this);
    const pki::IssuedCertificate sel = selectedCertificate();
    if (!sel.certificate.isNull() && sel.certificate.isCA()) { // issue from the selected CA
        if (auto list = m_services.store.list()) {
            for (const CaStore::Entry &e : list.value()) {
                if (e.certificate == sel.certificate)
                    d->setCa(e.name);
            }
        }
    }
    connect(d, &IssueCertificateDialog::issued, this, &CertificatesPage::remember);
    connect(d, &IssueCertificateDialog::deployRequested, this, &CertificatesPage::deployRequested);
    return openDialog(d);
}

SignCsrDialog *CertificatesPage::signCsr()
{
    auto *d = new SignCsrDialog(m_services, this);
    connect(d, &SignCsrDialog::signedCertificate, this, [this](const pki::Certificate &c) {
        reload();
        selectSerial(c.serialHex());
        setStatus(tr("Signed %1 (serial %2).").arg(c.info().subject, c.serialHex()));
    });
    return openDialog(d);
}

RenewDialog *CertificatesPage::renewSelected()
{
    const pki::IssuedCertificate sel = selectedCertificate();
    if (sel.certificate.isNull() || sel.certificate.isCA()) {
        setStatus(tr("Select an issued (non-CA) certificate to renew."), true);
        return nullptr;
    }
    auto *d = new RenewDialog(m_services, sel.certificate, this);
    connect(d, &RenewDialog::issued, this, &CertificatesPage::remember);
    connect(d, &RenewDialog::deployRequested, this, &CertificatesPage::deployRequested);
    return openDialog(d);
}

ExportDialog *CertificatesPage::exportSelected()
{
    const pki::IssuedCertificate sel = selectedCertificate();
    if (sel.certificate.isNull()) {
        setStatus(tr("Select a certificate to export."), true);
        return nullptr;
    }
    auto *d = new ExportDialog(m_services, sel, this);
    connect(d, &ExportDialog::exported, this, [this](const QString &dir, const QStringList &files) {
        setStatus(tr("Wrote %1 in %2.").arg(files.join(QStringLiteral(", ")), dir));
    });
    return openDialog(d);
}

FederationWizard *CertificatesPage::federationWizard()
{
    auto *d = new FederationWizard(m_services, this);
    connect(d, &FederationWizard::storeChanged, this, [this] { reload(); });
    return openDialog(d);
}

void CertificatesPage::deploySelected()
{
    const pki::IssuedCertificate sel = selectedCertificate();
    if (sel.key.isNull()) {
        setStatus(tr("Only a certificate issued in this session can be deployed: its key is kept in memory only."), true);
        return;
    }
    auto key = sel.key.toPem();
    if (!key) {
        setStatus(key.error().toString(), true);
        return;
    }
    Q_EMIT deployRequested(sel.certificate.toPem(), key.value(), chainPem(sel));
}

} // namespace fc
