#include "gui/app/AboutDialog.h"

#include "backend/core/BuildInfo.h"
#include "gui/common/Icons.h"
#include "gui/common/Shortcuts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

namespace {
QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

int addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
    return row;
}
} // namespace

AboutDialog::AboutDialog(const QString &helmProgram, const QString &kubectlProgram, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About FedConsole"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(96, 96));
    icon->setAccessibleName(tr("FedConsole icon"));
    auto *title = new QLabel(tr("<h2>FedConsole %1</h2><p>A desktop console for federated-learning deployments on "
                                "Kubernetes: NVIDIA FLARE, OpenFL and FATE.</p>")
                                 .arg(appVersion()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    title->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    m_table = makeTable(this, {tr("Component"), tr("Version")}, QStringLiteral("versionsTable"));
    m_table->setAccessibleName(tr("Versions"));
    for (const ComponentVersion &c : componentVersions())
        addRow(m_table, {c.name, c.version});
    const QList<std::pair<QString, QString>> tools{{QStringLiteral("helm"), helmProgram}, {QStringLiteral("kubectl"), kubectlProgram}};
    for (const auto &[name, configured] : tools) {
        const int row = addRow(m_table, {name, tr("asking…")});
        ++m_pending;
        const QStringList args = name == u"kubectl" ? QStringList{QStringLiteral("version"), QStringLiteral("--client")}
                                                     : QStringList{QStringLiteral("version"), QStringLiteral("--short")};
        probeToolVersion(name, configured, args, this, [this, row](const ToolVersion &v) {
            m_table->item(row, 1)->setText(v.version.isEmpty() ? tr("not available: %1").arg(v.problem)
                                                               : tr("%1 (%2)").arg(v.version, v.program));
            --m_pending;
            m_table->resizeColumnToContents(0);
            Q_EMIT toolsProbedChanged();
        });
    }
    m_table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString AboutDialog::shownVersion(const QString &component) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == component)
            return m_table->item(r, 1)->text();
    return {};
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = makeTable(this, {tr("Where"), tr("Keys"), tr("Does")}, QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (const ShortcutInfo &s : allShortcuts())
        addRow(m_table, {s.where, s.key.toString(QKeySequence::NativeText), s.what});
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(std::max(720, m_table->horizontalHeader()->length() + 40), 560);
}

int ShortcutsDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace fc
