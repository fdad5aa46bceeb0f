#pragma once

#include <QString>
#include <QStringList>

namespace fc {

/// The languages FedConsole is translated into, besides English: {"de", "zh_CN"}.
QStringList availableLanguages();
/// The language's own name ("Deutsch", "简体中文", "English").
QString languageName(const QString &language);

/// Loads FedConsole's and Qt's own translations (qtbase_*, from qt6-translations-l10n) for
/// `language` ("de", "zh_CN", "en"; empty: the system's UI languages) into the application,
/// replacing any loaded before. Returns the language FedConsole's strings are now in ("en" when
/// no translation matched). Looked for in <prefix>/share/fedconsole/translations next to the
/// program, then in the build tree.
QString installTranslations(const QString &language);

} // namespace fc
