// ExposeOperation and `fedconsole-cli expose|unexpose` on the local control plane: NVIDIA FLARE's
// three services exposed through a microk8s-shaped ingress-nginx (fixtures/microk8s-ingress),
// as cluster-admin and as a user whose Roles let it write the TCP map but not the controller —
// the map must be put back. Traefik (microk8s >= 1.35) is named, not half-handled. And
// `fedconsole-cli edit-configmap`, the ConfigMap editor's key edits from a shell.
#include "../../integration/common/LocalConnection.h"
#include "EditorTestUtil.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/ObjectClient.h"
#include "model/editors/ExposeOperation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <memory>
#include <optional>

using namespace fc;
using namespace fc::editors;
using fc::test::kubectl;
using fc::editors::test::hostPorts;

class TestExposeOperation : public QObject {
    Q_OBJECT
private:
    QString m_ingress; ///< the controller's namespace (microk8s: "ingress")
    QString m_app;     ///< FLARE's services
    QString m_traefik;
    std::unique_ptr<ClusterConnection> m_admin;
    std::unique_ptr<ObjectClient> m_adminClient;

    std::unique_ptr<ClusterConnection> connectAs(const QString &context) { return fc::test::openLocal(context); }

    void create(const QJsonObject &o)
    {
        const auto r = kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, QJsonDocument(o).toJson());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    /// `onStep` runs on each progress step (a test changes the cluster between two writes).
    Result<ExposeOperation::Outcome> run(ObjectClient &client, const QString &service, bool unexpose = false, bool dryRun = false,
                                         const std::function<void(const QString &)> &onStep = {})
    {
        ExposeOperation op(&client);
        std::optional<Result<ExposeOperation::Outcome>> result;
        QStringList steps;
        connect(&op, &ExposeOperation::progress, &op, [&](const QString &s) {
            steps << s;
            if (onStep)
                onStep(s);
        });
        connect(&op, &ExposeOperation::finished, &op, [&](const Result<ExposeOperation::Outcome> &r) { result = r; });
        ExposeOperation::Request request;
        request.serviceNamespace = m_app;
        request.service = service;
        request.ingressNamespace = m_ingress;
        request.unexpose = unexpose;
        request.dryRun = dryRun;
        op.start(request);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return makeError(QStringLiteral("no answer in 30 s after: ") + steps.join(u'|'));
        return *result;
    }

    QJsonObject tcpMap() { return fc::test::kubectlJson(QStringLiteral("configmap"), m_ingress, QStringLiteral("nginx-ingress-tcp-microk8s-conf")); }
    QJsonObject controller()
    {
        return fc::test::kubectlJson(QStringLiteral("daemonset"), m_ingress, QStringLiteral("nginx-ingress-microk8s-controller"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        const int n = QRandomGenerator::global()->bounded(100000);
        m_ingress = QStringLiteral("it-ingress-%1").arg(n);
        m_app = QStringLiteral("it-flare-%1").arg(n);
        m_traefik = QStringLiteral("it-traefik-%1").arg(n);
        for (const QString &ns : {m_ingress, m_app, m_traefik})
            QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns}).exitCode == 0);
        using namespace fc::editors::test;
        for (const char *f : {"microk8s-ingress/10-nginx-load-balancer-microk8s-conf.yaml", "microk8s-ingress/11-nginx-ingress-tcp-microk8s-conf.yaml",
                              "microk8s-ingress/12-nginx-ingress-udp-microk8s-conf.yaml", "microk8s-ingress/20-nginx-ingress-microk8s-controller.yaml"})
            create(inNamespace(fixture(QLatin1String(f)), m_ingress));
        for (const char *svc : {"overseer", "server1", "server2"})
            create(inNamespace(flareService(QLatin1String(svc)), m_app));
        create(inNamespace(fixture(QStringLiteral("traefik/20-traefik-daemonset.yaml")), m_traefik));
        m_admin = connectAs(QStringLiteral("fedconsole-local"));
        m_adminClient = std::make_unique<ObjectClient>(m_admin.get());
    }

    void cleanupTestCase()
    {
        m_adminClient.reset();
        m_admin.reset();
        for (const QString &ns : {m_ingress, m_app, m_traefik})
            if (!ns.isEmpty())
                kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    // the server checks both writes; nothing is stored
    void dryRunStoresNothing()
    {
        const QJsonObject mapBefore = tcpMap();
        const QJsonObject dsBefore = controller();
        const auto r = run(*m_adminClient, QStringLiteral("server1"), false, true);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->plan.rows, (QList<int>{8002, 8003}));
        QCOMPARE(r->tcpMapAfter[u"data"][u"8002"].toString(), m_app + QStringLiteral("/server1:8002")); // as the server would store it
        QCOMPARE(tcpMap()[u"metadata"][u"resourceVersion"], mapBefore[u"metadata"][u"resourceVersion"]);
        QCOMPARE(controller()[u"metadata"][u"resourceVersion"], dsBefore[u"metadata"][u"resourceVersion"]);
    }

    // a user who may write the map but not the controller (real Roles): the map is put back
    void limitedUserGetsTheMapPutBack()
    {
        const QByteArray roles = fc::editors::test::mapOnlyRoles(m_ingress, m_app);
        const auto applied = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, roles);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QJsonObject mapBefore = tcpMap();
        const QStringList portsBefore = hostPorts(controller());
        auto limited = connectAs(QStringLiteral("fedconsole-local-token"));
        ObjectClient client(limited.get());
        const auto r = run(client, QStringLiteral("server1")); // Secrets cannot be listed either: detection goes on without them
        QVERIFY(!r);
        QCOMPARE(apiFailure(r.error()), ApiFailure::Forbidden);
        QVERIFY2(r.error().message.contains(QStringLiteral("put back")), qPrintable(r.error().message));
        const QJsonObject mapAfter = tcpMap();
        QVERIFY(mapAfter[u"metadata"][u"resourceVersion"] != mapBefore[u"metadata"][u"resourceVersion"]); // it was written, then restored
        QCOMPARE(mapAfter[u"data"], mapBefore[u"data"]);
        QCOMPARE(mapAfter[u"metadata"][u"annotations"], mapBefore[u"metadata"][u"annotations"]);
        QCOMPARE(hostPorts(controller()), portsBefore);
    }

    // FLARE's guide by hand, done by the operation: three services, eight routes; twice is once
    void exposeAndTakeBack()
    {
        for (const char *svc : {"server1", "server2", "overseer"}) {
            const auto r = run(*m_adminClient, QLatin1String(svc));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QVERIFY(!r->nothingToDo());
        }
        const QJsonObject data = tcpMap()[u"data"].toObject();
        QCOMPARE(data.keys(), (QStringList{QStringLiteral("8002"), QStringLiteral("8003"), QStringLiteral("8102"), QStringLiteral("8103"),
                                          QStringLiteral("8443")}));
        QCOMPARE(data[u"8102"].toString(), m_app + QStringLiteral("/server2:8102"));
        QCOMPARE(hostPorts(controller()), (QStringList{QStringLiteral("80"), QStringLiteral("443"), QStringLiteral("10254"), QStringLiteral("8002"),
                                                       QStringLiteral("8003"), QStringLiteral("8102"), QStringLiteral("8103"), QStringLiteral("8443")}));
        const QString rv = controller()[u"metadata"][u"resourceVersion"].toString();
        const auto again = run(*m_adminClient, QStringLiteral("server1"));
        QVERIFY(again);
        QVERIFY(again->nothingToDo());
        QCOMPARE(controller()[u"metadata"][u"resourceVersion"].toString(), rv);

        const auto back = run(*m_adminClient, QStringLiteral("server1"), true);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(tcpMap()[u"data"].toObject().keys(), (QStringList{QStringLiteral("8102"), QStringLiteral("8103"), QStringLiteral("8443")}));
        QVERIFY(!hostPorts(controller()).contains(QStringLiteral("8002")));
        QVERIFY(hostPorts(controller()).contains(QStringLiteral("8102")));
    }

    // someone writes the controller between the map write and the controller write: its own
    // status writes are written over (the spec is as planned), a spec change is not
    void controllerWrittenMeanwhile()
    {
        const QString ds = QStringLiteral("nginx-ingress-microk8s-controller");
        (void)run(*m_adminClient, QStringLiteral("overseer"), true); // start from "not exposed"
        const QJsonObject mapBefore = tcpMap();
        QVERIFY(!hostPorts(controller()).contains(QStringLiteral("8443")));
        int status = 100;
        const auto statusMeanwhile = [&](const QString &step) {
            if (step.startsWith(QStringLiteral("Writing the TCP map")))
                QVERIFY(kubectl({QStringLiteral("-n"), m_ingress, QStringLiteral("patch"), QStringLiteral("daemonset"), ds,
                                 QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                 QStringLiteral(R"({"status":{"numberMisscheduled":%1}})").arg(++status)})
                            .exitCode
                        == 0);
        };
        const auto exposed = run(*m_adminClient, QStringLiteral("overseer"), false, false, statusMeanwhile);
        QVERIFY2(exposed, qPrintable(exposed ? QString() : exposed.error().toString()));
        QVERIFY(hostPorts(controller()).contains(QStringLiteral("8443")));
        QCOMPARE(tcpMap()[u"data"][u"8443"].toString(), m_app + QStringLiteral("/overseer:8443"));

        QVERIFY(run(*m_adminClient, QStringLiteral("overseer"), true));
        const auto specMeanwhile = [&](const QString &step) {
            if (step.startsWith(QStringLiteral("Writing the TCP map")))
                QVERIFY(kubectl({QStringLiteral("-n"), m_ingress, QStringLiteral("patch"), QStringLiteral("daemonset"), ds,
                                 QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                 QStringLiteral(R"({"spec":{"template":{"metadata":{"annotations":{"example.com/restarted":"%1"}}}}})").arg(++status)})
                            .exitCode
                        == 0);
        };
        const auto refused = run(*m_adminClient, QStringLiteral("overseer"), false, false, specMeanwhile);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("changed by someone else")) && refused.error().message.contains(QStringLiteral("put back")),
                 qPrintable(refused.error().message));
        QCOMPARE(tcpMap()[u"data"], mapBefore[u"data"]);
        QVERIFY(!hostPorts(controller()).contains(QStringLiteral("8443")));
        QVERIFY(run(*m_adminClient, QStringLiteral("overseer"))); // as exposeAndTakeBack left it, for cli()
    }

    void traefikIsNamed()
    {
        ExposeOperation op(m_adminClient.get());
        std::optional<Result<ExposeOperation::Outcome>> result;
        connect(&op, &ExposeOperation::finished, &op, [&](const Result<ExposeOperation::Outcome> &r) { result = r; });
        op.start({m_app, QStringLiteral("server2"), {}, m_traefik, {}, false, false});
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!*result);
        QVERIFY2(result->error().message.contains(QStringLiteral("Traefik")), qPrintable(result->error().message));
    }

    void cli()
    {
        const QString fc = QStringLiteral(FC_CLI_PATH);
        const QStringList common{QStringLiteral("--kubeconfig"), fc::test::kubeconfigPath(), QStringLiteral("--context"), QStringLiteral("fedconsole-local")};
        const QString rv = tcpMap()[u"metadata"][u"resourceVersion"].toString();
        auto r = fc::test::run(fc, common + QStringList{QStringLiteral("expose"), QStringLiteral("server1"), QStringLiteral("-n"), m_app,
                                                       QStringLiteral("--ingress-namespace"), m_ingress, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("+  8002: " + m_app.toUtf8() + "/server1:8002")), r.out.constData());
        QVERIFY(r.out.contains("dry run, nothing stored"));
        QCOMPARE(tcpMap()[u"metadata"][u"resourceVersion"].toString(), rv);
        r = fc::test::run(fc, common + QStringList{QStringLiteral("expose"), QStringLiteral("server1"), QStringLiteral("--port"), QStringLiteral("99999")});
        QCOMPARE(r.exitCode, 1);
        r = fc::test::run(fc, common + QStringList{QStringLiteral("unexpose"), QStringLiteral("overseer"), QStringLiteral("-n"), m_app,
                                                  QStringLiteral("--ingress-namespace"), m_ingress, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"rowsRemoved"].toArray(), (QJsonArray{8443}));
        QVERIFY(!tcpMap()[u"data"].toObject().contains(QStringLiteral("8443")));
    }

    void editConfigMapCli()
    {
        const QString fc = QStringLiteral(FC_CLI_PATH);
        const QStringList common{QStringLiteral("--kubeconfig"), fc::test::kubeconfigPath(), QStringLiteral("--context"), QStringLiteral("fedconsole-local"),
                                 QStringLiteral("edit-configmap"), QStringLiteral("nginx-ingress-udp-microk8s-conf"), QStringLiteral("-n"), m_ingress};
        auto data = [&] { return fc::test::kubectlJson(QStringLiteral("configmap"), m_ingress, QStringLiteral("nginx-ingress-udp-microk8s-conf"))[u"data"].toObject(); };
        const QJsonObject before = data();
        // bad input: every problem named, nothing sent
        auto r = fc::test::run(fc, common + QStringList{QStringLiteral("--set"), QStringLiteral("bad key=1"), QStringLiteral("--set"),
                                                       QStringLiteral("route_table.json={\"a\": 1 \"b\": 2}")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("key \"bad key\"") && r.err.contains("line 1, column 9"), r.err.constData());
        QCOMPARE(data(), before);
        // dry run: the diff, nothing stored
        r = fc::test::run(fc, common + QStringList{QStringLiteral("--set"), QStringLiteral("53=kube-system/dns:53"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("+  53: kube-system/dns:53"), r.out.constData());
        QCOMPARE(data(), before);
        // written; then a key from a file, and one deleted
        r = fc::test::run(fc, common + QStringList{QStringLiteral("--set"), QStringLiteral("53=kube-system/dns:53")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(data()[u"53"].toString(), QStringLiteral("kube-system/dns:53"));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("servers:\n  - 10.0.0.1\n");
        file.close();
        r = fc::test::run(fc, common + QStringList{QStringLiteral("--set-file"), QStringLiteral("extra.yaml=") + file.fileName(), QStringLiteral("--delete"),
                                                  QStringLiteral("53")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(data()[u"extra.yaml"].toString(), QStringLiteral("servers:\n  - 10.0.0.1\n"));
        QVERIFY(!data().contains(QStringLiteral("53")));
        r = fc::test::run(fc, common + QStringList{QStringLiteral("--delete"), QStringLiteral("no-such-key")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExposeOperation)
#include "tst_exposeoperation.moc"
