#include "gui/main/MainWindow.h"

#include "gui/common/Shortcuts.h"

#include "backend/cluster/ObjectParser.h"
#include "backend/secrets/Keychain.h"
#include "gui/app/AboutDialog.h"
#include "gui/app/AddClusterDialog.h"
#include "gui/app/DesktopNotifier.h"
#include "gui/app/WelcomePage.h"
#include "gui/app/PreferencesDialog.h"
#include "gui/app/Theme.h"
#include "gui/cluster/ClusterOverviewPage.h"
#include "gui/cluster/ClusterSessions.h"
#include "gui/common/Icons.h"
#include "gui/cluster/DetailsPane.h"
#include "gui/common/Tables.h"
#include "gui/federation/FederationsPage.h"
#include "gui/federation/GroupDialog.h"
#include "gui/helm/ReleaseDialog.h"
#include "gui/helm/ReleasesPage.h"
#include "gui/editors/ExposeDialog.h"
#include "gui/editors/ObjectEditor.h"
#include "gui/logs/LogViewer.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/ClusterCertificatesView.h"
#include "gui/pki/SecretDeployDialog.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/Clock.h"
#include "model/pki/CertificateSecrets.h"
#include "model/pki/CertificateInventory.h"
#include "model/pki/ExpiryWatch.h"
#include "model/pki/ClusterCertificateModel.h"
#include "model/federation/FederationModel.h"
#include "model/fleet/ClusterOverviewModel.h"
#include "model/gpu/GpuModel.h"
#include "model/cluster/Informer.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>
#include <QPushButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fc {

namespace {
const char kAllNamespaces[] = QT_TRANSLATE_NOOP("fc::MainWindow", "All namespaces");
}

MainWindow::MainWindow(const Kubeconfig &kubeconfig, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_sessions(new ClusterSessions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FedConsole"));
    m_sessions->setKubeconfig(kubeconfig);
    m_model = new ResourceTableModel(this);
    m_proxy = new ResourceFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_preferences = Preferences::load(*m_settings);
    buildUi();
    buildMenus();
    applyPreferences(m_preferences);

    for (const QString &name : kubeconfig.contextNames())
        m_contextCombo->addItem(name, name);
    refreshOverviewContexts();
    m_overview->setPinned(m_preferences.pinnedContexts);
    restoreLayout();
    restoreFirstScreen();

    QString context = m_settings->value(QStringLiteral("session/context")).toString();
    if (!kubeconfig.contextNames().contains(context))
        context = kubeconfig.currentContext();
    if (context.isEmpty() && !kubeconfig.contextNames().isEmpty())
        context = kubeconfig.contextNames().first();
    // the kind is saved by name ("daemonsets.apps"); settings of older versions kept an index
    const QVariant savedKind = m_settings->value(QStringLiteral("session/kind"), QStringLiteral("pods"));
    bool legacyIndex = false;
    const int kindIndex = savedKind.toString().toInt(&legacyIndex);
    m_typeId = legacyIndex ? ResourceType::of(allKinds().value(kindIndex, Kind::Pod)).id() : savedKind.toString();
    fillKindList();
    if (!context.isEmpty()) {
        m_contextCombo->setCurrentIndex(m_contextCombo->findData(context));
        switchContext(context);
        // pinned contexts open at start, in the background
        QStringList pinned;
        for (const QString &p : std::as_const(m_preferences.pinnedContexts))
            if (p != context && kubeconfig.contextNames().contains(p))
                pinned << p;
        if (!pinned.isEmpty())
            openContexts(pinned);
        if (m_settings->value(QStringLiteral("session/allClusters")).toBool())
            setAllClusters(true);
    } else {
        QString problems;
        for (const Error &e : kubeconfig.errors())
            problems += e.toString() + u'\n';
        m_stateLabel->setText(tr("No kubeconfig contexts found. %1").arg(problems));
        // a new user: the welcome page says why and offers the ways in
        m_welcome->setProblems(problems.trimmed().isEmpty() ? tr("Read: %1 — no contexts in it.").arg(kubeconfig.files().join(QStringLiteral(", ")))
                                                            : problems.trimmed());
        m_central->setCurrentWidget(m_welcome);
    }
    updateDraftsButton(); // edits left from an earlier session (or a crash) are offered
}

MainWindow::~MainWindow()
{
    // Tear the clusters down while this is still a whole MainWindow: their stores' last signals
    // reach the models and, through lambdas, this window.
    m_model->disconnect(this);
    m_proxy->disconnect(this);
    m_model->setStore(nullptr);
    m_details->setInformer(nullptr);
    delete m_sessions;
    m_sessions = nullptr;
}

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Cluster"));
    toolbar->setObjectName(QStringLiteral("clusterToolBar"));
    toolbar->setMovable(false);
    auto *contextLabel = new QLabel(tr("&Context:"), toolbar);
    m_contextCombo = new QComboBox(toolbar);
    m_contextCombo->setObjectName(QStringLiteral("contextComboBox"));
    m_contextCombo->setMinimumContentsLength(18);
    contextLabel->setBuddy(m_contextCombo);
    auto *nsLabel = new QLabel(tr("&Namespace:"), toolbar);
    m_namespaceCombo = new QComboBox(toolbar);
    m_namespaceCombo->setObjectName(QStringLiteral("namespaceComboBox"));
    m_namespaceCombo->setMinimumContentsLength(16);
    nsLabel->setBuddy(m_namespaceCombo);
    m_filterEdit = new QLineEdit(toolbar);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_selectorEdit = new QLineEdit(toolbar);
    m_selectorEdit->setObjectName(QStringLiteral("selectorLineEdit"));
    m_selectorEdit->setAccessibleName(tr("Label selector"));
    m_selectorEdit->setPlaceholderText(tr("Label selector, e.g. app=flare,tier!=db (Ctrl+L)"));
    m_selectorEdit->setClearButtonEnabled(true);
    m_selectorError = new QLabel(toolbar);
    m_selectorError->setObjectName(QStringLiteral("selectorErrorLabel"));
    m_selectorError->setStyleSheet(QStringLiteral("color: #c62828;"));
    toolbar->addWidget(contextLabel);
    toolbar->addWidget(m_contextCombo);
    m_allClustersCheck = new QCheckBox(tr("&All open clusters"), toolbar);
    m_allClustersCheck->setObjectName(QStringLiteral("allClustersCheckBox"));
    m_allClustersCheck->setToolTip(tr("Show the kind from every open cluster in one table, with a Cluster column "
                                      "(open more in the Clusters tab)"));
    connect(m_allClustersCheck, &QCheckBox::toggled, this, &MainWindow::setAllClusters);
    toolbar->addWidget(m_allClustersCheck);
    toolbar->addSeparator();
    toolbar->addWidget(nsLabel);
    toolbar->addWidget(m_namespaceCombo);
    toolbar->addSeparator();
    toolbar->addWidget(m_filterEdit);
    toolbar->addWidget(m_selectorEdit);
    toolbar->addWidget(m_selectorError);

    m_kindList = new QListWidget(this);
    m_kindList->setObjectName(QStringLiteral("kindListWidget"));
    m_kindList->setAccessibleName(tr("Kinds"));
    m_kindList->setMaximumWidth(360);
    m_kindList->setTextElideMode(Qt::ElideMiddle); // "ValidatingAdmissionPolicy (admissionregistration.k8s.io)"
    m_kindList->setIconSize(QSize(16, 16));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resourceTableView"));
    m_table->setAccessibleName(tr("Resources"));
    setUpRowTable(m_table, m_proxy);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // a drag on a section's edge (not our sizing, not the stretched last section following the window)
        if (!m_sizingColumns && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_columnsUserSized = true;
    });

    m_details = new DetailsPane(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("tableDetailsSplitter"));
    // a kind that cannot be listed says why above its (empty) table, never silently
    m_listErrorLabel = new QLabel(this);
    m_listErrorLabel->setObjectName(QStringLiteral("listErrorLabel"));
    m_listErrorLabel->setWordWrap(true);
    m_listErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listErrorLabel->setStyleSheet(QStringLiteral("color: #c62828; padding: 4px;"));
    m_listErrorLabel->hide();
    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_listErrorLabel);
    tableLayout->addWidget(m_table, 1);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_kindList);
    m_mainSplitter->addWidget(m_splitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({250, 1100});
    m_federationsPage = new FederationsPage(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("mainTabWidget"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_mainSplitter, tr("&Resources"));
    m_pages->addTab(m_federationsPage, tr("&Federations"));
    m_pages->addTab(m_federationsPage->gpuPage(), tr("&GPUs"));
    m_releasesPage = new ReleasesPage(this);
    m_pages->addTab(m_releasesPage, tr("&Helm releases"));
    // local PKI; FEDCONSOLE_PKI_DIR lets tests use a temporary store (the CLI's default otherwise)
    QString pkiDir = qEnvironmentVariable("FEDCONSOLE_PKI_DIR");
    if (pkiDir.isEmpty())
        pkiDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pki");
    m_certificatesPage = new CertificatesPage(pkiDir, this);
    m_pages->addTab(m_certificatesPage, tr("Cer&tificates"));
    m_overview = new ClusterOverviewModel(this);
    m_overviewPage = new ClusterOverviewPage(m_overview, this);
    m_pages->addTab(m_overviewPage, tr("C&lusters"));
    connect(m_overviewPage, &ClusterOverviewPage::openRequested, this, &MainWindow::openContexts);
    connect(m_overviewPage, &ClusterOverviewPage::closeRequested, this, &MainWindow::closeContexts);
    connect(m_overviewPage, &ClusterOverviewPage::showRequested, this, [this](const QString &context) {
        switchContext(context);
        if (m_informer && m_informer->cluster() == context)
            showPage(m_pages->indexOf(m_mainSplitter));
    });
    connect(m_overview, &ClusterOverviewModel::pinnedChanged, this, [this](const QStringList &pinned) {
        // pins of contexts the kubeconfig read now does not name (another file) stay
        QStringList all = pinned;
        for (const QString &p : std::as_const(m_preferences.pinnedContexts))
            if (m_overview->rowOf(p) < 0 && !all.contains(p))
                all << p;
        m_preferences.pinnedContexts = all;
        m_preferences.save(*m_settings);
        m_settings->sync();
    });
    // the federation and GPU views' results feed the overview's columns, coalesced
    m_overviewFeedTimer = new QTimer(this);
    m_overviewFeedTimer->setSingleShot(true);
    m_overviewFeedTimer->setInterval(500);
    connect(m_overviewFeedTimer, &QTimer::timeout, this, [this] {
        m_overview->setFederations(m_federationsPage->federationModel()->federations());
        m_overview->setGpus(m_federationsPage->gpuModel()->rows());
    });
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_federationsPage->federationModel()),
                                  static_cast<QAbstractItemModel *>(m_federationsPage->gpuModel())}) {
        connect(m, &QAbstractItemModel::dataChanged, m_overviewFeedTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::rowsInserted, m_overviewFeedTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::rowsRemoved, m_overviewFeedTimer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::modelReset, m_overviewFeedTimer, qOverload<>(&QTimer::start));
    }
    m_pkiStore = std::make_unique<CaStore>(pkiDir);
    // unapplied edits live next to the PKI store (FEDCONSOLE_DATA_DIR for tests), never secret values
    QString dataDir = qEnvironmentVariable("FEDCONSOLE_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_drafts = std::make_unique<editors::DraftStore>(dataDir + QStringLiteral("/drafts"));
    m_dataDir = dataDir;
    m_keychain = new Keychain(QStringLiteral("FedConsole"), this);
    connect(m_certificatesPage, &CertificatesPage::deployRequested, this, &MainWindow::deployCertificate);
    // expiry watch: the tab's badge follows the certificates; a desktop notification once a day
    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setSingleShot(true);
    m_expiryTimer->setInterval(300);
    connect(m_expiryTimer, &QTimer::timeout, this, &MainWindow::checkCertificateExpiry);
    auto *hourly = new QTimer(this); // time moves on: a certificate crosses into the window while the app runs
    hourly->setInterval(3600 * 1000);
    connect(hourly, &QTimer::timeout, this, [this] {
        m_certificatesPage->inventory()->refresh();
        m_expiryTimer->start();
    });
    hourly->start();
    watchForExpiry(m_certificatesPage->inventory());
    connect(m_federationsPage, &FederationsPage::openReleaseRequested, this, &MainWindow::openRelease);
    connect(m_federationsPage, &FederationsPage::installPartyChartRequested, this, &MainWindow::installPartyChart);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_certificatesPage)
            syncClusterCertificatesView();
        if (m_pages->currentWidget() == m_mainSplitter && m_proxy->rowCount() > 0)
            sizeColumnsSoon(); // deferred while the table was hidden
        if (m_countLabel) // "12 of 340 pods" belongs to the resource table only
            m_countLabel->setVisible(m_pages->currentWidget() == m_mainSplitter);
    });
    m_pages->setTabsClosable(true);
    Q_ASSERT(m_pages->count() == kFixedPages);
    for (int i = 0; i < m_pages->count(); ++i) // the fixed pages stay; log tabs close
        m_pages->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_pages, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (QWidget *w = m_pages->widget(index); qobject_cast<LogViewer *>(w)) {
            m_pages->removeTab(index);
            w->deleteLater();
        }
    });
    // the welcome page stands in for the pages while no kubeconfig gives a context
    m_welcome = new WelcomePage(this);
    QString sourceDir = qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR");
    if (sourceDir.isEmpty() && QFileInfo::exists(QStringLiteral(FEDCONSOLE_BUILD_SOURCE_DIR "/scripts/local-cluster.sh")))
        sourceDir = QStringLiteral(FEDCONSOLE_BUILD_SOURCE_DIR);
    m_welcome->setSourceDir(sourceDir);
    connect(m_welcome, &WelcomePage::addClusterRequested, this, [this] { showAddCluster(); });
    connect(m_welcome, &WelcomePage::openFileRequested, this, [this] { openKubeconfigFile(); });
    connect(m_welcome, &WelcomePage::certificatesRequested, this, [this] { showPage(m_pages->indexOf(m_certificatesPage)); });
    connect(m_welcome, &WelcomePage::demoReady, this, [this](const QString &file) { addKubeconfigFile(file, {}); });
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_pages);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);

    m_stateLabel = new QLabel(this);
    m_stateTimer = new QTimer(this); // the countdown of "next attempt in N s"
    m_stateTimer->setInterval(1000);
    connect(m_stateTimer, &QTimer::timeout, this, [this] {
        if (m_informer && m_informer->connection())
            onStateChanged(m_informer->connection()->state(), {});
    });
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_insecureBadge = new QLabel(tr(" INSECURE: TLS verification disabled "), this);
    m_insecureBadge->setObjectName(QStringLiteral("insecureBadgeLabel"));
    m_insecureBadge->setStyleSheet(QStringLiteral("background: #c62828; color: white; font-weight: bold; border-radius: 3px;"));
    m_insecureBadge->setToolTip(tr("This context sets insecure-skip-tls-verify: the server's identity is not checked."));
    m_insecureBadge->hide();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("rowCountLabel"));
    // a fixed size: a label whose size can change re-lays out the whole window on every new count
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setFixedSize(m_countLabel->fontMetrics().horizontalAdvance(tr("%1 of %2 %3").arg(8888888).arg(8888888).arg(QStringLiteral("customresourcedefinitions")))
                                   + 8,
                               m_countLabel->sizeHint().height());
    statusBar()->addWidget(m_stateLabel, 1);
    m_draftsButton = new QPushButton(this);
    m_draftsButton->setObjectName(QStringLiteral("draftsButton"));
    m_draftsButton->setFlat(true);
    m_draftsButton->setStyleSheet(QStringLiteral("color: #b26a00;"));
    connect(m_draftsButton, &QPushButton::clicked, this, &MainWindow::showDrafts);
    statusBar()->addPermanentWidget(m_draftsButton);
    statusBar()->addPermanentWidget(m_insecureBadge);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_contextCombo, &QComboBox::activated, this, [this](int i) { switchContext(m_contextCombo->itemData(i).toString()); });
    connect(m_namespaceCombo, &QComboBox::activated, this, [this](int i) { switchNamespace(m_namespaceCombo->itemData(i).toString()); });
    connect(m_kindList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty()) {
            m_firstStartPage = false; // the user is working in the resource view: stay there
            switchType(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxy::setTextFilter);
    connect(m_selectorEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const Result<void> r = m_proxy->setLabelSelector(text);
        m_selectorError->setText(r ? QString() : r.error().message);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    // "12 of 340 pods": at most every 100 ms while rows stream in (each new text re-lays out the status bar)
    auto *countTimer = new QTimer(this);
    countTimer->setSingleShot(true);
    countTimer->setInterval(100);
    connect(countTimer, &QTimer::timeout, this, &MainWindow::updateCount);
    auto updateCount = [countTimer] {
        if (!countTimer->isActive())
            countTimer->start();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    // size the columns once the first rows of a kind are there (not per row: lists can be huge)
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::sizeColumnsSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    // rows arriving in other namespaces change the total without touching the proxy
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);

    auto *logsAction = new QAction(actionIcon(QStringLiteral("text-x-log"), QStringLiteral("logs")), tr("Show &logs"), this);
    logsAction->setObjectName(QStringLiteral("showLogsAction"));
    logsAction->setShortcut(shortcutKey(Shortcut::ShowLogs));
    logsAction->setToolTip(tr("Stream the logs of the selected pod or workload (Ctrl+Shift+L)"));
    connect(logsAction, &QAction::triggered, this, [this] { openLogsForSelection(); });
    m_logsAction = logsAction;
    logsAction->setProperty("fc_tip", logsAction->toolTip());
    toolbar->addSeparator();
    toolbar->addAction(logsAction);
    addAction(logsAction);
    auto *groupAction = new QAction(actionIcon(QStringLiteral("fedconsole-group"), QStringLiteral("group")), tr("&Group into federation…"), this);
    groupAction->setObjectName(QStringLiteral("groupAction"));
    groupAction->setShortcut(shortcutKey(Shortcut::GroupIntoFederation));
    connect(groupAction, &QAction::triggered, this, [this] {
        if (GroupDialog *d = groupSelection())
            d->open();
    });
    toolbar->addAction(groupAction);
    addAction(groupAction);
    m_groupAction = groupAction;
    groupAction->setProperty("fc_tip", groupAction->toolTip());
    auto *editAction = new QAction(actionIcon(QStringLiteral("document-edit"), QStringLiteral("edit")), tr("&Edit…"), this);
    editAction->setObjectName(QStringLiteral("editAction"));
    editAction->setShortcut(shortcutKey(Shortcut::EditObject));
    editAction->setToolTip(tr("Edit the selected object: YAML, forms, diff against the server, dry run (Ctrl+E)"));
    connect(editAction, &QAction::triggered, this, [this] { editSelection(); });
    m_editAction = editAction;
    editAction->setProperty("fc_tip", editAction->toolTip());
    toolbar->addAction(editAction);
    addAction(editAction);
    auto *exposeAction = new QAction(actionIcon(QStringLiteral("network-server"), QStringLiteral("expose")), tr("E&xpose through ingress…"), this);
    exposeAction->setObjectName(QStringLiteral("exposeAction"));
    exposeAction->setToolTip(tr("Forward a Service's TCP ports through the ingress controller: TCP map rows and host ports, "
                                "dry run and both diffs first"));
    connect(exposeAction, &QAction::triggered, this, [this] { exposeSelection(); });
    addAction(exposeAction);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelection(); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, logsAction, groupAction, editAction, exposeAction](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(editAction);
        if (m_model->store() && m_model->store()->type().builtin == Kind::Service)
            menu.addAction(exposeAction);
        menu.addAction(logsAction);
        menu.addAction(groupAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *focusFilter = new QShortcut(shortcutKey(Shortcut::FocusFilter), this);
    connect(focusFilter, &QShortcut::activated, m_filterEdit, [this] { m_filterEdit->setFocus(); m_filterEdit->selectAll(); });
    auto *focusSelector = new QShortcut(shortcutKey(Shortcut::FocusSelector), this);
    connect(focusSelector, &QShortcut::activated, m_selectorEdit, [this] { m_selectorEdit->setFocus(); });
    auto *focusTable = new QShortcut(shortcutKey(Shortcut::FocusTable), this);
    connect(focusTable, &QShortcut::activated, m_table, [this] { m_table->setFocus(); });
}

void MainWindow::buildMenus()
{
    // one shape for every menu entry: icon (theme first), text, name, key from the shortcut table
    auto add = [this](QMenu *menu, const char *themeIcon, const char *fallbackIcon, const QString &text, const char *objectName,
                      Shortcut key, QAction::MenuRole role, auto slot) {
        QAction *a = menu->addAction(actionIcon(QLatin1String(themeIcon), QLatin1String(fallbackIcon)), text);
        a->setObjectName(QLatin1String(objectName));
        a->setShortcut(shortcutKey(key));
        a->setMenuRole(role);
        connect(a, &QAction::triggered, this, slot);
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "list-add", "group", tr("&Add cluster…"), "addClusterAction", Shortcut::AddCluster, QAction::NoRole, [this] { showAddCluster(); });
    add(file, "document-open", "open", tr("&Open kubeconfig file…"), "openKubeconfigAction", Shortcut::OpenKubeconfig, QAction::NoRole,
        [this] { openKubeconfigFile(); });
    file->addSeparator();
    add(file, "preferences-system", "preferences", tr("&Preferences…"), "preferencesAction", Shortcut::Preferences,
        QAction::PreferencesRole, [this] { showPreferences(); });
    file->addSeparator();
    add(file, "application-exit", "about", tr("&Quit"), "quitAction", Shortcut::Quit, QAction::QuitRole, [this] { close(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "input-keyboard", "keyboard", tr("&Keyboard shortcuts"), "shortcutsAction", Shortcut::ShowShortcuts, QAction::NoRole,
        [this] { showShortcuts(); });
    add(help, "help-about", "about", tr("&About FedConsole"), "aboutAction", Shortcut::About, QAction::AboutRole, [this] { showAbout(); });
}

AddClusterDialog *MainWindow::showAddCluster()
{
    auto *dialog = new AddClusterDialog(m_dataDir + QStringLiteral("/kubeconfigs"), m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddClusterDialog::added, this, &MainWindow::addKubeconfigFile);
    dialog->open();
    return dialog;
}

bool MainWindow::showingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::openKubeconfigFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a kubeconfig file"), QDir::homePath() + QStringLiteral("/.kube"));
    if (!file.isEmpty())
        addKubeconfigFile(file, {});
}

bool MainWindow::addKubeconfigFile(const QString &file, const QString &context)
{
    // the files read so far (that exist) plus the new one, kept in Preferences for the next start
    QStringList paths;
    for (const QString &f : m_sessions->kubeconfig().files())
        if (QFileInfo::exists(f) && !paths.contains(f))
            paths << f;
    const QString added = QFileInfo(file).absoluteFilePath();
    if (!paths.contains(added))
        paths << added;
    const Kubeconfig kubeconfig = Kubeconfig::load(paths);
    const Kubeconfig only = Kubeconfig::load({added}); // the new file on its own: its contexts and problems
    QString open = context;
    if (open.isEmpty() || !kubeconfig.contextNames().contains(open)) // its own current context, else its first
        open = !only.currentContext().isEmpty() ? only.currentContext() : only.contextNames().value(0);
    if (open.isEmpty() || !kubeconfig.contextNames().contains(open)) {
        QString problems;
        for (const Error &e : only.errors())
            problems += e.toString() + u'\n';
        QMessageBox::warning(this, tr("No cluster in this file"),
                             tr("%1 gives no usable context.\n%2").arg(QDir::toNativeSeparators(added), problems.trimmed()));
        return false;
    }
    Preferences preferences = m_preferences;
    preferences.kubeconfigPaths = paths;
    preferences.save(*m_settings);
    m_settings->sync();
    m_preferences = preferences;
    m_sessions->setKubeconfig(kubeconfig);
    for (const QString &name : kubeconfig.contextNames())
        if (m_contextCombo->findData(name) < 0)
            m_contextCombo->addItem(name, name);
    refreshOverviewContexts();
    m_central->setCurrentWidget(m_pages);
    switchContext(open);
    return true;
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Preferences chosen = dialog->preferences();
        chosen.pinnedContexts = m_preferences.pinnedContexts; // pinned in the overview, not in the dialog
        chosen.save(*m_settings);
        m_settings->sync();
        applyPreferences(chosen);
    });
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_preferences.helmProgram, m_preferences.kubectlProgram, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const bool themeChanged = preferences.theme != m_preferences.theme || !m_preferencesApplied;
    m_preferences = preferences;
    m_preferencesApplied = true;
    if (themeChanged && qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyTheme(preferences.theme);
    m_releasesPage->useHelmProgram(preferences.helmProgram); // empty: PATH
    m_certificatesPage->inventory()->setWarningDays(preferences.certificateWarningDays);
    if (m_clusterCertificates)
        m_clusterCertificates->model()->setWarningDays(preferences.certificateWarningDays);
    for (const auto &m : std::as_const(m_backgroundCertificates))
        if (m)
            m->setWarningDays(preferences.certificateWarningDays);
    m_expiryTimer->start();
    Keychain::setAllowed(preferences.useKeychain);
    m_sessions->setNamespaceHints(preferences.namespaces);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/detailsSplitter")).toByteArray());
    m_mainSplitter->restoreState(m_settings->value(QStringLiteral("window/mainSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/detailsSplitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("session/kind"), m_typeId);
    if (m_pages->currentIndex() < kFixedPages) // a log tab is not reopened: its page is
        m_settings->setValue(QStringLiteral("session/page"), m_pages->currentIndex());
    if (m_informer)
        m_settings->setValue(QStringLiteral("session/context"), m_informer->cluster());
    m_settings->sync();
    event->accept();
}

Result<ClusterSessions::Session *> MainWindow::openContext(const QString &context)
{
    auto session = m_sessions->open(context);
    if (!session)
        return session;
    ClusterSessions::Session *s = session.value();
    if (!m_federationSources.contains(context)) { // first time this cluster is opened
        m_federationSources.insert(context);
        m_federationsPage->addInformer(s->informer); // every opened cluster feeds the federation view
        ResourceStore *namespaces = s->informer->store(Kind::Namespace);
        auto markDirty = [this] {
            if (!m_namespacesDirty) {
                m_namespacesDirty = true;
                QTimer::singleShot(200, this, &MainWindow::refreshNamespaces);
            }
        };
        connect(namespaces, &ResourceStore::rowsInserted, this, markDirty);
        connect(namespaces, &ResourceStore::rowsRemoved, this, markDirty);
        connect(namespaces, &ResourceStore::accessChanged, this, markDirty); // namespaces hidden: the ones known instead
        m_overview->attach(s->informer);
    }
    return s;
}

void MainWindow::openContexts(const QStringList &contexts)
{
    QStringList problems;
    for (const QString &context : contexts) {
        auto session = openContext(context);
        if (!session) {
            problems << tr("%1: %2").arg(context, session.error().toString());
            continue;
        }
        if (!m_informer || m_informer->cluster() != context)
            watchCertificatesInBackground(context); // the current one's are read by its view
    }
    if (m_allClusters && m_informer)
        switchType(m_typeId); // the new clusters' rows join the table
    // never a modal box here (this runs at start for pinned contexts): the status bar and the
    // overview's rows say what could not be opened
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Cannot open %1").arg(problems.join(QStringLiteral("; "))), 15000);
}

void MainWindow::closeContexts(const QStringList &contexts)
{
    QStringList closing;
    for (const QString &c : contexts)
        if (m_sessions->find(c) && !closing.contains(c))
            closing << c;
    if (closing.isEmpty())
        return;
    QString kept;
    const QString current = m_informer ? m_informer->cluster() : QString();
    if (closing.contains(current)) {
        // another open context becomes the current one (in the kubeconfig's order); the only one stays
        QString next;
        for (int i = 0; i < m_contextCombo->count() && next.isEmpty(); ++i) {
            const QString c = m_contextCombo->itemData(i).toString();
            if (!closing.contains(c) && m_sessions->find(c))
                next = c;
        }
        if (next.isEmpty()) {
            closing.removeAll(current);
            kept = current;
        } else {
            switchContext(next);
        }
    }
    for (const QString &c : std::as_const(closing)) {
        ClusterSessions::Session *s = m_sessions->find(c);
        for (auto it = m_logContexts.begin(); it != m_logContexts.end();) {
            if (it->second != c) {
                ++it;
                continue;
            }
            if (QWidget *w = it->first) {
                if (const int tab = m_pages->indexOf(w); tab >= 0)
                    m_pages->removeTab(tab);
                w->deleteLater();
            }
            it = m_logContexts.erase(it);
        }
        m_federationsPage->removeInformer(s->informer);
        m_federationSources.remove(c);
        delete m_backgroundCertificates.take(c).data();
        m_overview->detach(c);
        s->informer->store(Kind::Namespace)->disconnect(this);
        s->connection->disconnect(this);
        m_sessions->close(c);
    }
    m_expiryTimer->start();
    m_overviewFeedTimer->start();
    if (m_allClusters && !closing.isEmpty()) {
        switchType(m_typeId); // the closed clusters' rows leave the table
        refreshNamespaces();  // and their namespaces the list
    }
    QString message = closing.isEmpty() ? QString() : tr("Closed %1.").arg(closing.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" "))
                   + tr("%1 stays open: it is the only open context (open another one first).").arg(kept);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::refreshOverviewContexts()
{
    QList<ClusterOverviewModel::ContextEntry> entries;
    const Kubeconfig &kubeconfig = m_sessions->kubeconfig();
    for (const QString &name : kubeconfig.contextNames()) {
        ClusterOverviewModel::ContextEntry e;
        e.name = name;
        if (const auto resolved = kubeconfig.resolve(name))
            e.server = resolved.value().server.toString();
        else
            e.problem = resolved.error().toString();
        entries << e;
    }
    m_overview->setContexts(entries);
}

void MainWindow::updateOverviewCertificates()
{
    auto feed = [this](const ClusterCertificateModel *m, const QString &context) {
        if (m && !m->isLoading())
            m_overview->setCertificateWarnings(context, summarize(*m, context), m->lastError());
    };
    if (m_clusterCertificates)
        feed(m_clusterCertificates->model(), m_clusterCertificatesContext);
    for (auto it = m_backgroundCertificates.cbegin(); it != m_backgroundCertificates.cend(); ++it)
        feed(it.value(), it.key());
}

void MainWindow::switchContext(const QString &context)
{
    auto session = openContext(context);
    if (!session) {
        // The broken context is named with its file/line/field; every other context keeps working.
        m_stateLabel->setText(tr("Context %1: %2").arg(context, session.error().toString()));
        QMessageBox::warning(this, tr("Cannot open context"), session.error().toString());
        if (m_informer)
            m_contextCombo->setCurrentIndex(m_contextCombo->findData(m_informer->cluster()));
        return;
    }
    ClusterSessions::Session *s = session.value();
    if (m_informer && m_informer->connection())
        m_informer->connection()->disconnect(this);
    m_informer = s->informer;
    m_contextNamespace = s->context.namespaceName;
    m_contextCombo->setCurrentIndex(m_contextCombo->findData(context));
    m_insecureBadge->setVisible(s->connection->insecure());
    connect(s->connection, &ClusterConnection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_informer, &Informer::rulesReviewed, this, &MainWindow::updateActionAccess, Qt::UniqueConnection);
    connect(s->connection, &ClusterConnection::watchError, this, [this](quint64 watchId, const QString &message) {
        if (!m_informer || watchId != m_informer->watchId(currentType()))
            return;
        m_listErrorLabel->setText(tr("Cannot list %1: %2 — retrying.").arg(currentType().resource, message));
        m_listErrorLabel->show();
    });
    connect(s->connection, &ClusterConnection::kindsChanged, this, [this] {
        fillKindList();
        // a kind known only from discovery (a CRD saved last time) is shown once discovery names it
        if (!m_model->store() || m_model->store()->type().id() != m_typeId)
            switchType(m_typeId);
    });
    m_stateDetail.clear();
    onStateChanged(s->connection->state(), {});
    m_settings->setValue(QStringLiteral("session/context"), context);

    m_details->setInformer(m_informer);
    m_releasesPage->setCluster(m_informer, s->context);
    // the cluster's certificate secrets are read now (not only when the tab is shown): the expiry
    // watch covers open clusters too
    syncClusterCertificatesView();
    if (!m_allClusters) // across clusters the filter the user set stays
        m_proxy->setNamespaceFilter(initialNamespace(context));
    refreshNamespaces();
    updateNamespaceColumn();
    fillKindList();
    switchType(m_typeId);
}

QString MainWindow::initialNamespace(const QString &context) const
{
    // the namespace last shown in this context ("" = all namespaces) …
    const QVariantMap saved = m_settings->value(QStringLiteral("session/namespaces")).toMap();
    if (saved.contains(context))
        return saved.value(context).toString();
    // … else all namespaces, unless the kubeconfig names a namespace of its own: "default" is what
    // kubeconfigs write by habit and mostly holds nothing, so a new user would see an empty table
    return m_contextNamespace == u"default" ? QString() : m_contextNamespace;
}

void MainWindow::restoreFirstScreen()
{
    bool ok = false;
    const int page = m_settings->value(QStringLiteral("session/page")).toInt(&ok);
    if (ok && page >= 0 && page < kFixedPages) {
        m_pages->setCurrentIndex(page);
        return;
    }
    // A first start: the Federations overview as soon as a federation is recognised (the demo's,
    // or the user's), unless the user has picked a page by then.
    m_firstStartPage = true;
    connect(m_pages->tabBar(), &QTabBar::tabBarClicked, this, [this] { m_firstStartPage = false; });
    connect(m_federationsPage->federationModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_firstStartPage)
            return;
        m_firstStartPage = false;
        if (m_pages->currentWidget() == m_mainSplitter)
            m_pages->setCurrentWidget(m_federationsPage);
    });
}

void MainWindow::sizeColumnsSoon()
{
    // the first sizing fits the rows on screen; rows arriving later (a wider name, "Running" in
    // place of "Pending") widen a column, until the user resizes one by hand
    if (m_columnsSizingQueued || m_columnsUserSized)
        return;
    m_columnsSizingQueued = true;
    QTimer::singleShot(150, this, [this] {
        m_columnsSizingQueued = false;
        // a hidden table would measure every row (its "visible area" is all of them): wait until shown
        if (!m_table->isVisible() || m_columnsUserSized)
            return;
        const bool first = !std::exchange(m_columnsSized, true);
        m_sizingColumns = true;
        QHeaderView *header = m_table->horizontalHeader();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (m_table->isColumnHidden(c) || (header->stretchLastSection() && header->visualIndex(c) == header->count() - 1))
                continue;
            const int before = m_table->columnWidth(c);
            m_table->resizeColumnToContents(c); // the rows on screen (resizeContentsPrecision 0)
            const int want = std::min(m_table->columnWidth(c), 420);
            m_table->setColumnWidth(c, first ? want : std::max(before, want));
        }
        m_sizingColumns = false;
    });
}

LogViewer *MainWindow::openLogsForSelection()
{
    if (!m_informer || !m_informer->connection())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ObjectSummary *o = nullptr;
    if (!rows.isEmpty() && m_model->store())
        o = m_model->store()->find(rows.first().data(ResourceTableModel::UidRole).toString());
    auto *viewer = new LogViewer(m_informer->connection(), m_informer->store(Kind::Pod), this);
    viewer->buffer()->setCapacity(m_preferences.logBufferLines);
    if (o && o->kind == Kind::Pod) {
        viewer->openPod(o->namespace_, o->name);
    } else if (o && (o->kind == Kind::Deployment || o->kind == Kind::StatefulSet || o->kind == Kind::DaemonSet)) {
        viewer->openWorkload(*o);
    } else if (!m_selectorEdit->text().trimmed().isEmpty() && m_selectorError->text().isEmpty()) {
        viewer->openSelector(m_proxy->namespaceFilter(), m_selectorEdit->text().trimmed());
    } else {
        delete viewer;
        statusBar()->showMessage(tr("Select a pod or workload (or type a label selector) to stream its logs"), 5000);
        return nullptr;
    }
    const int tab = m_pages->addTab(viewer, viewer->title());
    m_logContexts.append({viewer, m_informer->cluster()}); // closed with its context
    connect(viewer, &LogViewer::titleChanged, this, [this, viewer](const QString &title) {
        const int i = m_pages->indexOf(viewer);
        if (i >= 0)
            m_pages->setTabText(i, title);
    });
    m_pages->setCurrentIndex(tab);
    return viewer;
}

void MainWindow::syncClusterCertificatesView()
{
    if (!m_informer || !m_informer->connection())
        return;
    const QString context = m_informer->cluster();
    if (m_clusterCertificates && m_clusterCertificatesContext == context)
        return;
    if (m_clusterCertificates) {
        const int index = m_certificatesPage->tabs()->indexOf(m_clusterCertificates);
        if (index >= 0)
            m_certificatesPage->tabs()->removeTab(index);
        m_clusterCertificates->deleteLater();
    }
    // the context left behind stays in the expiry watch (its connection stays open); the new
    // current one is read by its view
    if (m_clusterCertificates && !m_clusterCertificatesContext.isEmpty())
        watchCertificatesInBackground(m_clusterCertificatesContext);
    delete m_backgroundCertificates.take(context).data();
    m_clusterCertificatesContext = context;
    m_clusterCertificates = new ClusterCertificatesView(m_informer->connection(), m_pkiStore.get());
    m_clusterCertificates->setObjectName(QStringLiteral("clusterCertificatesView"));
    m_clusterCertificates->setUnlocker(m_certificatesPage->unlocker()); // the page's keychain and passphrase dialog
    m_clusterCertificates->model()->setWarningDays(m_preferences.certificateWarningDays);
    ClusterCertificateModel *clusterModel = m_clusterCertificates->model();
    watchForExpiry(clusterModel);
    connect(clusterModel, &ClusterCertificateModel::loadingChanged, m_expiryTimer, qOverload<>(&QTimer::start)); // a read that failed changes no row
    m_certificatesPage->addClusterView(m_clusterCertificates, tr("In cluster %1").arg(context));
    // read now for the expiry watch (certificates only; the view reads the Pods when first shown)
    if (!m_clusterCertificates->isVisible())
        clusterModel->setReadPods(false);
    m_clusterCertificates->refresh();
}

void MainWindow::watchForExpiry(QAbstractItemModel *certificates)
{
    // rows are reconciled (inserted, removed, changed in place): any of it may change the badge
    connect(certificates, &QAbstractItemModel::modelReset, m_expiryTimer, qOverload<>(&QTimer::start));
    connect(certificates, &QAbstractItemModel::dataChanged, m_expiryTimer, qOverload<>(&QTimer::start));
    connect(certificates, &QAbstractItemModel::rowsInserted, m_expiryTimer, qOverload<>(&QTimer::start));
    connect(certificates, &QAbstractItemModel::rowsRemoved, m_expiryTimer, qOverload<>(&QTimer::start));
}

void MainWindow::watchCertificatesInBackground(const QString &context)
{
    ClusterSessions::Session *session = m_sessions->find(context);
    if (!session || !session->connection || m_backgroundCertificates.value(context))
        return;
    auto *model = new ClusterCertificateModel(session->connection, pki::Clock::system(), this);
    model->setWarningDays(m_preferences.certificateWarningDays);
    model->setReadPods(false); // the expiry watch needs the certificates only
    watchForExpiry(model);
    connect(model, &ClusterCertificateModel::loadingChanged, m_expiryTimer, qOverload<>(&QTimer::start));
    m_backgroundCertificates.insert(context, model);
    if (!m_backgroundCertificatesTimer) { // expiry moves by days: an hourly re-read is plenty
        m_backgroundCertificatesTimer = new QTimer(this);
        m_backgroundCertificatesTimer->setInterval(60 * 60 * 1000);
        connect(m_backgroundCertificatesTimer, &QTimer::timeout, this, [this] {
            for (const auto &m : std::as_const(m_backgroundCertificates))
                if (m)
                    m->refresh();
        });
        m_backgroundCertificatesTimer->start();
    }
    model->refresh();
}

ExpirySummary MainWindow::certificateExpiry() const
{
    ExpirySummary summary = summarize(*m_certificatesPage->inventory());
    if (m_clusterCertificates)
        summary.add(summarize(*m_clusterCertificates->model(), m_clusterCertificatesContext));
    QStringList others = m_backgroundCertificates.keys();
    others.sort(); // a stable order in the tooltip and the notification
    for (const QString &context : std::as_const(others))
        if (const ClusterCertificateModel *m = m_backgroundCertificates.value(context))
            summary.add(summarize(*m, context));
    return summary;
}

void MainWindow::checkCertificateExpiry()
{
    updateOverviewCertificates();
    const ExpirySummary summary = certificateExpiry();
    const int tab = m_pages->indexOf(m_certificatesPage);
    const QString headline = summary.headline(m_preferences.certificateWarningDays);
    // the badge: count in the title, a warning icon, the list in the tooltip (never colour alone)
    m_pages->setTabText(tab, summary.count() ? tr("Cer&tificates (%1)").arg(summary.count()) : tr("Cer&tificates"));
    m_pages->setTabIcon(tab, summary.count() ? actionIcon(QStringLiteral("dialog-warning"), QStringLiteral("warning")) : QIcon());
    m_pages->setTabToolTip(tab, summary.count() ? headline + u'\n' + summary.items.mid(0, 15).join(u'\n') : QString());
    const QDate today = QDate::currentDate();
    const QDate last = QDate::fromString(m_settings->value(QStringLiteral("notifications/expiryDate")).toString(), Qt::ISODate);
    if (!notificationDue(summary, today, last))
        return;
    m_settings->setValue(QStringLiteral("notifications/expiryDate"), today.toString(Qt::ISODate));
    sendDesktopNotification(headline, summary.items.mid(0, 5).join(u'\n'), this, [this, headline](bool sent, const QString &error) {
        if (sent)
            m_lastExpiryNotification = headline;
        else
            statusBar()->showMessage(tr("%1 (no desktop notification: %2)").arg(headline, error), 15000);
    });
}

void MainWindow::deployCertificate(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem)
{
    if (!m_informer || !m_informer->connection()) {
        QMessageBox::information(this, tr("Deploy to Secret"),
                                 tr("Open a cluster context first: the secret is written to the current context."));
        return;
    }
    // chainPem is the issuers, nearest first and the root last
    const auto chain = pki::Certificate::listFromPem(chainPem);
    const SecretMaterial material = SecretMaterial::fromParts(certPem, keyPem, chain ? chain.value() : QList<pki::Certificate>{});
    auto *dialog = new SecretDeployDialog(m_informer->connection(), material, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_contextNamespace.isEmpty())
        dialog->setNamespace(m_contextNamespace);
    connect(dialog, &SecretDeployDialog::applied, this, [this](const QString &ns, const QString &name) {
        statusBar()->showMessage(tr("Secret %1/%2 written").arg(ns, name), 8000);
        if (m_clusterCertificates)
            m_clusterCertificates->refresh();
    });
    dialog->open();
}

GroupDialog *MainWindow::groupSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->store() || !m_informer) {
        statusBar()->showMessage(tr("Select an object to group into a federation"), 5000);
        return nullptr;
    }
    const ObjectSummary *o = m_model->store()->find(rows.first().data(ResourceTableModel::UidRole).toString());
    if (!o)
        return nullptr;
    auto *dialog = new GroupDialog(m_informer->connection(), *o, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::applied, this, [this, name = o->name] {
        statusBar()->showMessage(tr("Labels set on %1").arg(name), 5000);
    });
    return dialog;
}

ObjectEditor *MainWindow::editSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->store()) {
        statusBar()->showMessage(tr("Select an object to edit"), 5000);
        return nullptr;
    }
    const ObjectSummary *o = m_model->store()->find(rows.first().data(ResourceTableModel::UidRole).toString());
    return o ? openEditor(m_model->store()->type().id(), o->namespace_, o->name) : nullptr;
}

ObjectEditor *MainWindow::openEditor(const QString &typeId, const QString &namespace_, const QString &name)
{
    if (!m_informer || !m_informer->connection())
        return nullptr;
    const ResourceType *type = m_informer->connection()->kinds().byId(typeId);
    if (!type) {
        statusBar()->showMessage(tr("%1 is not a kind this cluster serves").arg(typeId), 8000);
        return nullptr;
    }
    auto *editor = new ObjectEditor(m_informer->connection(), *type, namespace_, name, m_drafts.get(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QObject::destroyed, this, &MainWindow::updateDraftsButton, Qt::QueuedConnection);
    editor->show();
    editor->open();
    return editor;
}

ExposeDialog *MainWindow::exposeSelection()
{
    if (!m_informer || !m_informer->connection())
        return nullptr;
    QString ns;
    QString name;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty() && m_model->store()) {
        if (const ObjectSummary *o = m_model->store()->find(rows.first().data(ResourceTableModel::UidRole).toString())) {
            ns = o->namespace_;
            if (m_model->store()->type().builtin == Kind::Service)
                name = o->name;
        }
    }
    auto *dialog = new ExposeDialog(m_informer->connection(), ns, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // the FLARE overseer and servers recognised on this cluster are offered first
    QList<PartyService> parties = servicesToExpose(m_federationsPage->federationModel()->federations());
    const QString context = m_informer->connection()->contextName();
    parties.removeIf([&](const PartyService &p) { return !p.cluster.isEmpty() && p.cluster != context; });
    dialog->setPartyServices(parties);
    dialog->show();
    return dialog;
}

QList<editors::Draft> MainWindow::pendingDrafts() const
{
    return m_drafts->all();
}

void MainWindow::updateDraftsButton()
{
    const int n = int(m_drafts->all().size());
    m_draftsButton->setText(tr("%n unapplied edit(s)", nullptr, n));
    m_draftsButton->setToolTip(tr("Edits that were never applied, kept as drafts (also after a crash): open or discard them"));
    m_draftsButton->setVisible(n > 0);
}

void MainWindow::showDrafts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("draftsDialog"));
    dialog->setWindowTitle(tr("Unapplied edits"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("draftsListWidget"));
    for (const editors::Draft &d : m_drafts->all()) {
        auto *item = new QListWidgetItem(tr("%1 %2 in %3 — %4")
                                             .arg(d.typeId, d.namespace_.isEmpty() ? d.name : d.namespace_ + u'/' + d.name, d.context,
                                                  QLocale().toString(d.saved.toLocalTime(), QLocale::ShortFormat)),
                                         list);
        item->setData(Qt::UserRole, QStringList{d.context, d.typeId, d.namespace_, d.name});
    }
    layout->addWidget(list);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open"), dialog);
    auto *discard = new QPushButton(tr("&Discard"), dialog);
    auto *close = new QPushButton(tr("Close"), dialog);
    buttons->addWidget(open);
    buttons->addWidget(discard);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, dialog, &QDialog::close);
    connect(open, &QPushButton::clicked, dialog, [this, list, dialog] {
        const QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QStringList key = item->data(Qt::UserRole).toStringList();
        if (!m_informer || m_informer->cluster() != key.value(0))
            switchContext(key.value(0));
        openEditor(key.value(1), key.value(2), key.value(3));
        dialog->close();
    });
    connect(discard, &QPushButton::clicked, dialog, [this, list] {
        const QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QStringList key = item->data(Qt::UserRole).toStringList();
        if (QMessageBox::question(this, tr("Discard the edit?"), tr("The unapplied edit of %1 is deleted; the object stays as the server has it.")
                                                                    .arg(key.value(3)))
            != QMessageBox::Yes)
            return;
        m_drafts->remove(key.value(0), key.value(1), key.value(2), key.value(3));
        delete item;
        updateDraftsButton();
    });
    dialog->resize(640, 320);
    dialog->open();
}

void MainWindow::showPage(int index)
{
    m_firstStartPage = false;
    m_central->setCurrentWidget(m_pages); // a page asked for by name is shown, welcome page or not
    m_pages->setCurrentIndex(index);
}

bool MainWindow::useCluster(const QString &cluster)
{
    if (cluster.isEmpty() || (m_informer && m_informer->cluster() == cluster))
        return true;
    if (m_contextCombo->findData(cluster) < 0)
        return false;
    switchContext(cluster);
    return m_informer && m_informer->cluster() == cluster;
}

bool MainWindow::openRelease(const QString &cluster, const QString &namespace_, const QString &name)
{
    if (!useCluster(cluster))
        return false;
    m_pages->setCurrentWidget(m_releasesPage); // shown first: the page follows the storage once it is looked at
    return m_releasesPage->selectRelease(namespace_, name);
}

ReleaseDialog *MainWindow::installPartyChart(const PartyChartPlan &plan, const QString &cluster)
{
    useCluster(cluster); // else the current context: the dialog names where it installs
    ReleaseDialog *dialog = m_releasesPage->openInstall();
    if (!dialog) {
        m_pages->setCurrentWidget(m_releasesPage); // its progress panel says why (no helm, a run going on)
        return nullptr;
    }
    dialog->setWindowTitle(tr("Install a %1 party chart — %2").arg(frameworkName(plan.framework), plan.party));
    dialog->setChart(QString());
    dialog->setChartPlaceholder(plan.chartHint);
    dialog->setRelease(plan.release, plan.namespace_);
    dialog->setCreateNamespace(true); // a new party's namespace (fate-<id>, openfl-<envoy>, flare-<site>)
    dialog->setValuesText(plan.valuesYaml);
    // the run is streamed into the Helm releases page's progress panel: show it there
    connect(dialog, &ReleaseDialog::submitted, this, [this] { m_pages->setCurrentWidget(m_releasesPage); });
    return dialog;
}

void MainWindow::refreshNamespaces()
{
    m_namespacesDirty = false;
    const QString current = m_proxy->namespaceFilter();
    QStringList names;
    QList<Informer *> informers;
    if (m_allClusters) { // every open cluster's namespaces: the filter applies across them
        for (const QString &c : m_sessions->openContexts())
            if (ClusterSessions::Session *s = m_sessions->find(c))
                informers << s->informer;
    } else if (m_informer) {
        informers << m_informer;
    }
    for (Informer *informer : std::as_const(informers)) {
        ResourceStore *ns = informer->store(Kind::Namespace);
        if (ns->access().complete()) {
            for (int r = 0; r < ns->size(); ++r)
                names << ns->at(r).name;
        } else {
            // namespaces may not be listed: the kubeconfig's and those the user's objects live in
            names << informer->knownNamespaces();
        }
    }
    names.removeDuplicates();
    if (!current.isEmpty() && !names.contains(current))
        names << current;
    names.sort();
    m_namespaceCombo->clear();
    m_namespaceCombo->addItem(tr(kAllNamespaces), QString());
    for (const QString &n : std::as_const(names))
        m_namespaceCombo->addItem(n, n);
    m_namespaceCombo->setCurrentIndex(std::max(0, m_namespaceCombo->findData(current)));
}

void MainWindow::setAllClusters(bool all)
{
    if (m_allClustersCheck->isChecked() != all) {
        m_allClustersCheck->setChecked(all); // comes back here through toggled
        return;
    }
    if (m_allClusters == all)
        return;
    m_allClusters = all;
    m_settings->setValue(QStringLiteral("session/allClusters"), all);
    refreshNamespaces();
    switchType(m_typeId);
}

void MainWindow::switchNamespace(const QString &ns)
{
    m_proxy->setNamespaceFilter(ns);
    if (m_informer) { // remembered per context: the next start opens on it
        QVariantMap saved = m_settings->value(QStringLiteral("session/namespaces")).toMap();
        saved.insert(m_informer->cluster(), ns);
        m_settings->setValue(QStringLiteral("session/namespaces"), saved);
    }
    const int idx = m_namespaceCombo->findData(ns);
    if (idx >= 0)
        m_namespaceCombo->setCurrentIndex(idx);
    updateNamespaceColumn();
}

void MainWindow::updateNamespaceColumn()
{
    const int col = m_model->namespaceColumn();
    if (col >= 0)
        m_table->setColumnHidden(col, !m_proxy->namespaceFilter().isEmpty());
}

void MainWindow::switchKind(Kind kind)
{
    m_firstStartPage = false; // a kind asked for by name is shown, not turned away from
    switchType(ResourceType::of(kind).id());
}

ResourceType MainWindow::currentType() const
{
    if (m_informer && m_informer->connection())
        if (const ResourceType *t = m_informer->connection()->kinds().byId(m_typeId))
            return *t;
    const KindTable builtins = KindTable::builtins();
    const ResourceType *t = builtins.byId(m_typeId);
    return t ? *t : ResourceType::of(Kind::Pod);
}

void MainWindow::fillKindList()
{
    const QSignalBlocker block(m_kindList);
    m_kindList->clear();
    for (Kind k : allKinds()) { // first, in the order people look for them
        const ResourceType t = ResourceType::of(k);
        auto *item = new QListWidgetItem(kindIcon(t.resource), t.kind + u's', m_kindList); // Pods, ConfigMaps, DaemonSets
        item->setData(Qt::UserRole, t.id());
        item->setToolTip(t.id());
    }
    if (m_informer && m_informer->connection()) {
        QList<const ResourceType *> others;
        for (const ResourceType &t : m_informer->connection()->kinds().all())
            if (!t.builtin && t.supports(u"list") && t.supports(u"watch"))
                others << &t;
        std::sort(others.begin(), others.end(), [](const ResourceType *a, const ResourceType *b) {
            return std::make_pair(a->kind.toLower(), a->group) < std::make_pair(b->kind.toLower(), b->group);
        });
        if (!others.isEmpty()) {
            auto *header = new QListWidgetItem(tr("Other kinds"), m_kindList);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        for (const ResourceType *t : std::as_const(others)) {
            // the group tells two kinds of one name apart (events, events.events.k8s.io)
            auto *item = new QListWidgetItem(kindIcon(t->resource),
                                             t->kind + QStringLiteral(" (") + (t->group.isEmpty() ? QStringLiteral("core") : t->group) + u')',
                                             m_kindList);
            item->setData(Qt::UserRole, t->id());
            item->setToolTip(t->id());
        }
    }
    for (int row = 0; row < m_kindList->count(); ++row)
        if (m_kindList->item(row)->data(Qt::UserRole).toString() == m_typeId)
            m_kindList->setCurrentRow(row);
}

void MainWindow::switchType(const QString &typeId)
{
    m_typeId = typeId;
    for (int row = 0; row < m_kindList->count(); ++row) {
        if (m_kindList->item(row)->data(Qt::UserRole).toString() == typeId && m_kindList->currentRow() != row) {
            const QSignalBlocker block(m_kindList);
            m_kindList->setCurrentRow(row);
        }
    }
    if (!m_informer)
        return;
    m_details->clear();
    m_listErrorLabel->clear();
    m_listErrorLabel->hide();
    const KindTable &kinds = m_informer->connection() ? m_informer->connection()->kinds() : KindTable();
    if (!kinds.byId(typeId)) {
        // not a built-in kind: wait for discovery, or say that the cluster does not serve it
        m_model->setStore(nullptr);
        const bool discovered = kinds.all().size() > KindTable::builtins().all().size();
        m_listErrorLabel->setText(discovered ? tr("This cluster does not serve %1.").arg(typeId)
                                             : tr("Asking the cluster which kinds it serves…"));
        m_listErrorLabel->show();
        updateCount();
        return;
    }
    const ResourceType type = currentType();
    ResourceStore *store = m_informer->store(type);
    bool sameRows = false; // another row's cluster became the current one: rows, columns and sort stay
    if (m_allClusters) {
        // every open cluster that serves the kind, in the kubeconfig's order; the same stores as
        // shown already (another row's cluster became the current one): no reset, the selection stays
        QList<ResourceStore *> stores;
        for (int i = 0; i < m_contextCombo->count(); ++i) {
            ClusterSessions::Session *s = m_sessions->find(m_contextCombo->itemData(i).toString());
            if (s && s->informer && s->connection && s->connection->kinds().byId(typeId))
                stores << s->informer->store(*s->connection->kinds().byId(typeId));
        }
        sameRows = m_model->multiCluster() && m_model->stores() == stores;
        if (sameRows)
            m_model->setPrimary(store);
        else
            m_model->setStores(stores, store);
    } else {
        m_model->setStore(store);
    }
    // one connection, to the store shown (Qt::UniqueConnection cannot tell lambdas apart: Qt
    // refused that connection with a warning, and the error line stayed after the list arrived)
    disconnect(m_storeSyncedConnection);
    m_storeSyncedConnection = connect(store, &ResourceStore::syncedChanged, m_listErrorLabel, [this, store](bool synced) {
        if (synced && m_model->store() == store)
            updateAccessLabel();
    });
    disconnect(m_storeAccessConnection);
    m_storeAccessConnection = connect(store, &ResourceStore::accessChanged, this, [this, store] {
        if (m_model->store() == store) {
            updateAccessLabel();
            updateCount();
        }
    });
    if (!store->access().complete() || sameRows)
        updateAccessLabel(); // the current cluster's access: shown, or hidden when complete
    if (sameRows) {
        updateCount();
        return;
    }
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnHidden(c, false);
    updateNamespaceColumn();
    const int nameCol = m_model->nameColumn();
    const int lastSeen = int(ResourceTableModel::columnsFor(type).indexOf(QStringLiteral("LAST SEEN"))) + (m_model->multiCluster() ? 1 : 0);
    m_table->sortByColumn(type.builtin == Kind::Event ? lastSeen : std::max(0, nameCol), Qt::AscendingOrder);
    m_columnsSized = false;
    m_columnsUserSized = false;
    if (m_proxy->rowCount() > 0) // the store is already warm
        sizeColumnsSoon();
    updateCount();
}

void MainWindow::updateCount()
{
    const ResourceType type = currentType();
    QString text = tr("%1 of %2 %3").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(type.resource);
    if (const ResourceStore *store = m_model->store(); store && !store->access().complete())
        text += store->access().scope == StoreAccess::Scope::None ? tr(" (not listable)")
                                                                   : tr(" (from %n namespace(s))", nullptr, int(store->access().namespaces.size()));
    m_countLabel->setText(text);
}

void MainWindow::updateAccessLabel()
{
    const ResourceStore *store = m_model->store();
    if (!store || store->access().complete()) {
        if (store && store->synced())
            m_listErrorLabel->hide();
        return;
    }
    m_listErrorLabel->setText(accessMessage(store->access(), store->type()));
    m_listErrorLabel->show();
}

void MainWindow::updateActionAccess()
{
    // nothing known yet (or no rules review answered): enabled, and the server decides
    auto gate = [](QAction *action, std::optional<bool> allowed, const QString &why) {
        const bool refused = allowed.has_value() && !*allowed;
        action->setEnabled(!refused);
        action->setToolTip(refused ? why : action->property("fc_tip").toString());
    };
    const ObjectSummary *o = nullptr;
    if (m_informer && m_model->store()) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            o = m_model->store()->find(rows.first().data(ResourceTableModel::UidRole).toString());
    }
    if (!o) {
        for (QAction *a : {m_editAction, m_logsAction, m_groupAction})
            gate(a, std::nullopt, {});
        return;
    }
    const ResourceType type = m_model->store()->type();
    m_informer->reviewNamespace(o->namespace_.isEmpty() ? QStringLiteral("default") : o->namespace_);
    QString why;
    auto allowed = m_informer->may(QStringLiteral("update"), type, o->namespace_, {}, &why);
    gate(m_editAction, allowed, why);
    why.clear();
    allowed = m_informer->may(QStringLiteral("get"), ResourceType::of(Kind::Pod), o->namespace_, QStringLiteral("log"), &why);
    gate(m_logsAction, allowed, why);
    why.clear();
    allowed = m_informer->may(QStringLiteral("patch"), ResourceType::of(Kind::Namespace), {}, {}, &why);
    gate(m_groupAction, allowed, why);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_informer) {
        m_details->clear();
        updateActionAccess();
        return;
    }
    const QString uid = rows.first().data(ResourceTableModel::UidRole).toString();
    if (const QString cluster = rows.first().data(ResourceTableModel::ClusterRole).toString();
        m_allClusters && !cluster.isEmpty() && cluster != m_informer->cluster()) {
        switchContext(cluster); // the same stores stay shown; store() is now that cluster's
        if (!m_informer || m_informer->cluster() != cluster)
            return;
    }
    if (const ObjectSummary *o = m_model->store() ? m_model->store()->find(uid) : nullptr)
        m_details->showObject(*o, m_model->store()->type());
    updateActionAccess();
}

void MainWindow::onStateChanged(ConnectionState state, const QString &detail)
{
    if (!detail.isEmpty() || state == ConnectionState::Connected)
        m_stateDetail = detail;
    QString text = m_informer ? m_informer->cluster() + QStringLiteral(": ") : QString();
    text += connectionStateName(state);
    // after a failure: when the next attempt is due, counted down each second
    const ClusterConnection *connection = m_informer ? m_informer->connection() : nullptr;
    const bool waiting = state == ConnectionState::Reconnecting || state == ConnectionState::Unreachable;
    if (waiting && connection && connection->nextRetry().isValid()) {
        const qint64 seconds = (QDateTime::currentDateTimeUtc().msecsTo(connection->nextRetry()) + 999) / 1000;
        if (seconds > 0)
            text += tr(" — next attempt in %n s", nullptr, int(seconds));
    }
    if (!m_stateDetail.isEmpty() && state != ConnectionState::Connected)
        text += QStringLiteral(" — ") + m_stateDetail;
    if (waiting && !m_stateTimer->isActive())
        m_stateTimer->start();
    else if (!waiting)
        m_stateTimer->stop();
    m_stateLabel->setText(text);
    const char *colour = state == ConnectionState::Connected ? "#2e7d32"
                         : state == ConnectionState::Connecting || state == ConnectionState::Reconnecting ? "#b26a00"
                                                                                                          : "#c62828";
    m_stateLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
}

} // namespace fc
