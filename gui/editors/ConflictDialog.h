#pragma once

#include "model/editors/ObjectDiff.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace fc {

/// The three-way view after someone else changed an object while it was being edited: the
/// fields only one side changed are carried over (listed), and for each field both sides changed
/// the user chooses: keep the edit or take the server's value. merged() is the result to
/// continue editing from; nothing is written here.
class ConflictDialog final : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(const editors::RebaseResult &rebase, QWidget *parent = nullptr);

    /// The server's object with the user's changes and, per conflicting field, the choice made.
    QJsonObject merged() const;
    /// Chooses for conflict `row` (tests): true keeps the user's value.
    void keepMine(int row, bool mine);

private:
    editors::RebaseResult m_rebase;
    QTableWidget *m_table;
};

/// A JSON value as one line of text for the views (Undefined: "(absent)").
QString valueText(const QJsonValue &value);

} // namespace fc
