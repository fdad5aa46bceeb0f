#include "gui/app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fc {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

QStringList translationDirs()
{
    return {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fedconsole/translations"),
            QStringLiteral(FEDCONSOLE_BUILD_TRANSLATIONS_DIR)};
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString languageName(const QString &language)
{
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString installTranslations(const QString &language)
{
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (language == u"en" || locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *app = new QTranslator(QCoreApplication::instance());
    bool loaded = false;
    for (const QString &dir : translationDirs()) {
        if (app->load(locale, QStringLiteral("fedconsole"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete app;
        return QStringLiteral("en");
    }
    g_app = app;
    QCoreApplication::installTranslator(app);
    // Qt's own strings (standard buttons, file dialogs): qt6-translations-l10n
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    const QString loadedLanguage = app->language().replace(u'-', u'_'); // "de_DE" for fedconsole_de.qm
    for (const QString &l : availableLanguages())
        if (loadedLanguage == l || loadedLanguage.startsWith(l + u'_'))
            return l;
    return loadedLanguage;
}

} // namespace fc
