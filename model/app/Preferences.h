#pragma once

#include "model/pki/Expiry.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace fc {

/// What the user chose in Preferences, kept in QSettings under "preferences/". Every value is
/// checked when read: one that is missing, of the wrong type or out of range is the default, and
/// load() says which keys it replaced.
struct Preferences {
    enum class Theme { System, Light, Dark };

    QStringList kubeconfigPaths;  ///< empty: $KUBECONFIG, else ~/.kube/config
    QString helmProgram;          ///< empty: helm on PATH
    QString kubectlProgram;       ///< empty: kubectl on PATH
    /// Namespaces to look in when the user may not list namespaces or a kind cluster-wide (the
    /// kubeconfig context's namespace is always tried); Lens calls these "accessible namespaces".
    QStringList namespaces;
    int logBufferLines = kDefaultLogBufferLines; ///< lines kept per log tab (LogBuffer's cap)
    Theme theme = Theme::System;
    bool useKeychain = true;      ///< offer to remember CA passphrases in the desktop keychain
    int certificateWarningDays = kDefaultWarningDays; ///< "expiring" within this many days (amber)
    QString language;             ///< "en", "de", "zh_CN"; empty: the system's language (at the next start)
    QStringList pinnedContexts;   ///< contexts opened at start (pinned in the cluster overview)

    static constexpr int kDefaultLogBufferLines = 1000000; // LogBuffer::kDefaultCapacity
    static constexpr int kMinLogBufferLines = 1000;
    static constexpr int kMaxLogBufferLines = 50000000;
    static constexpr int kDefaultWarningDays = kDefaultCertificateWarningDays;
    static constexpr int kMaxWarningDays = 3650;

    /// Reads the preferences; `replaced` (when given) gets the keys whose stored value was unusable.
    static Preferences load(const QSettings &settings, QStringList *replaced = nullptr);
    void save(QSettings &settings) const;

    static QString themeName(Theme theme);               ///< "system", "light", "dark"
    static bool themeFromName(const QString &name, Theme *theme);

    bool operator==(const Preferences &) const = default;
};

/// The settings file opened safely. A file QSettings cannot read (a format or access error) is
/// moved aside to "<file>.corrupt-<UTC time>" and the app starts from defaults; `message` then
/// says what happened, where the old file went, and which values were reset. Never throws, never
/// crashes on a bad file.
struct OpenedSettings {
    std::unique_ptr<QSettings> settings;
    QString path;           ///< the settings file
    QString movedTo;        ///< where an unusable file went ("" when it stayed or could not be moved)
    bool unusable = false;  ///< the file could not be read as settings
    bool accessError = false;
    QStringList resetKeys;  ///< values replaced by their defaults
    /// What happened, for the user (empty when the file was fine). Formatted when called, so it
    /// is in the language installed by then.
    QString message() const;
};
OpenedSettings openSettings(const QString &iniPath);
/// FedConsole's settings file: ~/.config/FedConsole/fedconsole.conf (FEDCONSOLE_SETTINGS overrides).
QString defaultSettingsPath();

} // namespace fc
