#include "gui/app/AboutDialog.h"

#include "backend/core/BuildInfo.h"
#include "gui/common/Icons.h"
#include "gui/common/Shortcuts.h"
#include "gui/common/Tables.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {


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

    m_table = makePlainTable(QStringLiteral("versionsTable"), {tr("Component"), tr("Version")}, tr("Versions"), this);
    for (const ComponentVersion &c : componentVersions())
        appendTextRow(m_table, {c.name, c.version});
    const QList<std::pair<QString, QString>> tools{{QStringLiteral("helm"), helmProgram}, {QStringLiteral("kubectl"), kubectlProgram}};
    for (const auto &[name, configured] : tools) {
        const int row = appendTextRow(m_table, {name, tr("asking…")});
        ++m_pending;
        probeToolVersion(name, configured, this, [this, row](const ToolVersion &v) {
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
    m_table = makePlainTable(QStringLiteral("shortcutsTable"), {tr("Where"), tr("Keys"), tr("Does")}, tr("Keyboard shortcuts"), this);
    for (const ShortcutInfo &s : allShortcuts())
        appendTextRow(m_table, {s.where, s.key.toString(QKeySequence::NativeText), s.what});
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
