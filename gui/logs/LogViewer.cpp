#include "gui/logs/LogViewer.h"

#include "gui/common/Shortcuts.h"

#include "gui/logs/LogLineDelegate.h"
#include "model/cluster/ResourceStore.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/LogFilterProxy.h"
#include "model/logs/LogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QTableView>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fc {

namespace {
constexpr int kAllContainers = 0;
}

LogViewer::LogViewer(ClusterConnection *connection, ResourceStore *pods, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_pods(pods)
{
    m_buffer = new LogBuffer(LogBuffer::kDefaultCapacity, this);
    m_model = new LogModel(m_buffer, this);
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
}

LogViewer::~LogViewer() = default;

void LogViewer::buildUi()
{
    setObjectName(QStringLiteral("logViewerWidget"));
    auto *top = new QHBoxLayout;
    m_containerCombo = new QComboBox(this);
    m_containerCombo->setObjectName(QStringLiteral("containerComboBox"));
    m_containerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_containerCombo->setToolTip(tr("Container to show (init containers included)"));
    m_previousCheck = new QCheckBox(tr("Previous"), this);
    m_previousCheck->setObjectName(QStringLiteral("previousCheckBox"));
    m_previousCheck->setToolTip(tr("Logs of the previous (terminated) instance of the container"));
    m_timestampsCheck = new QCheckBox(tr("Timestamps"), this);
    m_timestampsCheck->setObjectName(QStringLiteral("timestampsCheckBox"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_prevButton = new QToolButton(this);
    m_prevButton->setObjectName(QStringLiteral("previousMatchButton"));
    m_prevButton->setText(QStringLiteral("▲"));
    m_prevButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_prevButton->setAccessibleName(tr("Previous match"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextMatchButton"));
    m_nextButton->setAccessibleName(tr("Next match"));
    m_nextButton->setText(QStringLiteral("▼"));
    m_nextButton->setToolTip(tr("Next match (Enter)"));
    m_regexCheck = new QCheckBox(tr("Regex"), this);
    m_regexCheck->setObjectName(QStringLiteral("regexCheckBox"));
    m_filterCheck = new QCheckBox(tr("Only matching"), this);
    m_filterCheck->setObjectName(QStringLiteral("filterCheckBox"));
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_wrapCheck = new QCheckBox(tr("Wrap"), this);
    m_wrapCheck->setObjectName(QStringLiteral("wrapCheckBox"));
    m_ansiCheck = new QCheckBox(tr("Colours"), this);
    m_ansiCheck->setObjectName(QStringLiteral("ansiCheckBox"));
    m_ansiCheck->setToolTip(tr("Show ANSI colour codes as colours (off: plain text)"));
    m_ansiCheck->setChecked(true);
    m_followCheck = new QCheckBox(tr("Follow"), this);
    m_followCheck->setObjectName(QStringLiteral("followCheckBox"));
    m_followCheck->setToolTip(tr("Keep the newest line in view; scrolling up stops, scrolling to the bottom resumes"));
    m_followCheck->setChecked(true);
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy"));
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Save every received line (not only the matching ones)"));
    top->addWidget(m_containerCombo);
    top->addWidget(m_previousCheck);
    top->addWidget(m_timestampsCheck);
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_prevButton);
    top->addWidget(m_nextButton);
    top->addWidget(m_regexCheck);
    top->addWidget(m_filterCheck);
    top->addWidget(m_pauseButton);
    top->addWidget(m_wrapCheck);
    top->addWidget(m_ansiCheck);
    top->addWidget(m_followCheck);
    top->addWidget(m_copyButton);
    top->addWidget(m_saveButton);

    m_searchError = new QLabel(this);
    m_searchError->setObjectName(QStringLiteral("searchErrorLabel"));
    m_searchError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_searchError->hide();

    // A table of one column rather than a QListView: QListView lays out every row again on
    // each insert (O(rows) per batch, ~20 ms at 1M lines); fixed-height table rows do not.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTableView"));
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(mono);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setMinimumSectionSize(1);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(mono).height() + 2);
    m_delegate = new LogLineDelegate(m_proxy, this);
    m_view->setItemDelegate(m_delegate);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_searchError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &LogViewer::applySearch);
    connect(m_regexCheck, &QCheckBox::toggled, this, &LogViewer::applySearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_nextButton, &QToolButton::clicked, this, &LogViewer::findNext);
    connect(m_prevButton, &QToolButton::clicked, this, &LogViewer::findPrevious);
    connect(m_filterCheck, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setShowOnlyMatching(on); });
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        updatePauseButton();
    });
    connect(m_model, &LogModel::waitingCountChanged, this, &LogViewer::updatePauseButton);
    connect(m_wrapCheck, &QCheckBox::toggled, this, [this](bool on) {
        // wrapped rows have their own heights: measured per row, fine for thousands of lines,
        // slow for a million (the status bar says how many lines there are)
        m_delegate->setWrap(on);
        m_view->setWordWrap(on);
        m_view->verticalHeader()->setSectionResizeMode(on ? QHeaderView::ResizeToContents : QHeaderView::Fixed);
        m_view->viewport()->update();
    });
    connect(m_ansiCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setAnsiMode(on ? LogModel::AnsiMode::Colour : LogModel::AnsiMode::Strip);
        m_view->viewport()->update();
    });
    connect(m_timestampsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->setShowTimestamps(on);
        m_view->viewport()->update();
    });
    connect(m_followCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_follow = on;
        if (on)
            onRowsInserted();
    });
    connect(m_copyButton, &QToolButton::clicked, this, &LogViewer::copySelection);
    connect(m_saveButton, &QToolButton::clicked, this, &LogViewer::saveInteractive);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogViewer::onRowsInserted);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogViewer::onScrolled);
    connect(m_containerCombo, &QComboBox::activated, this, [this] { restart(); });
    connect(m_previousCheck, &QCheckBox::toggled, this, [this] { restart(); });
    auto *copy = new QShortcut(shortcutKey(Shortcut::LogCopy), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &LogViewer::copySelection);
    auto *find = new QShortcut(shortcutKey(Shortcut::LogFind), this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &LogViewer::updateStatus);
    m_statusTimer->start();
    updatePauseButton();
    updateStatus();
}

void LogViewer::openPod(const QString &namespace_, const QString &pod, const QString &container)
{
    m_target = LogTarget::forPod(namespace_, pod, container);
    m_title = tr("Logs: %1").arg(pod);
    fillContainers();
    if (!container.isEmpty()) {
        const int i = m_containerCombo->findData(container);
        if (i >= 0)
            m_containerCombo->setCurrentIndex(i);
    }
    Q_EMIT titleChanged(m_title);
    restart();
}

void LogViewer::openSelector(const QString &namespace_, const QString &labelSelector)
{
    m_target = LogTarget::forSelector(namespace_, labelSelector);
    m_title = tr("Logs: %1").arg(labelSelector);
    fillContainers();
    Q_EMIT titleChanged(m_title);
    restart();
}

void LogViewer::openWorkload(const ObjectSummary &workload)
{
    m_target = LogTarget::forWorkload(workload);
    m_title = tr("Logs: %1").arg(workload.name);
    fillContainers();
    Q_EMIT titleChanged(m_title);
    restart();
}

void LogViewer::fillContainers()
{
    m_containerCombo->clear();
    m_containerCombo->addItem(tr("All containers"), QString());
    QStringList seen;
    auto addFrom = [&](const ObjectSummary &o) {
        const PodInfo *p = o.pod();
        if (!p)
            return;
        for (const ContainerSummary &c : p->containers) {
            if (seen.contains(c.name))
                continue;
            seen << c.name;
            m_containerCombo->addItem(c.init        ? tr("%1 (init)").arg(c.name)
                                      : c.ephemeral ? tr("%1 (ephemeral)").arg(c.name)
                                                    : c.name,
                                      c.name);
        }
    };
    if (m_pods) {
        auto sel = LabelSelector::parse(m_target.labelSelector);
        for (int r = 0; r < m_pods->size(); ++r) {
            const ObjectSummary &o = m_pods->at(r);
            if (o.namespace_ != m_target.namespace_ && !m_target.namespace_.isEmpty())
                continue;
            if (!m_target.pod.isEmpty() ? o.name == m_target.pod : (sel.ok() && sel->matches(o.labels)))
                addFrom(o);
        }
    }
    m_containerCombo->setCurrentIndex(kAllContainers);
}

void LogViewer::restart()
{
    if (!m_connection)
        return;
    m_session.reset();
    m_buffer->clear();
    LogTarget t = m_target;
    t.container = m_containerCombo->currentData().toString();
    // a chosen init container is followed even though "all" skips them
    t.includeInit = !t.container.isEmpty();
    LogStreamOptions o;
    o.previous = m_previousCheck->isChecked();
    o.follow = !o.previous;
    o.timestamps = true;
    if (!t.pod.isEmpty() && t.container.isEmpty() && m_containerCombo->count() == 2)
        t.container = m_containerCombo->itemData(1).toString();
    m_session = std::make_unique<MultiLogSession>(m_connection, m_pods, m_buffer, t, o);
    m_delegate->setShowPrefix(t.pod.isEmpty() || t.container.isEmpty());
    connect(m_session.get(), &MultiLogSession::attached, this, [this] {
        m_delegate->setShowPrefix(m_session && (m_session->attachedSources().size() > 1 || m_target.pod.isEmpty()));
    });
    auto r = m_session->start();
    if (!r) {
        m_searchError->setText(r.error().toString());
        m_searchError->show();
    }
}

void LogViewer::applySearch()
{
    auto r = m_proxy->setSearch(m_searchEdit->text(), m_regexCheck->isChecked());
    if (!r) {
        m_searchError->setText(r.error().message);
        m_searchError->show();
        m_searchEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    } else {
        m_searchError->hide();
        m_searchEdit->setStyleSheet(QString());
    }
    m_view->viewport()->update();
    updateStatus();
}

void LogViewer::selectProxyRow(int row)
{
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->index(row, 0);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void LogViewer::findNext()
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    selectProxyRow(m_proxy->findMatch(from, true));
}

void LogViewer::findPrevious()
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_proxy->rowCount();
    selectProxyRow(m_proxy->findMatch(from, false));
}

void LogViewer::onRowsInserted()
{
    if (!m_follow || m_scrollPending)
        return;
    // coalesce: one scroll per event-loop pass however many batches arrived
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (!m_follow)
            return;
        m_autoScrolling = true;
        m_view->scrollToBottom();
        m_autoScrolling = false;
    });
}

void LogViewer::onScrolled(int value)
{
    if (m_autoScrolling)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = value >= bar->maximum();
    if (atBottom != m_follow) {
        m_follow = atBottom;
        const QSignalBlocker block(m_followCheck);
        m_followCheck->setChecked(atBottom);
    }
}

void LogViewer::updatePauseButton()
{
    const qint64 waiting = m_model->waitingCount();
    if (m_model->isPaused())
        m_pauseButton->setText(tr("Resume (%1 waiting)").arg(waiting));
    else
        m_pauseButton->setText(tr("Pause"));
}

void LogViewer::updateStatus()
{
    QString s = tr("%1 lines").arg(m_buffer->size());
    if (m_buffer->droppedCount() > 0)
        s += tr(", %1 oldest dropped (cap %2)").arg(m_buffer->droppedCount()).arg(m_buffer->capacity());
    if (m_proxy->showOnlyMatching() && !m_proxy->matcher().isEmpty())
        s += tr(", %1 shown").arg(m_proxy->rowCount());
    if (m_session)
        s += tr(", %n stream(s)", nullptr, m_session->activeStreams());
    if (m_status->text() != s)
        m_status->setText(s);
}

void LogViewer::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &i : rows)
        lines << i.data().toString();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

Result<qint64> LogViewer::saveTo(const QString &path)
{
    LogBuffer::SaveOptions o;
    o.timestamps = m_timestampsCheck->isChecked();
    o.prefix = m_buffer->sourceCount() > 1;
    return m_buffer->saveToFile(path, o);
}

void LogViewer::saveInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save logs"), m_title.section(u' ', 1) + QStringLiteral(".log"));
    if (path.isEmpty())
        return;
    auto r = saveTo(path);
    if (!r)
        QMessageBox::warning(this, tr("Save logs"), r.error().toString());
}

} // namespace fc
