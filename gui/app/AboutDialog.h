#pragma once

#include <QDialog>

class QTableWidget;

namespace fc {

/// Help ▸ About: FedConsole's version, the libraries it runs with (Qt, OpenSSL, yaml-cpp,
/// simdjson, QtKeychain) and the helm and kubectl it found (asked asynchronously: the dialog
/// opens at once and fills those rows in when the tools answer).
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &helmProgram, const QString &kubectlProgram, QWidget *parent = nullptr);
    /// Component → version as shown ("helm" → "v3.21.4 (/usr/bin/helm)").
    QString shownVersion(const QString &component) const;
    /// True once helm and kubectl have answered (or were found missing).
    bool toolsProbed() const { return m_pending == 0; }

Q_SIGNALS:
    void toolsProbedChanged();

private:
    QTableWidget *m_table = nullptr;
    int m_pending = 0;
};

/// Help ▸ Keyboard shortcuts: every entry of the shortcut table (gui/common/Shortcuts.h), by where it works.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace fc
