#include "backend/cluster/ObjectParser.h"

#include <QTest>

using namespace fc;

class TestObjectParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<bool>("valid");
        QTest::newRow("integer") << QStringLiteral("8") << qint64(8000) << true;
        QTest::newRow("milli") << QStringLiteral("250m") << qint64(250) << true;
        QTest::newRow("binary") << QStringLiteral("1Gi") << qint64(1073741824000) << true;
        QTest::newRow("decimal-k") << QStringLiteral("2k") << qint64(2000000) << true;
        QTest::newRow("fraction") << QStringLiteral("1.5") << qint64(1500) << true;
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(1000000) << true;
        QTest::newRow("garbage") << QStringLiteral("lots") << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        // past qint64 in milli-units: no cluster's quantity; casting it was undefined (fuzz_summarize)
        QTest::newRow("too-large") << QStringLiteral("5.9e23") << qint64(0) << false;
        QTest::newRow("too-large-suffix") << QStringLiteral("9Ei") << qint64(0) << false;
        QTest::newRow("too-small") << QStringLiteral("-1e300") << qint64(0) << false;
        QTest::newRow("infinite") << QStringLiteral("inf") << qint64(0) << false;
        QTest::newRow("largest-cpu") << QStringLiteral("9e12") << qint64(9000000000000000) << true;
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        QFETCH(bool, valid);
        const auto q = parseQuantityMilli(text);
        QCOMPARE(q.has_value(), valid);
        if (valid)
            QCOMPARE(*q, milli);
    }

    // STATUS as `kubectl get pods` prints it (printPod in kubernetes/pkg/printers/internalversion).
    void podStatus_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("deleting");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("ready");
        QTest::addColumn<int>("restarts");
        QTest::newRow("running") << QByteArray(R"({"phase":"Running","conditions":[{"type":"Ready","status":"True"}],
            "containerStatuses":[{"name":"a","ready":true,"restartCount":0,"state":{"running":{}}},
                                 {"name":"b","ready":true,"restartCount":2,"state":{"running":{}}}]})")
                                 << false << QStringLiteral("Running") << 2 << 2;
        QTest::newRow("crashloop") << QByteArray(R"({"phase":"Running","containerStatuses":[
            {"name":"a","ready":false,"restartCount":7,"state":{"waiting":{"reason":"CrashLoopBackOff"}}},
            {"name":"b","ready":true,"restartCount":0,"state":{"running":{}}}]})")
                                   << false << QStringLiteral("CrashLoopBackOff") << 1 << 7;
        QTest::newRow("pending-creating") << QByteArray(R"({"phase":"Pending","containerStatuses":[
            {"name":"a","ready":false,"restartCount":0,"state":{"waiting":{"reason":"ContainerCreating"}}},
            {"name":"b","ready":false,"restartCount":0,"state":{"waiting":{"reason":"ContainerCreating"}}}]})")
                                          << false << QStringLiteral("ContainerCreating") << 0 << 0;
        QTest::newRow("init-waiting") << QByteArray(R"({"phase":"Pending","initContainerStatuses":[
            {"name":"init","ready":false,"restartCount":0,"state":{"running":{}}}]})")
                                      << false << QStringLiteral("Init:0/1") << 0 << 0;
        QTest::newRow("init-crash") << QByteArray(R"({"phase":"Pending","initContainerStatuses":[
            {"name":"init","ready":false,"restartCount":3,"state":{"waiting":{"reason":"CrashLoopBackOff"}}}]})")
                                    << false << QStringLiteral("Init:CrashLoopBackOff") << 0 << 3;
        QTest::newRow("terminating") << QByteArray(R"({"phase":"Running","containerStatuses":[
            {"name":"a","ready":true,"restartCount":0,"state":{"running":{}}}]})")
                                     << true << QStringLiteral("Terminating") << 1 << 0;
        QTest::newRow("completed") << QByteArray(R"({"phase":"Succeeded","containerStatuses":[
            {"name":"a","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}},
            {"name":"b","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}}]})")
                                   << false << QStringLiteral("Completed") << 0 << 0;
        QTest::newRow("exitcode-no-reason") << QByteArray(R"({"phase":"Failed","containerStatuses":[
            {"name":"a","ready":false,"restartCount":0,"state":{"terminated":{"exitCode":3}}}]})")
                                            << false << QStringLiteral("ExitCode:3") << 0 << 0;
        QTest::newRow("evicted") << QByteArray(R"({"phase":"Failed","reason":"Evicted"})")
                                 << false << QStringLiteral("Evicted") << 0 << 0;
    }
    void podStatus()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, deleting);
        QFETCH(QString, expected);
        QFETCH(int, ready);
        QFETCH(int, restarts);
        QByteArray json = R"({"kind":"Pod","metadata":{"name":"p","namespace":"ns","uid":"u1",)";
        if (deleting)
            json += R"("deletionTimestamp":"2026-01-01T00:00:00Z",)";
        json += R"("creationTimestamp":"2026-01-02T03:04:05Z"},
            "spec":{"initContainers":[{"name":"init","image":"busybox"}],
                    "containers":[{"name":"a","image":"x","resources":{"limits":{"nvidia.com/gpu":"2"}}},{"name":"b"}]},
            "status":)" + status + "}";
        // the init container only exists for the init rows; two app containers always
        if (!status.contains("initContainerStatuses"))
            json.replace(R"("initContainers":[{"name":"init","image":"busybox"}],)", "");
        auto r = parseObjectJson(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const PodInfo *p = r->pod();
        QVERIFY(p);
        QCOMPARE(p->status, expected);
        QCOMPARE(p->ready, ready);
        QCOMPARE(p->restarts, restarts);
        QCOMPARE(p->total, 2);
        QCOMPARE(r->created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        const ContainerSummary &a = p->containers.at(p->containers.size() - 2);
        QCOMPARE(a.name, QStringLiteral("a"));
        QCOMPARE(a.limits.value(QStringLiteral("nvidia.com/gpu")), qint64(2000));
    }

    void ephemeralContainers()
    {
        auto r = parseObjectJson(R"({"kind":"Pod","metadata":{"name":"p","uid":"u"},
            "spec":{"containers":[{"name":"app"}],"ephemeralContainers":[{"name":"debugger-x7","image":"busybox"}]},
            "status":{"phase":"Running","containerStatuses":[{"name":"app","ready":true,"state":{"running":{}}}],
                      "ephemeralContainerStatuses":[{"name":"debugger-x7","state":{"terminated":{"reason":"Completed","exitCode":0}}}]}})");
        QVERIFY(r.ok());
        const PodInfo *p = r->pod();
        QCOMPARE(p->containers.size(), 2);
        QCOMPARE(p->total, 1); // READY counts app containers only, as kubectl does
        QCOMPARE(p->ready, 1);
        QCOMPARE(p->status, QStringLiteral("Running"));
        QVERIFY(p->containers.at(1).ephemeral);
        QCOMPARE(p->containers.at(1).state, QStringLiteral("terminated"));
    }

    void manifests()
    {
        const QByteArray yaml = R"(
apiVersion: v1
kind: Node
metadata:
  name: gpu-0
  labels: {node-role.kubernetes.io/worker: "", nvidia.com/gpu.product: Tesla-T4}
status:
  capacity: {nvidia.com/gpu: "4", cpu: "8"}
  allocatable: {nvidia.com/gpu: 4, cpu: 7500m}
  conditions: [{type: Ready, status: "True"}]
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: overseer, namespace: flare}
  spec:
    selector: {system: overseer}
    ports: [{port: 8443, targetPort: overseer-port}]
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: cfg, namespace: flare}
  data: {port: "8002", enabled: "true"}
- apiVersion: example.com/v1
  kind: Unknown
  metadata: {name: skipped}
)";
        auto r = parseManifests(yaml, QStringLiteral("demo.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 3);
        const NodeInfo *n = r->at(0).node();
        QVERIFY(n);
        QVERIFY(n->ready);
        QCOMPARE(n->roles, QStringList{QStringLiteral("worker")});
        QCOMPARE(n->capacity.value(QStringLiteral("nvidia.com/gpu")), qint64(4000));
        QCOMPARE(n->allocatable.value(QStringLiteral("cpu")), qint64(7500));
        const ServiceInfo *s = r->at(1).service();
        QVERIFY(s);
        QCOMPARE(s->ports.at(0).port, 8443);
        QCOMPARE(s->ports.at(0).targetPortName, QStringLiteral("overseer-port"));
        QCOMPARE(s->selector.value(QStringLiteral("system")), QStringLiteral("overseer"));
        const ConfigMapInfo *c = r->at(2).configMap();
        QVERIFY(c);
        QCOMPARE(c->data.value(QStringLiteral("port")), QStringLiteral("8002"));
    }

    void badManifestNamesLine()
    {
        auto r = parseManifests("kind: Pod\nmetadata: {name: [unclosed\n", QStringLiteral("bad.yaml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, QStringLiteral("bad.yaml"));
        QVERIFY(r.error().line >= 2);
        QVERIFY(r.error().toString().startsWith(QStringLiteral("bad.yaml:")));
    }

    void kindNames()
    {
        QCOMPARE(kindFromName(u"po"), std::optional<Kind>(Kind::Pod));
        QCOMPARE(kindFromName(u"Deployments"), std::optional<Kind>(Kind::Deployment));
        QCOMPARE(kindFromName(u"sts"), std::optional<Kind>(Kind::StatefulSet));
        QVERIFY(!kindFromName(u"widgets"));
    }
};

QTEST_GUILESS_MAIN(TestObjectParser)
#include "tst_objectparser.moc"
