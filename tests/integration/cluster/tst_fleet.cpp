// Two independent local control planes side by side (scripts/local-cluster.sh fleet up 2), as a
// federation spread over organisations has them (issue 15): a FLARE server in cluster A, two sites
// in cluster B, joined by their fedconsole.io/federation label. fedconsole-cli --all-contexts makes
// one federation of them with cross-cluster edges that say what joined them; with B's apiserver
// stopped, B is named unreachable and A still read; with it back, the same federation again, no
// party twice. The app with both contexts open shows the same federation (screenshot), and B's
// parties turn red "cannot be read" while its apiserver is gone.

#include "../common/LocalCluster.h"

#include "gui/federation/FederationsPage.h"
#include "gui/main/MainWindow.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceTableModel.h"
#include "model/fleet/ClusterOverviewModel.h"
#include "model/federation/FederationModel.h"
#include "model/gpu/GpuModel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace fc;
using namespace fc::test;

namespace {
QByteArray flareWorkload(const char *ns, const char *name, const char *train)
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %2, namespace: %1}
spec:
  replicas: 1
  selector: {matchLabels: {system: %2}}
  template:
    metadata: {labels: {system: %2, fedconsole.io/federation: xfed}}
    spec:
      containers:
      - name: %2
        image: nvflare/nvflare:2.5.2
        command: [/usr/local/bin/python3]
        args: [-u, -m, nvflare.private.fed.app.%3, -m, /workspace/%2]
---
)")
        .arg(QLatin1String(ns), QLatin1String(name), QLatin1String(train))
        .toUtf8();
}
} // namespace

class TestFleet : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    QString m_fleet; ///< the fleet's own kubeconfig (with its token contexts)

    ProcResult kubectlIn(const QString &context, const QStringList &args, const QByteArray &in = {})
    {
        return run(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--context"), context} + args, in);
    }
    /// `federations --all-contexts -o json` over the fleet: the document, and the exit code
    QJsonObject federations(int *exitCode, QByteArray *err)
    {
        const ProcResult r = run(QStringLiteral(FC_CLI), {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--all-contexts"),
                                                          QStringLiteral("federations"), QStringLiteral("-o"), QStringLiteral("json")});
        *exitCode = r.exitCode;
        *err = r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    static QJsonObject federation(const QJsonObject &doc, const QString &name)
    {
        for (const QJsonValue &f : doc.value(QStringLiteral("federations")).toArray())
            if (f.toObject().value(QStringLiteral("name")).toString() == name)
                return f.toObject();
        return {};
    }
    static QStringList parties(const QJsonObject &federation)
    {
        QStringList out;
        for (const QJsonValue &p : federation.value(QStringLiteral("parties")).toArray())
            out << p.toObject().value(QStringLiteral("cluster")).toString() + u'/' + p.toObject().value(QStringLiteral("name")).toString();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const ProcResult up = clusterScript({QStringLiteral("fleet"), QStringLiteral("up"), QStringLiteral("2")});
        QVERIFY2(up.exitCode == 0, up.err.right(3000).constData());
        // the fleet's kubeconfig without its token contexts (the same clusters under a second name)
        const QString fleet = QString::fromUtf8(up.out).section(u'=', 1).trimmed();
        QVERIFY2(QFile::exists(fleet), qPrintable(fleet));
        m_fleet = fleet;
        m_kubeconfig = m_dir.filePath(QStringLiteral("fleet.kubeconfig"));
        QVERIFY(QFile::copy(fleet, m_kubeconfig));
        for (const QString &ctx : {QStringLiteral("fedconsole-a-token"), QStringLiteral("fedconsole-b-token")}) {
            const ProcResult r = run(QStringLiteral("kubectl"), {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("config"),
                                                                 QStringLiteral("delete-context"), ctx});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // cluster A: the server; cluster B: two sites
        ProcResult r = kubectlIn(QStringLiteral("fedconsole-a"), {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                                 "apiVersion: v1\nkind: Namespace\nmetadata: {name: xfed-server}\n---\n"
                                     + flareWorkload("xfed-server", "server1", "server.server_train"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kubectlIn(QStringLiteral("fedconsole-b"), {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                      "apiVersion: v1\nkind: Namespace\nmetadata: {name: xfed-sites}\n---\n"
                          + flareWorkload("xfed-sites", "site-1", "client.client_train") + flareWorkload("xfed-sites", "site-2", "client.client_train"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kubectlIn(QStringLiteral("fedconsole-a"), {QStringLiteral("wait"), QStringLiteral("-n"), QStringLiteral("xfed-server"),
                                                       QStringLiteral("--for=condition=Available"), QStringLiteral("deployment/server1"),
                                                       QStringLiteral("--timeout=120s")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kubectlIn(QStringLiteral("fedconsole-b"), {QStringLiteral("wait"), QStringLiteral("-n"), QStringLiteral("xfed-sites"),
                                                       QStringLiteral("--for=condition=Available"), QStringLiteral("deployment/site-1"),
                                                       QStringLiteral("deployment/site-2"), QStringLiteral("--timeout=120s")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase()
    {
        const ProcResult down = clusterScript({QStringLiteral("fleet"), QStringLiteral("down")});
        if (down.exitCode != 0)
            qWarning("fleet down: %s", down.err.right(2000).constData());
    }

    void federationAcrossClusters()
    {
        int rc = -1;
        QByteArray err;
        const QJsonObject doc = federations(&rc, &err);
        QVERIFY2(rc == 0, err.constData());
        const QJsonObject xfed = federation(doc, QStringLiteral("xfed"));
        QVERIFY2(!xfed.isEmpty(), QJsonDocument(doc).toJson().constData());
        QCOMPARE(parties(xfed), (QStringList{"fedconsole-a/server1", "fedconsole-b/site-1", "fedconsole-b/site-2"}));
        QCOMPARE(xfed.value(QStringLiteral("health")).toString(), QStringLiteral("green"));
        // each site's edge to the server crosses from B to A and says what joined them
        int crossing = 0;
        for (const QJsonValue &v : xfed.value(QStringLiteral("edges")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("from")).toString().startsWith(u"fedconsole-b|"))
                continue;
            QVERIFY2(e.value(QStringLiteral("to")).toString().startsWith(u"fedconsole-a|xfed-server|server|server1"), qPrintable(e.value(QStringLiteral("to")).toString()));
            QCOMPARE(e.value(QStringLiteral("crossCluster")).toString(), QStringLiteral("label fedconsole.io/federation=xfed on both"));
            QCOMPARE(e.value(QStringLiteral("target")).toString(), QStringLiteral("answers")); // server1's pod is ready
            QCOMPARE(e.value(QStringLiteral("targetState")).toString(), QStringLiteral("target answers (1/1 pods ready)"));
            ++crossing;
        }
        QCOMPARE(crossing, 2);
    }

    // the app with both contexts open: one federation, parties of both clusters, the crossing said
    void appShowsTheFederationAcrossClusters()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_kubeconfig}), &settings);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchContext(QStringLiteral("fedconsole-a"));
        window.switchContext(QStringLiteral("fedconsole-b")); // every opened cluster feeds the federation view
        window.showPage(1);
        FederationModel *fm = window.federationsPage()->federationModel();
        auto xfed = [fm]() -> const Federation * {
            for (const Federation &f : fm->federations())
                if (f.name == u"xfed")
                    return &f;
            return nullptr;
        };
        // on failure, what the view has instead (a CI run once timed out here without saying why)
        auto seen = [&]() -> QByteArray {
            QStringList out;
            for (const Federation &f : fm->federations())
                for (const Party &p : f.parties)
                    out << QStringLiteral("%1: %2/%3 %4 %5 %6").arg(f.name, p.cluster, p.name, healthName(p.health), p.reasons.join(u';'))
                               .arg(p.podsReady);
            for (const QString &c : {QStringLiteral("fedconsole-a"), QStringLiteral("fedconsole-b")})
                out << c + u' ' + window.clusterOverview()->index(window.clusterOverview()->rowOf(c), ClusterOverviewModel::StateColumn).data().toString();
            return out.join(u'\n').toUtf8();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(xfed() && xfed()->parties.size() == 3 && xfed()->health == Health::Green, seen().constData(), 90000);
        QStringList clusters;
        for (const Party &p : xfed()->parties)
            clusters << p.cluster + u'/' + p.name;
        clusters.sort();
        QCOMPARE(clusters, (QStringList{"fedconsole-a/server1", "fedconsole-b/site-1", "fedconsole-b/site-2"}));
        // the GPU view: every open cluster's GPU nodes in one table, each row naming its cluster
        GpuModel *gpus = window.federationsPage()->gpuModel();
        auto gpuClusters = [gpus] {
            QStringList out;
            for (int r = 0; r < gpus->rowCount(); ++r)
                out << gpus->index(r, GpuModel::ClusterColumn).data().toString();
            out.removeDuplicates();
            out.sort();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(gpuClusters(), (QStringList{"fedconsole-a", "fedconsole-b"}), 30000);
        QCOMPARE(gpus->headerData(GpuModel::ClusterColumn, Qt::Horizontal).toString(), QStringLiteral("CLUSTER"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("federationTreeView"));
        QVERIFY(tree);
        const QModelIndex row = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("xfed"), 1, Qt::MatchExactly).value(0);
        QVERIFY(row.isValid());
        tree->setCurrentIndex(row);
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("federationDetailsTextBrowser"));
        QVERIFY(details);
        QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Across clusters"))
                                      && details->toPlainText().contains(QStringLiteral("fedconsole-b/site-1 \u2192 fedconsole-a/server1: label fedconsole.io/federation=xfed on both \u2014 target answers (1/1 pods ready)")),
                                  qPrintable(details->toPlainText()), 5000);
        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/federation-across-clusters.png")));
        }

        // cluster B loses its apiserver: its parties say they cannot be read (not healthy with stale
        // pods) while A's server stays as it is; back, all green again, no party twice
        const ProcResult stop = clusterScript({QStringLiteral("fleet"), QStringLiteral("stop-apiserver"), QStringLiteral("fedconsole-b")});
        QVERIFY2(stop.exitCode == 0, stop.err.right(2000).constData());
        auto partyOf = [&](const QString &name) -> const Party * { return xfed() ? xfed()->party(name) : nullptr; };
        QTRY_VERIFY_WITH_TIMEOUT(partyOf(QStringLiteral("site-1")) && partyOf(QStringLiteral("site-1"))->health == Health::Unknown, 60000);
        const QString why = partyOf(QStringLiteral("site-1"))->reasons.join(u'|');
        QVERIFY2(why.startsWith(QStringLiteral("cluster fedconsole-b cannot be read (")), qPrintable(why));
        QCOMPARE(partyOf(QStringLiteral("site-2"))->health, Health::Unknown);
        // the cluster overview says the same of B, and A stays reachable
        ClusterOverviewModel *overview = window.clusterOverview();
        const QString bState = overview->index(overview->rowOf(QStringLiteral("fedconsole-b")), ClusterOverviewModel::StateColumn)
                                   .data(ClusterOverviewModel::StateNameRole).toString();
        QVERIFY2(bState == u"reconnecting" || bState == u"unreachable", qPrintable(bState));
        QCOMPARE(overview->index(overview->rowOf(QStringLiteral("fedconsole-a")), ClusterOverviewModel::StateColumn)
                     .data(ClusterOverviewModel::StateNameRole).toString(), QStringLiteral("reachable"));
        QCOMPARE(partyOf(QStringLiteral("server1"))->health, Health::Green);
        QCOMPARE(xfed()->parties.size(), 3);
        // the page's graph and details catch up (coalesced while shown) and say why
        QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("cluster fedconsole-b cannot be read")),
                                  qPrintable(details->toPlainText()), 5000);
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/federation-cluster-unreachable.png")));
        }
        const ProcResult start = clusterScript({QStringLiteral("fleet"), QStringLiteral("start-apiserver"), QStringLiteral("fedconsole-b"),
                                                QStringLiteral("--restart-controllers")});
        QVERIFY2(start.exitCode == 0, start.err.right(2000).constData());
        QTRY_VERIFY_WITH_TIMEOUT(xfed() && xfed()->health == Health::Green, 90000);
        QCOMPARE(xfed()->parties.size(), 3);
    }

    void oneClusterGoneTheOtherStillRead()
    {
        const ProcResult stop = clusterScript({QStringLiteral("fleet"), QStringLiteral("stop-apiserver"), QStringLiteral("fedconsole-b")});
        QVERIFY2(stop.exitCode == 0, stop.err.right(2000).constData());
        int rc = -1;
        QByteArray err;
        QJsonObject doc = federations(&rc, &err);
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains("error: context fedconsole-b: unreachable"), err.constData());
        for (const QJsonValue &c : doc.value(QStringLiteral("contexts")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("name")).toString() == u"fedconsole-b")
                QVERIFY2(o.value(QStringLiteral("error")).toString().startsWith(u"unreachable"), qPrintable(o.value(QStringLiteral("error")).toString()));
            else
                QVERIFY(!o.contains(QStringLiteral("error")));
        }
        QCOMPARE(parties(federation(doc, QStringLiteral("xfed"))), QStringList{"fedconsole-a/server1"});

        // back: the same three parties, none twice
        const ProcResult start = clusterScript({QStringLiteral("fleet"), QStringLiteral("start-apiserver"), QStringLiteral("fedconsole-b"),
                                                QStringLiteral("--restart-controllers")});
        QVERIFY2(start.exitCode == 0, start.err.right(2000).constData());
        doc = federations(&rc, &err);
        QVERIFY2(rc == 0, err.constData());
        QCOMPARE(parties(federation(doc, QStringLiteral("xfed"))), (QStringList{"fedconsole-a/server1", "fedconsole-b/site-1", "fedconsole-b/site-2"}));
    }

    // the resource table over both clusters at once: a CLUSTER column, the filter and the label
    // selector across them; picking a row of the other cluster makes it the current one
    void resourceTableAcrossClusters()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("table.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/page"), 0);
        MainWindow window(Kubeconfig::load({m_kubeconfig}), &settings);
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchContext(QStringLiteral("fedconsole-b"));
        window.switchContext(QStringLiteral("fedconsole-a"));
        window.switchKind(Kind::Pod);
        auto *all = window.findChild<QCheckBox *>(QStringLiteral("allClustersCheckBox"));
        QVERIFY(all);
        QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(8, all->height() / 2));
        QVERIFY(window.allClusters());
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("xfed"));
        ResourceFilterProxy *proxy = window.proxy();
        auto rowsShown = [proxy] {
            QStringList out;
            for (int r = 0; r < proxy->rowCount(); ++r)
                out << proxy->index(r, 0).data().toString() + u'/'
                           + proxy->index(r, 0).data(ResourceTableModel::NameRole).toString().section(u'-', 0, -3);
            out.sort();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(rowsShown(), (QStringList{"fedconsole-a/server1", "fedconsole-b/site-1", "fedconsole-b/site-2"}), 30000);
        QCOMPARE(proxy->headerData(0, Qt::Horizontal).toString(), QStringLiteral("CLUSTER"));
        // the label selector across both clusters
        auto *selector = window.findChild<QLineEdit *>(QStringLiteral("selectorLineEdit"));
        QVERIFY(selector);
        QTest::keyClicks(selector, QStringLiteral("system in (site-1, server1)"));
        QTRY_COMPARE(rowsShown(), (QStringList{"fedconsole-a/server1", "fedconsole-b/site-1"}));
        // a row of fedconsole-b: it becomes the current cluster, its details shown
        auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
        QVERIFY(table);
        int siteRow = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data().toString() == u"fedconsole-b")
                siteRow = r;
        QVERIFY(siteRow >= 0);
        table->selectRow(siteRow);
        QTRY_COMPARE(window.currentInformer()->cluster(), QStringLiteral("fedconsole-b"));
        QCOMPARE(proxy->rowCount(), 2); // the table did not change under the selection
        QVERIFY(!table->selectionModel()->selectedRows().isEmpty());
        const ObjectSummary *shown = qobject_cast<ResourceTableModel *>(proxy->sourceModel())->store()->find(
            table->selectionModel()->selectedRows().first().data(ResourceTableModel::UidRole).toString());
        QVERIFY(shown && shown->name.startsWith(u"site-1"));
        table->resizeColumnsToContents();
        QTest::qWait(300);
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/resources-across-clusters.png")));
        // back to one cluster: no CLUSTER column, only the current cluster's rows
        QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(8, all->height() / 2));
        QVERIFY(!window.allClusters());
        QVERIFY(proxy->headerData(0, Qt::Horizontal).toString() != u"CLUSTER");
        QTRY_COMPARE(proxy->rowCount(), 1);
        QCOMPARE(qobject_cast<ResourceTableModel *>(proxy->sourceModel())->clusterAt(proxy->mapToSource(proxy->index(0, 0)).row()), QStringLiteral("fedconsole-b"));
        QVERIFY(proxy->index(0, qobject_cast<ResourceTableModel *>(proxy->sourceModel())->nameColumn()).data().toString().startsWith(u"site-1"));
    }

    // the demo spread over the fleet (scripts/demo-federation.sh --fleet): hub in A, parties in B;
    // read through the fleet's own kubeconfig, whose token contexts reach the same clusters again
    void demoSpreadOverTheFleet()
    {
        for (const auto &[context, ns] : {std::pair{QStringLiteral("fedconsole-a"), QStringLiteral("xfed-server")},
                                          std::pair{QStringLiteral("fedconsole-b"), QStringLiteral("xfed-sites")}}) {
            const ProcResult r = kubectlIn(context, {QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=true"),
                                                     QStringLiteral("--timeout=120s")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // run() points KUBECONFIG at the local cluster: env(1) sets the fleet's for the script
        const QStringList demo{QStringLiteral("KUBECONFIG=") + m_fleet, sourceDir() + QStringLiteral("/scripts/demo-federation.sh"),
                               QStringLiteral("--fleet")};
        const ProcResult seeded = run(QStringLiteral("env"), demo + QStringList{QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(seeded.exitCode == 0, seeded.err.right(3000).constData());

        const ProcResult r = run(QStringLiteral(FC_CLI), {QStringLiteral("--kubeconfig"), m_fleet, QStringLiteral("--all-contexts"),
                                                          QStringLiteral("federations"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // the token contexts are the same clusters: read once, and said so
        QVERIFY2(r.err.contains("note: context fedconsole-a-token reaches the same cluster as fedconsole-a"), r.err.constData());
        QVERIFY2(r.err.contains("note: context fedconsole-b-token reaches the same cluster as fedconsole-b"), r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QStringList sameAs;
        for (const QJsonValue &c : doc.value(QStringLiteral("contexts")).toArray())
            if (c.toObject().contains(QStringLiteral("sameClusterAs")))
                sameAs << c.toObject().value(QStringLiteral("name")).toString() + u'=' + c.toObject().value(QStringLiteral("sameClusterAs")).toString();
        QCOMPARE(sameAs, (QStringList{"fedconsole-a-token=fedconsole-a", "fedconsole-b-token=fedconsole-b"}));
        // each framework's federation: its hub in A, its parties in B, each party once
        QCOMPARE(parties(federation(doc, QStringLiteral("flare"))),
                 (QStringList{"fedconsole-a/overseer", "fedconsole-a/server1", "fedconsole-a/server2", "fedconsole-b/site-1", "fedconsole-b/site-2"}));
        QCOMPARE(parties(federation(doc, QStringLiteral("mnist-federation"))),
                 (QStringList{"fedconsole-a/mnist-federation", "fedconsole-b/envoy-1", "fedconsole-b/envoy-2"}));
        QCOMPARE(parties(federation(doc, QStringLiteral("fate"))),
                 (QStringList{"fedconsole-a/fate-exchange", "fedconsole-b/fate-10000", "fedconsole-b/fate-9999"}));
        // and each crossing says what it was inferred from
        QMap<QString, QStringList> evidence;
        for (const QString &name : {QStringLiteral("flare"), QStringLiteral("mnist-federation"), QStringLiteral("fate")})
            for (const QJsonValue &v : federation(doc, name).value(QStringLiteral("edges")).toArray())
                if (const QString why = v.toObject().value(QStringLiteral("crossCluster")).toString(); !why.isEmpty())
                    evidence[name] << why;
        QVERIFY2(evidence.value(QStringLiteral("flare")).contains(QStringLiteral("the only FLARE server in view")),
                 qPrintable(evidence.value(QStringLiteral("flare")).join(u'|')));
        QVERIFY2(evidence.value(QStringLiteral("mnist-federation")).contains(QStringLiteral("envoy-1 is configured with its address (grpc 50051)")),
                 qPrintable(evidence.value(QStringLiteral("mnist-federation")).join(u'|')));
        QVERIFY2(evidence.value(QStringLiteral("fate")).contains(
                     QStringLiteral("fate-9999 is configured with its address (route default \u2192 rollsite.fate-exchange.svc.cluster.local:9370)")),
                 qPrintable(evidence.value(QStringLiteral("fate")).join(u'|')));

        const ProcResult deleted = run(QStringLiteral("env"), demo + QStringList{QStringLiteral("--delete")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.right(2000).constData());
    }
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
