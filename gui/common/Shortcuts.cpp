#include "gui/common/Shortcuts.h"

#include <QCoreApplication>

#include <array>

namespace fc {

namespace {
struct Entry {
    Shortcut id;
    QKeySequence (*key)();
    const char *where;
    const char *what;
};

#define FC_WHERE_MAIN QT_TRANSLATE_NOOP("fc::Shortcuts", "Main window")
#define FC_WHERE_EDITOR QT_TRANSLATE_NOOP("fc::Shortcuts", "Object editor")
#define FC_WHERE_LOGS QT_TRANSLATE_NOOP("fc::Shortcuts", "Log viewer")
#define FC_WHERE_CERTS QT_TRANSLATE_NOOP("fc::Shortcuts", "Certificates")

const std::array<Entry, size_t(Shortcut::Count_)> kTable{{
    {Shortcut::OpenKubeconfig, [] { return QKeySequence(QKeySequence::Open); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Open a kubeconfig file")},
    {Shortcut::AddCluster, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Add a cluster: paste a kubeconfig, or server URL, CA and token")},
    {Shortcut::Preferences, [] { return QKeySequence(Qt::CTRL | Qt::Key_Comma); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Preferences")},
    {Shortcut::Quit, [] { return QKeySequence(Qt::CTRL | Qt::Key_Q); }, FC_WHERE_MAIN, QT_TRANSLATE_NOOP("fc::Shortcuts", "Quit")},
    {Shortcut::ShowShortcuts, [] { return QKeySequence(Qt::CTRL | Qt::Key_Slash); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "List the keyboard shortcuts")},
    {Shortcut::About, [] { return QKeySequence(Qt::Key_F1); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "About FedConsole: versions of the app, its libraries and tools")},
    {Shortcut::ShowLogs, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Stream the logs of the selected pod or workload")},
    {Shortcut::GroupIntoFederation, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Group the selected object into a federation")},
    {Shortcut::EditObject, [] { return QKeySequence(Qt::CTRL | Qt::Key_E); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Edit the selected object")},
    {Shortcut::FocusFilter, [] { return QKeySequence(QKeySequence::Find); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Go to the text filter")},
    {Shortcut::FocusSelector, [] { return QKeySequence(Qt::CTRL | Qt::Key_L); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Go to the label selector")},
    {Shortcut::FocusTable, [] { return QKeySequence(Qt::Key_Escape); }, FC_WHERE_MAIN,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Back to the resource table")},
    {Shortcut::EditorApply, [] { return QKeySequence(Qt::CTRL | Qt::Key_Return); }, FC_WHERE_EDITOR,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Dry run, then apply the changes")},
    {Shortcut::EditorUndo, [] { return QKeySequence(QKeySequence::Undo); }, FC_WHERE_EDITOR,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Undo the last change to the document")},
    {Shortcut::EditorRedo, [] { return QKeySequence(QKeySequence::Redo); }, FC_WHERE_EDITOR,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Redo")},
    {Shortcut::LogFind, [] { return QKeySequence(QKeySequence::Find); }, FC_WHERE_LOGS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Go to the search field")},
    {Shortcut::LogCopy, [] { return QKeySequence(QKeySequence::Copy); }, FC_WHERE_LOGS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Copy the selected lines")},
    {Shortcut::CertNewCa, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "New certificate authority")},
    {Shortcut::CertImportCa, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Import a certificate authority")},
    {Shortcut::CertIssue, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Issue a certificate")},
    {Shortcut::CertSignCsr, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Sign a certificate signing request")},
    {Shortcut::CertRenew, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Renew the selected certificate")},
    {Shortcut::CertExport, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Export the selected certificate")},
    {Shortcut::CertDeploy, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Deploy the selected certificate to a Secret")},
    {Shortcut::CertWizard, [] { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Federation wizard: a CA and every party's kit")},
    {Shortcut::CertReload, [] { return QKeySequence(Qt::Key_F5); }, FC_WHERE_CERTS,
     QT_TRANSLATE_NOOP("fc::Shortcuts", "Reload the certificate store")},
}};

const Entry &entry(Shortcut id)
{
    const Entry &e = kTable[size_t(id)];
    Q_ASSERT(e.id == id); // the table is in the enum's order
    return e;
}
} // namespace

QKeySequence shortcutKey(Shortcut id)
{
    return entry(id).key();
}

QString shortcutText(Shortcut id)
{
    return shortcutKey(id).toString(QKeySequence::NativeText);
}

QList<ShortcutInfo> allShortcuts()
{
    QList<ShortcutInfo> out;
    for (const Entry &e : kTable)
        out.append({e.id, e.key(), QCoreApplication::translate("fc::Shortcuts", e.where),
                    QCoreApplication::translate("fc::Shortcuts", e.what)});
    return out;
}

} // namespace fc
