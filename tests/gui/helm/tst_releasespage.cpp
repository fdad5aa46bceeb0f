// The Helm releases page on the real local control plane with the real helm (issue 12): install
// through the dialog (values checked while typing, dry-run preview), the row appears; upgrade with
// changed values (reuse/reset choice, user-values diff) gives revision 2; rollback to 1 after the
// confirmation; uninstall with its confirmation; the same install/uninstall with helm 3; Cancel
// during --wait leaves the release failed; a release stuck in pending-upgrade (helm SIGKILLed)
// shows the banner and is recovered from it. Screenshots of the page, the dialog and the banner.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/helm/ReleaseDialog.h"
#include "gui/helm/ReleasesPage.h"
#include "gui/main/MainWindow.h"
#include "model/cluster/Informer.h"
#include "model/helm/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace fc;
using namespace fc::test;

namespace {

QString chart(const QString &name) { return sourceDir() + QStringLiteral("/tests/charts/") + name; }


} // namespace

class TestReleasesPage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<Informer> m_informer;
    std::unique_ptr<ReleasesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ResolvedContext m_context;
    QTemporaryDir m_helmHome;
    QTemporaryDir m_tmp; ///< helm's temporary kubeconfigs: must be empty after each run
    QStringList m_namespaces;
    QString m_kubeconfig;

    QString newNamespace(const QString &stem)
    {
        const QString ns = QStringLiteral("it-guihelm-%1-%2").arg(stem).arg(QRandomGenerator::global()->bounded(100000));
        m_namespaces << ns;
        if (!createNamespace(ns))
            qWarning("namespace %s has no default ServiceAccount after 60 s", qPrintable(ns));
        return ns;
    }

    HelmCli cli(const QString &version)
    {
        const QString binary = helmBinary(version);
        const auto v = parseHelmVersion(QString::fromUtf8(run(binary, {QStringLiteral("version"), QStringLiteral("--template"),
                                                                       QStringLiteral("{{.Version}}")}).out));
        HelmCli h(binary, v.ok() ? v.value() : HelmVersion{});
        h.setTempDirectory(m_tmp.path());
        h.setKillGraceMs(60000); // Cancel must end helm with SIGTERM alone
        return h;
    }

    ProcResult helm(const QString &version, QStringList args)
    {
        args << QStringLiteral("--kubeconfig") << m_kubeconfig << QStringLiteral("--kube-context") << QStringLiteral("fedconsole-local");
        return run(helmBinary(version), args, {}, 180000);
    }

    QJsonArray history(const QString &ns, const QString &name)
    {
        return QJsonDocument::fromJson(helm(QStringLiteral("v4.3.2"), {QStringLiteral("history"), name, QStringLiteral("-n"), ns,
                                                                       QStringLiteral("-o"), QStringLiteral("json")}).out).array();
    }

    HelmReleaseSummary latest(const QString &ns, const QString &name)
    {
        const int row = m_page->model()->rowOf(ns, name);
        return row < 0 ? HelmReleaseSummary{} : m_page->model()->latest(row);
    }

    /// Waits for the page's current helm run to end; its result.
    HelmResult waitRun(int timeoutMs = 180000)
    {
        QSignalSpy done(m_page.get(), &ReleasesPage::runFinished);
        if (!m_page->currentRun() && !done.isEmpty())
            return done.first().first().value<HelmResult>();
        if (!done.wait(timeoutMs))
            qFatal("helm run did not finish: %s", qPrintable(m_page->runOutput()));
        return done.first().first().value<HelmResult>();
    }

    void answer(QMessageBox *box, bool yes)
    {
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(yes ? child<QPushButton>(box, "confirmButton") : box->button(QMessageBox::Cancel), Qt::LeftButton);
    }


    QStringList leftoverTempFiles() const { return QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden); }

    /// Install through the dialog; returns after the row shows revision 1 deployed.
    void installThroughDialog(const QString &ns, const QString &name, const QString &chartName, const QString &values)
    {
        ReleaseDialog *dialog = m_page->openInstall();
        QVERIFY(dialog);
        dialog->setChart(chart(chartName));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        dialog->setRelease(name, ns);
        dialog->setValuesText(values);
        QVERIFY2(dialog->valuesError().isEmpty(), qPrintable(dialog->valuesError()));
        QTest::mouseClick(child<QPushButton>(dialog, "installButton"), Qt::LeftButton);
        const HelmResult r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 1 && latest(ns, name).status == u"deployed", 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        m_kubeconfig = kubeconfigPath();
        for (const QString &v : {QStringLiteral("v3.21.4"), QStringLiteral("v4.3.2")})
            if (!QFileInfo(helmBinary(v)).isExecutable())
                QFAIL(qPrintable(QStringLiteral("helm %1 is not built (%2): run scripts/helm-bins.sh").arg(v, helmBinary(v))));
        qputenv("HELM_CACHE_HOME", (m_helmHome.path() + QStringLiteral("/cache")).toUtf8());
        qputenv("HELM_CONFIG_HOME", (m_helmHome.path() + QStringLiteral("/config")).toUtf8());
        qputenv("HELM_DATA_HOME", (m_helmHome.path() + QStringLiteral("/data")).toUtf8());
        LocalConnection local = connectLocal(QStringLiteral("fedconsole-local"), m_kubeconfig);
        QVERIFY2(local, qPrintable(local.error));
        m_context = local.context;
        m_conn = std::move(local.connection);
        m_informer = std::make_unique<Informer>(m_conn.get());
        m_informer->store(Kind::Deployment); // the Objects tab shows live state of watched kinds
        m_page = std::make_unique<ReleasesPage>();
        m_page->resize(1200, 800);
        m_page->setCluster(m_informer.get(), m_context);
        m_page->setHelm(cli(QStringLiteral("v4.3.2")));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->model());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_informer->store(Kind::Secret)->synced() && m_informer->store(Kind::ConfigMap)->synced(), 30000);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        for (const QString &ns : std::as_const(m_namespaces))
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void init() { QVERIFY2(leftoverTempFiles().isEmpty(), qPrintable(leftoverTempFiles().join(u','))); }

    void valuesCheckedAgainstTheChartsSchema()
    {
        // the chart's values.schema.json checks the values while typing, merged over the chart's
        // defaults as helm merges them; folder and packaged chart alike; nothing runs helm here
        m_page->setHelm(cli(QStringLiteral("v4.3.2")));
        for (const QString &reference : QStringList{chart(QStringLiteral("openfl-envoy")),
                                         sourceDir() + QStringLiteral("/tests/backend/helm/fixtures/openfl-envoy-0.1.0.tgz")}) {
            ReleaseDialog *dialog = m_page->openInstall();
            QVERIFY(dialog);
            dialog->setRelease(QStringLiteral("envoy"), QStringLiteral("default"));
            dialog->setChart(reference);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
            QVERIFY2(dialog->chartInfo().contains(QStringLiteral("openfl-envoy 0.1.0"))
                         && dialog->chartInfo().contains(QStringLiteral("values.schema.json")),
                     qPrintable(dialog->chartInfo()));
            dialog->setValuesText(QStringLiteral("name: Envoy_7\ndirectorPort: fifty\n"));
            QVERIFY2(dialog->valuesError().contains(QStringLiteral("/directorPort: ")) && dialog->valuesError().contains(QStringLiteral("/name: ")),
                     qPrintable(dialog->valuesError()));
            QVERIFY(!child<QPushButton>(dialog, "installButton")->isEnabled());
            // a required key the defaults provide: removing it from the user values is fine, nulling it is not
            dialog->setValuesText(QStringLiteral("name: envoy-7\ndirectorPort: 50061\n"));
            QVERIFY2(dialog->valuesError().isEmpty(), qPrintable(dialog->valuesError()));
            QVERIFY(child<QPushButton>(dialog, "installButton")->isEnabled());
            const QString diff = dialog->defaultsDiffText();
            QVERIFY2(diff.contains(QStringLiteral("-name: envoy-1")) && diff.contains(QStringLiteral("+name: envoy-7"))
                         && diff.contains(QStringLiteral("+directorPort: 50061")) && !diff.contains(QStringLiteral("-aggPort")),
                     qPrintable(diff));
            if (reference.endsWith(QStringLiteral(".tgz"))) {
                child<QTabWidget>(dialog, "releaseDialogTabWidget")->setCurrentWidget(child<QPlainTextEdit>(dialog, "defaultsDiffTextEdit"));
                FC_SCREENSHOT(dialog, QStringLiteral("helm-defaults-diff.png"));
            }
            // the --set rows are part of what is checked and diffed, typed as helm types them
            dialog->setSetRows({QStringLiteral("directorPort=fifty")});
            QVERIFY2(dialog->valuesError().contains(QStringLiteral("/directorPort: ")), qPrintable(dialog->valuesError()));
            dialog->setSetRows({QStringLiteral("directorPort=50062")});
            QVERIFY2(dialog->valuesError().isEmpty(), qPrintable(dialog->valuesError()));
            QVERIFY2(dialog->defaultsDiffText().contains(QStringLiteral("+directorPort: 50062")), qPrintable(dialog->defaultsDiffText()));
            dialog->setSetRows({QStringLiteral("directorPort")});
            QVERIFY2(dialog->valuesError().contains(QStringLiteral("has no “=”")), qPrintable(dialog->valuesError()));
            QVERIFY(!child<QPushButton>(dialog, "installButton")->isEnabled());
            dialog->setSetRows({});
            dialog->setValuesText(QStringLiteral("directorPort: 70000\n"));
            QVERIFY2(dialog->valuesError().contains(QStringLiteral("/directorPort: must be <= 65535")), qPrintable(dialog->valuesError()));
            if (!reference.endsWith(QStringLiteral(".tgz"))) {
                child<QTabWidget>(dialog, "releaseDialogTabWidget")->setCurrentIndex(0);
                FC_SCREENSHOT(dialog, QStringLiteral("helm-schema-error.png"));
            }
            dialog->close();
            dialog->deleteLater();
        }
        // a chart that cannot be read says so; a repository reference is left to helm
        ReleaseDialog *dialog = m_page->openInstall();
        dialog->setChart(QStringLiteral("/nonexistent/chart.tgz"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        QVERIFY2(dialog->chartInfo().contains(QStringLiteral("No chart folder or packaged chart at")), qPrintable(dialog->chartInfo()));
        dialog->setChart(QStringLiteral("fate/fate-party")); // a repository this helm does not know
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 60000);
        QVERIFY2(dialog->chartInfo().contains(QStringLiteral("Could not fetch fate/fate-party"))
                     && dialog->chartInfo().contains(QStringLiteral("helm checks them when it runs")),
                 qPrintable(dialog->chartInfo()));
        QTemporaryDir notAChart;
        dialog->setChart(notAChart.path());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        QVERIFY2(dialog->chartInfo().contains(QStringLiteral("not a Helm chart")), qPrintable(dialog->chartInfo()));
        dialog->close();
        dialog->deleteLater();
    }

    void repositoryChartIsFetchedAndChecked()
    {
        // a chart repository served over HTTP (helm repo index, python's http.server), added to
        // helm as "fcrepo": the dialog fetches fcrepo/openfl-envoy with helm pull into a folder of
        // its own, checks the values against the chart's schema, and leaves nothing behind
        QTemporaryDir repo;
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/tests/backend/helm/fixtures/openfl-envoy-0.1.0.tgz"),
                            repo.filePath(QStringLiteral("openfl-envoy-0.1.0.tgz"))));
        const QString helm4 = helmBinary(QStringLiteral("v4.3.2"));
        const ProcResult index = run(helm4, {QStringLiteral("repo"), QStringLiteral("index"), repo.path()});
        QVERIFY2(index.exitCode == 0, index.err.constData());
        QProcess server;
        server.setProgram(QStringLiteral("python3"));
        server.setArguments({QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), repo.path(), QStringLiteral("0")});
        server.start();
        QVERIFY2(server.waitForStarted(), "python3 is missing: apt-get install python3");
        QString port; // "Serving HTTP on 127.0.0.1 port 43567 (http://127.0.0.1:43567/) ..."
        static const QRegularExpression serving(QStringLiteral("port (\\d+)"));
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput(), serving.match(QString::fromUtf8(banner)).hasMatch()), 10000);
        port = serving.match(QString::fromUtf8(banner)).captured(1);
        const auto stopServer = qScopeGuard([&server] {
            server.terminate();
            server.waitForFinished(5000);
        });
        const ProcResult added = run(helm4, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("fcrepo"),
                                             QStringLiteral("http://127.0.0.1:%1").arg(port)});
        QVERIFY2(added.exitCode == 0, added.err.constData());

        m_page->setHelm(cli(QStringLiteral("v4.3.2")));
        ReleaseDialog *dialog = m_page->openInstall();
        QVERIFY(dialog);
        dialog->setRelease(QStringLiteral("envoy"), QStringLiteral("default"));
        dialog->setChart(QStringLiteral("fcrepo/openfl-envoy"));
        QVERIFY(!dialog->chartRead()); // helm is fetching it: Install waits
        QVERIFY(!child<QPushButton>(dialog, "installButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 60000);
        QVERIFY2(dialog->chartInfo().contains(QStringLiteral("openfl-envoy 0.1.0, fetched with helm pull"))
                     && dialog->chartInfo().contains(QStringLiteral("values checked against its values.schema.json")),
                 qPrintable(dialog->chartInfo()));
        dialog->setValuesText(QStringLiteral("name: envoy-7\ndirectorPort: fifty\n"));
        QVERIFY2(dialog->valuesError().contains(QStringLiteral("/directorPort: must be integer, got string")), qPrintable(dialog->valuesError()));
        QVERIFY(!child<QPushButton>(dialog, "installButton")->isEnabled());
        QVERIFY2(dialog->defaultsDiffText().contains(QStringLiteral("+name: envoy-7")), qPrintable(dialog->defaultsDiffText()));
        FC_SCREENSHOT(dialog, QStringLiteral("helm-repo-chart.png"));
        // the folder helm pulled into is gone once the chart was read
        const auto leftoverDirs = [this] { return QDir(m_tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot); };
        QTRY_VERIFY2(leftoverDirs().isEmpty(), qPrintable(leftoverDirs().join(u',')));

        // a version the repository does not have: said, and the values are left to helm
        child<QLineEdit>(dialog, "chartVersionLineEdit")->setText(QStringLiteral("9.9.9"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->chartRead(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 60000);
        QVERIFY2(dialog->chartInfo().contains(QStringLiteral("Could not fetch fcrepo/openfl-envoy")), qPrintable(dialog->chartInfo()));
        QVERIFY2(dialog->valuesError().isEmpty(), qPrintable(dialog->valuesError())); // no schema to check against now
        child<QLineEdit>(dialog, "chartVersionLineEdit")->setText(QStringLiteral("0.1.0"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->chartRead(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 60000);
        QVERIFY2(dialog->valuesError().contains(QStringLiteral("/directorPort: ")), qPrintable(dialog->valuesError()));
        QTRY_VERIFY2(leftoverDirs().isEmpty(), qPrintable(leftoverDirs().join(u',')));
        dialog->close();
        dialog->deleteLater();
    }

    void installUpgradeRollbackUninstall()
    {
        m_page->setHelm(cli(QStringLiteral("v4.3.2")));
        const QString ns = newNamespace(QStringLiteral("life"));
        const QString name = QStringLiteral("party");

        ReleaseDialog *dialog = m_page->openInstall();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setChart(chart(QStringLiteral("kubefate-party")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        dialog->setRelease(name, ns);
        // a bad values YAML: its line and column, and no Install
        dialog->setValuesText(QStringLiteral("partyId: 9999\npartyList: [1, 2\n"));
        QVERIFY2(dialog->valuesError().startsWith(QStringLiteral("Line ")) && dialog->valuesError().contains(QStringLiteral("column")),
                 qPrintable(dialog->valuesError()));
        QVERIFY(child<QLabel>(dialog, "valuesErrorLabel")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "installButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "previewButton")->isEnabled());
        // typed, not set: checked while typing too
        auto *values = child<QPlainTextEdit>(dialog, "valuesTextEdit");
        values->setPlainText(QStringLiteral("partyId: 9999\npartyList: []\n"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "installButton")->isEnabled(), 3000);
        QVERIFY(dialog->valuesError().isEmpty());
        dialog->setSetRows({QStringLiteral("partyIp=10.9.9.1")});
        // dry run: helm's rendered objects, nothing in the cluster; each object is new there
        QSignalSpy installCompared(dialog, &ReleaseDialog::liveDiffFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewRunning(), 120000);
        QVERIFY2(dialog->previewText().contains(QStringLiteral("kind: Deployment")), qPrintable(dialog->previewText()));
        QTRY_COMPARE_WITH_TIMEOUT(installCompared.size(), 1, 30000);
        QVERIFY2(dialog->liveDiffText().contains(QStringLiteral("# Deployment ") + ns) && dialog->liveDiffText().contains(QStringLiteral(": new")),
                 qPrintable(dialog->liveDiffText()));
        QVERIFY2(!dialog->liveDiffText().contains(QStringLiteral(": changed")), qPrintable(dialog->liveDiffText()));
        QCOMPARE(m_page->model()->rowOf(ns, name), -1);
        child<QTabWidget>(dialog, "releaseDialogTabWidget")->setCurrentIndex(0);
        dialog->setValuesText(QStringLiteral("partyId: 9999\npartyList: []\n# a party of the test federation\n"));
        FC_SCREENSHOT(dialog, QStringLiteral("helm-install.png"));
        FC_ACCESSIBLE(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "installButton"), Qt::LeftButton);
        HelmResult r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 1 && latest(ns, name).status == u"deployed", 10000);
        QCOMPARE(history(ns, name).size(), 1);

        // the row, its details
        m_page->findChild<QLineEdit *>(QStringLiteral("releaseFilterLineEdit"))->setText(ns);
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        QVERIFY(m_page->selectRelease(ns, name));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->shownRelease() && m_page->shownRelease()->summary.revision == 1, 10000);
        QVERIFY(child<QPlainTextEdit>(m_page.get(), "userValuesTextEdit")->toPlainText().contains(QStringLiteral("partyIp: 10.9.9.1")));
        QVERIFY(child<QPlainTextEdit>(m_page.get(), "computedValuesTextEdit")->toPlainText().contains(QStringLiteral("partyPort: 30010")));
        QVERIFY(child<QPlainTextEdit>(m_page.get(), "manifestTextEdit")->toPlainText().contains(QStringLiteral("kind: Deployment")));
        auto *objects = child<QTableWidget>(m_page.get(), "objectsTableWidget");
        QVERIFY(objects->rowCount() >= 3);
        QList<QString> kinds;
        for (int i = 0; i < objects->rowCount(); ++i)
            kinds << objects->item(i, 0)->text();
        QVERIFY2(kinds.contains(QStringLiteral("Deployment")) && kinds.contains(QStringLiteral("Service")), qPrintable(kinds.join(u',')));

        // upgrade: explicit reuse, the user values diff
        dialog = m_page->openUpgrade();
        QVERIFY(dialog);
        QCOMPARE(dialog->options().release, name);
        dialog->setChart(chart(QStringLiteral("kubefate-party")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        dialog->setValuesMode(HelmValuesMode::Reuse);
        dialog->setValuesText(QStringLiteral("partyIp: 10.9.9.2\n"));
        QVERIFY2(dialog->diffText().contains(QStringLiteral("-partyIp: 10.9.9.1")) && dialog->diffText().contains(QStringLiteral("+partyIp: 10.9.9.2")),
                 qPrintable(dialog->diffText()));
        QVERIFY2(!dialog->diffText().contains(QStringLiteral("-partyId")), qPrintable(dialog->diffText())); // reused, unchanged
        dialog->setValuesMode(HelmValuesMode::Reset);
        QVERIFY2(dialog->diffText().contains(QStringLiteral("-partyId: 9999")), qPrintable(dialog->diffText())); // reset drops it
        dialog->setValuesMode(HelmValuesMode::Reuse);
        // the dry run against the cluster: the route table's ConfigMap changes, the rest does not
        QSignalSpy upgradeCompared(dialog, &ReleaseDialog::liveDiffFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(upgradeCompared.size(), 1, 120000);
        const QString live = dialog->liveDiffText();
        QVERIFY2(live.contains(QStringLiteral(": changed")) && live.contains(QStringLiteral("+")) && live.contains(QStringLiteral("10.9.9.2"))
                     && live.contains(QStringLiteral("10.9.9.1")),
                 qPrintable(live));
        QVERIFY2(live.contains(QStringLiteral("# Deployment ") + ns) && live.contains(QStringLiteral(": unchanged")), qPrintable(live));
        dialog->showLiveDiff();
        FC_SCREENSHOT(dialog, QStringLiteral("helm-live-diff.png"));
        QCOMPARE(latest(ns, name).revision, 1); // dry runs only
        QTest::mouseClick(child<QPushButton>(dialog, "upgradeButton"), Qt::LeftButton);
        r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 2 && latest(ns, name).status == u"deployed", 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableWidget>(m_page.get(), "historyTableWidget")->rowCount() == 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->shownRelease() && m_page->shownRelease()->summary.revision == 2, 10000);
        QCOMPARE(m_page->shownRelease()->userValues.value(QLatin1String("partyId")).toInt(), 9999);
        QCOMPARE(m_page->shownRelease()->userValues.value(QLatin1String("partyIp")).toString(), QStringLiteral("10.9.9.2"));
        FC_SCREENSHOT(m_page.get(), QStringLiteral("helm-releases.png"));

        // rollback to 1: declined first (nothing happens), then confirmed
        answer(m_page->rollbackSelected(1), false);
        QTest::qWait(300);
        QVERIFY(!m_page->currentRun());
        QCOMPARE(history(ns, name).size(), 2);
        answer(m_page->rollbackSelected(1), true);
        r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 3 && latest(ns, name).status == u"deployed", 10000);
        const QJsonArray h = history(ns, name);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.last().toObject().value(QLatin1String("description")).toString(), QStringLiteral("Rollback to 1"));

        // uninstall with the confirmation, keeping no history
        QMessageBox *box = m_page->uninstallSelected();
        QVERIFY(box);
        QVERIFY(child<QCheckBox>(box, "keepHistoryCheckBox"));
        answer(box, true);
        r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(ns, name) < 0, 10000);
        QVERIFY(leftoverTempFiles().isEmpty());
        m_page->findChild<QLineEdit *>(QStringLiteral("releaseFilterLineEdit"))->clear();
    }

    void helm3InstallUninstall()
    {
        m_page->setHelm(cli(QStringLiteral("v3.21.4")));
        const auto restore = qScopeGuard([this] { m_page->setHelm(cli(QStringLiteral("v4.3.2"))); });
        const QString ns = newNamespace(QStringLiteral("v3"));
        installThroughDialog(ns, QStringLiteral("flare"), QStringLiteral("flare"), QStringLiteral("replicas: 2\n"));
        QVERIFY(m_page->selectRelease(ns, QStringLiteral("flare")));
        QMessageBox *box = m_page->uninstallSelected();
        child<QCheckBox>(box, "keepHistoryCheckBox")->setChecked(true);
        answer(box, true);
        const HelmResult r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        // kept history: helm 3 lists it as uninstalled
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, QStringLiteral("flare")).status == u"uninstalled", 10000);
        const auto listed = helm(QStringLiteral("v3.21.4"), {QStringLiteral("list"), QStringLiteral("-n"), ns, QStringLiteral("--uninstalled"),
                                                             QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(listed.out.contains("\"status\":\"uninstalled\""), listed.out.constData());
    }

    // the main window's tab, on a context that may not list Secrets: it says what and why
    void mainWindowTabSaysWhyStorageIsForbidden()
    {
        QSettings settings(m_tmp.filePath(QStringLiteral("../fc-helm-settings-%1.ini").arg(QRandomGenerator::global()->bounded(100000))),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/context"), QStringLiteral("fedconsole-local-token")); // the view ClusterRole: no Secrets
        settings.setValue(QStringLiteral("preferences/helmProgram"), helmBinary(QStringLiteral("v4.3.2")));
        MainWindow window(Kubeconfig::load({m_kubeconfig}), &settings);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = child<QTabWidget>(&window, "mainTabWidget");
        ReleasesPage *page = window.releasesPage();
        QVERIFY(page);
        const int tab = pages->indexOf(page);
        QVERIFY(tab >= 0);
        QCOMPARE(pages->tabText(tab), QStringLiteral("&Helm releases"));
        pages->setCurrentIndex(tab);
        auto *error = child<QLabel>(page, "storageErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("forbidden")), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("Secrets of type helm.sh/release.v1")), qPrintable(error->text()));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page, "helmVersionLabel")->text(), QStringLiteral("helm v4.3.2"), 30000);
        FC_SCREENSHOT(&window, QStringLiteral("helm-forbidden.png"));
        QFile::remove(settings.fileName());
    }

    void cancelDuringWaitMarksFailed()
    {
        const QString ns = newNamespace(QStringLiteral("cancel"));
        ReleaseDialog *dialog = m_page->openInstall();
        dialog->setChart(chart(QStringLiteral("flare")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->chartRead(), 10000);
        dialog->setRelease(QStringLiteral("flare"), ns);
        dialog->setSetRows({QStringLiteral("nodeSelector.fedconsole\\.io/pool=nowhere")}); // pods stay Pending: --wait waits
        dialog->setWait(true, 600);
        QTest::mouseClick(child<QPushButton>(dialog, "installButton"), Qt::LeftButton);
        QVERIFY(m_page->currentRun());
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, QStringLiteral("flare")).status == u"pending-install", 60000);
        QTest::qWait(1000); // into the wait
        QVERIFY(child<QPushButton>(m_page.get(), "cancelHelmButton")->isEnabled());
        QSignalSpy done(m_page.get(), &ReleasesPage::runFinished);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "cancelHelmButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        const HelmResult r = done.first().first().value<HelmResult>();
        QCOMPARE(r.failure, HelmFailure::Cancelled);
        QVERIFY(!m_page->runSummary().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, QStringLiteral("flare")).status == u"failed", 10000);
        QVERIFY(leftoverTempFiles().isEmpty());
    }

    void stuckReleaseBannerAndRecovery()
    {
        const QString ns = newNamespace(QStringLiteral("stuck"));
        const QString name = QStringLiteral("fate-9999");
        installThroughDialog(ns, name, QStringLiteral("kubefate-party"), QStringLiteral("partyId: 9999\n"));
        // an upgrade that waits forever, killed with SIGKILL: helm cannot mark anything
        QProcess upgrade;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
        upgrade.setProcessEnvironment(env);
        upgrade.start(helmBinary(QStringLiteral("v4.3.2")),
                      {QStringLiteral("upgrade"), name, chart(QStringLiteral("kubefate-party")), QStringLiteral("-n"), ns, QStringLiteral("--kube-context"),
                       QStringLiteral("fedconsole-local"), QStringLiteral("--reuse-values"), QStringLiteral("--set"),
                       QStringLiteral("nodeSelector.fedconsole\\.io/pool=nowhere"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                       QStringLiteral("10m")});
        QVERIFY(upgrade.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 2 && latest(ns, name).status == u"pending-upgrade", 60000);
        ::kill(pid_t(upgrade.processId()), SIGKILL);
        QVERIFY(upgrade.waitForFinished());

        QVERIFY(m_page->selectRelease(ns, name));
        // flagged in the table itself, before anything is selected
        const QModelIndex stuckRow = m_page->table()->selectionModel()->selectedRows().value(0);
        QCOMPARE(stuckRow.data(Qt::ForegroundRole).value<QColor>(), QColor(0xef, 0x6c, 0x00));
        auto *banner = child<QWidget>(m_page.get(), "stuckBannerFrame");
        QTRY_VERIFY(banner->isVisible());
        const QString text = child<QLabel>(m_page.get(), "stuckBannerLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("pending-upgrade")) && text.contains(QStringLiteral("another operation is in progress")), qPrintable(text));
        auto *recover = child<QPushButton>(m_page.get(), "recoverButton");
        QVERIFY2(recover->text().startsWith(QStringLiteral("Roll back to revision 1")), qPrintable(recover->text()));
        QVERIFY(recover->isEnabled());
        FC_SCREENSHOT(m_page.get(), QStringLiteral("helm-stuck.png"));
        QTest::mouseClick(recover, Qt::LeftButton);
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmMessageBox"));
        answer(box, true);
        const HelmResult r = waitRun();
        QVERIFY2(r.ok, qPrintable(r.summary + u'\n' + r.stderrText));
        QTRY_VERIFY_WITH_TIMEOUT(latest(ns, name).revision == 3 && latest(ns, name).status == u"deployed", 10000);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(history(ns, name).last().toObject().value(QLatin1String("status")).toString(), QStringLiteral("deployed"));
    }
};

QTEST_MAIN(TestReleasesPage)
#include "tst_releasespage.moc"
