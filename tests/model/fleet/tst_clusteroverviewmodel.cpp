// The cluster overview's model (issue 15): one row per kubeconfig context, open or not; an open
// row follows its connection (here a real ClusterConnection to a port nobody listens on, so the
// unreachable state, its reason and the countdown come from the connection itself) and is given
// federations, GPU totals and certificate warnings; the check box pins a context.

#include "backend/cluster/ClusterConnection.h"
#include "model/cluster/Informer.h"
#include "model/common/StatusLevel.h"
#include "model/fleet/ClusterOverviewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {
using Model = ClusterOverviewModel;

QString cell(const Model &m, const QString &context, int column, int role = Qt::DisplayRole)
{
    return m.index(m.rowOf(context), column).data(role).toString();
}

Party party(const QString &name, const QString &cluster)
{
    Party p;
    p.name = name;
    p.cluster = cluster;
    return p;
}
} // namespace

class TestClusterOverviewModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsStatesAndSummary()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContexts({{QStringLiteral("a"), QStringLiteral("https://a:6443"), {}},
                       {QStringLiteral("b"), QStringLiteral("https://b:6443"), {}},
                       {QStringLiteral("broken"), {}, QStringLiteral("kc.yaml:7: user \"x\" not found")},
                       {QStringLiteral("idle"), QStringLiteral("https://idle:6443"), {}}});
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(cell(m, QStringLiteral("a"), Model::StateColumn), QStringLiteral("not open"));
        QCOMPARE(cell(m, QStringLiteral("broken"), Model::StateColumn, Model::StateNameRole), QStringLiteral("invalid"));
        QVERIFY(cell(m, QStringLiteral("broken"), Model::StateColumn).contains(u"kc.yaml:7"));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("broken")), Model::StateColumn).data(StatusLevelRole).toInt(), int(StatusLevel::Failed));
        QCOMPARE(cell(m, QStringLiteral("a"), Model::NodesColumn), QString()); // nothing is claimed for a closed context
        QCOMPARE(cell(m, QStringLiteral("a"), Model::ServerColumn), QStringLiteral("https://a:6443"));

        Model::Live reachable;
        reachable.state = ConnectionState::Connected;
        reachable.version = QStringLiteral("v1.31.0");
        reachable.nodes = 3;
        reachable.pods = 40;
        m.setLive(QStringLiteral("a"), reachable);
        QCOMPARE(cell(m, QStringLiteral("a"), Model::StateColumn), QStringLiteral("reachable"));
        QCOMPARE(cell(m, QStringLiteral("a"), Model::VersionColumn), QStringLiteral("v1.31.0"));
        QCOMPARE(cell(m, QStringLiteral("a"), Model::NodesColumn), QStringLiteral("3"));
        QCOMPARE(cell(m, QStringLiteral("a"), Model::PodsColumn), QStringLiteral("40"));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("a")), Model::StateColumn).data(StatusLevelRole).toInt(), int(StatusLevel::Ok));

        Model::Live refused;
        refused.state = ConnectionState::Unauthorized;
        refused.detail = QStringLiteral("Unauthorized");
        refused.podsHidden = QStringLiteral("-");
        m.setLive(QStringLiteral("b"), refused);
        QCOMPARE(cell(m, QStringLiteral("b"), Model::StateColumn), QStringLiteral("unauthorized: Unauthorized"));
        // a cluster that does not let us in: nothing listed, nothing claimed
        QCOMPARE(cell(m, QStringLiteral("b"), Model::PodsColumn), QStringLiteral("—"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::GpusColumn), QStringLiteral("—"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::FederationsColumn), QStringLiteral("—"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::NodesColumn, Qt::ToolTipRole), QStringLiteral("the cluster cannot be read: nothing was listed"));
        // reachable, still listing; and a kind the role may not list
        Model::Live listing = reachable;
        listing.nodes = -1;
        listing.podsHidden = QStringLiteral("pods is forbidden");
        listing.pods = -1;
        m.setLive(QStringLiteral("idle"), listing);
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::NodesColumn), QStringLiteral("…"));
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::PodsColumn), QStringLiteral("hidden"));
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::PodsColumn, Qt::ToolTipRole), QStringLiteral("pods is forbidden"));
        // a cluster seen before and now unreachable keeps its figures, as last seen
        Model::Live lost = reachable;
        lost.state = ConnectionState::Reconnecting;
        lost.detail = QStringLiteral("Connection closed");
        m.setLive(QStringLiteral("idle"), lost);
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::NodesColumn), QStringLiteral("3"));
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::NodesColumn, Qt::ToolTipRole), QStringLiteral("the cluster cannot be read now: as last seen"));
        QCOMPARE(cell(m, QStringLiteral("idle"), Model::StateColumn), QStringLiteral("reconnecting: Connection closed"));
        m.setLive(QStringLiteral("idle"), listing);
        QCOMPARE(m.summary(), QStringLiteral("4 contexts: 2 reachable, 1 unauthorized, 1 cannot be opened"));

        // some namespaces only: the count says so, the tooltip names them
        Model::Live partial = reachable;
        partial.pods = 5;
        partial.podsHidden = QStringLiteral("only the namespaces team-a may be listed: forbidden");
        m.setLive(QStringLiteral("a"), partial);
        QCOMPARE(cell(m, QStringLiteral("a"), Model::PodsColumn), QStringLiteral("5 (some namespaces)"));
        QVERIFY(cell(m, QStringLiteral("a"), Model::PodsColumn, Qt::ToolTipRole).contains(u"team-a"));
    }

    void unreachableFromARealConnection()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContexts({{QStringLiteral("gone"), QStringLiteral("https://127.0.0.1:9"), {}}});
        ConnectionConfig config;
        config.contextName = QStringLiteral("gone");
        config.server = QUrl(QStringLiteral("https://127.0.0.1:9"));
        config.auth = [] { return Result<RequestAuth>(RequestAuth()); };
        ClusterConnection connection(config);
        Informer informer(&connection);
        m.attach(&informer);
        QVERIFY(m.isOpen(QStringLiteral("gone")));
        // the connection's own reason and its next attempt, counted down
        QTRY_VERIFY2_WITH_TIMEOUT(cell(m, QStringLiteral("gone"), Model::StateColumn).contains(u"next attempt in"),
                                  qPrintable(cell(m, QStringLiteral("gone"), Model::StateColumn)), 15000);
        const QString state = cell(m, QStringLiteral("gone"), Model::StateColumn, Model::StateNameRole);
        QVERIFY2(state == u"unreachable" || state == u"reconnecting", qPrintable(state));
        QVERIFY2(cell(m, QStringLiteral("gone"), Model::StateColumn).contains(u"refused", Qt::CaseInsensitive),
                 qPrintable(cell(m, QStringLiteral("gone"), Model::StateColumn)));
        // the countdown moves without any new state from the connection
        m.setClock([] { return QDateTime::currentDateTimeUtc().addYears(-1); });
        QTRY_VERIFY_WITH_TIMEOUT(cell(m, QStringLiteral("gone"), Model::StateColumn).contains(u"next attempt in"), 2000);
        m.detach(QStringLiteral("gone"));
        QCOMPARE(cell(m, QStringLiteral("gone"), Model::StateColumn), QStringLiteral("not open"));
        QVERIFY(!m.isOpen(QStringLiteral("gone")));
    }

    void federationsGpusAndCertificates()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContexts({{QStringLiteral("a"), {}, {}}, {QStringLiteral("b"), {}, {}}, {QStringLiteral("c"), {}, {}}});
        for (const QString &c : {QStringLiteral("a"), QStringLiteral("b")}) {
            Model::Live live;
            live.state = ConnectionState::Connected;
            m.setLive(c, live);
        }
        Federation xfed;
        xfed.name = QStringLiteral("xfed");
        xfed.parties = {party(QStringLiteral("server1"), QStringLiteral("a")), party(QStringLiteral("site-1"), QStringLiteral("b")),
                        party(QStringLiteral("site-2"), QStringLiteral("b"))};
        Federation local;
        local.name = QStringLiteral("fate");
        local.parties = {party(QStringLiteral("fate-9999"), QStringLiteral("a"))};
        m.setFederations({xfed, local});
        QCOMPARE(cell(m, QStringLiteral("a"), Model::FederationsColumn), QStringLiteral("fate, xfed"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::FederationsColumn), QStringLiteral("xfed")); // named once, not per party
        QCOMPARE(cell(m, QStringLiteral("c"), Model::FederationsColumn), QString()); // not open

        GpuModel::NodeRow node;
        node.cluster = QStringLiteral("a");
        node.node = QStringLiteral("gpu-1");
        node.facts.resources[QStringLiteral("nvidia.com/gpu")].allocatable = 8000;
        node.facts.resources[QStringLiteral("nvidia.com/gpu")].requested = 2000;
        GpuModel::NodeRow other = node;
        other.node = QStringLiteral("gpu-2");
        m.setGpus({node, other});
        QCOMPARE(cell(m, QStringLiteral("a"), Model::GpusColumn), QStringLiteral("4 of 16 held"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::GpusColumn), QStringLiteral("none"));

        ExpirySummary soon;
        soon.expiring = 2;
        soon.items = {QStringLiteral("flare/server1-tls tls.crt (cluster a) expires 2026-12-20")};
        m.setCertificateWarnings(QStringLiteral("a"), soon);
        QCOMPARE(cell(m, QStringLiteral("a"), Model::CertificatesColumn), QStringLiteral("2 expiring"));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("a")), Model::CertificatesColumn).data(StatusLevelRole).toInt(), int(StatusLevel::Progressing));
        QVERIFY(cell(m, QStringLiteral("a"), Model::CertificatesColumn, Qt::ToolTipRole).contains(u"server1-tls"));
        m.setCertificateWarnings(QStringLiteral("b"), {});
        QCOMPARE(cell(m, QStringLiteral("b"), Model::CertificatesColumn), QStringLiteral("none expiring"));
        m.setCertificateWarnings(QStringLiteral("b"), {}, QStringLiteral("secrets is forbidden"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::CertificatesColumn), QStringLiteral("could not be read"));
        QCOMPARE(cell(m, QStringLiteral("b"), Model::CertificatesColumn, Qt::ToolTipRole), QStringLiteral("secrets is forbidden"));
    }

    void pinsAndKubeconfigChanges()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContexts({{QStringLiteral("a"), {}, {}}, {QStringLiteral("b"), {}, {}}});
        m.setPinned({QStringLiteral("b")});
        QCOMPARE(m.pinned(), QStringList{QStringLiteral("b")});
        QCOMPARE(m.index(1, Model::ContextColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(m.flags(m.index(0, Model::ContextColumn)) & Qt::ItemIsUserCheckable);
        QSignalSpy pinned(&m, &Model::pinnedChanged);
        QVERIFY(m.setData(m.index(0, Model::ContextColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(pinned.count(), 1);
        QCOMPARE(pinned.first().first().toStringList(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!m.setData(m.index(0, Model::StateColumn), Qt::Checked, Qt::CheckStateRole));

        // a context that left the kubeconfig goes unless it is open; new ones are appended
        Model::Live live;
        live.state = ConnectionState::Connected;
        m.setLive(QStringLiteral("a"), live);
        m.setContexts({{QStringLiteral("c"), {}, {}}});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.contextAt(0), QStringLiteral("a"));
        QCOMPARE(m.contextAt(1), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestClusterOverviewModel)
#include "tst_clusteroverviewmodel.moc"
