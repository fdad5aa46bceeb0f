#include "gui/cluster/ClusterOverviewPage.h"

#include "gui/common/Icons.h"
#include "model/common/StatusLevel.h"
#include "model/fleet/ClusterOverviewModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

namespace {
/// The model's status levels as the style's icons (the check box and icon are drawn by the
/// default delegate: the context column has both).
class StatusIconProxy final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole) {
            const QVariant level = QIdentityProxyModel::data(index, StatusLevelRole);
            if (level.isValid())
                return statusIcon(StatusLevel(level.toInt()));
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

ClusterOverviewPage::ClusterOverviewPage(ClusterOverviewModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_open(new QPushButton(actionIcon(QStringLiteral("network-connect"), QStringLiteral("open")), tr("&Open"), this)),
      m_close(new QPushButton(actionIcon(QStringLiteral("network-disconnect"), QStringLiteral("close")), tr("Clo&se"), this)),
      m_show(new QPushButton(tr("Show in &Resources"), this)),
      m_pin(new QPushButton(tr("&Pin at start"), this))
{
    setObjectName(QStringLiteral("clusterOverviewPage"));
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proxy = new StatusIconProxy(this);
    proxy->setSourceModel(model);
    m_table->setObjectName(QStringLiteral("clusterOverviewTable"));
    m_table->setAccessibleName(tr("Clusters"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setObjectName(QStringLiteral("openClustersButton"));
    m_close->setObjectName(QStringLiteral("closeClustersButton"));
    m_show->setObjectName(QStringLiteral("showClusterButton"));
    m_pin->setObjectName(QStringLiteral("pinClustersButton"));
    m_open->setToolTip(tr("Open the selected contexts: their connections stay live in the background"));
    m_close->setToolTip(tr("Close the selected contexts: their watches end and their parties leave the federation view"));
    m_show->setToolTip(tr("Make the selected context the current one (Enter, or a double click)"));
    m_pin->setToolTip(tr("Pin or unpin the selected contexts: pinned contexts open when FedConsole starts"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    buttons->addWidget(m_show);
    buttons->addWidget(m_pin);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto refreshSummary = [this] { m_summary->setText(m_model->summary()); };
    connect(model, &QAbstractItemModel::dataChanged, this, refreshSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, refreshSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refreshSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &ClusterOverviewPage::updateButtons);
    refreshSummary();
    // the first rows fill in as clusters answer: columns fit them once they are there
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_table->resizeColumnsToContents(); });
    m_table->resizeColumnsToContents();

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClusterOverviewPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedContexts()); });
    connect(m_close, &QPushButton::clicked, this, [this] { Q_EMIT closeRequested(selectedContexts()); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QStringList contexts = selectedContexts(); !contexts.isEmpty())
            Q_EMIT showRequested(contexts.first());
    });
    connect(m_pin, &QPushButton::clicked, this, &ClusterOverviewPage::togglePins);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT showRequested(index.data(ClusterOverviewModel::ContextRole).toString());
    });
    updateButtons();
}

QStringList ClusterOverviewPage::selectedContexts() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList out;
    for (const QModelIndex &i : std::as_const(rows))
        out << i.data(ClusterOverviewModel::ContextRole).toString();
    return out;
}

void ClusterOverviewPage::selectContexts(const QStringList &contexts)
{
    QItemSelection selection;
    for (const QString &c : contexts) {
        const int row = m_model->rowOf(c);
        if (row >= 0)
            selection.select(m_table->model()->index(row, 0), m_table->model()->index(row, ClusterOverviewModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!contexts.isEmpty() && m_model->rowOf(contexts.first()) >= 0)
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(m_model->rowOf(contexts.first()), 0), QItemSelectionModel::NoUpdate);
}

void ClusterOverviewPage::updateButtons()
{
    const QStringList contexts = selectedContexts();
    int open = 0;
    for (const QString &c : contexts)
        open += m_model->isOpen(c) ? 1 : 0;
    m_open->setEnabled(open < contexts.size());
    m_close->setEnabled(open > 0);
    m_show->setEnabled(contexts.size() == 1);
    m_pin->setEnabled(!contexts.isEmpty());
}

void ClusterOverviewPage::togglePins()
{
    // all selected pinned: unpin them; otherwise pin them all
    const QStringList contexts = selectedContexts();
    const QStringList pinned = m_model->pinned();
    const bool allPinned = std::all_of(contexts.cbegin(), contexts.cend(), [&](const QString &c) { return pinned.contains(c); });
    for (const QString &c : contexts) {
        const int row = m_model->rowOf(c);
        m_model->setData(m_model->index(row, ClusterOverviewModel::ContextColumn), allPinned ? Qt::Unchecked : Qt::Checked,
                         Qt::CheckStateRole);
    }
}

} // namespace fc
