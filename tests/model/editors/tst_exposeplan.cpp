#include "EditorTestUtil.h"

#include "model/editors/ExposePlan.h"
#include "model/editors/KubeValidation.h"
#include "model/editors/ObjectDiff.h"
#include "model/editors/WorkloadForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc;
using namespace fc::editors;

namespace {

const QString kPorts = QStringLiteral("spec.template.spec.containers[0].ports");

QJsonArray controllerPorts(const QJsonObject &controller)
{
    return valueAtPath(controller, parseFieldPath(kPorts)).toArray();
}

QJsonObject data(const QJsonObject &map)
{
    return map.value(QStringLiteral("data")).toObject();
}

ExposeRequest request(const QString &service, const QList<int> &ports = {})
{
    return {test::flareService(service), ports, test::microk8sTcpMap(), test::microk8sController(), {}};
}

/// A request against the objects a previous plan produced.
ExposeRequest after(const ExposePlan &plan, const QString &service, const QList<int> &ports = {})
{
    return {test::flareService(service), ports, plan.tcpMap, plan.controller, {}};
}

QJsonObject port(int number, const QString &name)
{
    QJsonObject p{{QStringLiteral("containerPort"), number}, {QStringLiteral("hostPort"), number}, {QStringLiteral("protocol"), QStringLiteral("TCP")}};
    if (!name.isEmpty())
        p.insert(QStringLiteral("name"), name);
    return p;
}

QJsonObject withControllerPorts(QJsonObject controller, const QJsonArray &extra)
{
    QJsonArray ports = controllerPorts(controller);
    for (const QJsonValue &p : extra)
        ports.append(p);
    setAtPath(controller, parseFieldPath(kPorts), ports);
    return controller;
}

/// The FLARE guide's hand edits: map rows and controller ports for overseer, server1, server2.
ExposeRequest handEdited(const QString &service)
{
    QJsonObject map = test::microk8sTcpMap();
    map.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")},
                                                   {QStringLiteral("8003"), QStringLiteral("flare/server1:8003")},
                                                   {QStringLiteral("8102"), QStringLiteral("flare/server2:8102")},
                                                   {QStringLiteral("8103"), QStringLiteral("flare/server2:8103")},
                                                   {QStringLiteral("8443"), QStringLiteral("flare/overseer:8443")}});
    const QJsonObject controller = withControllerPorts(test::microk8sController(),
                                                       {port(8443, QStringLiteral("overseer")), port(8002, QStringLiteral("server1fl")),
                                                        port(8003, QStringLiteral("server1adm")), port(8102, QStringLiteral("server2fl")),
                                                        port(8103, QStringLiteral("server2adm"))});
    return {test::flareService(service), {}, map, controller, {}};
}

QStringList portSummary(const QJsonObject &controller)
{
    QStringList out;
    for (const QJsonValue &v : controllerPorts(controller)) {
        const QJsonObject p = v.toObject();
        out << QStringLiteral("%1:%2:%3").arg(p.value(QStringLiteral("containerPort")).toInt()).arg(p.value(QStringLiteral("hostPort")).toInt())
                   .arg(p.value(QStringLiteral("name")).toString());
    }
    return out;
}

} // namespace

/// Exposing Services through microk8s' ingress-nginx: the two edits, their inverse, refusals
/// with reasons, and what the ingress in a namespace is.
class TestExposePlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exposeFlareServers();
    void exposingTwiceChangesNothing();
    void unexposeTakesBackExactlyThat();
    void unexposeHandEditedByExactMatch();
    void unexposeLeavesWhatChangedSince();
    void refusals_data();
    void refusals();
    void everyReasonAtOnce();
    void previewDiff();
    void annotationKey();
    void detection_data();
    void detection();
};

void TestExposePlan::exposeFlareServers()
{
    const Result<ExposePlan> s1 = planExpose(request(QStringLiteral("server1")));
    QVERIFY2(s1, qPrintable(s1 ? QString() : s1.error().message));
    QCOMPARE(s1->rows, (QList<int>{8002, 8003}));
    QCOMPARE(s1->hostPorts, (QList<int>{8002, 8003}));
    QVERIFY(s1->changesTcpMap && s1->changesController);
    const Result<ExposePlan> s2 = planExpose(after(*s1, QStringLiteral("server2")));
    QVERIFY(s2);
    const Result<ExposePlan> ov = planExpose(after(*s2, QStringLiteral("overseer")));
    QVERIFY(ov);
    // the rows of NVIDIA FLARE's microk8s guide
    QCOMPARE(data(ov->tcpMap), (QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")},
                                            {QStringLiteral("8003"), QStringLiteral("flare/server1:8003")},
                                            {QStringLiteral("8102"), QStringLiteral("flare/server2:8102")},
                                            {QStringLiteral("8103"), QStringLiteral("flare/server2:8103")},
                                            {QStringLiteral("8443"), QStringLiteral("flare/overseer:8443")}}));
    // and its ports, named when a valid name is free in the pod
    QCOMPARE(portSummary(ov->controller), (QStringList{QStringLiteral("80:80:http"), QStringLiteral("443:443:https"), QStringLiteral("10254:10254:health"),
                                                       QStringLiteral("8002:8002:server1-fl-port"), QStringLiteral("8003:8003:server1-8003"),
                                                       QStringLiteral("8102:8102:server2-fl-port"), QStringLiteral("8103:8103:server2-8103"),
                                                       QStringLiteral("8443:8443:overseer-8443")}));
    QVERIFY2(validateWorkload(ov->controller).isEmpty(), "the controller stays valid");
    const QJsonObject record = QJsonDocument::fromJson(ov->tcpMap.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations"))
                                                           .toObject().value(QStringLiteral("fedconsole.io/exposed-flare.server1")).toString().toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("service")).toString(), QStringLiteral("flare/server1"));
    QCOMPARE(record.value(QStringLiteral("rows")).toArray(), (QJsonArray{8002, 8003}));
    QCOMPARE(record.value(QStringLiteral("container")).toString(), QStringLiteral("ingress/nginx-ingress-microk8s-controller/nginx-ingress-microk8s"));
}

void TestExposePlan::exposingTwiceChangesNothing()
{
    const Result<ExposePlan> first = planExpose(request(QStringLiteral("server1")));
    QVERIFY(first);
    const Result<ExposePlan> again = planExpose(after(*first, QStringLiteral("server1")));
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(again->skipped.size(), 4); // two rows, two host ports
    QCOMPARE(again->tcpMap, first->tcpMap);
    QCOMPARE(again->controller, first->controller);

    // the guide's hand edits count as there too
    const Result<ExposePlan> hand = planExpose(handEdited(QStringLiteral("server2")));
    QVERIFY(hand);
    QVERIFY(hand->isEmpty());
}

void TestExposePlan::unexposeTakesBackExactlyThat()
{
    const Result<ExposePlan> s1 = planExpose(request(QStringLiteral("server1")));
    const Result<ExposePlan> s2 = planExpose(after(*s1, QStringLiteral("server2")));
    QVERIFY(s1 && s2);
    const Result<ExposePlan> back = planUnexpose(after(*s2, QStringLiteral("server1")));
    QVERIFY(back);
    QCOMPARE(back->rows, (QList<int>{8002, 8003}));
    QCOMPARE(back->hostPorts, (QList<int>{8002, 8003}));
    QCOMPARE(data(back->tcpMap).keys(), (QStringList{QStringLiteral("8102"), QStringLiteral("8103")}));
    QVERIFY(!back->tcpMap.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject()
                 .contains(QStringLiteral("fedconsole.io/exposed-flare.server1")));
    // one port of server2, then the other: the record shrinks, then goes
    const Result<ExposePlan> one = planUnexpose(after(*back, QStringLiteral("server2"), {8103}));
    QVERIFY(one);
    QCOMPARE(one->rows, QList<int>{8103});
    const Result<ExposePlan> all = planUnexpose(after(*one, QStringLiteral("server2")));
    QVERIFY(all);
    QCOMPARE(all->rows, QList<int>{8102});
    // both objects are back to what microk8s made, byte for byte
    QCOMPARE(all->tcpMap, test::microk8sTcpMap());
    QCOMPARE(all->controller, test::microk8sController());
}

void TestExposePlan::unexposeHandEditedByExactMatch()
{
    const Result<ExposePlan> back = planUnexpose(handEdited(QStringLiteral("server1")));
    QVERIFY(back);
    QCOMPARE(back->rows, (QList<int>{8002, 8003}));
    QCOMPARE(back->hostPorts, (QList<int>{8002, 8003}));
    QCOMPARE(data(back->tcpMap).keys(), (QStringList{QStringLiteral("8102"), QStringLiteral("8103"), QStringLiteral("8443")}));
    QCOMPARE(portSummary(back->controller), (QStringList{QStringLiteral("80:80:http"), QStringLiteral("443:443:https"), QStringLiteral("10254:10254:health"),
                                                         QStringLiteral("8443:8443:overseer"), QStringLiteral("8102:8102:server2fl"),
                                                         QStringLiteral("8103:8103:server2adm")}));
}

void TestExposePlan::unexposeLeavesWhatChangedSince()
{
    const Result<ExposePlan> s1 = planExpose(request(QStringLiteral("server1")));
    QVERIFY(s1);
    ExposeRequest changed = after(*s1, QStringLiteral("server1"));
    QJsonObject d = data(changed.tcpMap);
    d.insert(QStringLiteral("8002"), QStringLiteral("flare/server2:8102")); // someone re-pointed it
    changed.tcpMap.insert(QStringLiteral("data"), d);
    const Result<ExposePlan> back = planUnexpose(changed);
    QVERIFY(back);
    QCOMPARE(back->rows, QList<int>{8003});
    QCOMPARE(back->hostPorts, QList<int>{8003}); // 8002 still carries a row
    QCOMPARE(data(back->tcpMap).value(QStringLiteral("8002")).toString(), QStringLiteral("flare/server2:8102"));
    QCOMPARE(back->skipped.size(), 2);
    QVERIFY(back->skipped.join(u' ').contains(QStringLiteral("forwards to flare/server2:8102 now")));
}

void TestExposePlan::refusals_data()
{
    QTest::addColumn<QJsonObject>("service");
    QTest::addColumn<QList<int>>("ports");
    QTest::addColumn<QJsonObject>("tcpMap");
    QTest::addColumn<QJsonObject>("controller");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("reason");

    const QJsonObject server1 = test::flareService(QStringLiteral("server1"));
    const QJsonObject map = test::microk8sTcpMap();
    const QJsonObject ctl = test::microk8sController();
    auto service = [](const QJsonArray &ports) {
        QJsonObject s = test::flareService(QStringLiteral("overseer"));
        QJsonObject spec = s.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("ports"), ports);
        s.insert(QStringLiteral("spec"), spec);
        return s;
    };
    QJsonObject taken = map;
    taken.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("fate-9999/rollsite:9370")}});
    QJsonObject immutable = map;
    immutable.insert(QStringLiteral("immutable"), true);

    QTest::newRow("a reserved port") << service({QJsonObject{{QStringLiteral("port"), 443}}}) << QList<int>{} << map << ctl << QString()
                                     << "Port 443 is reserved for the controller's HTTPS listener.";
    QTest::newRow("the health port is reserved") << service({QJsonObject{{QStringLiteral("port"), 10254}}}) << QList<int>{} << map << ctl << QString()
                                                 << "reserved for the controller's health check";
    QTest::newRow("a port the Service does not have") << server1 << QList<int>{9000} << map << ctl << QString() << "Service flare/server1 has no port 9000.";
    QTest::newRow("a UDP port") << service({QJsonObject{{QStringLiteral("port"), 5353}, {QStringLiteral("protocol"), QStringLiteral("UDP")}}}) << QList<int>{5353}
                                << map << ctl << QString() << "Port 5353 is UDP: the TCP map forwards TCP only.";
    QTest::newRow("a Service without TCP ports") << service({QJsonObject{{QStringLiteral("port"), 5353}, {QStringLiteral("protocol"), QStringLiteral("UDP")}}})
                                                 << QList<int>{} << map << ctl << QString() << "has no TCP port";
    QTest::newRow("the row forwards elsewhere") << server1 << QList<int>{8002} << taken << ctl << QString()
                                                << "Port 8002 already forwards to fate-9999/rollsite:9370.";
    QTest::newRow("the host port is taken") << server1 << QList<int>{8002} << map
                                            << withControllerPorts(ctl, {QJsonObject{{QStringLiteral("containerPort"), 18002}, {QStringLiteral("hostPort"), 8002}}})
                                            << QString() << "host port 8002/TCP is taken by containers[0].ports[3] (containerPort 18002)";
    QTest::newRow("the containerPort is declared without that host port") << server1 << QList<int>{8002} << map
                                                                          << withControllerPorts(ctl, {QJsonObject{{QStringLiteral("containerPort"), 8002}}})
                                                                          << QString() << "declares containerPort 8002 already (containers[0].ports[3]) without that host port";
    QTest::newRow("an immutable map") << server1 << QList<int>{} << immutable << ctl << QString() << "immutable";
    QTest::newRow("a container the controller does not have") << server1 << QList<int>{} << map << ctl << QStringLiteral("nginx") << "has no container nginx";
}

void TestExposePlan::refusals()
{
    QFETCH(QJsonObject, service);
    QFETCH(QList<int>, ports);
    QFETCH(QJsonObject, tcpMap);
    QFETCH(QJsonObject, controller);
    QFETCH(QString, container);
    QFETCH(QString, reason);
    const Result<ExposePlan> plan = planExpose({service, ports, tcpMap, controller, container});
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(reason), qPrintable(plan.error().message));
}

void TestExposePlan::everyReasonAtOnce()
{
    QJsonObject map = test::microk8sTcpMap();
    map.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8003"), QStringLiteral("other/svc:1")}});
    const Result<ExposePlan> plan = planExpose({test::flareService(QStringLiteral("server1")), {8002, 8003, 9000}, map, test::microk8sController(), {}});
    QVERIFY(!plan);
    QCOMPARE(plan.error().causes.size(), 2); // 9000 not on the Service, 8003 taken; 8002 alone would be fine
    QCOMPARE(plan.error().causes.at(0).field, QStringLiteral("data[9000]"));
    QCOMPARE(plan.error().causes.at(1).field, QStringLiteral("data[8003]"));
    QVERIFY(plan.error().message.startsWith(QStringLiteral("Nothing was changed: ")));
}

void TestExposePlan::previewDiff()
{
    const Result<ExposePlan> plan = planExpose(request(QStringLiteral("overseer")));
    QVERIFY(plan);
    // what the wizard previews: two small diffs
    QStringList mapChanges;
    for (const FieldChange &c : diffObjects(test::microk8sTcpMap(), plan->tcpMap))
        mapChanges << pathText(c.path);
    QCOMPARE(mapChanges, (QStringList{QStringLiteral("data"), QStringLiteral("metadata.annotations")}));
    const QList<FieldChange> controllerChanges = diffObjects(test::microk8sController(), plan->controller);
    QCOMPARE(controllerChanges.size(), 1);
    QCOMPARE(pathText(controllerChanges.at(0).path),
             QStringLiteral("spec.template.spec.containers[name=nginx-ingress-microk8s].ports[containerPort=8443/TCP]"));
    QCOMPARE(controllerChanges.at(0).after.toObject(), port(8443, QStringLiteral("overseer-8443")));
}

void TestExposePlan::annotationKey()
{
    QCOMPARE(exposureAnnotation(QStringLiteral("flare"), QStringLiteral("server1")), QStringLiteral("fedconsole.io/exposed-flare.server1"));
    const QString ns = QString(63, u'n');
    const QString a = exposureAnnotation(ns, QString(63, u's'));
    const QString b = exposureAnnotation(ns, QString(62, u's'));
    QVERIFY2(validation::qualifiedNameProblems(a).isEmpty(), qPrintable(validation::qualifiedNameProblems(a).join(u';')));
    QVERIFY(a != b);
    QCOMPARE(a, exposureAnnotation(ns, QString(63, u's')));
}

void TestExposePlan::detection_data()
{
    QTest::addColumn<QList<QJsonObject>>("workloads");
    QTest::addColumn<QList<QJsonObject>>("configMaps");
    QTest::addColumn<QList<QJsonObject>>("secrets");
    QTest::addColumn<int>("flavour");
    QTest::addColumn<bool>("canExpose");
    QTest::addColumn<QString>("message");

    using F = IngressDetection::Flavour;
    const QJsonObject ctl = test::microk8sController();
    const QList<QJsonObject> microk8sMaps{test::fixture(QStringLiteral("microk8s-ingress/10-nginx-load-balancer-microk8s-conf.yaml")),
                                          test::microk8sTcpMap(), test::microk8sUdpMap()};
    const QJsonObject traefik = test::fixture(QStringLiteral("traefik/20-traefik-daemonset.yaml"));
    const QJsonObject helmSecret{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("sh.helm.release.v1.traefik.v1")},
                                                                          {QStringLiteral("namespace"), QStringLiteral("ingress")}}}};
    QJsonObject noFlag = ctl;
    {
        QJsonArray containers = valueAtPath(noFlag, parseFieldPath(QStringLiteral("spec.template.spec.containers"))).toArray();
        QJsonObject c = containers.at(0).toObject();
        c.insert(QStringLiteral("args"), QJsonArray{QStringLiteral("/nginx-ingress-controller"), QStringLiteral("--ingress-class=public")});
        containers.replace(0, c);
        setAtPath(noFlag, parseFieldPath(QStringLiteral("spec.template.spec.containers")), containers);
    }
    QJsonObject behindService = ctl;
    setAtPath(behindService, parseFieldPath(kPorts), QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 80}}});
    behindService.insert(QStringLiteral("kind"), QStringLiteral("Deployment"));

    QTest::newRow("microk8s' ingress addon") << QList<QJsonObject>{ctl} << microk8sMaps << QList<QJsonObject>{} << int(F::Microk8sNginx) << true
                                             << "adding rows to ingress/nginx-ingress-tcp-microk8s-conf and the same ports as containerPort/hostPort on container nginx-ingress-microk8s";
    QTest::newRow("the TCP map does not exist") << QList<QJsonObject>{ctl} << QList<QJsonObject>{} << QList<QJsonObject>{} << int(F::Microk8sNginx) << false
                                                << "which does not exist";
    QTest::newRow("ingress-nginx behind a Service") << QList<QJsonObject>{behindService} << microk8sMaps << QList<QJsonObject>{} << int(F::Microk8sNginx) << false
                                                    << "its pods open no host ports";
    QTest::newRow("ingress-nginx without a TCP map") << QList<QJsonObject>{noFlag} << microk8sMaps << QList<QJsonObject>{} << int(F::IngressNginx) << false
                                                     << "without --tcp-services-configmap";
    QTest::newRow("Traefik DaemonSet (microk8s 1.35)") << QList<QJsonObject>{traefik} << QList<QJsonObject>{} << QList<QJsonObject>{} << int(F::Traefik) << false
                                                       << "The ingress here is Traefik";
    QTest::newRow("Traefik known by its Helm release") << QList<QJsonObject>{} << QList<QJsonObject>{} << QList<QJsonObject>{helmSecret} << int(F::Traefik) << false
                                                       << "IngressRouteTCP";
    QTest::newRow("nginx maps win over a Traefik also there") << QList<QJsonObject>{traefik, ctl} << microk8sMaps << QList<QJsonObject>{} << int(F::Microk8sNginx) << true
                                                              << "microk8s' ingress";
    QTest::newRow("nothing") << QList<QJsonObject>{} << QList<QJsonObject>{} << QList<QJsonObject>{} << int(F::None) << false << "microk8s enable ingress";
}

void TestExposePlan::detection()
{
    QFETCH(QList<QJsonObject>, workloads);
    QFETCH(QList<QJsonObject>, configMaps);
    QFETCH(QList<QJsonObject>, secrets);
    QFETCH(int, flavour);
    QFETCH(bool, canExpose);
    QFETCH(QString, message);
    const IngressDetection d = detectIngress(workloads, configMaps, secrets);
    QCOMPARE(int(d.flavour), flavour);
    QCOMPARE(d.canExpose, canExpose);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    if (flavour == int(IngressDetection::Flavour::Microk8sNginx)) {
        QCOMPARE(d.tcpMap, QStringLiteral("ingress/nginx-ingress-tcp-microk8s-conf"));
        QCOMPARE(d.udpMap, QStringLiteral("ingress/nginx-ingress-udp-microk8s-conf"));
        QCOMPARE(d.controllerName, QStringLiteral("nginx-ingress-microk8s-controller"));
    }
}

QTEST_GUILESS_MAIN(TestExposePlan)
#include "tst_exposeplan.moc"
