#include "gui/federation/FederationsPage.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "gui/common/RowTextDelegate.h"
#include "gui/federation/FederationGraph.h"
#include "model/cluster/Informer.h"
#include "model/federation/FederationModel.h"
#include "model/federation/FederationService.h"
#include "model/gpu/GpuModel.h"
#include "model/helm/ReleaseListModel.h"
#include "model/pki/SecretCertificates.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace fc {

namespace {

QColor partyColor(const QString &party)
{
    return QColor::fromHsv(int(qHash(party) % 360), 150, 200);
}

/// Draws REQUESTED as a bar: allocatable as the full width, stacked by party.
class GpuBarDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear(); // background and selection only; the number is drawn beside the bar
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        // the ALLOCATABLE cell shows devices (its sort value is in milli-devices)
        const QModelIndex alloc = index.siblingAtColumn(GpuModel::AllocatableColumn);
        const double total = std::max(1.0, alloc.data().toString().toDouble());
        const QRect bar = option.rect.adjusted(4, 4, -44, -4);
        p->save();
        p->setPen(option.palette.color(QPalette::Mid));
        p->drawRect(bar);
        double x = bar.left();
        for (const QVariant &v : index.data(GpuModel::SegmentsRole).toList()) {
            const QVariantMap seg = v.toMap();
            const double w = bar.width() * seg.value(QStringLiteral("requested")).toDouble() / total;
            p->fillRect(QRectF(x, bar.top() + 1, w, bar.height() - 1), partyColor(seg.value(QStringLiteral("party")).toString()));
            x += w;
        }
        p->setPen(option.palette.color(QPalette::Text));
        p->drawText(option.rect.adjusted(option.rect.width() - 40, 0, 0, 0), Qt::AlignVCenter | Qt::AlignRight,
                    index.data().toString());
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(220, 22));
    }
};

} // namespace

FederationsPage::FederationsPage(QWidget *parent)
    : QWidget(parent), m_service(new FederationService(this)), m_federations(new FederationModel(this)), m_gpus(new GpuModel(this))
{
    setObjectName(QStringLiteral("federationsPage"));
    // recognition and GPU accounting run on the service's thread; the models here show its results
    connect(m_service, &FederationService::federationsChanged, m_federations, &FederationModel::setFederations);
    connect(m_service, &FederationService::gpusChanged, m_gpus,
            [this](const GpuSnapshot &g) { m_gpus->setSnapshot(g.rows, g.pending); });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("federationTreeView"));
    m_tree->setAccessibleName(tr("Federations and their parties"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_federations);
    proxy->setSortRole(FederationModel::SortRole);
    m_tree->setModel(proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FederationModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new RowTextDelegate(m_tree)); // repainted while pods stream in: text without a QTextLayout per cell
    // health right after the name: it is what people look for, and must not hide off the right edge
    m_tree->header()->moveSection(m_tree->header()->visualIndex(FederationModel::HealthColumn), 1);
    m_graph = new FederationGraph(this);
    auto *graphScroll = new QScrollArea(this);
    graphScroll->setWidget(m_graph);
    graphScroll->setWidgetResizable(true);
    connect(m_graph, &FederationGraph::releaseActivated, this, &FederationsPage::openReleaseRequested);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("federationDetailsTextBrowser"));
    m_details->setAccessibleName(tr("Details of the selected federation or party"));
    m_details->setOpenLinks(false); // the release link goes to the Helm releases page
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"helm-release")
            openSelectedRelease();
    });

    // actions on the federation's Helm side: a new party from its framework's chart, the release of a party
    m_installChart = new QToolButton(this);
    m_installChart->setObjectName(QStringLiteral("installPartyChartToolButton"));
    m_installChart->setText(tr("Install a party chart…"));
    m_installChart->setToolTip(tr("Install the chart of a new party with Helm, prefilled for the framework "
                                  "(release name, namespace and the values its chart needs)"));
    m_installChart->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_installChart->setPopupMode(QToolButton::MenuButtonPopup);
    auto *frameworks = new QMenu(m_installChart);
    struct Choice {
        Framework framework;
        QString text;
        const char *objectName;
    };
    const Choice choices[] = {
        {Framework::Flare, tr("NVIDIA FLARE site…"), "installFlareChartAction"},
        {Framework::OpenFL, tr("OpenFL envoy…"), "installOpenflChartAction"},
        {Framework::Fate, tr("FATE party…"), "installFateChartAction"},
    };
    for (const Choice &c : choices) {
        QAction *action = frameworks->addAction(c.text);
        action->setObjectName(QLatin1String(c.objectName));
        connect(action, &QAction::triggered, this, [this, framework = c.framework] { installPartyChart(framework); });
    }
    m_installChart->setMenu(frameworks);
    connect(m_installChart, &QToolButton::clicked, this, [this] {
        const Federation *f = selectedFederation();
        if (f && f->framework != Framework::Custom)
            installPartyChart(f->framework);
        else
            m_installChart->showMenu(); // no framework to go by: ask
    });
    m_openRelease = new QPushButton(tr("Open Helm release"), this);
    m_openRelease->setObjectName(QStringLiteral("openReleaseButton"));
    m_openRelease->setEnabled(false);
    connect(m_openRelease, &QPushButton::clicked, this, &FederationsPage::openSelectedRelease);
    auto *graphArea = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphArea);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_installChart);
    actions->addWidget(m_openRelease);
    actions->addStretch(1);
    graphLayout->addLayout(actions);
    graphLayout->addWidget(graphScroll, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(graphArea);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 840}); // the tree shows name, health, framework and role at 1280 px
    m_hiddenLabel = new QLabel(this);
    m_hiddenLabel->setObjectName(QStringLiteral("federationsHiddenLabel"));
    m_hiddenLabel->setWordWrap(true);
    m_hiddenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hiddenLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; padding: 4px; }"));
    m_hiddenLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_hiddenLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hiddenLabel);
    layout->addWidget(split);

    m_gpuPage = new QWidget;
    m_gpuPage->setObjectName(QStringLiteral("gpuPage"));
    m_gpuTable = new QTableView(m_gpuPage);
    m_gpuTable->setObjectName(QStringLiteral("gpuTableView"));
    m_gpuTable->setAccessibleName(tr("GPUs per node"));
    auto *gpuProxy = new QSortFilterProxyModel(this);
    gpuProxy->setSourceModel(m_gpus);
    gpuProxy->setSortRole(GpuModel::SortRole);
    m_gpuTable->setModel(gpuProxy);
    m_gpuTable->setSortingEnabled(true);
    m_gpuTable->sortByColumn(GpuModel::NodeColumn, Qt::AscendingOrder);
    m_gpuTable->verticalHeader()->hide();
    m_gpuTable->setItemDelegate(new RowTextDelegate(m_gpuTable));
    m_gpuTable->setItemDelegateForColumn(GpuModel::RequestedColumn, new GpuBarDelegate(m_gpuTable));
    m_gpuTable->horizontalHeader()->setStretchLastSection(true);
    m_pendingList = new QListWidget(m_gpuPage);
    m_pendingList->setObjectName(QStringLiteral("pendingGpuListWidget"));
    m_pendingList->setAccessibleName(tr("Pods waiting for GPUs"));
    m_pendingList->setMaximumHeight(120);
    auto *pendingLabel = new QLabel(tr("Pending for lack of GPUs:"), m_gpuPage);
    pendingLabel->setBuddy(m_pendingList);
    m_gpuHiddenLabel = new QLabel(m_gpuPage);
    m_gpuHiddenLabel->setObjectName(QStringLiteral("gpuHiddenLabel"));
    m_gpuHiddenLabel->setWordWrap(true);
    m_gpuHiddenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gpuHiddenLabel->setStyleSheet(m_hiddenLabel->styleSheet());
    m_gpuHiddenLabel->hide();
    auto *gpuLayout = new QVBoxLayout(m_gpuPage);
    gpuLayout->setContentsMargins(0, 0, 0, 0);
    gpuLayout->addWidget(m_gpuHiddenLabel);
    gpuLayout->addWidget(m_gpuTable, 1);
    gpuLayout->addWidget(pendingLabel);
    gpuLayout->addWidget(m_pendingList);
    m_viewTimer = new QTimer(this);
    m_viewTimer->setSingleShot(true);
    m_viewTimer->setInterval(100);
    connect(m_viewTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateFederationView();
        if (m_gpuPage && m_gpuPage->isVisible())
            updateGpuView();
    });
    m_gpuPage->installEventFilter(this);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FederationsPage::showSelected);
    connect(m_federations, &FederationModel::federationsChanged, this, [this] {
        m_federationViewStale = true;
        fetchCertificates();
        scheduleViewUpdate();
    });
    auto federationShape = [this] { m_federationShapeChanged = true; };
    connect(m_federations, &QAbstractItemModel::rowsInserted, this, federationShape);
    connect(m_federations, &QAbstractItemModel::modelReset, this, federationShape);
    auto gpuChanged = [this] {
        m_gpuViewStale = true;
        scheduleViewUpdate();
    };
    connect(m_gpus, &GpuModel::pendingPodsChanged, this, gpuChanged);
    connect(m_gpus, &QAbstractItemModel::rowsInserted, this, [this, gpuChanged] {
        m_gpuShapeChanged = true;
        gpuChanged();
    });
    connect(m_gpus, &QAbstractItemModel::modelReset, this, [this, gpuChanged] {
        m_gpuShapeChanged = true;
        gpuChanged();
    });
}

void FederationsPage::scheduleViewUpdate()
{
    const bool shown = isVisible() || (m_gpuPage && m_gpuPage->isVisible());
    if (shown && !m_viewTimer->isActive())
        m_viewTimer->start();
}

void FederationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateFederationView();
}

bool FederationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gpuPage && event->type() == QEvent::Show)
        updateGpuView();
    return QWidget::eventFilter(watched, event);
}

void FederationsPage::updateFederationView()
{
    if (!m_federationViewStale)
        return;
    m_federationViewStale = false;
    showSelected();
    if (std::exchange(m_federationShapeChanged, false)) {
        m_tree->expandAll();
        for (int c = 0; c < FederationModel::ColumnCount; ++c)
            m_tree->resizeColumnToContents(c);
    }
    // health changes without a change of shape ("healthy" → "degraded"): the column fits the
    // longest word it may show, with its icon, so it is never clipped
    const QFontMetrics fm(m_tree->font());
    int health = 0;
    for (Health h : {Health::Green, Health::Amber, Health::Unknown, Health::Red})
        health = std::max(health, fm.horizontalAdvance(healthLabel(h)));
    health += 16 + 6 + 2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) + 8;
    if (m_tree->header()->sectionSize(FederationModel::HealthColumn) < health)
        m_tree->header()->resizeSection(FederationModel::HealthColumn, health);
}

void FederationsPage::updateGpuView()
{
    if (!m_gpuViewStale)
        return;
    m_gpuViewStale = false;
    m_pendingList->clear();
    for (const PendingGpuPod &p : m_gpus->pendingPods()) {
        auto *item = new QListWidgetItem(tr("%1/%2 (%3, %4 GPU) — %5")
                                             .arg(p.namespace_, p.name, p.party.isEmpty() ? tr("no party") : p.party)
                                             .arg(double(p.requested) / 1000.0)
                                             .arg(p.message),
                                         m_pendingList);
        item->setForeground(healthColor(Health::Red));
        item->setToolTip(p.cluster);
    }
    if (m_pendingList->count() == 0)
        m_pendingList->addItem(tr("none"));
    if (std::exchange(m_gpuShapeChanged, false))
        m_gpuTable->resizeColumnsToContents();
}

FederationsPage::~FederationsPage()
{
    if (m_gpuPage && !m_gpuPage->parent()) // never shown in a tab: ours to delete
        delete m_gpuPage;
}

void FederationsPage::addInformer(Informer *informer)
{
    m_informers.append(informer);
    m_service->addInformer(informer);
    // Helm's storage of that cluster (the service watches Secrets and ConfigMaps already); the
    // model lets go of a store that is destroyed with its informer
    auto *releases = new ReleaseListModel(this);
    m_releaseModels.insert(informer->cluster(), releases);
    releases->addStore(informer->headStart(Kind::Secret, helmCurrentRevisionsSelector()));
    releases->addStore(informer->store(Kind::Secret));
    releases->addStore(informer->store(Kind::ConfigMap));
    m_federations->addReleases(informer->cluster(), releases);
    for (Kind kind : FederationService::inputKinds())
        connect(informer->store(kind), &ResourceStore::accessChanged, this, &FederationsPage::updateHiddenNotes);
    updateHiddenNotes();
}

void FederationsPage::removeInformer(Informer *informer)
{
    if (!m_informers.removeOne(informer))
        return;
    m_service->removeInformer(informer);
    delete m_releaseModels.take(informer->cluster()).data(); // the federation model lets go of it (QPointer)
    for (Kind kind : FederationService::inputKinds())
        informer->store(kind)->disconnect(this);
    updateHiddenNotes();
}

void FederationsPage::updateHiddenNotes()
{
    // what the user's role hides from these views, instead of totals that look complete
    QStringList federation, gpu, federationWhy, gpuWhy;
    for (const QPointer<Informer> &informer : std::as_const(m_informers)) {
        if (!informer)
            continue;
        const QString prefix = m_informers.size() > 1 ? informer->cluster() + QStringLiteral(": ") : QString();
        for (const QString &note : informer->hiddenNotes(FederationService::inputKinds()))
            federation << prefix + note;
        for (const QString &note : informer->hiddenNotes(FederationService::inputKinds(), false))
            federationWhy << prefix + note;
        for (const QString &note : informer->hiddenNotes({Kind::Node, Kind::Pod}))
            gpu << prefix + note;
        for (const QString &note : informer->hiddenNotes({Kind::Node, Kind::Pod}, false))
            gpuWhy << prefix + note;
    }
    auto show = [](QLabel *label, const QString &lead, const QStringList &notes, const QStringList &why) {
        label->setVisible(!notes.isEmpty());
        if (!notes.isEmpty()) {
            label->setText(lead + QStringLiteral("\n") + notes.join(QStringLiteral("; ")));
            label->setToolTip(why.join(u'\n')); // the server's own sentences
        }
    };
    show(m_hiddenLabel, tr("Your role does not let FedConsole see everything: parties, health and certificates below are "
                           "judged from what it could read."), federation, federationWhy);
    show(m_gpuHiddenLabel, tr("Your role does not let FedConsole see every node or pod: the GPU totals below count only what it "
                              "could read."), gpu, gpuWhy);
}

const Federation *FederationsPage::selectedFederation() const
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_tree->model());
    QModelIndex idx = proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    if (!idx.isValid() && m_federations->rowCount() > 0)
        idx = m_federations->index(0, 0);
    return m_federations->federationAt(idx.parent().isValid() ? idx.parent() : idx);
}

const Party *FederationsPage::selectedParty() const
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_tree->model());
    return m_federations->partyAt(proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0));
}

bool FederationsPage::openSelectedRelease()
{
    const Party *party = selectedParty();
    if (!party)
        return false;
    const PartyRelease release = m_federations->releaseOf(*party);
    if (release.isEmpty())
        return false;
    Q_EMIT openReleaseRequested(party->cluster, release.namespace_, release.name);
    return true;
}

void FederationsPage::installPartyChart(Framework framework)
{
    const Federation *federation = selectedFederation();
    if (!federation || federation->framework != framework) {
        federation = nullptr;
        for (const Federation &f : m_federations->federations()) {
            if (f.framework == framework) {
                federation = &f;
                break;
            }
        }
    }
    const PartyChartPlan plan = planPartyChart(framework, suggestPartyName(framework, federation), federation);
    if (plan.isEmpty())
        return;
    // the new party goes where the federation's hub is, when it lives in one cluster
    const QString cluster = federation && !federation->parties.isEmpty() ? federation->parties.first().cluster : QString();
    Q_EMIT installPartyChartRequested(plan, cluster);
}

void FederationsPage::fetchCertificates()
{
    for (const Federation &f : m_federations->federations()) {
        for (const Party &p : f.parties) {
            if (p.certSecret.isEmpty())
                continue;
            const QString key = p.cluster + u'/' + p.namespace_ + u'/' + p.certSecret;
            if (m_certExpiry.contains(key) || m_certPending.contains(key))
                continue;
            Informer *informer = nullptr;
            for (const auto &i : std::as_const(m_informers))
                if (i && i->cluster() == p.cluster)
                    informer = i;
            if (!informer || !informer->connection())
                continue;
            m_certPending.insert(key);
            // the certificate is parsed on the connection's thread
            using Summary = std::optional<SecretCertificateSummary>;
            ObjectClient(informer->connection()).getAs<Summary>(
                ResourceType::of(Kind::Secret), p.namespace_, p.certSecret, this,
                [](const KubeObject &secret) -> Result<Summary> { return certificateFromSecret(secret.json); },
                [this, key, cluster = p.cluster, ns = p.namespace_, secret = p.certSecret](const Result<Summary> &r) {
                    m_certPending.remove(key);
                    const QDateTime notAfter = r && r.value() ? r.value()->notAfter : QDateTime();
                    m_certExpiry.insert(key, notAfter);
                    m_service->setCertificateExpiry(cluster, ns, secret, notAfter);
                });
        }
    }
}

void FederationsPage::showSelected()
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_tree->model());
    QModelIndex idx = proxy->mapToSource(m_tree->currentIndex());
    if (!idx.isValid() && m_federations->rowCount() > 0)
        idx = m_federations->index(0, 0);
    const Federation *f = m_federations->federationAt(idx.siblingAtColumn(0).parent().isValid() ? idx.siblingAtColumn(0).parent()
                                                                                              : idx.siblingAtColumn(0));
    QHash<QString, PartyRelease> releases;
    if (f) {
        for (const Party &p : f->parties)
            if (PartyRelease r = m_federations->releaseOf(p); !r.isEmpty())
                releases.insert(p.key, r);
    }
    m_graph->setFederation(f, releases);
    const Party *party = m_federations->partyAt(idx.siblingAtColumn(0));
    m_openRelease->setEnabled(party && releases.contains(party->key));
    QString html;
    auto list = [](const QStringList &items) -> QString {
        QString h = QStringLiteral("<ul>");
        for (const QString &i : items)
            h += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
        return h + QStringLiteral("</ul>");
    };
    if (party) {
        html += QStringLiteral("<h3>%1 (%2)</h3>").arg(party->name.toHtmlEscaped(), roleLabel(party->role));
        html += QStringLiteral("<b>%1</b>").arg(healthLabel(party->health)) + list(party->reasons);
        if (const PartyRelease r = releases.value(party->key); !r.isEmpty()) {
            QString line = QStringLiteral("<p><a href=\"helm-release:%1/%2\">%3</a> %4</p>")
                               .arg(r.namespace_.toHtmlEscaped(), r.name.toHtmlEscaped(), r.text().toHtmlEscaped(),
                                    r.chart.toHtmlEscaped());
            if (r.stuck)
                line += QStringLiteral("<p style=\"color:#ef8f00\">%1</p>").arg(r.stuckMeaning.toHtmlEscaped());
            html += line;
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Recognised from")) + list(party->evidence);
    } else if (f) {
        html += QStringLiteral("<h3>%1 (%2)</h3>").arg(f->name.toHtmlEscaped(), frameworkName(f->framework));
        html += QStringLiteral("<b>%1</b>").arg(healthLabel(f->health)) + list(f->reasons);
        if (!f->identity.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Known by its %1").arg(f->identity).toHtmlEscaped());
        QStringList crossing; // edges between clusters, with what joined them
        for (const FederationEdge &e : f->edges)
            if (!e.crossCluster.isEmpty())
                crossing << QStringLiteral("%1 → %2: %3 — %4").arg(e.from.section(u'|', 0, 0) + u'/' + e.from.section(u'|', 3),
                                                                       e.to.section(u'|', 0, 0) + u'/' + e.to.section(u'|', 3), e.crossCluster,
                                                                       f->targetState(e));
        if (!crossing.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(tr("Across clusters")) + list(crossing);
    }
    m_details->setHtml(html);
}

} // namespace fc
