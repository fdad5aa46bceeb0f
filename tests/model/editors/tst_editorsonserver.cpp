// The editor models' rules against the real API server (local control plane): the fixtures are
// manifests the server takes; for each pod rule the server enforces, it rejects exactly when the
// form says error, naming fields the form maps to its cells; ConfigMap key rules and immutable
// ConfigMaps agree; the objects an ExposePlan writes pass the server's validation. Writes are
// dry runs in a namespace of its own, so the shared control plane is left as it was.

#include "../../integration/common/LocalConnection.h"
#include "EditorTestUtil.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/ObjectClient.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/ExposePlan.h"
#include "model/editors/KubeValidation.h"
#include "model/editors/WorkloadForm.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <memory>

using namespace fc;
using namespace fc::editors;

namespace {

QJsonObject mutated(QJsonObject o, const QString &mutations)
{
    for (const QString &m : mutations.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = m.indexOf(u'=');
        const QString json = m.mid(eq + 1).trimmed();
        const QJsonValue value = json == u"undefined" ? QJsonValue(QJsonValue::Undefined)
                                                      : QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
        if (!setAtPath(o, parseFieldPath(m.left(eq).trimmed()), value))
            qFatal("cannot set %s", qPrintable(m));
    }
    return o;
}

const QString kPod = QStringLiteral("spec.template.spec.");

} // namespace

class TestEditorsOnServer : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<ObjectClient> m_client;
    QString m_ns;

    Result<KubeObject> create(Kind kind, const QJsonObject &object, bool dryRun = true)
    {
        std::optional<Result<KubeObject>> out;
        QObject ctx;
        WriteOptions options;
        options.dryRun = dryRun;
        m_client->create(ResourceType::of(kind), fc::editors::test::inNamespace(object, m_ns), options, &ctx, [&](const Result<KubeObject> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return makeError(QStringLiteral("timed out"));
        return *out;
    }
    Result<KubeObject> update(Kind kind, const QJsonObject &object)
    {
        std::optional<Result<KubeObject>> out;
        QObject ctx;
        WriteOptions options;
        options.dryRun = true;
        m_client->update(ResourceType::of(kind), object, options, &ctx, [&](const Result<KubeObject> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return makeError(QStringLiteral("timed out"));
        return *out;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fixturesAreValidManifests();
    void podRules_data();
    void podRules();
    void configMapKeys_data();
    void configMapKeys();
    void immutableConfigMap();
    void exposePlanObjectsPassValidation();
};

void TestEditorsOnServer::initTestCase()
{
    FC_REQUIRE_LOCAL_CLUSTER();
    m_ns = QStringLiteral("it-editors-%1").arg(QRandomGenerator::global()->bounded(100000));
    const fc::test::ProcResult ns = fc::test::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
    QVERIFY2(ns.exitCode == 0, ns.err.constData());
    FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
    m_client = std::make_unique<ObjectClient>(m_conn.get());
}

void TestEditorsOnServer::cleanupTestCase()
{
    m_client.reset();
    m_conn.reset();
    if (!m_ns.isEmpty())
        fc::test::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
}

void TestEditorsOnServer::fixturesAreValidManifests()
{
    // as the lead's integration tests apply them: kubectl, server-side validation, nothing stored
    QDirIterator it(QStringLiteral(FC_FIXTURES), {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        QJsonObject o = fc::editors::test::fixture(QDir(QStringLiteral(FC_FIXTURES)).relativeFilePath(file));
        if (o.value(QStringLiteral("kind")).toString() != u"Namespace")
            o = fc::editors::test::inNamespace(o, m_ns);
        const fc::test::ProcResult r = fc::test::kubectl({QStringLiteral("create"), QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-"),
                                                  QStringLiteral("-o"), QStringLiteral("name")},
                                                 QJsonDocument(o).toJson());
        QVERIFY2(r.exitCode == 0 || r.err.contains("AlreadyExists"), qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        ++count;
    }
    QVERIFY(count >= 15);
}

void TestEditorsOnServer::podRules_data()
{
    QTest::addColumn<QString>("mutations");
    const QString c0 = kPod + QStringLiteral("containers[0].");
    const QString c1 = kPod + QStringLiteral("containers[1].");
    QTest::newRow("valid as is") << QString();
    QTest::newRow("container name is a DNS label") << c0 + "name=\"Site_1\"";
    QTest::newRow("container names are unique") << c1 + "name=\"site\"";
    QTest::newRow("an image is required") << c0 + "image=\"\"";
    QTest::newRow("env name starting with a digit") << c0 + "env[0].name=\"1LEVEL\"";
    QTest::newRow("env name with =") << c0 + "env[0].name=\"A=B\"";
    QTest::newRow("env name set twice") << c0 + "env[3]={\"name\":\"NVFLARE_LOG_LEVEL\",\"value\":\"debug\"}";
    QTest::newRow("value and valueFrom") << c0 + "env[1].value=\"x\"";
    QTest::newRow("secret reference without key") << c0 + "env[1].valueFrom.secretKeyRef.key=\"\"";
    QTest::newRow("secret reference key with a space") << c0 + "env[1].valueFrom.secretKeyRef.key=\"pass phrase\"";
    QTest::newRow("port name longer than 15") << c0 + "ports[0].name=\"federated-client\"";
    QTest::newRow("port name without a letter") << c0 + "ports[0].name=\"8002\"";
    QTest::newRow("port name with double hyphen") << c0 + "ports[0].name=\"fl--client\"";
    QTest::newRow("port name upper case") << c0 + "ports[0].name=\"FL\"";
    QTest::newRow("a port name in two containers") << c1 + "ports[0].name=\"fl-client\"";
    QTest::newRow("a port name twice in a container") << c0 + "ports[1]={\"name\":\"fl-client\",\"containerPort\":9000}";
    QTest::newRow("negative cpu request") << c0 + "resources.requests.cpu=\"-500m\"";
    QTest::newRow("containerPort 0") << c0 + "ports[0].containerPort=0";
    QTest::newRow("hostPort 70000") << c0 + "ports[0].hostPort=70000";
    QTest::newRow("protocol HTTP") << c0 + "ports[0].protocol=\"HTTP\"";
    QTest::newRow("hostPort clash") << c0 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostPort=8002";
    QTest::newRow("same hostPort on UDP") << c0 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostPort=8002;" + c1 + "ports[0].protocol=\"UDP\"";
    QTest::newRow("hostNetwork with another hostPort") << kPod + "hostNetwork=true;" + c0 + "ports[0].hostPort=18002";
    QTest::newRow("a port listed twice") << c0 + "ports[1]={\"containerPort\":8002,\"protocol\":\"TCP\"}";
    QTest::newRow("cpu quantity with words") << c0 + "resources.requests.cpu=\"1.5 cores\"";
    QTest::newRow("negative memory") << c0 + "resources.limits.memory=\"-1Gi\"";
    QTest::newRow("cpu request above limit") << c0 + "resources.limits.cpu=\"250m\"";
    QTest::newRow("half a GPU") << c0 + "resources.requests[nvidia.com/gpu]=undefined;" + c0 + "resources.limits[nvidia.com/gpu]=\"0.5\"";
    QTest::newRow("1000m GPUs") << c0 + "resources.requests[nvidia.com/gpu]=\"1000m\"";
    QTest::newRow("GPU request without limit") << c0 + "resources.limits[nvidia.com/gpu]=undefined";
    QTest::newRow("GPU request not equal to limit") << c0 + "resources.limits[nvidia.com/gpu]=\"2\"";
    QTest::newRow("MIG slice") << c0 + "resources.limits[nvidia.com/mig-1g.10gb]=1";
    QTest::newRow("one and a half MIG slices") << c0 + "resources.limits[nvidia.com/mig-3g.40gb]=\"1500m\"";
    QTest::newRow("resource without domain") << c0 + "resources.limits.gpu=1";
    QTest::newRow("nodeSelector key with a space") << kPod + "nodeSelector[gpu type]=\"t4\"";
    QTest::newRow("nodeSelector value with a space") << kPod + "nodeSelector[nvidia.com/gpu.product]=\"Tesla T4\"";
    QTest::newRow("toleration Exists with a value") << kPod + "tolerations[0].value=\"present\"";
    QTest::newRow("toleration without key, Equal") << kPod + "tolerations[0].key=undefined;" + kPod + "tolerations[0].operator=\"Equal\"";
    QTest::newRow("toleration without key, Exists") << kPod + "tolerations[0].key=undefined;" + kPod + "tolerations[0].effect=undefined";
    QTest::newRow("tolerationSeconds without NoExecute") << kPod + "tolerations[0].tolerationSeconds=300";
    QTest::newRow("toleration effect Never") << kPod + "tolerations[0].effect=\"Never\"";
    QTest::newRow("toleration operator In") << kPod + "tolerations[0].operator=\"In\"";
    QTest::newRow("negative replicas") << QStringLiteral("spec.replicas=-1");
}

void TestEditorsOnServer::podRules()
{
    QFETCH(QString, mutations);
    const QJsonObject deployment = mutated(fc::editors::test::fixture(QStringLiteral("workloads/site-1-deployment.yaml")), mutations);
    QList<ObjectPath> ours;
    for (const FieldMessage &m : validateWorkload(deployment))
        if (m.severity == FieldMessage::Severity::Error)
            ours << m.path;
    const Result<KubeObject> server = create(Kind::Deployment, deployment);
    QStringList serverFields;
    if (!server)
        for (const StatusCause &c : server.error().causes)
            serverFields << c.field;
    QStringList ourText;
    for (const ObjectPath &p : std::as_const(ours))
        ourText << pathText(p);
    // the server and the form agree on whether this is an error…
    QVERIFY2(server.ok() == ours.isEmpty(), qPrintable(QStringLiteral("server: %1 | form: %2")
                                                           .arg(server ? QStringLiteral("accepted") : server.error().toString(), ourText.join(u','))));
    // …and on where it is: every field the server names is one the form flags, and has a cell
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    doc.load(deployment);
    WorkloadForm form(&doc);
    for (const QString &field : std::as_const(serverFields)) {
        QVERIFY2(ours.contains(form.refinedPath(parseFieldPath(field))), qPrintable(QStringLiteral("server field %1 not among %2 (%3)").arg(field, ourText.join(u','), server.error().toString())));
        QVERIFY2(form.locate(field).has_value(), qPrintable(field));
    }
}

void TestEditorsOnServer::configMapKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("route_table.json") << QStringLiteral("route_table.json");
    QTest::newRow("a space") << QStringLiteral("bad key");
    QTest::newRow("starts with two dots") << QStringLiteral("..data");
    QTest::newRow("a leading dot") << QStringLiteral(".env");
    QTest::newRow("253 characters") << QString(253, u'k');
    QTest::newRow("254 characters") << QString(254, u'k');
    QTest::newRow("a slash") << QStringLiteral("python/shard.py");
}

void TestEditorsOnServer::configMapKeys()
{
    QFETCH(QString, key);
    const QJsonObject cm{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("keys")}}},
                         {QStringLiteral("data"), QJsonObject{{key, QStringLiteral("v")}}}};
    const Result<KubeObject> server = create(Kind::ConfigMap, cm);
    QCOMPARE(server.ok(), validation::configMapKeyProblems(key).isEmpty());
    if (!server) {
        QVERIFY(!server.error().causes.isEmpty());
        // the field the server names is the row the table shows
        EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
        doc.load(cm);
        ConfigMapModel model(&doc);
        QCOMPARE(model.rowForField(server.error().causes.at(0).field), 0);
    }
}

void TestEditorsOnServer::immutableConfigMap()
{
    QJsonObject cm{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                   {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("frozen")}}},
                   {QStringLiteral("data"), QJsonObject{{QStringLiteral("a"), QStringLiteral("1")}}}, {QStringLiteral("immutable"), true}};
    const Result<KubeObject> created = create(Kind::ConfigMap, cm, false);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(created->json);
    ConfigMapModel model(&doc);
    const Result<void> ours = model.setValue(QStringLiteral("a"), QStringLiteral("2"));
    QVERIFY(!ours);
    // the server refuses the same edit
    const Result<KubeObject> server = update(Kind::ConfigMap, configmap::withText(created->json, QStringLiteral("a"), QStringLiteral("2")));
    QVERIFY(!server);
    QVERIFY2(server.error().toString().contains(QStringLiteral("immutable")), qPrintable(server.error().toString()));
}

void TestEditorsOnServer::exposePlanObjectsPassValidation()
{
    // FLARE's three services exposed: both planned objects are what the server accepts
    const QJsonObject map = fc::editors::test::inNamespace(fc::editors::test::microk8sTcpMap(), m_ns);
    const QJsonObject controller = fc::editors::test::inNamespace(fc::editors::test::microk8sController(), m_ns);
    Result<ExposePlan> plan = planExpose({fc::editors::test::flareService(QStringLiteral("server1")), {}, map, controller, {}});
    QVERIFY(plan);
    for (const char *svc : {"server2", "overseer"}) {
        plan = planExpose({fc::editors::test::flareService(QLatin1String(svc)), {}, plan->tcpMap, plan->controller, {}});
        QVERIFY(plan);
    }
    const Result<KubeObject> cm = create(Kind::ConfigMap, plan->tcpMap);
    QVERIFY2(cm, qPrintable(cm ? QString() : cm.error().toString()));
    const Result<KubeObject> ds = create(Kind::DaemonSet, plan->controller);
    QVERIFY2(ds, qPrintable(ds ? QString() : ds.error().toString()));
    QCOMPARE(valueAtPath(ds->json, parseFieldPath(kPod + QStringLiteral("containers[0].ports"))).toArray().size(), 8);
}

QTEST_GUILESS_MAIN(TestEditorsOnServer)
#include "tst_editorsonserver.moc"
