#pragma once

#include "model/app/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace fc {

/// Preferences: kubeconfig files, helm and kubectl (with the version found), log buffer cap,
/// theme, keychain use, certificate warning days. "Restore defaults" refills the form; nothing
/// is stored until OK.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

private:
    void probe(const QString &tool, QLineEdit *edit, QLabel *label);
    QLineEdit *programField(const QString &tool, QLabel **versionLabel);

    QListWidget *m_kubeconfigs = nullptr;
    QLineEdit *m_helm = nullptr;
    QLineEdit *m_kubectl = nullptr;
    QLineEdit *m_namespaces = nullptr;
    QLabel *m_helmVersion = nullptr;
    QLabel *m_kubectlVersion = nullptr;
    QSpinBox *m_logBufferLines = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_keychain = nullptr;
    QSpinBox *m_warningDays = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace fc
