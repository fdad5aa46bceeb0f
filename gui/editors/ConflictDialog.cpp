#include "gui/editors/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return QObject::tr("(absent)");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

ConflictDialog::ConflictDialog(const editors::RebaseResult &rebase, QWidget *parent)
    : QDialog(parent), m_rebase(rebase)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the server while you edited"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(rebase.conflicts.isEmpty()
                       ? tr("Someone else changed this object. None of their changes touch the fields you edited: your "
                            "changes below are carried over to the server's version.")
                       : tr("Someone else changed this object. Your changes below are carried over to the server's "
                            "version; %n field(s) were changed on both sides — choose for each.",
                            nullptr, int(rebase.conflicts.size())));
    layout->addWidget(intro);

    m_table = new QTableWidget(int(rebase.conflicts.size()), 5, this);
    m_table->setObjectName(QStringLiteral("conflictTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("You started from"), tr("Your value"), tr("Server's value"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rebase.conflicts.size(); ++row) {
        const editors::MergeConflict &c = rebase.conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(editors::pathText(c.path)));
        m_table->setItem(row, 1, new QTableWidgetItem(valueText(c.base)));
        m_table->setItem(row, 2, new QTableWidgetItem(valueText(c.mine)));
        m_table->setItem(row, 3, new QTableWidgetItem(valueText(c.theirs)));
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("keepComboBox%1").arg(row));
        choice->addItem(tr("Server's value"), false);
        choice->addItem(tr("Your value"), true);
        choice->setAccessibleName(tr("Keep for %1").arg(editors::pathText(c.path)));
        m_table->setCellWidget(row, 4, choice);
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!rebase.conflicts.isEmpty());
    layout->addWidget(m_table, 1);

    layout->addWidget(new QLabel(tr("Your changes, carried over:"), this));
    auto *carried = new QListWidget(this);
    carried->setObjectName(QStringLiteral("carriedListWidget"));
    for (const editors::FieldChange &c : rebase.applied)
        carried->addItem(QStringLiteral("%1: %2 → %3").arg(editors::pathText(c.path), valueText(c.before), valueText(c.after)));
    if (rebase.applied.isEmpty())
        carried->addItem(tr("(none)"));
    layout->addWidget(carried);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue from the server's version"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("continueButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep &editing as before"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConflictDialog::keepMine(int row, bool mine)
{
    if (auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4)))
        choice->setCurrentIndex(choice->findData(mine));
}

QJsonObject ConflictDialog::merged() const
{
    QJsonObject out = m_rebase.merged;
    for (int row = 0; row < m_rebase.conflicts.size(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4));
        if (choice && choice->currentData().toBool())
            editors::setAtPath(out, m_rebase.conflicts.at(row).path, m_rebase.conflicts.at(row).mine);
    }
    return out;
}

} // namespace fc
