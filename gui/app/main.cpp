#include "backend/cluster/Kubeconfig.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fedconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("FedConsole"));
    QApplication::setOrganizationName(QStringLiteral("FedConsole"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop console for federated-learning deployments on Kubernetes"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption kubeconfigOpt(QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig file (default: KUBECONFIG or ~/.kube/config)"),
                                     QStringLiteral("file"));
    QCommandLineOption contextOpt(QStringLiteral("context"), QStringLiteral("context to open"), QStringLiteral("name"));
    QCommandLineOption screenshotOpt(QStringLiteral("screenshot"), QStringLiteral("save a PNG of the window after N ms and quit"),
                                     QStringLiteral("file"));
    parser.addOptions({kubeconfigOpt, contextOpt, screenshotOpt});
    parser.process(app);

    const QStringList paths = parser.isSet(kubeconfigOpt) ? QStringList{parser.value(kubeconfigOpt)} : fc::Kubeconfig::defaultPaths();
    const fc::Kubeconfig kubeconfig = fc::Kubeconfig::load(paths);
    QSettings settings;
    if (parser.isSet(contextOpt))
        settings.setValue(QStringLiteral("session/context"), parser.value(contextOpt));
    fc::MainWindow window(kubeconfig, &settings);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
