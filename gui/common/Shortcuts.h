#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace fc {

/// Every keyboard shortcut of the app, in one table: the code that makes a QAction or QShortcut
/// takes its key from here (never a literal), and Help ▸ Keyboard shortcuts lists this table, so
/// the list cannot drift from what the keys do. tests/gui/main/shortcuts_only_from_table.cmake
/// fails when a key sequence is written anywhere else in gui/.
enum class Shortcut {
    // main window
    OpenKubeconfig, AddCluster, Preferences, Quit, ShowShortcuts, About,
    ShowLogs, GroupIntoFederation, EditObject, FocusFilter, FocusSelector, FocusTable,
    // object editor
    EditorApply, EditorUndo, EditorRedo,
    // log viewer
    LogFind, LogCopy,
    // certificates page
    CertNewCa, CertImportCa, CertIssue, CertSignCsr, CertRenew, CertExport, CertDeploy, CertWizard, CertReload,
    Count_
};

struct ShortcutInfo {
    Shortcut id;
    QKeySequence key;
    QString where; ///< translated: "Main window", "Object editor", "Log viewer", "Certificates"
    QString what;  ///< translated: what the key does
};

QKeySequence shortcutKey(Shortcut id);
/// The key as the platform writes it ("Ctrl+Shift+L"), for tooltips.
QString shortcutText(Shortcut id);
/// The whole table, in the order above.
QList<ShortcutInfo> allShortcuts();

} // namespace fc
