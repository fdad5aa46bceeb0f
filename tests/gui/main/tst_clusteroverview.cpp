// The cluster overview (issue 15), in a real window under Xvfb on the real local control plane:
// a kubeconfig with one context that answers (fedconsole-local), one whose token the apiserver
// refuses and one whose apiserver is not there. Opened together from the Clusters tab, each row
// says its state (reachable with the server's version, unauthorized with the server's word,
// unreachable with the reason and the next attempt counted down), the reachable one its node
// and pod totals, the federation found in it and the certificate about to expire there. A
// context pinned opens at the next start; closed contexts leave the federation view; the only
// open context is never closed from under the window. Screenshot docs/cluster-overview.png.

#include "../../integration/common/LocalCluster.h"
#include "../common/GuiTestUtil.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/cluster/ClusterOverviewPage.h"
#include "gui/federation/FederationsPage.h"
#include "gui/main/MainWindow.h"
#include "model/app/Preferences.h"
#include "model/federation/FederationModel.h"
#include "model/fleet/ClusterOverviewModel.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

namespace {
const char kNamespace[] = "overview-flare";
} // namespace

class TestClusterOverview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    static QString cell(ClusterOverviewModel *m, const QString &context, int column, int role = Qt::DisplayRole)
    {
        return m->index(m->rowOf(context), column).data(role).toString();
    }
    static QString stateOf(ClusterOverviewModel *m, const QString &context)
    {
        return cell(m, context, ClusterOverviewModel::StateColumn, ClusterOverviewModel::StateNameRole);
    }
    static void showOverview(MainWindow &window)
    {
        window.showPage(window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))->indexOf(window.clusterOverviewPage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
        qputenv("FEDCONSOLE_PKI_DIR", m_dir.filePath(QStringLiteral("pki")).toUtf8());
        qputenv("FEDCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_kubeconfig = m_dir.filePath(QStringLiteral("three.kubeconfig"));
        const QString why = writeUnreadableContexts(m_kubeconfig, QStringLiteral("partner-unreachable"), QStringLiteral("partner-unauthorized"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), QLatin1String(kNamespace), QStringLiteral("--ignore-not-found"),
                 QStringLiteral("--wait=true"), QStringLiteral("--timeout=90s")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, flareServerAndSite(QLatin1String(kNamespace)));
        // a certificate that expires in 10 days, as a TLS secret in that namespace
        const QString key = m_dir.filePath(QStringLiteral("site.key")), crt = m_dir.filePath(QStringLiteral("site.crt"));
        const ProcResult openssl = run(QStringLiteral("openssl"),
                                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                        QStringLiteral("-days"), QStringLiteral("10"), QStringLiteral("-subj"), QStringLiteral("/CN=site-1"),
                                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt});
        QVERIFY2(openssl.exitCode == 0, openssl.err.constData());
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("tls"), QStringLiteral("site-1-tls"), QStringLiteral("-n"),
                    QLatin1String(kNamespace), QStringLiteral("--cert=") + crt, QStringLiteral("--key=") + key});
        FC_KUBECTL({QStringLiteral("wait"), QStringLiteral("-n"), QLatin1String(kNamespace), QStringLiteral("--for=condition=Available"),
                    QStringLiteral("deployment/server1"), QStringLiteral("deployment/site-1"), QStringLiteral("--timeout=90s")});
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), QLatin1String(kNamespace), QStringLiteral("--wait=false")});
    }

    void threeContextsOpenedTogether()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/context"), QStringLiteral("fedconsole-local"));
        MainWindow window(Kubeconfig::load({m_kubeconfig}), &settings);
        window.resize(1500, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showOverview(window);
        ClusterOverviewModel *m = window.clusterOverview();
        ClusterOverviewPage *page = window.clusterOverviewPage();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(stateOf(m, QStringLiteral("partner-unauthorized")), QStringLiteral("not open"));
        QCOMPARE(stateOf(m, QStringLiteral("partner-unreachable")), QStringLiteral("not open"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m, QStringLiteral("fedconsole-local")), QStringLiteral("reachable"), 30000);

        // open the other two at once, from the keyboard-reachable buttons
        page->selectContexts({QStringLiteral("partner-unauthorized"), QStringLiteral("partner-unreachable")});
        auto *open = page->findChild<QPushButton *>(QStringLiteral("openClustersButton"));
        auto *close = page->findChild<QPushButton *>(QStringLiteral("closeClustersButton"));
        QVERIFY(open && close);
        QVERIFY(open->isEnabled());
        QVERIFY(!close->isEnabled()); // neither is open yet
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m, QStringLiteral("partner-unauthorized")), QStringLiteral("unauthorized"), 30000);
        QVERIFY2(cell(m, QStringLiteral("partner-unauthorized"), ClusterOverviewModel::StateColumn).contains(u"Unauthorized"),
                 qPrintable(cell(m, QStringLiteral("partner-unauthorized"), ClusterOverviewModel::StateColumn)));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m, QStringLiteral("partner-unreachable")), QStringLiteral("unreachable"), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(cell(m, QStringLiteral("partner-unreachable"), ClusterOverviewModel::StateColumn).contains(u"next attempt in"),
                                  qPrintable(cell(m, QStringLiteral("partner-unreachable"), ClusterOverviewModel::StateColumn)), 10000);
        QVERIFY2(cell(m, QStringLiteral("partner-unreachable"), ClusterOverviewModel::StateColumn).contains(u"refused", Qt::CaseInsensitive),
                 qPrintable(cell(m, QStringLiteral("partner-unreachable"), ClusterOverviewModel::StateColumn)));
        QVERIFY(close->isEnabled());

        // the reachable one: version, totals as kubectl counts them, its federation and certificate
        QVERIFY(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::VersionColumn).startsWith(u'v'));
        const ProcResult nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("--no-headers")});
        QVERIFY(nodes.exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::NodesColumn),
                                  QString::number(nodes.out.count('\n')), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::PodsColumn).toInt() >= 2, 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::FederationsColumn)
                                      .split(QStringLiteral(", ")).contains(QLatin1String(kNamespace)),
                                  qPrintable(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::FederationsColumn)), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::CertificatesColumn, Qt::ToolTipRole)
                                      .contains(u"site-1-tls"),
                                  qPrintable(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::CertificatesColumn)), 30000);
        QVERIFY(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::CertificatesColumn).contains(u"expiring"));
        // nothing is claimed of the clusters that cannot be read
        QCOMPARE(cell(m, QStringLiteral("partner-unauthorized"), ClusterOverviewModel::FederationsColumn), QStringLiteral("—"));
        QCOMPARE(cell(m, QStringLiteral("partner-unreachable"), ClusterOverviewModel::PodsColumn), QStringLiteral("—"));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("clusterSummary"));
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("3 contexts: 1 reachable, 1 unauthorized, 1 unreachable"));
        page->table()->resizeColumnsToContents();
        page->selectContexts({QStringLiteral("fedconsole-local")});
        QTest::qWait(300);
        QVERIFY(saveScreenshot(&window, QStringLiteral("cluster-overview.png")));
        QVERIFY(clippedTexts(page).isEmpty());

        // pin the unreachable partner (the button, as from the keyboard) and close both partners
        page->selectContexts({QStringLiteral("partner-unreachable")});
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("pinClustersButton")), Qt::LeftButton);
        QCOMPARE(m->pinned(), QStringList{QStringLiteral("partner-unreachable")});
        QCOMPARE(Preferences::load(settings).pinnedContexts, QStringList{QStringLiteral("partner-unreachable")});
        page->selectContexts({QStringLiteral("partner-unauthorized"), QStringLiteral("partner-unreachable")});
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(stateOf(m, QStringLiteral("partner-unauthorized")), QStringLiteral("not open"));
        QCOMPARE(stateOf(m, QStringLiteral("partner-unreachable")), QStringLiteral("not open"));
        QCOMPARE(stateOf(m, QStringLiteral("fedconsole-local")), QStringLiteral("reachable"));
        QTRY_COMPARE(summary->text(), QStringLiteral("3 contexts: 1 reachable, 2 not open"));

        // the only open context is not closed from under the window: it says so
        page->selectContexts({QStringLiteral("fedconsole-local")});
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(stateOf(m, QStringLiteral("fedconsole-local")), QStringLiteral("reachable"));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"only open context"), qPrintable(window.statusBar()->currentMessage()));
        window.close();
    }

    void pinnedOpensAtStartAndClosingLeavesTheFederationView()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(settings).pinnedContexts, QStringList{QStringLiteral("partner-unreachable")});
        MainWindow window(Kubeconfig::load({m_kubeconfig}), &settings);
        window.resize(1500, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ClusterOverviewModel *m = window.clusterOverview();
        QVERIFY(m->isOpen(QStringLiteral("fedconsole-local")));
        QVERIFY(m->isOpen(QStringLiteral("partner-unreachable"))); // pinned: opened at start
        QVERIFY(!m->isOpen(QStringLiteral("partner-unauthorized")));
        QCOMPARE(m->index(m->rowOf(QStringLiteral("partner-unreachable")), ClusterOverviewModel::ContextColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m, QStringLiteral("partner-unreachable")), QStringLiteral("unreachable"), 30000);

        // the local cluster's federation is in the view; closing the context (the current one:
        // the pinned partner becomes current) takes its parties out
        FederationModel *federations = window.federationsPage()->federationModel();
        auto hasFlare = [federations] {
            for (const Federation &f : federations->federations())
                if (f.name == QLatin1String(kNamespace))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasFlare(), 30000);
        showOverview(window);
        window.clusterOverviewPage()->selectContexts({QStringLiteral("fedconsole-local")});
        QTest::mouseClick(window.clusterOverviewPage()->findChild<QPushButton *>(QStringLiteral("closeClustersButton")), Qt::LeftButton);
        QVERIFY(!m->isOpen(QStringLiteral("fedconsole-local")));
        QCOMPARE(window.currentInformer()->cluster(), QStringLiteral("partner-unreachable"));
        QTRY_VERIFY_WITH_TIMEOUT(!hasFlare(), 10000);
        QCOMPARE(cell(m, QStringLiteral("fedconsole-local"), ClusterOverviewModel::NodesColumn), QString());

        // opened again: the same federation, once
        window.clusterOverviewPage()->selectContexts({QStringLiteral("fedconsole-local")});
        QTest::mouseClick(window.clusterOverviewPage()->findChild<QPushButton *>(QStringLiteral("openClustersButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hasFlare(), 30000);
        int count = 0;
        for (const Federation &f : federations->federations())
            count += f.name == QLatin1String(kNamespace) ? 1 : 0;
        QCOMPARE(count, 1);
        // Enter on a row shows that context in the other tabs
        QTableView *table = window.clusterOverviewPage()->table();
        table->setFocus();
        window.clusterOverviewPage()->selectContexts({QStringLiteral("fedconsole-local")});
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(window.currentInformer()->cluster(), QStringLiteral("fedconsole-local"));
        window.close();
    }
};

QTEST_MAIN(TestClusterOverview)
#include "tst_clusteroverview.moc"
