#include "backend/cluster/Kubeconfig.h"
#include "backend/core/BuildInfo.h"
#include "gui/app/Translations.h"
#include "gui/common/Icons.h"
#include "gui/main/MainWindow.h"
#include "model/app/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

const char kAppId[] = "org.fedconsole.FedConsole"; // .desktop file, icon and AppStream id

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fedconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("FedConsole"));
    QCoreApplication::setApplicationVersion(fc::appVersion());
}

/// --version and --help print and exit without a display (ssh sessions, package checks):
/// they must not need the window system QApplication connects to.
int printWithoutDisplay(int argc, char **argv, bool version)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    if (version) {
        out << fc::versionReport(QStringLiteral("fedconsole"));
    } else {
        out << "usage: fedconsole [--kubeconfig FILE] [--context NAME] [--self-test] [KUBECONFIG-FILE]\n\n"
               "Desktop console for federated-learning deployments on Kubernetes.\n\n"
               "  --kubeconfig FILE   kubeconfig to use (default: Preferences, else $KUBECONFIG, else ~/.kube/config)\n"
               "  --context NAME      context to open\n"
               "  --self-test         open the main window, check the icons and exit (0 when all is well)\n"
               "  --language LANG     en, de or zh_CN instead of the preference (default: the system's)\n"
               "  --version           versions of FedConsole and its libraries\n"
               "  -h, --help          this help\n";
    }
    return 0;
}

/// --self-test: the installed app starts, shows its main window with its icons, and quits.
int selfTest(fc::MainWindow &window, const QString &language, const QString &asked)
{
    QTextStream err(stderr);
    QStringList problems;
    window.show();
    QCoreApplication::processEvents();
    if (!window.isVisible())
        problems << QStringLiteral("the main window is not visible");
    const QIcon icon = fc::appIcon();
    if (icon.pixmap(256, 256).isNull())
        problems << QStringLiteral("the application icon cannot be drawn (is the Qt SVG plugin, libqt6svg6, installed?)");
    const QIcon action = fc::actionIcon(QStringLiteral("fedconsole-no-such-theme-icon"), QStringLiteral("logs"));
    if (action.pixmap(24, 24).isNull())
        problems << QStringLiteral("the action icons cannot be drawn");
    if (!asked.isEmpty() && asked != u"en" && language != asked)
        problems << QStringLiteral("no translation for %1 was found (the .qm files in share/fedconsole/translations)").arg(asked);
    err << "self-test: FedConsole " << fc::appVersion() << " (language " << language << ")" << " on Qt " << qVersion() << ", platform "
        << QGuiApplication::platformName() << ", window " << window.width() << "x" << window.height() << "\n";
    for (const QString &p : problems)
        err << "self-test: FAILED: " << p << "\n";
    if (problems.isEmpty())
        err << "self-test: passed\n";
    return problems.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v"))
            return printWithoutDisplay(argc, argv, true);
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return printWithoutDisplay(argc, argv, false);
    }
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FedConsole"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    QApplication::setWindowIcon(fc::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop console for federated-learning deployments on Kubernetes"));
    QCommandLineOption kubeconfigOpt(QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig file"), QStringLiteral("file"));
    QCommandLineOption contextOpt(QStringLiteral("context"), QStringLiteral("context to open"), QStringLiteral("name"));
    QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("open the main window, check it and exit"));
    QCommandLineOption languageOpt(QStringLiteral("language"), QStringLiteral("language (en, de, zh_CN) instead of the preference"),
                                   QStringLiteral("lang"));
    parser.addOptions({kubeconfigOpt, contextOpt, selfTestOpt, languageOpt});
    parser.addPositionalArgument(QStringLiteral("kubeconfig-file"), QStringLiteral("kubeconfig to open (as --kubeconfig)"),
                                 QStringLiteral("[KUBECONFIG-FILE]"));
    parser.process(app);
    const bool selfTesting = parser.isSet(selfTestOpt);

    // The self-test never touches the user's settings: it runs on an empty settings file.
    QTemporaryDir selfTestDir;
    const QString settingsPath = selfTesting ? selfTestDir.filePath(QStringLiteral("fedconsole.conf")) : fc::defaultSettingsPath();
    fc::OpenedSettings opened = fc::openSettings(settingsPath);
    QSettings &settings = *opened.settings;
    const fc::Preferences preferences = fc::Preferences::load(settings);
    const QString language = fc::installTranslations(parser.isSet(languageOpt) ? parser.value(languageOpt) : preferences.language);

    QStringList paths;
    if (parser.isSet(kubeconfigOpt))
        paths = {parser.value(kubeconfigOpt)};
    else if (!parser.positionalArguments().isEmpty())
        paths = {parser.positionalArguments().constFirst()};
    else if (!preferences.kubeconfigPaths.isEmpty())
        paths = preferences.kubeconfigPaths;
    else
        paths = fc::Kubeconfig::defaultPaths();
    const fc::Kubeconfig kubeconfig = fc::Kubeconfig::load(paths);
    if (parser.isSet(contextOpt))
        settings.setValue(QStringLiteral("session/context"), parser.value(contextOpt));
    fc::MainWindow window(kubeconfig, &settings);
    window.resize(1280, 800);
    if (selfTesting)
        return selfTest(window, language, parser.value(languageOpt));
    window.show();
    if (!opened.message().isEmpty()) // a settings file that could not be used: say so once the window is up
        QTimer::singleShot(0, &window, [&window, message = opened.message()] {
            QMessageBox::warning(&window, QObject::tr("Settings reset"), message);
        });
    return app.exec();
}
