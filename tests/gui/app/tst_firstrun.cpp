// First run as a new user, under Xvfb with gnome-keyring in a private D-Bus session, on the local
// control plane: no kubeconfig → the welcome page says why and offers the demo, Add cluster and
// Open file; a pasted kubeconfig with an error is refused with the line and keeps the text; a
// cluster added from server URL + CA + a ServiceAccount token connects and lists pods, the token
// is in the keychain and nowhere on disk (written kubeconfig, app data, settings), and kubectl
// uses the same kubeconfig through `fedconsole-cli credential`.
#include "backend/secrets/Keychain.h"
#include "gui/app/AddClusterDialog.h"
#include "gui/app/WelcomePage.h"
#include "gui/main/MainWindow.h"
#include "model/app/AddCluster.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "tests/gui/common/GuiTestUtil.h"
#include "tests/integration/common/LocalCluster.h"

#include <QCommandLinkButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace fc;
using namespace fc::test;

class TstFirstRun : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ns = QStringLiteral("firstrun-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    QString m_token;
    QString m_server;
    QByteArray m_caPem;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("fedconsole.conf")); }

    /// Every file under `root` that contains `needle` (the scan for a leaked token).
    static QStringList filesContaining(const QString &root, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY2(Keychain::isAvailable(), "no Secret Service: run under dbus-run-session with gnome-keyring "
                                          "(apt-get install gnome-keyring dbus; ctest does this)");
        qputenv("FEDCONSOLE_DATA_DIR", dataDir().toUtf8());
        qputenv("FEDCONSOLE_PKI_DIR", m_dir.filePath(QStringLiteral("pki")).toUtf8());
        QVERIFY(createNamespace(m_ns));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("serviceaccount"), QStringLiteral("viewer")});
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("clusterrolebinding"), m_ns + QStringLiteral("-viewer"),
                    QStringLiteral("--clusterrole=view"), QStringLiteral("--serviceaccount=%1:viewer").arg(m_ns)});
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("run"), QStringLiteral("first-pod"), QStringLiteral("--image=busybox")});
        const ProcResult token = kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("token"), QStringLiteral("viewer"),
                                          QStringLiteral("--duration=1h")});
        QVERIFY2(token.exitCode == 0, token.err.constData());
        m_token = QString::fromUtf8(token.out).trimmed();
        QVERIFY(m_token.size() > 100);
        const YAML::Node kc = YAML::LoadFile(kubeconfigPath().toStdString());
        m_server = QString::fromStdString(kc["clusters"][0]["cluster"]["server"].as<std::string>());
        m_caPem = QByteArray::fromBase64(QByteArray::fromStdString(kc["clusters"][0]["cluster"]["certificate-authority-data"].as<std::string>()));
        QVERIFY(m_caPem.startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void welcomePageWithoutKubeconfig()
    {
        m_settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        const QString missing = m_dir.filePath(QStringLiteral("home/.kube/config"));
        m_window = std::make_unique<MainWindow>(Kubeconfig::load({missing}), m_settings.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showingWelcome());
        WelcomePage *welcome = m_window->welcomePage();
        QVERIFY(welcome->isVisible());
        auto *problems = child<QLabel>(welcome, "welcomeProblemsLabel");
        QVERIFY2(problems->text().contains(missing), qPrintable(problems->text())); // why nothing was loaded
        QVERIFY(child<QCommandLinkButton>(welcome, "startDemoButton")->isEnabled()); // FEDCONSOLE_SOURCE_DIR is a checkout
        QVERIFY(child<QCommandLinkButton>(welcome, "addClusterLinkButton")->isEnabled());
        QVERIFY(child<QCommandLinkButton>(welcome, "openKubeconfigLinkButton")->isEnabled());
        FC_SCREENSHOT(m_window.get(), QStringLiteral("first-run-welcome.png"));
        // without a source tree the demo is offered no more, and says why
        welcome->setSourceDir(QString());
        QVERIFY(!child<QCommandLinkButton>(welcome, "startDemoButton")->isEnabled());
        QVERIFY(child<QLabel>(welcome, "demoUnavailableLabel")->text().contains(QLatin1String("scripts/run.sh")));
        welcome->setSourceDir(sourceDir());
    }

    void pastedKubeconfigWithAnErrorIsRefusedKeepingTheText()
    {
        QTest::mouseClick(child<QCommandLinkButton>(m_window->welcomePage(), "addClusterLinkButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<AddClusterDialog *>());
        AddClusterDialog *dialog = m_window->findChild<AddClusterDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->showPasteTab();
        const QString broken = QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://10.0.0.1:6443\n"
                                              "users:\n- name: u\n  user:\n    client-key-data: bm90IGEga2V5\n"
                                              "contexts:\n- name: broken\n  context: {cluster: c, user: u}\n");
        child<QPlainTextEdit>(dialog, "pastedKubeconfigEdit")->setPlainText(broken);
        QTest::mouseClick(child<QPushButton>(dialog, "addClusterButton"), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(QLatin1String("line 10: users[u].user.client-key-data")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QPlainTextEdit>(dialog, "pastedKubeconfigEdit")->toPlainText(), broken); // nothing lost
        QDir kubeconfigs(dataDir() + QStringLiteral("/kubeconfigs"));
        QVERIFY(kubeconfigs.entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing written
        QVERIFY(m_window->showingWelcome());
        FC_SCREENSHOT(dialog, QStringLiteral("add-cluster-paste-error.png"));
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<AddClusterDialog *>());
    }

    void clusterAddedWithTokenInTheKeychainOnly()
    {
        AddClusterDialog *dialog = m_window->showAddCluster();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->setCredentialCommand(QStringLiteral(FC_CLI_PATH));
        dialog->showTokenTab();
        child<QLineEdit>(dialog, "contextNameEdit")->setText(QStringLiteral("partner"));
        child<QLineEdit>(dialog, "serverUrlEdit")->setText(m_server.replace(QStringLiteral("https://"), QStringLiteral("http://")));
        child<QPlainTextEdit>(dialog, "caPemEdit")->setPlainText(QString::fromUtf8(m_caPem));
        child<QLineEdit>(dialog, "tokenEdit")->setText(m_token);
        child<QLineEdit>(dialog, "namespaceEdit")->setText(m_ns);
        // plain http would send the token in clear: refused, naming the field
        QTest::mouseClick(child<QPushButton>(dialog, "addClusterButton"), Qt::LeftButton);
        QVERIFY2(dialog->errorText().startsWith(QLatin1String("Server URL")), qPrintable(dialog->errorText()));
        child<QLineEdit>(dialog, "serverUrlEdit")->setText(m_server.replace(QStringLiteral("http://"), QStringLiteral("https://")));
        FC_SCREENSHOT(dialog, QStringLiteral("add-cluster-token.png"));
        QSignalSpy added(dialog, &AddClusterDialog::added);
        QTest::mouseClick(child<QPushButton>(dialog, "addClusterButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        const QString written = added.first().at(0).toString();
        QCOMPARE(added.first().at(1).toString(), QStringLiteral("partner"));

        // the window leaves the welcome page, connects with the token and lists the namespace's pod
        QTRY_VERIFY(!m_window->showingWelcome());
        auto *state = child<QLabel>(m_window.get(), "connectionStateLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("partner: connected")), qPrintable(state->text()), 30000);
        QCOMPARE(m_window->proxy()->namespaceFilter(), m_ns); // the namespace given
        QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->rowCount() == 1, 30000);
        QStringList cells;
        for (int c = 0; c < m_window->proxy()->columnCount(); ++c)
            cells << m_window->proxy()->index(0, c).data().toString();
        QVERIFY2(cells.contains(QStringLiteral("first-pod")), qPrintable(cells.join(u',')));
        QTRY_VERIFY(child<QLabel>(m_window.get(), "rowCountLabel")->text().startsWith(QLatin1String("1 of ")));
        FC_SCREENSHOT(m_window.get(), QStringLiteral("first-run-connected.png"));

        // the token is in the keychain …
        Keychain keychain(QStringLiteral("FedConsole"));
        QString stored;
        keychain.readSecret(tokenKeychainKey(QStringLiteral("partner")), this,
                            [&stored](Result<QByteArray> r) { stored = r ? QString::fromUtf8(r.value()) : QStringLiteral("error"); });
        QTRY_VERIFY(!stored.isEmpty());
        QCOMPARE(stored, m_token);
        // … and nowhere on disk: not in the kubeconfig written (0600), the app's data, the settings
        QFile file(written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        m_settings->sync();
        QCOMPARE(filesContaining(m_dir.path(), m_token.toUtf8()), QStringList());
        QCOMPARE(filesContaining(m_dir.path(), m_token.left(40).toUtf8()), QStringList());
        // the preference remembers the file for the next start
        QVERIFY(m_window->preferences().kubeconfigPaths.contains(written));

        // kubectl uses the same kubeconfig, its token coming from fedconsole-cli credential
        const ProcResult pods = run(QStringLiteral("kubectl"), {QStringLiteral("--kubeconfig"), written, QStringLiteral("get"), QStringLiteral("pods"),
                                                               QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY2(pods.exitCode == 0, pods.err.constData());
        QCOMPARE(QString::fromUtf8(pods.out).trimmed(), QStringLiteral("pod/first-pod"));
    }

    void pastedKubeconfigAddsItsContexts()
    {
        AddClusterDialog *dialog = m_window->showAddCluster();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QFile local(kubeconfigPath());
        QVERIFY(local.open(QIODevice::ReadOnly));
        child<QPlainTextEdit>(dialog, "pastedKubeconfigEdit")->setPlainText(QString::fromUtf8(local.readAll()));
        dialog->showPasteTab();
        QTest::mouseClick(child<QPushButton>(dialog, "addClusterButton"), Qt::LeftButton);
        auto *contexts = child<QComboBox>(m_window.get(), "contextComboBox");
        QTRY_VERIFY(contexts->findData(QStringLiteral("fedconsole-local")) >= 0);
        QVERIFY(contexts->findData(QStringLiteral("partner")) >= 0); // the earlier one stays
        QTRY_COMPARE(contexts->currentData().toString(), QStringLiteral("fedconsole-local"));
    }

    void demoClusterStartsFromTheWelcomePage()
    {
        // a second new user on this machine: no kubeconfig, "Start the local demo cluster"
        // (scripts/local-cluster.sh up is idempotent: the fixture's cluster is reused, then seeded)
        QSettings settings(m_dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("none"))}), &settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showingWelcome());
        QTest::mouseClick(child<QCommandLinkButton>(window.welcomePage(), "startDemoButton"), Qt::LeftButton);
        QVERIFY(window.welcomePage()->demoRunning());
        QVERIFY(child<QPushButton>(window.welcomePage(), "cancelDemoButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.welcomePage()->demoRunning(), 300000);
        QVERIFY2(window.welcomePage()->demoOutput().contains(QLatin1String("the demo cluster is up")),
                 qPrintable(window.welcomePage()->demoOutput().right(2000)));
        QTRY_VERIFY(!window.showingWelcome());
        QCOMPARE(child<QComboBox>(&window, "contextComboBox")->currentData().toString(), QStringLiteral("fedconsole-local"));
        auto *state = child<QLabel>(&window, "connectionStateLabel");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("connected")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() >= 10, 30000); // the demo's pods, all namespaces
    }

    void cleanupTestCase()
    {
        m_window.reset();
        kubectl({QStringLiteral("delete"), QStringLiteral("clusterrolebinding"), m_ns + QStringLiteral("-viewer"), QStringLiteral("--ignore-not-found")});
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
        Keychain keychain(QStringLiteral("FedConsole"));
        bool done = false;
        keychain.deleteSecret(tokenKeychainKey(QStringLiteral("partner")), this, [&done](Result<void>) { done = true; });
        QTRY_VERIFY(done);
    }
};

QTEST_MAIN(TstFirstRun)
#include "tst_firstrun.moc"
