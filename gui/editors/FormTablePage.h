#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QHBoxLayout;
class QLabel;

namespace fc {

/// The cells of a form model (model/editors/FormModel.h roles): a cell with an error is tinted
/// red and a warning amber, its problems are the tooltip, and an edit the model refuses is
/// reported with the model's reason (Qt's views drop setData's false silently). A cell with
/// choices is edited in a drop-down (named "<column header>ChoiceComboBox" for tests and screen readers).
class FormCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `refusal` gives the model's lastError() text after a refused setData.
    FormCellDelegate(std::function<QString()> refusal, QObject *parent);

    /// A drop-down where the model offers choices (ChoicesRole), editable unless ChoicesOnlyRole.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) override;

Q_SIGNALS:
    void editRefused(const QString &message) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::function<QString()> m_refusal;
};

/// One table (or tree) of a form with its buttons and a line that says what is wrong with the
/// current cell, or why the last edit was refused. Child names: <prefix>TableView (or the
/// view given), <prefix>ProblemLabel.
class FormTablePage final : public QWidget {
    Q_OBJECT
public:
    /// A page over `model` in a table view.
    FormTablePage(QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix, QWidget *parent = nullptr);
    /// A page over `model` in `view` (a tree), which the page takes.
    FormTablePage(QAbstractItemView *view, QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix,
                  QWidget *parent = nullptr);

    QAbstractItemView *view() const { return m_view; }
    /// Where the page's buttons go (left of a stretch).
    QHBoxLayout *buttons() const { return m_buttons; }
    /// Shows `text` in the problem line (red for errors) until the current cell changes.
    void showMessage(const QString &text, bool error = true);
    QString message() const;
    /// The current cell's problems (ProblemRole) in the problem line, or nothing.
    void showCurrentProblem();

private:
    void setUp(QAbstractItemModel *model, std::function<QString()> refusal, const QString &prefix);

    QAbstractItemView *m_view = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace fc
