#include "gui/helm/ReleasesPage.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/YamlCodec.h"
#include "backend/helm/ReleaseDecoder.h"
#include "gui/common/Tables.h"
#include "gui/editors/YamlHighlighter.h"
#include "gui/helm/ReleaseDialog.h"
#include "model/cluster/Informer.h"
#include "model/helm/ReleaseListModel.h"
#include "model/helm/RenderedDiff.h"

#include <QCheckBox>
#include <QColor>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

namespace {

QPlainTextEdit *codeView(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setReadOnly(true);
    return edit;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString timeText(const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(); }

/// What the informer knows of a manifest object, for kinds it already watches (no watch is
/// started for this: the page must not open a watch per kind a chart happens to use).
QString liveState(Informer *informer, const QString &kind, const QString &namespace_, const QString &name)
{
    if (!informer)
        return {};
    for (Kind k : allKinds()) {
        if (ResourceType::of(k).kind != kind)
            continue;
        if (!informer->isWatching(k))
            return QCoreApplication::translate("fc::ReleasesPage", "(not watched)");
        const ResourceStore *store = informer->store(k);
        for (int i = 0; i < store->size(); ++i) {
            const ObjectSummary &o = store->at(i);
            if (o.name != name || (!namespace_.isEmpty() && !o.namespace_.isEmpty() && o.namespace_ != namespace_))
                continue;
            if (const WorkloadInfo *w = o.workload())
                return QCoreApplication::translate("fc::ReleasesPage", "%1/%2 ready").arg(w->ready).arg(w->desired);
            if (const PodInfo *p = o.pod())
                return p->status;
            return QCoreApplication::translate("fc::ReleasesPage", "present");
        }
        return store->synced() ? QCoreApplication::translate("fc::ReleasesPage", "missing") : QString();
    }
    return QCoreApplication::translate("fc::ReleasesPage", "(not watched)");
}

/// Sorting and filtering, and the rows that need a look coloured: stuck (pending-*) orange,
/// failed and unreadable red, so they stand out before anything is selected.
class ReleaseProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        if (source.data(ReleaseListModel::StuckRole).toBool())
            return QColor(0xef, 0x6c, 0x00);
        if (!source.data(ReleaseListModel::ErrorRole).toString().isEmpty() || source.data(ReleaseListModel::StatusRole).toString() == u"failed")
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
};

} // namespace

ReleasesPage::ReleasesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("releasesPage"));
    m_proxy = new ReleaseProxy(this);
    m_proxy->setSortRole(ReleaseListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    buildUi();
    updateActions();
}

ReleasesPage::~ReleasesPage()
{
    // a running helm is stopped (SIGTERM) by its runner's destructor, never left to finish unseen
    if (m_model)
        m_model->disconnect(this);
}

void ReleasesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("releaseFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter releases"));
    m_filter->setPlaceholderText(tr("Filter releases (name, namespace, status, chart)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_install = new QPushButton(tr("&Install…"), this);
    m_install->setObjectName(QStringLiteral("installReleaseButton"));
    m_upgrade = new QPushButton(tr("&Upgrade…"), this);
    m_upgrade->setObjectName(QStringLiteral("upgradeReleaseButton"));
    m_rollback = new QPushButton(tr("Roll &back…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackReleaseButton"));
    m_rollback->setToolTip(tr("Roll back to the revision selected in the History tab (else the previous one)"));
    m_uninstall = new QPushButton(tr("Uninstall…"), this);
    m_uninstall->setObjectName(QStringLiteral("uninstallReleaseButton"));
    m_helmLabel = new QLabel(this);
    m_helmLabel->setObjectName(QStringLiteral("helmVersionLabel"));
    top->addWidget(m_filter, 1);
    for (QPushButton *b : {m_install, m_upgrade, m_rollback, m_uninstall})
        top->addWidget(b);
    top->addWidget(m_helmLabel);
    layout->addLayout(top);
    connect(m_install, &QPushButton::clicked, this, &ReleasesPage::openInstall);
    connect(m_upgrade, &QPushButton::clicked, this, &ReleasesPage::openUpgrade);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> picked = m_history->selectedItems();
        rollbackSelected(picked.isEmpty() ? 0 : m_history->item(picked.first()->row(), 0)->text().toInt());
    });
    connect(m_uninstall, &QPushButton::clicked, this, &ReleasesPage::uninstallSelected);

    m_storageError = new QLabel(this);
    m_storageError->setObjectName(QStringLiteral("storageErrorLabel"));
    m_storageError->setWordWrap(true);
    m_storageError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storageError->setStyleSheet(QStringLiteral("color: #c62828; padding: 4px;"));
    m_storageError->hide();
    layout->addWidget(m_storageError);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("stuckBannerFrame"));
    m_banner->setStyleSheet(QStringLiteral("#stuckBannerFrame { background: #fff3e0; border: 1px solid #ef6c00; border-radius: 3px; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("stuckBannerLabel"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setStyleSheet(QStringLiteral("color: #4e2600;"));
    m_recover = new QPushButton(m_banner);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_recover);
    m_banner->hide();
    connect(m_recover, &QPushButton::clicked, this, &ReleasesPage::recoverSelected);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("releasesSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("releasesTableView"));
    m_table->setAccessibleName(tr("Helm releases"));
    setUpRowTable(m_table, m_proxy);
    m_table->sortByColumn(ReleaseListModel::NameColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReleasesPage::onSelectionChanged);

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(QStringLiteral("releaseDetailsTabWidget"));
    m_history = makePlainTable(QStringLiteral("historyTableWidget"),
                               {tr("REVISION"), tr("UPDATED"), tr("STATUS"), tr("CHART"), tr("APP VERSION"), tr("DESCRIPTION")},
                               tr("Release history"), m_details);
    m_details->addTab(m_history, tr("History"));
    auto *values = new QSplitter(Qt::Horizontal, m_details);
    values->setObjectName(QStringLiteral("valuesSplitter"));
    for (auto [edit, name, title] : {std::tuple{&m_userValues, "userValuesTextEdit", QT_TR_NOOP("User-supplied values")},
                                     std::tuple{&m_computedValues, "computedValuesTextEdit", QT_TR_NOOP("Computed values (chart defaults + user)")}}) {
        auto *box = new QGroupBox(tr(title), values);
        auto *boxLayout = new QVBoxLayout(box);
        *edit = codeView(QLatin1String(name), box);
        new YamlHighlighter((*edit)->document());
        boxLayout->addWidget(*edit);
    }
    m_details->addTab(values, tr("Values"));
    m_manifest = codeView(QStringLiteral("manifestTextEdit"), m_details);
    new YamlHighlighter(m_manifest->document());
    m_details->addTab(m_manifest, tr("Manifest"));
    m_notes = codeView(QStringLiteral("notesTextEdit"), m_details);
    m_details->addTab(m_notes, tr("Notes"));
    m_objects = makePlainTable(QStringLiteral("objectsTableWidget"), {tr("KIND"), tr("NAMESPACE"), tr("NAME"), tr("LIVE")},
                               tr("Objects of the release"), m_details);
    m_details->addTab(m_objects, tr("Objects"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_runBox = new QGroupBox(tr("helm"), this);
    m_runBox->setObjectName(QStringLiteral("helmRunGroupBox"));
    auto *runLayout = new QVBoxLayout(m_runBox);
    auto *runTop = new QHBoxLayout;
    m_runSummary = new QLabel(m_runBox);
    m_runSummary->setObjectName(QStringLiteral("helmSummaryLabel"));
    m_runSummary->setWordWrap(true);
    m_runSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), m_runBox);
    m_cancel->setObjectName(QStringLiteral("cancelHelmButton"));
    m_cancel->setToolTip(tr("Stops helm with SIGTERM: it cancels the operation and marks the release failed"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReleasesPage::cancelRun);
    runTop->addWidget(m_runSummary, 1);
    runTop->addWidget(m_cancel);
    m_runOutput = codeView(QStringLiteral("helmOutputTextEdit"), m_runBox);
    m_runOutput->setMaximumBlockCount(5000);
    m_runOutput->setMaximumHeight(130);
    runLayout->addLayout(runTop);
    runLayout->addWidget(m_runOutput);
    m_runBox->hide();
    layout->addWidget(m_runBox);
}

void ReleasesPage::setCluster(Informer *informer, const ResolvedContext &context)
{
    if (informer == m_informer)
        return;
    m_informer = informer;
    m_context = context;
    if (isVisible())
        attachStores();
}

void ReleasesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    attachStores(); // the Secret and ConfigMap watches start when the page is first looked at
}

void ReleasesPage::attachStores()
{
    if (m_attached == m_informer && m_model)
        return;
    if (m_attached && m_attached->connection())
        m_attached->connection()->disconnect(this);
    if (m_attached)
        disconnect(m_attached, &Informer::rulesReviewed, this, &ReleasesPage::updateActions);
    m_attached = m_informer;
    Informer *informer = m_informer;
    m_shown.reset();
    clearDetails();
    m_storageError->hide();
    // one model per cluster: the stores are the informer's, warm when the context was open before
    auto *old = m_model;
    m_model = new ReleaseListModel(this);
    m_proxy->setSourceModel(m_model);
    delete old;
    if (informer) {
        // a rules review answered (or asked again) may allow or refuse the selected release's actions
        connect(informer, &Informer::rulesReviewed, this, &ReleasesPage::updateActions, Qt::UniqueConnection);
        // each release's latest revision first (one small list); history arrives with the full list
        m_model->addStore(informer->headStart(Kind::Secret, helmCurrentRevisionsSelector()));
        for (Kind kind : {Kind::Secret, Kind::ConfigMap}) {
            ResourceStore *store = informer->store(kind);
            m_model->addStore(store);
            connect(store, &ResourceStore::syncedChanged, m_storageError, [this](bool synced) {
                if (synced && m_informer && m_informer->store(Kind::Secret)->synced() && m_informer->store(Kind::ConfigMap)->synced())
                    showStorageAccess();
            });
            connect(store, &ResourceStore::accessChanged, m_storageError, [this] { showStorageAccess(); });
        }
        showStorageAccess();
        if (ClusterConnection *connection = informer->connection()) {
            connect(connection, &ClusterConnection::watchError, this, [this](quint64 watchId, const QString &message) {
                if (!m_informer)
                    return;
                const bool secrets = watchId == m_informer->watchId(Kind::Secret);
                if (!secrets && watchId != m_informer->watchId(Kind::ConfigMap))
                    return;
                m_storageError->setText(
                    tr("Cannot list Helm's release storage (%1): %2\nHelm keeps each release revision in a %3 of the release's namespace; "
                       "without the right to list them cluster-wide the releases cannot be shown (the list below may be empty or "
                       "incomplete). Retrying.")
                        .arg(secrets ? tr("Secrets of type helm.sh/release.v1") : tr("ConfigMaps labelled owner=helm"), message,
                             secrets ? tr("Secret") : tr("ConfigMap")));
                m_storageError->show();
            });
        }
    }
    connect(m_model, &ReleaseListModel::releaseChanged, this, [this](const QString &ns, const QString &name) {
        if (const auto s = selected(); s && s->namespace_ == ns && s->name == name)
            refreshSelected();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_table->resizeColumnsToContents(); });
    // "pending-rollback" is wider than "deployed": the status is never elided
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_table->resizeColumnToContents(ReleaseListModel::StatusColumn); });
    m_table->resizeColumnsToContents();
    updateActions();
}

void ReleasesPage::useHelmProgram(const QString &configured)
{
    const auto program = HelmCli::findProgram(configured);
    if (!program) {
        m_helmProblem = program.error().message;
        m_helmLabel->setText(tr("helm not found"));
        m_helmLabel->setToolTip(m_helmProblem);
        updateActions();
        return;
    }
    delete m_helmProbe;
    m_helmProbe = new QObject(this);
    HelmCli::probe(program.value(), m_helmProbe, [this](const Result<HelmCli> &r) {
        if (r) {
            setHelm(r.value());
        } else {
            m_helmProblem = r.error().toString();
            m_helmLabel->setText(tr("helm unusable"));
            m_helmLabel->setToolTip(m_helmProblem);
            updateActions();
        }
    });
}

void ReleasesPage::setHelm(const HelmCli &helm)
{
    m_helm = helm;
    m_helmProblem.clear();
    m_helmLabel->setText(tr("helm %1").arg(helm.version().text));
    m_helmLabel->setToolTip(helm.program());
    updateActions();
}

std::optional<ReleasesPage::Selected> ReleasesPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model)
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return Selected{source.data(ReleaseListModel::NamespaceRole).toString(), source.data(ReleaseListModel::NameRole).toString(), source.row()};
}

bool ReleasesPage::selectRelease(const QString &namespace_, const QString &name)
{
    const int row = m_model ? m_model->rowOf(namespace_, name) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ReleasesPage::onSelectionChanged()
{
    m_shown.reset();
    clearDetails();
    refreshSelected();
}

void ReleasesPage::refreshSelected()
{
    updateBanner();
    updateActions();
    const auto s = selected();
    if (!s) {
        clearDetails();
        return;
    }
    const QList<HelmReleaseSummary> history = m_model->history(s->row);
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) { // newest first, as people read a history
        const HelmReleaseSummary &r = history[history.size() - 1 - i];
        setRow(m_history, i, {QString::number(r.revision), timeText(r.updated), r.error.isEmpty() ? r.status : tr("unreadable"), r.chart(),
                              r.appVersion, r.error.isEmpty() ? r.description : r.error});
    }
    m_history->resizeColumnsToContents();
    if (!history.isEmpty())
        loadDetails(s->namespace_, s->name, history.last().revision);
}

void ReleasesPage::loadDetails(const QString &namespace_, const QString &name, int revision)
{
    if (m_shown && m_shown->summary.namespace_ == namespace_ && m_shown->summary.name == name && m_shown->summary.revision == revision
        && m_shown->summary.status == m_model->latest(m_model->rowOf(namespace_, name)).status)
        return;
    const auto ref = m_model->storageOf(namespace_, name, revision);
    if (!ref || !m_informer || !m_informer->connection())
        return;
    const quint64 serial = ++m_detailsRequest;
    const ResourceType type = ResourceType::of(ref->driver == HelmStorageDriver::Secret ? Kind::Secret : Kind::ConfigMap);
    // fetched and decoded (base64, gzip, JSON of a chart's worth of text) on the worker
    ObjectClient(m_informer->connection())
        .getAs<HelmRelease>(type, namespace_, ref->objectName, this,
                            [](const KubeObject &o) { return ReleaseDecoder::decodeObject(o.json); },
                            [this, serial](const Result<HelmRelease> &r) {
                                if (serial != m_detailsRequest)
                                    return; // another release was selected meanwhile
                                if (!r) {
                                    clearDetails();
                                    m_manifest->setPlainText(tr("# cannot read this revision: %1").arg(r.error().toString()));
                                    return;
                                }
                                showDetails(r.value());
                            });
}

void ReleasesPage::clearDetails()
{
    for (QPlainTextEdit *edit : {m_userValues, m_computedValues, m_manifest, m_notes})
        edit->clear();
    m_objects->setRowCount(0);
    if (!selected())
        m_history->setRowCount(0);
}

void ReleasesPage::showDetails(const HelmRelease &release)
{
    m_shown = release;
    auto yamlOf = [](const QJsonObject &o) { return o.isEmpty() ? QStringLiteral("{}\n") : yaml::fromObject(o); };
    m_userValues->setPlainText(yamlOf(release.userValues));
    m_computedValues->setPlainText(yamlOf(release.computedValues()));
    m_manifest->setPlainText(release.manifest);
    m_notes->setPlainText(release.notes);
    if (m_upgradeDialog && m_upgradeDialog->options().release == release.summary.name
        && m_upgradeDialog->options().namespace_ == release.summary.namespace_) {
        m_upgradeDialog->setCurrentValues(release.userValues, release.summary.revision);
        m_upgradeDialog->setCurrentManifest(release.manifest);
    }
    // the release's objects, from its manifest
    QList<QStringList> rows;
    for (const QJsonObject &object : manifestObjects(release.manifest)) {
        const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString name = meta.value(QLatin1String("name")).toString();
        QString ns = meta.value(QLatin1String("namespace")).toString();
        rows << QStringList{kind, ns.isEmpty() ? release.summary.namespace_ : ns, name,
                            liveState(m_informer, kind, ns.isEmpty() ? release.summary.namespace_ : ns, name)};
    }
    m_objects->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(m_objects, r, rows[r]);
    m_objects->resizeColumnsToContents();
    Q_EMIT detailsLoaded();
}

void ReleasesPage::updateBanner()
{
    const auto s = selected();
    const StuckRelease stuck = s ? m_model->stuck(s->row) : StuckRelease{};
    m_banner->setVisible(stuck.stuck);
    if (!stuck.stuck)
        return;
    m_bannerText->setText(tr("<b>%1/%2 is stuck in %3.</b> %4").arg(s->namespace_, s->name, stuck.status, stuck.meaning.toHtmlEscaped()));
    m_recover->setText(stuck.recoveryText + QStringLiteral("…"));
    m_recover->setEnabled(m_helm && !m_run);
}

void ReleasesPage::updateActions()
{
    const bool canRun = m_helm.has_value() && !m_run && m_informer;
    const bool hasSelection = selected().has_value();
    m_install->setEnabled(canRun);
    for (QPushButton *b : {m_upgrade, m_rollback, m_uninstall})
        b->setEnabled(canRun && hasSelection);
    m_recover->setEnabled(canRun);
    const QString why = !m_helm ? tr("helm is needed for changes: %1").arg(m_helmProblem.isEmpty() ? tr("looking for it…") : m_helmProblem)
                        : m_run ? tr("helm is running: wait for it or cancel it")
                                : QString();
    m_install->setToolTip(why);
    for (QPushButton *b : {m_upgrade, m_rollback, m_uninstall, m_recover})
        b->setToolTip(why);
    const auto s = selected();
    if (!canRun || !s)
        return;
    // What helm will write to the release's storage in its namespace, asked of the rules review:
    // an upgrade or rollback creates the new revision and marks the old one superseded (create +
    // update), an uninstall deletes the revisions. A refused one is disabled with the reason;
    // while nothing is known the button stays enabled and the server decides.
    m_informer->reviewNamespace(s->namespace_);
    const HelmReleaseSummary latest = m_model->latest(s->row);
    const auto where = m_model->storageOf(s->namespace_, s->name, latest.revision);
    const ResourceType storage = ResourceType::of(where && where->driver == HelmStorageDriver::ConfigMap ? Kind::ConfigMap : Kind::Secret);
    auto refusal = [&](std::initializer_list<const char *> verbs) {
        for (const char *verb : verbs) {
            QString reason;
            const auto allowed = m_informer->may(QString::fromLatin1(verb), storage, s->namespace_, {}, &reason);
            if (allowed.has_value() && !*allowed)
                return reason;
        }
        return QString();
    };
    auto gate = [](QPushButton *b, const QString &refused) {
        if (refused.isEmpty())
            return;
        b->setEnabled(false);
        b->setToolTip(refused);
    };
    const QString writeRefused = refusal({"create", "update"});
    const QString deleteRefused = refusal({"delete"});
    gate(m_upgrade, writeRefused);
    gate(m_rollback, writeRefused);
    gate(m_uninstall, deleteRefused);
    const StuckRelease stuck = m_model->stuck(s->row);
    gate(m_recover, stuck.recovery == StuckRelease::Recovery::Uninstall ? deleteRefused : writeRefused);
}

void ReleasesPage::run(const QString &title, const Result<HelmCommand> &command)
{
    if (m_run || !m_helm)
        return; // the buttons are disabled meanwhile; the running command's output stays
    m_runBox->show();
    m_runBox->setTitle(title);
    m_runOutput->clear();
    if (!command) {
        m_runSummary->setText(command.error().toString());
        m_runSummary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    for (const QString &w : command->warnings)
        m_runOutput->appendPlainText(tr("warning: %1").arg(w));
    m_runSummary->setText(tr("Running helm %1…").arg(command->verb));
    m_runSummary->setStyleSheet(QString());
    m_run = m_helm->start(command.value(), m_context, this);
    connect(m_run, &HelmRun::outputLine, m_runOutput, [this](const QString &line, bool) { m_runOutput->appendPlainText(line); });
    connect(m_run, &HelmRun::finished, this, [this](const HelmResult &r) {
        m_runSummary->setText(r.ok ? tr("helm %1 finished.").arg(r.verb) : r.summary);
        m_runSummary->setStyleSheet(r.ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828; font-weight: bold;"));
        m_cancel->setEnabled(false);
        if (m_run)
            m_run->deleteLater();
        m_run = nullptr;
        updateActions();
        updateBanner();
        Q_EMIT runFinished(r);
    });
    m_cancel->setEnabled(true);
    updateActions();
    updateBanner();
}

void ReleasesPage::cancelRun()
{
    if (!m_run)
        return;
    m_runSummary->setText(tr("Stopping helm (SIGTERM): it marks the release failed…"));
    m_run->cancel();
}

QString ReleasesPage::runSummary() const { return m_runSummary->text(); }

QString ReleasesPage::runOutput() const { return m_runOutput->toPlainText(); }

QMessageBox *ReleasesPage::confirm(const QString &title, const QString &text, const QString &action, std::function<void(QMessageBox *)> onYes)
{
    // shown with open(): the answer arrives as a signal, no nested event loop
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton *yes = box->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == yes)
            onYes(box);
    });
    box->open();
    return box;
}

ReleaseDialog *ReleasesPage::openInstall()
{
    if (!m_helm || m_run)
        return nullptr;
    auto *dialog = new ReleaseDialog(ReleaseDialog::Mode::Install, *m_helm, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLiveCluster(m_informer ? m_informer->connection() : nullptr);
    dialog->setRelease(QString(), m_context.namespaceName);
    connect(dialog, &ReleaseDialog::submitted, this, [this](const HelmInstallOptions &o) {
        m_chartOf.insert(o.namespace_ + u'/' + o.release, o.chart);
        run(tr("Install %1 into %2").arg(o.release, o.namespace_), m_helm->install(o));
    });
    dialog->show();
    return dialog;
}

ReleaseDialog *ReleasesPage::openUpgrade()
{
    const auto s = selected();
    if (!s || !m_helm || m_run)
        return nullptr;
    auto *dialog = new ReleaseDialog(ReleaseDialog::Mode::Upgrade, *m_helm, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLiveCluster(m_informer ? m_informer->connection() : nullptr);
    dialog->setRelease(s->name, s->namespace_);
    // the storage keeps the chart's name, not where it came from: what this session used, else the name
    dialog->setChart(m_chartOf.value(s->namespace_ + u'/' + s->name, m_model->latest(s->row).chartName));
    if (m_shown && m_shown->summary.namespace_ == s->namespace_ && m_shown->summary.name == s->name) {
        dialog->setCurrentValues(m_shown->userValues, m_shown->summary.revision);
        dialog->setCurrentManifest(m_shown->manifest);
    }
    m_upgradeDialog = dialog; // else showDetails() fills the diff's left side once decoded
    connect(dialog, &ReleaseDialog::submitted, this, [this](const HelmInstallOptions &o) {
        m_chartOf.insert(o.namespace_ + u'/' + o.release, o.chart);
        run(tr("Upgrade %1 in %2").arg(o.release, o.namespace_), m_helm->upgrade(o));
    });
    dialog->show();
    return dialog;
}

QMessageBox *ReleasesPage::rollbackSelected(int revision)
{
    const auto s = selected();
    if (!s || !m_helm || m_run)
        return nullptr;
    const QString target = revision > 0 ? tr("revision %1").arg(revision) : tr("the previous revision");
    return confirm(tr("Roll back %1?").arg(s->name),
                   tr("Roll back release %1 in %2 to %3? Helm applies that revision's objects again as a new revision.")
                       .arg(s->name, s->namespace_, target),
                   tr("Roll back"), [this, name = s->name, ns = s->namespace_, revision](QMessageBox *) {
                       HelmRollbackOptions o;
                       o.release = name;
                       o.namespace_ = ns;
                       o.revision = revision;
                       run(tr("Roll back %1 in %2").arg(name, ns), m_helm->rollback(o));
                   });
}

QMessageBox *ReleasesPage::uninstallSelected()
{
    const auto s = selected();
    if (!s || !m_helm || m_run)
        return nullptr;
    QMessageBox *box = confirm(tr("Uninstall %1?").arg(s->name),
                               tr("Uninstall release %1 from %2? Its objects are deleted from the cluster.").arg(s->name, s->namespace_),
                               tr("Uninstall"), [this, name = s->name, ns = s->namespace_](QMessageBox *b) {
                                   HelmUninstallOptions o;
                                   o.release = name;
                                   o.namespace_ = ns;
                                   o.keepHistory = b->checkBox() && b->checkBox()->isChecked();
                                   run(tr("Uninstall %1 from %2").arg(name, ns), m_helm->uninstall(o));
                               });
    auto *keep = new QCheckBox(tr("Keep the history (helm uninstall --keep-history: a rollback stays possible)"), box);
    keep->setObjectName(QStringLiteral("keepHistoryCheckBox"));
    box->setCheckBox(keep);
    return box;
}

QMessageBox *ReleasesPage::recoverSelected()
{
    const auto s = selected();
    if (!s || !m_helm || m_run)
        return nullptr;
    const StuckRelease stuck = m_model->stuck(s->row);
    if (!stuck.stuck)
        return nullptr;
    if (stuck.recovery == StuckRelease::Recovery::Rollback)
        return confirm(tr("Recover %1?").arg(s->name), tr("%1\n\n%2 of %3 in %4?").arg(stuck.meaning, stuck.recoveryText, s->name, s->namespace_),
                       tr("Roll back"), [this, name = s->name, ns = s->namespace_, revision = stuck.rollbackRevision](QMessageBox *) {
                           HelmRollbackOptions o;
                           o.release = name;
                           o.namespace_ = ns;
                           o.revision = revision;
                           run(tr("Recover %1: roll back to revision %2").arg(name).arg(revision), m_helm->rollback(o));
                       });
    return confirm(tr("Recover %1?").arg(s->name), tr("%1\n\n%2: %3 in %4?").arg(stuck.meaning, stuck.recoveryText, s->name, s->namespace_),
                   tr("Uninstall"), [this, name = s->name, ns = s->namespace_](QMessageBox *) {
                       HelmUninstallOptions o;
                       o.release = name;
                       o.namespace_ = ns;
                       run(tr("Recover %1: uninstall").arg(name), m_helm->uninstall(o));
                   });
}

void ReleasesPage::showStorageAccess()
{
    // a role that may not list Secrets (or ConfigMaps) cluster-wide: the releases of the namespaces
    // where it may, and a line saying so; none at all is said too, never an empty list alone
    QStringList lines;
    if (m_informer)
        for (Kind kind : {Kind::Secret, Kind::ConfigMap})
            if (const ResourceStore *store = m_informer->store(kind); !store->access().complete())
                lines << accessMessage(store->access(), store->type());
    if (lines.isEmpty()) {
        m_storageError->hide();
        return;
    }
    m_storageError->setText(tr("Helm's release storage is Secrets of type helm.sh/release.v1 (or ConfigMaps labelled owner=helm) "
                               "in each release's namespace: releases are shown only where your role may list them.")
                            + QStringLiteral("\n") + lines.join(QStringLiteral("\n")));
    m_storageError->show();
}

} // namespace fc
