// The "Expose through ingress" dialog on the local control plane, with a microk8s-shaped ingress
// namespace (fixtures of tests/model/editors): pick FLARE's server, dry run (both diffs, nothing
// stored), confirm, both writes verified with kubectl, the controller's rollout followed to the
// end; then "Remove exposure" puts both back. A Service the user cannot expose says why. A FLARE
// party of a recognised federation is picked from a list; a user whose Roles do not allow the
// controller write is told by the dry run, before anything is written.
#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"
#include "../../model/editors/EditorTestUtil.h"

#include "gui/editors/ExposeDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace fc;
using namespace fc::test;
using fc::editors::test::hostPorts;

class TestExposeDialog final : public QObject {
    Q_OBJECT
private:
    QString m_ingress;
    QString m_app;
    QString m_node; ///< this test's own KWOK node
    std::unique_ptr<ClusterConnection> m_conn;

    void create(const QJsonObject &o)
    {
        const auto r = kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, QJsonDocument(o).toJson());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QJsonObject tcpMap() { return fc::test::kubectlJson(QStringLiteral("configmap"), m_ingress, QStringLiteral("nginx-ingress-tcp-microk8s-conf")); }
    QJsonObject controller() { return fc::test::kubectlJson(QStringLiteral("daemonset"), m_ingress, QStringLiteral("nginx-ingress-microk8s-controller")); }


private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        const int n = QRandomGenerator::global()->bounded(100000);
        m_ingress = QStringLiteral("gui-ingress-%1").arg(n);
        m_app = QStringLiteral("gui-flare-%1").arg(n);
        for (const QString &ns : {m_ingress, m_app})
            QVERIFY(createNamespace(ns));
        using namespace fc::editors::test;
        // The controller runs on a KWOK node of this test's own, tainted so nothing else lands there:
        // other ingress controllers in the cluster (the README's demo has microk8s' in "ingress")
        // hold host ports 80/443/8002… on the shared nodes, and a rollout would wait for them.
        m_node = QStringLiteral("gui-expose-%1").arg(n);
        const QString node = QStringLiteral(R"({"apiVersion":"v1","kind":"Node","metadata":{"name":"%1","annotations":{"kwok.x-k8s.io/node":"fake"},
            "labels":{"kubernetes.io/hostname":"%1","type":"kwok","fedconsole.io/expose-test":"%1"}},
            "spec":{"taints":[{"key":"fedconsole.io/expose-test","value":"%1","effect":"NoSchedule"}]},
            "status":{"capacity":{"cpu":"8","memory":"32Gi","pods":"110"},"allocatable":{"cpu":"8","memory":"32Gi","pods":"110"}}})")
                                 .arg(m_node);
        create(QJsonDocument::fromJson(node.toUtf8()).object());
        for (const char *f : {"microk8s-ingress/10-nginx-load-balancer-microk8s-conf.yaml", "microk8s-ingress/11-nginx-ingress-tcp-microk8s-conf.yaml",
                              "microk8s-ingress/12-nginx-ingress-udp-microk8s-conf.yaml"})
            create(inNamespace(fixture(QLatin1String(f)), m_ingress));
        QJsonObject controller = inNamespace(microk8sController(), m_ingress);
        QJsonObject spec = controller[u"spec"].toObject();
        QJsonObject tmpl = spec[u"template"].toObject();
        QJsonObject podSpec = tmpl[u"spec"].toObject();
        podSpec.insert(QStringLiteral("nodeSelector"), QJsonObject{{QStringLiteral("fedconsole.io/expose-test"), m_node}});
        QJsonArray tolerations = podSpec[u"tolerations"].toArray();
        tolerations.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("fedconsole.io/expose-test")},
                                       {QStringLiteral("operator"), QStringLiteral("Exists")},
                                       {QStringLiteral("effect"), QStringLiteral("NoSchedule")}});
        podSpec.insert(QStringLiteral("tolerations"), tolerations);
        tmpl.insert(QStringLiteral("spec"), podSpec);
        spec.insert(QStringLiteral("template"), tmpl);
        controller.insert(QStringLiteral("spec"), spec);
        create(controller);
        // the addon's ServiceAccount, without which the DaemonSet controller cannot create pods
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("serviceaccount"), QStringLiteral("nginx-ingress-microk8s-serviceaccount"),
                         QStringLiteral("-n"), m_ingress})
                    .exitCode
                == 0);
        for (const char *svc : {"overseer", "server1"})
            create(inNamespace(flareService(QLatin1String(svc)), m_app));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
    }


    void cleanupTestCase()
    {
        for (const QString &ns : {m_ingress, m_app})
            if (!ns.isEmpty())
                kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
        if (!m_node.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("node"), m_node, QStringLiteral("--wait=false")});
    }

    void exposeThenRemove()
    {
        const QString mapVersion = tcpMap()[u"metadata"][u"resourceVersion"].toString();
        ExposeDialog dialog(m_conn.get(), m_app, QStringLiteral("server1"));
        dialog.setIngressNamespace(m_ingress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.portsLoaded(), 10000);
        auto *ports = dialog.findChild<QListWidget *>(QStringLiteral("portsListWidget"));
        QCOMPARE(ports->count(), 2); // FLARE's server: 8002 (fl) and 8003 (admin)
        QCOMPARE(dialog.checkedPorts(), (QList<int>{8002, 8003}));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("exposeApplyButton"));
        QVERIFY(!apply->isEnabled()); // not before a dry run

        // dry run: both diffs, nothing stored
        QSignalSpy previewed(&dialog, &ExposeDialog::previewFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exposePreviewButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 30000);
        QVERIFY2(previewed.first().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.tcpMapDiff().contains(QStringLiteral("+  8002: %1/server1:8002").arg(m_app)), qPrintable(dialog.tcpMapDiff()));
        QVERIFY2(dialog.controllerDiff().contains(QStringLiteral("hostPort: 8003")), qPrintable(dialog.controllerDiff()));
        QCOMPARE(tcpMap()[u"metadata"][u"resourceVersion"].toString(), mapVersion);
        QVERIFY(apply->isEnabled());
        dialog.findChild<QTabWidget *>(QStringLiteral("exposeTabWidget"))->setCurrentIndex(1);
        FC_SCREENSHOT(&dialog, QStringLiteral("expose-dry-run.png"));

        // changing the choice asks for a new dry run
        ports->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!apply->isEnabled());
        ports->item(1)->setCheckState(Qt::Checked);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exposePreviewButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 2, 30000);

        // declining the confirmation writes nothing
        dialog.setConfirmAnswerForTest(false);
        dialog.apply();
        QTest::qWait(300);
        QCOMPARE(tcpMap()[u"metadata"][u"resourceVersion"].toString(), mapVersion);

        QSignalSpy applied(&dialog, &ExposeDialog::applyFinished);
        dialog.setConfirmAnswerForTest(true);
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        QVERIFY2(applied.first().first().toBool(), qPrintable(dialog.statusText()));
        const QJsonObject map = tcpMap();
        QCOMPARE(map[u"data"][u"8002"].toString(), m_app + QStringLiteral("/server1:8002"));
        QCOMPARE(map[u"data"][u"8003"].toString(), m_app + QStringLiteral("/server1:8003"));
        QVERIFY(hostPorts(controller()).contains(QStringLiteral("8002")));
        QVERIFY(hostPorts(controller()).contains(QStringLiteral("8003")));
        // the rollout is followed until the controller's pods run the new ports (KWOK runs them)
        // (not QTRY_*: on failure it waits twice as long again to say how long would have sufficed)
        QVERIFY2(QTest::qWaitFor([&] { return dialog.rolloutFinished(); }, 90000), qPrintable(dialog.rolloutText()));
        QVERIFY2(dialog.rolloutText().contains(QStringLiteral("1 desired · 1 updated · 1 ready — rolled out")), qPrintable(dialog.rolloutText()));
        FC_SCREENSHOT(&dialog, QStringLiteral("expose-rolled-out.png"));

        // remove the exposure: both back as they were
        dialog.setUnexpose(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exposePreviewButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 3, 30000);
        QVERIFY2(previewed.last().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.tcpMapDiff().contains(QStringLiteral("-  8002: ")), qPrintable(dialog.tcpMapDiff()));
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 30000);
        QVERIFY2(applied.last().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY(!tcpMap()[u"data"].toObject().contains(QStringLiteral("8002")));
        QVERIFY(!hostPorts(controller()).contains(QStringLiteral("8002")));
        QVERIFY2(QTest::qWaitFor([&] { return dialog.rolloutFinished(); }, 90000), qPrintable(dialog.rolloutText()));
    }

    void federationPartyPickedFromTheList()
    {
        // the FLARE servers of a recognised federation are offered first; a pick fills the Service
        // and ticks the party's ports only (server1's 8003 admin port is left unticked here)
        ExposeDialog dialog(m_conn.get(), QString(), QString());
        dialog.setIngressNamespace(m_ingress);
        PartyService server1;
        server1.federation = QStringLiteral("flare-demo");
        server1.party = QStringLiteral("server1");
        server1.role = PartyRole::Server;
        server1.namespace_ = m_app;
        server1.service = QStringLiteral("server1");
        server1.ports = {8002};
        dialog.setPartyServices({server1});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *party = dialog.findChild<QComboBox *>(QStringLiteral("partyServiceComboBox"));
        QVERIFY(party && party->isVisible());
        QCOMPARE(party->count(), 2);
        QVERIFY2(party->itemText(1).contains(QStringLiteral("flare-demo")) && party->itemText(1).contains(m_app + QStringLiteral("/server1")),
                 qPrintable(party->itemText(1)));
        party->setCurrentIndex(1);
        Q_EMIT party->activated(1);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serviceLineEdit"))->text(), QStringLiteral("server1"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.portsLoaded(), 10000);
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("portsListWidget"))->count(), 2);
        QCOMPARE(dialog.checkedPorts(), QList<int>{8002});
        // the Service fields offer the live names (all namespaces for cluster-admin)
        QTRY_VERIFY_WITH_TIMEOUT(dialog.offeredNamespaces().contains(m_app), 10000);
        QTRY_VERIFY(dialog.offeredServices().contains(QStringLiteral("overseer")));
        QVERIFY(dialog.offeredServices().contains(QStringLiteral("server1")));
        FC_SCREENSHOT(&dialog, QStringLiteral("expose-federation-party.png"));
        FC_ACCESSIBLE(&dialog);
        // typing another Service drops the pick
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serviceLineEdit")), QStringLiteral("x"));
        QCOMPARE(party->currentIndex(), 0);
    }

    // a user whose Roles let it write the TCP map but not the controller: the dry run says so
    // before anything is written, and Write stays disabled
    void limitedUserIsToldBeforeWriting()
    {
        const QByteArray roles = fc::editors::test::mapOnlyRoles(m_ingress, m_app);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, roles);
        const QString mapVersion = tcpMap()[u"metadata"][u"resourceVersion"].toString();
        const QString controllerVersion = controller()[u"metadata"][u"resourceVersion"].toString();
        std::unique_ptr<ClusterConnection> limited = openLocal(QStringLiteral("fedconsole-local-token"));
        QVERIFY(limited);
        ExposeDialog dialog(limited.get(), m_app, QStringLiteral("server1"));
        dialog.setIngressNamespace(m_ingress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.portsLoaded(), 10000);
        // Services cannot be listed cluster-wide: the typed namespace's are offered instead
        QTRY_VERIFY_WITH_TIMEOUT(dialog.offeredServices().contains(QStringLiteral("server1")), 10000);
        QSignalSpy previewed(&dialog, &ExposeDialog::previewFinished);
        dialog.preview();
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 30000);
        QVERIFY(!previewed.first().first().toBool());
        QVERIFY(!dialog.canApply());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("The dry run was refused, so nothing was written"))
                     && dialog.statusText().contains(QStringLiteral("forbidden"), Qt::CaseInsensitive)
                     && dialog.statusText().contains(QStringLiteral("daemonsets")),
                 qPrintable(dialog.statusText()));
        FC_SCREENSHOT(&dialog, QStringLiteral("expose-limited-user.png"));
        QCOMPARE(tcpMap()[u"metadata"][u"resourceVersion"].toString(), mapVersion);
        QCOMPARE(controller()[u"metadata"][u"resourceVersion"].toString(), controllerVersion);
    }

    void refusalsAreExplained()
    {
        // the overseer's 8443 collides with nothing, but a reserved port would: expose the overseer
        // through a namespace with no controller at all
        ExposeDialog dialog(m_conn.get(), m_app, QStringLiteral("overseer"));
        dialog.setIngressNamespace(m_app);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.portsLoaded(), 10000);
        QSignalSpy previewed(&dialog, &ExposeDialog::previewFinished);
        dialog.preview();
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 30000);
        QVERIFY(!previewed.first().first().toBool());
        QVERIFY(!dialog.canApply());
        QVERIFY2(!dialog.statusText().isEmpty(), "no reason given");
        // a Service that does not exist
        ExposeDialog missing(m_conn.get(), m_app, QStringLiteral("no-such-service"));
        QTRY_VERIFY_WITH_TIMEOUT(missing.portsLoaded(), 10000);
        QVERIFY2(missing.statusText().contains(QStringLiteral("Cannot read Service")), qPrintable(missing.statusText()));
    }
};

QTEST_MAIN(TestExposeDialog)
#include "tst_exposedialog.moc"
