#include "gui/editors/FormTablePage.h"

#include "model/editors/FormModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMetaProperty>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace fc {

namespace {

const QColor kErrorTint(0xff, 0xcd, 0xd2);
const QColor kWarningTint(0xff, 0xec, 0xb3);

} // namespace

FormCellDelegate::FormCellDelegate(std::function<QString()> refusal, QObject *parent)
    : QStyledItemDelegate(parent), m_refusal(std::move(refusal))
{
}

void FormCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(editors::SeverityRole);
    if (!severity.isValid() || severity.toInt() < 0)
        return;
    const bool error = severity.toInt() == int(editors::FieldMessage::Severity::Error);
    option->backgroundBrush = error ? kErrorTint : kWarningTint;
    // the selection would hide the tint exactly where the user is looking (a rejection selects its cell)
    if (error)
        option->palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
}

QWidget *FormCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList choices = index.data(editors::ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceComboBox"));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    combo->setEditable(!index.data(editors::ChoicesOnlyRole).toBool());
    combo->setInsertPolicy(QComboBox::NoInsert);
    const QVariantList values = index.data(editors::ChoiceValuesRole).toList();
    for (qsizetype i = 0; i < choices.size(); ++i)
        combo->addItem(choices.at(i), i < values.size() ? values.at(i) : QVariant(choices.at(i)));
    if (combo->isEditable() && combo->completer())
        combo->completer()->setCaseSensitivity(Qt::CaseSensitive);
    return combo;
}

void FormCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QVariant value = index.data(Qt::EditRole);
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (combo->isEditable())
        combo->setEditText(value.toString());
}

void FormCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // as QStyledItemDelegate does, but a refusal is said instead of silently dropped
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // a typed text that names no choice is the value itself
        const int at = combo->isEditable() ? combo->findText(combo->currentText()) : combo->currentIndex();
        value = at >= 0 ? combo->itemData(at) : QVariant(combo->currentText());
    } else {
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (property.isEmpty())
            return;
        value = editor->property(property.constData());
    }
    if (!model->setData(index, value, Qt::EditRole) && m_refusal)
        Q_EMIT editRefused(m_refusal());
}

bool FormCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString problems = index.data(editors::ProblemRole).toString();
    if (event->type() == QEvent::ToolTip && !problems.isEmpty()) {
        QToolTip::showText(event->globalPos(), problems, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

FormTablePage::FormTablePage(QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    auto *table = new QTableView(this);
    table->setObjectName(prefix + QStringLiteral("TableView"));
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    // column sizes from 25 rows at most: measuring all 5,000 keys of a big ConfigMap took the UI
    // thread ~80 ms per change and ~270 ms to open, 100 rows still 8–9 ms (editor_bench); the
    // columns grow to fit what is shown later. (0 would mean "visible rows", but a table not
    // shown yet has none and Qt then measures every row.)
    table->horizontalHeader()->setResizeContentsPrecision(25);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table for the page's buttons (the arrow keys move between cells): a
    // keyboard user is never caught in a table
    table->setTabKeyNavigation(false);
    m_view = table;
    setUp(model, std::move(refusal), prefix);
    table->resizeColumnsToContents();
    // columns grow to fit new rows (a namespace is longer than its header), never shrink below
    // what the user chose, and a long value does not push the others off screen
    auto *fitSoon = new QTimer(this); // one fit per burst of model signals
    fitSoon->setSingleShot(true);
    fitSoon->setInterval(0);
    connect(fitSoon, &QTimer::timeout, table, [table] {
        for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
            const int wanted = std::min(std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column)), 320);
            if (table->columnWidth(column) < wanted)
                table->setColumnWidth(column, wanted);
        }
    });
    auto fit = [fitSoon] { fitSoon->start(); };
    connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    connect(model, &QAbstractItemModel::modelReset, table, fit);
    connect(model, &QAbstractItemModel::dataChanged, table, fit);
}

FormTablePage::FormTablePage(QAbstractItemView *view, QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix,
                             QWidget *parent)
    : QWidget(parent), m_view(view)
{
    m_view->setParent(this);
    setUp(model, std::move(refusal), prefix);
}

void FormTablePage::setUp(QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix)
{
    m_view->setModel(model);
    auto *delegate = new FormCellDelegate(std::move(refusal), m_view);
    m_view->setItemDelegate(delegate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(prefix + QStringLiteral("ProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    connect(delegate, &FormCellDelegate::editRefused, this, [this](const QString &message) { showMessage(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FormTablePage::showCurrentProblem);
    // the problems follow the edit (an undo, a fix in the YAML tab)
    connect(model, &QAbstractItemModel::dataChanged, this, &FormTablePage::showCurrentProblem);
    connect(model, &QAbstractItemModel::modelReset, this, &FormTablePage::showCurrentProblem);
}

void FormTablePage::showMessage(const QString &text, bool error)
{
    m_problem->setText(text);
    m_problem->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #8d6e00;"));
    m_problem->setToolTip(text);
    // a tab page does not pass height-for-width on: make room for the wrapped lines here
    m_problem->setMinimumHeight(text.isEmpty() ? 0 : m_problem->heightForWidth(std::max(width(), 200)));
}

QString FormTablePage::message() const
{
    return m_problem->text();
}

void FormTablePage::showCurrentProblem()
{
    const QModelIndex current = m_view->currentIndex();
    const QString problems = current.isValid() ? current.data(editors::ProblemRole).toString() : QString();
    const int severity = current.isValid() ? current.data(editors::SeverityRole).toInt() : -1;
    showMessage(problems, severity == int(editors::FieldMessage::Severity::Error));
}

} // namespace fc
