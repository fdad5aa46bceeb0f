// The main window as users who do not own the cluster see it (issue 14), on the real local
// control plane with real RBAC (scripts/limited-user.sh): the user saw "connected" and
// "0 of 0 pods". Now: the pods of the namespace it may read, a line saying what was refused and
// what is shown instead, kinds it may not list marked with the server's reason, actions its role
// does not allow disabled with the reason (Edit; helm's upgrade, rollback and uninstall of a
// release the user may read but whose storage it may not write), and the federation and GPU views
// saying what they could not see. Screenshots of each state.

#include "../../integration/common/LocalCluster.h"
#include "../common/GuiTestUtil.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/federation/FederationsPage.h"
#include "gui/helm/ReleasesPage.h"
#include "gui/main/MainWindow.h"
#include "model/cluster/ResourceFilterProxy.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

class TestLimitedUsers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_ns = QStringLiteral("rbac-gui");

    /// A window as `profile`, on the Resources page.
    std::unique_ptr<MainWindow> openAs(const QString &profile, QSettings &settings)
    {
        QString why;
        const QString path = m_dir.filePath(profile + QStringLiteral(".kubeconfig"));
        const QString context = limitedUserKubeconfig(profile, path, m_ns, &why);
        if (context.isEmpty()) {
            qWarning("%s", qPrintable(why));
            return nullptr;
        }
        settings.setValue(QStringLiteral("session/page"), 0);
        auto window = std::make_unique<MainWindow>(Kubeconfig::load({path}), &settings);
        window->resize(1280, 760);
        window->show();
        return window;
    }

    static void showWidget(MainWindow &window, QWidget *page)
    {
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == page)
                window.showPage(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=true"),
                 QStringLiteral("--timeout=90s")});
        QVERIFY2(createNamespace(m_ns), "namespace without a default ServiceAccount after 60 s");
        for (const QString &pod : {QStringLiteral("trainer-0"), QStringLiteral("trainer-1"), QStringLiteral("aggregator")})
            FC_KUBECTL({QStringLiteral("run"), pod, QStringLiteral("--image=busybox"), QStringLiteral("-n"), m_ns});
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void oneNamespaceUser()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("one.ini")), QSettings::IniFormat);
        auto window = openAs(QStringLiteral("one-namespace"), settings);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->switchKind(Kind::Pod);
        auto *table = child<QTableView>(window.get(), "resourceTableView");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 30000);
        auto *error = child<QLabel>(window.get(), "listErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("Cannot list pods in every namespace: forbidden")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("where your role allows it: ") + m_ns), qPrintable(error->text()));
        auto *count = child<QLabel>(window.get(), "rowCountLabel");
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("3 of 3 pods (from 1 namespace(s))"), 10000);
        // namespaces may not be listed: the combo offers the kubeconfig's namespace instead of nothing
        auto *namespaces = child<QComboBox>(window.get(), "namespaceComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->findData(m_ns) >= 0, 10000);
        // the role reads pods and their logs but may not change them: Edit is disabled, with why
        table->selectRow(0);
        auto *edit = window->findChild<QAction *>(QStringLiteral("editAction"));
        auto *logs = window->findChild<QAction *>(QStringLiteral("showLogsAction"));
        QVERIFY(edit && logs);
        QTRY_VERIFY_WITH_TIMEOUT(!edit->isEnabled(), 15000);
        QVERIFY2(edit->toolTip().contains(QStringLiteral("update pods in namespace ") + m_ns), qPrintable(edit->toolTip()));
        QVERIFY(logs->isEnabled());
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-pods.png"));

        // a kind it may list nowhere: the reason, not an empty table
        window->switchKind(Kind::Secret);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().startsWith(QStringLiteral("Cannot list secrets: forbidden")), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("none of the namespaces known here")), qPrintable(error->text()));
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("0 of 0 secrets (not listable)"), 10000);
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-secrets.png"));

        // the federation and GPU views say what they could not see
        FederationsPage *federations = window->federationsPage();
        showWidget(*window, federations);
        auto *hidden = child<QLabel>(federations, "federationsHiddenLabel");
        QTRY_VERIFY_WITH_TIMEOUT(hidden->isVisible() && hidden->text().contains(QStringLiteral("nodes hidden: forbidden")), 30000);
        QVERIFY2(hidden->text().contains(QStringLiteral("namespaces hidden: forbidden")), qPrintable(hidden->text()));
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-federations.png"));
        showWidget(*window, federations->gpuPage());
        auto *gpuHidden = child<QLabel>(federations->gpuPage(), "gpuHiddenLabel");
        QTRY_VERIFY_WITH_TIMEOUT(gpuHidden->isVisible(), 10000);
        QVERIFY2(gpuHidden->text().contains(QStringLiteral("nodes hidden: forbidden")), qPrintable(gpuHidden->text()));
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-gpus.png"));
    }

    void noSecretsUser()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("nosecrets.ini")), QSettings::IniFormat);
        auto window = openAs(QStringLiteral("no-secrets"), settings);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->switchKind(Kind::Pod);
        auto *error = child<QLabel>(window.get(), "listErrorLabel");
        auto *table = child<QTableView>(window.get(), "resourceTableView");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 3, 30000); // every namespace
        QVERIFY(!error->isVisible());
        // the certificates of parties live in secrets: the federation view says they were not read
        FederationsPage *federations = window->federationsPage();
        showWidget(*window, federations);
        auto *hidden = child<QLabel>(federations, "federationsHiddenLabel");
        QTRY_VERIFY_WITH_TIMEOUT(hidden->isVisible() && hidden->text().contains(QStringLiteral("secrets hidden: forbidden")), 30000);
        QVERIFY2(!hidden->text().contains(QStringLiteral("nodes hidden")), qPrintable(hidden->text()));
        auto *gpuHidden = child<QLabel>(federations->gpuPage(), "gpuHiddenLabel");
        QVERIFY(gpuHidden->isHidden()); // nodes and pods are all readable: the GPU totals are whole
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-nosecrets-federations.png"));
    }

    void noNodesUserMayNotChangeReleases()
    {
        // a release installed by the cluster's owner; this user reads secrets everywhere (so it
        // sees the release) but may write none: helm could only fail half-way, so the actions
        // that write the release's storage are disabled with the reason
        const QString helm = helmBinary(QStringLiteral("v4.3.2"));
        if (!QFileInfo(helm).isExecutable())
            QFAIL(qPrintable(QStringLiteral("helm v4.3.2 is not built (%1): run scripts/helm-bins.sh").arg(helm)));
        const auto installed = run(helm, {QStringLiteral("install"), QStringLiteral("readonly-rel"), sourceDir() + QStringLiteral("/tests/charts/tiny"),
                                          QStringLiteral("-n"), m_ns, QStringLiteral("--kubeconfig"), kubeconfigPath(), QStringLiteral("--kube-context"),
                                          QStringLiteral("fedconsole-local")},
                                   {}, 180000);
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        QSettings settings(m_dir.filePath(QStringLiteral("nonodes.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/helmProgram"), helm);
        auto window = openAs(QStringLiteral("no-nodes"), settings);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ReleasesPage *releases = window->releasesPage();
        showWidget(*window, releases);
        QTRY_VERIFY_WITH_TIMEOUT(releases->selectRelease(m_ns, QStringLiteral("readonly-rel")), 30000);
        auto *upgrade = child<QPushButton>(releases, "upgradeReleaseButton");
        auto *rollback = child<QPushButton>(releases, "rollbackReleaseButton");
        auto *uninstall = child<QPushButton>(releases, "uninstallReleaseButton");
        auto *install = child<QPushButton>(releases, "installReleaseButton");
        QTRY_VERIFY_WITH_TIMEOUT(install->isEnabled(), 30000); // helm found: only the role refuses
        QTRY_VERIFY_WITH_TIMEOUT(!upgrade->isEnabled() && !rollback->isEnabled() && !uninstall->isEnabled(), 15000);
        const QString writeWhy = QStringLiteral("Your role does not allow this: create secrets in namespace ") + m_ns;
        QVERIFY2(upgrade->toolTip().contains(writeWhy), qPrintable(upgrade->toolTip()));
        QVERIFY2(rollback->toolTip().contains(writeWhy), qPrintable(rollback->toolTip()));
        QVERIFY2(uninstall->toolTip().contains(QStringLiteral("delete secrets in namespace ") + m_ns), qPrintable(uninstall->toolTip()));
        FC_SCREENSHOT(window.get(), QStringLiteral("limited-user-releases.png"));
    }
};

QTEST_MAIN(TestLimitedUsers)
#include "tst_limitedusers.moc"
