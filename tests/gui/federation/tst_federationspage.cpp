// The federation and GPU views on the real local control plane with the demo federation
// (scripts/demo-federation.sh): cards, health and GPU rows come from what the cluster holds.

#include "../../integration/common/LocalCluster.h"

#include "backend/cluster/ObjectParser.h"
#include "gui/app/Theme.h"
#include "gui/federation/FederationGraph.h"
#include "gui/federation/FederationsPage.h"
#include "gui/main/MainWindow.h"
#include "model/federation/FederationModel.h"
#include "model/gpu/GpuModel.h"

#include <QSettings>
#include <QStandardPaths>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

using namespace fc;
using namespace fc::test;

class TestFederationsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static const Federation *find(FederationModel *m, const QString &name)
    {
        for (const Federation &f : m->federations())
            if (f.name == name)
                return &f;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        const auto seeded = run(sourceDir() + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    }

    void federationsAndGpus()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({kubeconfigPath()}), &settings);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        FederationModel *fm = window.federationsPage()->federationModel();
        QTRY_VERIFY_WITH_TIMEOUT(find(fm, QStringLiteral("flare")) && find(fm, QStringLiteral("mnist-federation"))
                                     && find(fm, QStringLiteral("fate")),
                                 60000);
        // demo: party fate-10000's certificate is valid for 10 days -> amber, read from the secret
        QTRY_VERIFY_WITH_TIMEOUT(find(fm, QStringLiteral("fate"))->health == Health::Amber, 30000);
        const Federation *fate = find(fm, QStringLiteral("fate"));
        QVERIFY2(fate->reasons.join(u' ').contains(QStringLiteral("eggroll-certs")), qPrintable(fate->reasons.join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(find(fm, QStringLiteral("flare"))->health, Health::Green, 30000);

        // a pod killed: its party turns amber/red with the reason, live
        FC_KUBECTL({QStringLiteral("-n"), QStringLiteral("flare"), QStringLiteral("scale"), QStringLiteral("deployment"),
                    QStringLiteral("server2"), QStringLiteral("--replicas=0")});
        QTRY_VERIFY_WITH_TIMEOUT(find(fm, QStringLiteral("flare"))->health != Health::Green, 60000);
        const QString reasons = find(fm, QStringLiteral("flare"))->reasons.join(u'\n');
        QVERIFY2(reasons.contains(QStringLiteral("server2")), qPrintable(reasons));
        FC_KUBECTL({QStringLiteral("-n"), QStringLiteral("flare"), QStringLiteral("scale"), QStringLiteral("deployment"),
                    QStringLiteral("server2"), QStringLiteral("--replicas=1")});
        QTRY_COMPARE_WITH_TIMEOUT(find(fm, QStringLiteral("flare"))->health, Health::Green, 60000);

        auto *tree = window.findChild<QTreeView *>(QStringLiteral("federationTreeView"));
        QVERIFY(tree);
        tree->setCurrentIndex(tree->model()->index(0, 0));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("federationDetailsTextBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(!details->toPlainText().isEmpty(), 5000);

        GpuModel *gm = window.federationsPage()->gpuModel();
        QTRY_COMPARE_WITH_TIMEOUT(gm->rowCount(), 3, 30000); // gpu-h100-0/1, gpu-t4-0

        // a pod asking for more GPUs than any node has stays Pending and is listed with the reason
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                   QByteArrayLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"too-big","namespace":"flare-site-1"},
                     "spec":{"containers":[{"name":"train","image":"x","resources":{"limits":{"nvidia.com/gpu":"9"}}}]}})"));
        auto *pending = window.findChild<QListWidget *>(QStringLiteral("pendingGpuListWidget"));
        QVERIFY(pending);
        window.showPage(2); // the GPU page's widgets catch up while it is shown (issue 10: not per event while hidden)
        QTRY_VERIFY_WITH_TIMEOUT(pending->count() > 0 && pending->item(0)->text().contains(QStringLiteral("too-big")), 60000);
        QVERIFY2(pending->item(0)->text().contains(QStringLiteral("Insufficient nvidia.com/gpu")), qPrintable(pending->item(0)->text()));
        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            const QModelIndex flare = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("flare"),
                                                           1, Qt::MatchExactly).value(0);
            QVERIFY(flare.isValid());
            tree->setCurrentIndex(flare);
            window.showPage(1); // the GPU page was shown above
            // what the FLARE deployment is known by (its namespace: not the framework's name)
            QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Known by its namespace flare")),
                                      qPrintable(details->toPlainText()), 5000);
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/federations.png")));
            // no card line is cut: long ones (the ingress route's map name) wrap onto the next line
            const Federation *shown = nullptr;
            for (const Federation &f : window.federationsPage()->federationModel()->federations())
                if (f.name == u"flare")
                    shown = &f;
            QVERIFY(shown);
            int wrapped = 0;
            for (const Party &party : shown->parties) {
                const QStringList lines = window.federationsPage()->graph()->drawnLines(party.key);
                QVERIFY2(!lines.isEmpty(), qPrintable(party.name));
                for (const QString &line : lines) {
                    QVERIFY2(!line.contains(QChar(0x2026)), qPrintable(party.name + u": " + line));
                    wrapped += line.startsWith(QLatin1String("  ")) ? 1 : 0;
                }
            }
            QVERIFY(wrapped > 0); // the demo's ingress lines are longer than the widest card
            // the dark theme recolours the graph: its cards are drawn on the dark window colour
            applyTheme(Preferences::Theme::Dark);
            QTest::qWait(300);
            const QImage dark = window.grab().toImage();
            QVERIFY(dark.save(shots + QStringLiteral("/federations-dark.png")));
            FederationGraph *graph = window.federationsPage()->graph();
            const QPoint inGraph = graph->mapTo(&window, QPoint(4, graph->height() - 4));
            QVERIFY2(QColor(dark.pixel(inGraph)).lightness() < 100, qPrintable(QColor(dark.pixel(inGraph)).name()));
            applyTheme(Preferences::Theme::System);
            window.showPage(2);
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/gpus.png")));
        }
        kubectl({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("-n"), QStringLiteral("flare-site-1"),
                 QStringLiteral("too-big"), QStringLiteral("--wait=false")});
    }
};

QTEST_MAIN(TestFederationsPage)
#include "tst_federationspage.moc"
