#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fc {

class ClusterOverviewModel;

/// The Clusters tab: every kubeconfig context with its state, version, totals, federations and
/// certificate warnings (ClusterOverviewModel). Several rows can be selected and opened or closed
/// at once; the check box beside a context pins it (opened at start); Enter or a double click
/// shows the context in the other tabs.
class ClusterOverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit ClusterOverviewPage(ClusterOverviewModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The contexts of the selected rows, in the table's order.
    QStringList selectedContexts() const;
    /// Selects these contexts' rows (tests, and after the kubeconfig changed).
    void selectContexts(const QStringList &contexts);

Q_SIGNALS:
    void openRequested(const QStringList &contexts);
    void closeRequested(const QStringList &contexts);
    void showRequested(const QString &context);

private:
    void updateButtons();
    void togglePins();

    ClusterOverviewModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_close;
    QPushButton *m_show;
    QPushButton *m_pin;
};

} // namespace fc
