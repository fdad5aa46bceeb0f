// The federation view and Helm on the real local control plane with the real helm v4.3.2: a FATE
// party installed from tests/charts/kubefate-party (and upgraded once) shows on its party card as
// "Helm: RELEASE rev 2 · deployed"; the card's Helm line and "Open Helm release" open it in the
// Helm releases page; "Install a party chart…" opens the install dialog prefilled for the next
// FATE party (release and namespace fate-<id>, the values the chart needs, the first party in
// partyList), and installing through it adds that party with revision 1. `fedconsole-cli
// federations` (table and -o json) names the same release. Screenshots of the card and the dialog.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalCluster.h"

#include "gui/federation/FederationGraph.h"
#include "gui/federation/FederationsPage.h"
#include "gui/helm/ReleaseDialog.h"
#include "gui/helm/ReleasesPage.h"
#include "gui/main/MainWindow.h"
#include "model/federation/FederationModel.h"
#include "model/helm/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace fc;
using namespace fc::test;

namespace {


const Party *findParty(FederationModel *m, const QString &name)
{
    for (const Federation &f : m->federations())
        if (const Party *p = f.party(name))
            return p;
    return nullptr;
}

} // namespace

class TestFederationHelm : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_namespaces;

    ProcResult helm(QStringList args)
    {
        args << QStringLiteral("--kubeconfig") << kubeconfigPath() << QStringLiteral("--kube-context") << QStringLiteral("fedconsole-local");
        return run(helmBinary(QStringLiteral("v4.3.2")), args, {}, 180000);
    }


    /// Selects a party row in the federation tree.
    static bool selectParty(QTreeView *tree, const QString &name)
    {
        QAbstractItemModel *m = tree->model();
        for (int f = 0; f < m->rowCount(); ++f) {
            const QModelIndex fed = m->index(f, 0);
            for (int p = 0; p < m->rowCount(fed); ++p) {
                if (m->index(p, 0, fed).data().toString() == name) {
                    tree->setCurrentIndex(m->index(p, 0, fed));
                    return true;
                }
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        if (!QFileInfo(helmBinary(QStringLiteral("v4.3.2"))).isExecutable())
            QFAIL(qPrintable(QStringLiteral("helm v4.3.2 is not built (%1): run scripts/helm-bins.sh").arg(helmBinary(QStringLiteral("v4.3.2")))));
        qputenv("HELM_CACHE_HOME", m_dir.filePath(QStringLiteral("helm/cache")).toUtf8());
        qputenv("HELM_CONFIG_HOME", m_dir.filePath(QStringLiteral("helm/config")).toUtf8());
        qputenv("HELM_DATA_HOME", m_dir.filePath(QStringLiteral("helm/data")).toUtf8());
    }

    void cleanupTestCase()
    {
        for (const QString &ns : std::as_const(m_namespaces))
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void partyCardShowsReleaseAndInstallsNextParty()
    {
        // a party id of its own: other tests' FATE parties may share the cluster
        const int id = 20000 + int(QRandomGenerator::global()->bounded(40000));
        const QString release = QStringLiteral("fate-%1").arg(id);
        m_namespaces << release << QStringLiteral("fate-%1").arg(id + 1);
        const QString chart = sourceDir() + QStringLiteral("/tests/charts/kubefate-party");
        auto r = helm({QStringLiteral("install"), release, chart, QStringLiteral("-n"), release, QStringLiteral("--create-namespace"),
                       QStringLiteral("--set"), QStringLiteral("partyId=%1").arg(id)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = helm({QStringLiteral("upgrade"), release, chart, QStringLiteral("-n"), release, QStringLiteral("--reuse-values"),
                  QStringLiteral("--set"), QStringLiteral("partyIp=10.0.0.%1").arg(id % 250)});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/helmProgram"), helmBinary(QStringLiteral("v4.3.2")));
        MainWindow window(Kubeconfig::load({kubeconfigPath()}), &settings);
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        FederationsPage *page = window.federationsPage();
        FederationModel *fm = page->federationModel();
        QAbstractItemModelTester tester(fm, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // the party, joined with its release's latest revision from Helm's storage
        QTRY_VERIFY_WITH_TIMEOUT(findParty(fm, release) && fm->releaseOf(*findParty(fm, release)).revision == 2, 60000);
        const QString expected = QStringLiteral("Helm: %1 rev 2 \u00b7 deployed").arg(release);
        QCOMPARE(fm->releaseOf(*findParty(fm, release)).text(), expected);
        QCOMPARE(findParty(fm, release)->helmReleaseNamespace, release);

        // the CLI joins the party with its release the same way
        const ProcResult json = run(QStringLiteral(FC_CLI_PATH), {QStringLiteral("--kubeconfig"), kubeconfigPath(), QStringLiteral("--context"),
                                                                  QStringLiteral("fedconsole-local"), QStringLiteral("federations"),
                                                                  QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QJsonObject cliRelease;
        for (const QJsonValue &f : QJsonDocument::fromJson(json.out).object().value(QStringLiteral("federations")).toArray())
            for (const QJsonValue &p : f.toObject().value(QStringLiteral("parties")).toArray())
                if (p.toObject().value(QStringLiteral("name")).toString() == release)
                    cliRelease = p.toObject().value(QStringLiteral("helmRelease")).toObject();
        QCOMPARE(cliRelease.value(QStringLiteral("name")).toString(), release);
        QCOMPARE(cliRelease.value(QStringLiteral("namespace")).toString(), release);
        QCOMPARE(cliRelease.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(cliRelease.value(QStringLiteral("status")).toString(), QStringLiteral("deployed"));
        QVERIFY(cliRelease.value(QStringLiteral("listed")).toBool());
        QVERIFY(!cliRelease.value(QStringLiteral("stuck")).toBool());
        const ProcResult listed = run(QStringLiteral(FC_CLI_PATH), {QStringLiteral("--kubeconfig"), kubeconfigPath(), QStringLiteral("--context"),
                                                                   QStringLiteral("fedconsole-local"), QStringLiteral("federations")});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains("RELEASE")
                     && listed.out.contains(QStringLiteral("%1 rev 2 deployed").arg(release).toUtf8()),
                 listed.out.constData());

        auto *tree = child<QTreeView>(&window, "federationTreeView");
        QTRY_VERIFY(selectParty(tree, release));
        auto *details = child<QTextBrowser>(&window, "federationDetailsTextBrowser");
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(expected), 5000);
        const QString partyKey = findParty(fm, release)->key;
        FederationGraph *graph = page->graph();
        QTRY_VERIFY(!graph->releaseLineRect(partyKey).isEmpty());
        QTest::qWait(300);
        FC_SCREENSHOT(&window, QStringLiteral("federation-helm-card.png"));

        // the card's Helm line opens the release in the Helm releases page
        auto *tabs = child<QTabWidget>(&window, "mainTabWidget");
        QSignalSpy asked(page, &FederationsPage::openReleaseRequested);
        QTest::mouseClick(graph, Qt::LeftButton, {}, graph->releaseLineRect(partyKey).center());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(), release);
        QCOMPARE(asked.first().at(2).toString(), release);
        QCOMPARE(tabs->currentWidget(), window.releasesPage());
        QTableView *table = window.releasesPage()->table();
        auto selectedName = [table] {
            const QModelIndexList rows = table->selectionModel()->selectedRows(ReleaseListModel::NameColumn);
            return rows.isEmpty() ? QString() : rows.first().data().toString();
        };
        QTRY_COMPARE(selectedName(), release);

        // the same through the button, after selecting something else there
        table->clearSelection();
        window.showPage(1);
        QTRY_VERIFY(selectParty(tree, release));
        auto *openButton = child<QPushButton>(&window, "openReleaseButton");
        QTRY_VERIFY(openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), window.releasesPage());
        QTRY_COMPARE(selectedName(), release);

        // "Install a party chart…" → FATE party: the install dialog prefilled for the next party id
        window.showPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.releasesPage()->helm().has_value(), 30000); // helm's version read
        child<QAction>(&window, "installFateChartAction")->trigger();
        ReleaseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReleaseDialog *>(QStringLiteral("installDialog"))) && dialog->isVisible());
        const QString next = QStringLiteral("fate-%1").arg(id + 1);
        auto *chartEdit = child<QLineEdit>(dialog, "chartLineEdit");
        QVERIFY(chartEdit->text().isEmpty());
        QVERIFY2(chartEdit->placeholderText().contains(QStringLiteral("KubeFATE")), qPrintable(chartEdit->placeholderText()));
        QCOMPARE(child<QLineEdit>(dialog, "releaseLineEdit")->text(), next);
        QCOMPARE(child<QLineEdit>(dialog, "namespaceLineEdit")->text(), next);
        QVERIFY(child<QCheckBox>(dialog, "createNamespaceCheckBox")->isChecked());
        const QString values = dialog->valuesText();
        QVERIFY2(values.contains(QStringLiteral("partyId: %1\n").arg(id + 1)), qPrintable(values));
        QVERIFY2(values.contains(QStringLiteral("- partyId: %1\n").arg(id)), qPrintable(values));
        QVERIFY2(dialog->valuesError().isEmpty(), qPrintable(dialog->valuesError()));
        QTest::qWait(200);
        FC_SCREENSHOT(dialog, QStringLiteral("federation-install-party-chart.png"));

        // installed through it: the new party appears with its release at revision 1
        dialog->setChart(chart);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000); // read off the UI thread; Install waits for it
        dialog->setWait(false, 300);
        QSignalSpy finished(window.releasesPage(), &ReleasesPage::runFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "installButton"), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), window.releasesPage()); // the run is streamed there
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 180000);
        const HelmResult result = finished.first().first().value<HelmResult>();
        QVERIFY2(result.ok, qPrintable(result.summary + u'\n' + result.stderrText));
        window.showPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(findParty(fm, next) && fm->releaseOf(*findParty(fm, next)).revision == 1, 60000);
        // helm has finished, but the watch may still deliver the pending-install revision first
        QTRY_COMPARE_WITH_TIMEOUT(fm->releaseOf(*findParty(fm, next)).status, QStringLiteral("deployed"), 30000);
        QTRY_VERIFY(selectParty(tree, release));
        QTest::qWait(300);
        FC_SCREENSHOT(&window, QStringLiteral("federation-helm-two-parties.png"));

        helm({QStringLiteral("uninstall"), release, QStringLiteral("-n"), release});
        helm({QStringLiteral("uninstall"), next, QStringLiteral("-n"), next});
    }
};

QTEST_MAIN(TestFederationHelm)
#include "tst_federationhelm.moc"
