#include "EditorTestUtil.h"

#include "model/editors/ContainerPortsModel.h"
#include "model/editors/ContainersModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/EnvModel.h"
#include "model/editors/NodeSelectorModel.h"
#include "model/editors/ResourcesModel.h"
#include "model/editors/TolerationsModel.h"
#include "model/editors/WorkloadForm.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace fc;
using namespace fc::editors;

Q_DECLARE_METATYPE(std::optional<fc::editors::WorkloadForm::Cell>)

namespace {

QJsonObject site()
{
    return test::fixture(QStringLiteral("workloads/site-1-deployment.yaml"));
}

/// "a.b[0].c=JSON;…" applied with setAtPath (a missing list index appends).
QJsonObject mutated(QJsonObject o, const QString &mutations)
{
    for (const QString &m : mutations.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = m.indexOf(u'=');
        const QString path = m.left(eq).trimmed();
        const QString json = m.mid(eq + 1).trimmed();
        const QJsonValue value = json == u"undefined" ? QJsonValue(QJsonValue::Undefined)
                                                      : QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
        if (!setAtPath(o, parseFieldPath(path), value))
            qFatal("cannot set %s", qPrintable(path));
    }
    return o;
}

/// Every model of a form under QAbstractItemModelTester.
struct Testers {
    explicit Testers(WorkloadForm &form)
    {
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{form.containers(), form.env(), form.ports(), form.resources(),
                                                                                  form.nodeSelector(), form.tolerations()})
            all.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> all;
};

QString column(const QAbstractItemModel *m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->data(m->index(r, c), role).toString();
    return out.join(u'|');
}

const QString kPod = QStringLiteral("spec.template.spec.");

} // namespace

/// The workload form: Kubernetes' pod validation rules (one data row per rule), the six
/// tables and their edits with undo, and server causes mapped onto cells.
class TestWorkloadForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixturesAreValid();
    void rules_data();
    void rules();
    void tablesShowThePodTemplate();
    void containerEditsUndoRedo();
    void flareGuidePortsOnTheIngressController();
    void portProblemsOnTheirCells();
    void envSourcesAndReferences();
    void knownSecretsWarn();
    void gpuResources();
    void nodeSelectorAndTolerations();
    void replicas();
    void locate_data();
    void locate();
    void serverCausesLandOnCells();
    void coarseServerFieldsRefined_data();
    void coarseServerFieldsRefined();
};

void TestWorkloadForm::fixturesAreValid()
{
    for (const QJsonObject &o : {site(), test::microk8sController(), test::fixture(QStringLiteral("traefik/20-traefik-daemonset.yaml"))}) {
        const QList<FieldMessage> messages = validateWorkload(o);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).message + u' ' + pathText(messages.value(0).path)));
    }
}

void TestWorkloadForm::rules_data()
{
    QTest::addColumn<QString>("mutations");
    QTest::addColumn<QString>("path");     // of the message; empty: no message at all
    QTest::addColumn<QString>("message");  // substring
    QTest::addColumn<int>("severity");

    const int E = int(FieldMessage::Severity::Error), W = int(FieldMessage::Severity::Warning);
    const QString c0 = kPod + QStringLiteral("containers[0].");
    const QString c1 = kPod + QStringLiteral("containers[1].");
    QTest::newRow("container name is a DNS label") << c0 + "name=\"Site_1\"" << c0 + "name" << "lower-case letters" << E;
    QTest::newRow("container names are unique") << c1 + "name=\"site\"" << c1 + "name" << "unique in a pod" << E;
    QTest::newRow("an image is required") << c0 + "image=\"\"" << c0 + "image" << "image is required" << E;
    QTest::newRow("a pod has a container") << kPod + "containers=[]" << kPod + "containers" << "at least one container" << E;
    QTest::newRow("env name starting with a digit: taken since 1.32, warned") << c0 + "env[0].name=\"1LEVEL\"" << c0 + "env[0].name" << "before Kubernetes 1.32 refuse" << W;
    QTest::newRow("env name without =") << c0 + "env[0].name=\"A=B\"" << c0 + "env[0].name" << "must not contain '='" << E;
    QTest::newRow("env name set twice warns") << c0 + "env[3]={\"name\":\"NVFLARE_LOG_LEVEL\",\"value\":\"debug\"}" << c0 + "env[3].name" << "the last one wins" << W;
    QTest::newRow("value and valueFrom exclude each other") << c0 + "env[1].value=\"x\"" << c0 + "env[1].valueFrom" << "not both" << E;
    QTest::newRow("a secret reference needs a key") << c0 + "env[1].valueFrom.secretKeyRef.key=\"\"" << c0 + "env[1].valueFrom.secretKeyRef.key" << "key is required" << E;
    QTest::newRow("a secret reference's key follows ConfigMap key rules") << c0 + "env[1].valueFrom.secretKeyRef.key=\"pass phrase\"" << c0 + "env[1].valueFrom.secretKeyRef.key" << "only letters" << E;
    QTest::newRow("port name at most 15 characters") << c0 + "ports[0].name=\"federated-client\"" << c0 + "ports[0].name" << "no more than 15" << E;
    QTest::newRow("port name has a letter") << c0 + "ports[0].name=\"8002\"" << c0 + "ports[0].name" << "at least one letter" << E;
    QTest::newRow("port name without double hyphen") << c0 + "ports[0].name=\"fl--client\"" << c0 + "ports[0].name" << "consecutive hyphens" << E;
    QTest::newRow("port name lower case") << c0 + "ports[0].name=\"FL\"" << c0 + "ports[0].name" << "lower-case" << E;
    QTest::newRow("port names unique in a container") << c0 + "ports[1]={\"name\":\"fl-client\",\"containerPort\":9000}" << c0 + "ports[1].name" << "already names containers[0].ports[0]: port names are unique in a container" << E;
    QTest::newRow("a port name used by two containers warns") << c1 + "ports[0].name=\"fl-client\"" << c1 + "ports[0].name" << "may reach either" << W;
    QTest::newRow("containerPort in range") << c0 + "ports[0].containerPort=0" << c0 + "ports[0].containerPort" << "between 1 and 65535" << E;
    QTest::newRow("hostPort in range") << c0 + "ports[0].hostPort=70000" << c0 + "ports[0].hostPort" << "between 1 and 65535" << E;
    QTest::newRow("protocol is TCP UDP or SCTP") << c0 + "ports[0].protocol=\"HTTP\"" << c0 + "ports[0].protocol" << "TCP, UDP or SCTP" << E;
    QTest::newRow("hostPort clash on the same protocol") << c0 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostPort=8002"
                                                         << c1 + "ports[0].hostPort" << "Host port 8002/TCP is taken by containers[0].ports[0]" << E;
    QTest::newRow("same hostPort on another protocol is fine") << c0 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostPort=8002;" + c1 + "ports[0].protocol=\"UDP\""
                                                               << "" << "" << -1;
    QTest::newRow("same hostPort on another address is fine") << c0 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostPort=8002;" + c1 + "ports[0].hostIP=\"10.0.0.1\""
                                                              << "" << "" << -1;
    QTest::newRow("hostNetwork needs hostPort equal to containerPort") << kPod + "hostNetwork=true;" + c0 + "ports[0].hostPort=18002"
                                                                       << c0 + "ports[0].hostPort" << "must equal the containerPort" << E;
    QTest::newRow("a port listed twice in a container warns") << c0 + "ports[1]={\"containerPort\":8002,\"protocol\":\"TCP\"}" << c0 + "ports[1].containerPort" << "listed twice" << W;
    QTest::newRow("quantity grammar") << c0 + "resources.requests.cpu=\"1.5 cores\"" << c0 + "resources.requests[cpu]" << "is not a quantity" << E;
    QTest::newRow("quantity not negative") << c0 + "resources.requests.cpu=\"-500m\"" << c0 + "resources.requests[cpu]" << "0 or more" << E;
    QTest::newRow("cpu request not above limit") << c0 + "resources.limits.cpu=\"250m\"" << c0 + "resources.requests[cpu]" << "less than or equal to the cpu limit" << E;
    QTest::newRow("memory request not above limit") << c0 + "resources.requests.memory=\"8Gi\"" << c0 + "resources.requests[memory]" << "less than or equal to the memory limit" << E;
    QTest::newRow("GPUs are whole") << c0 + "resources.requests[nvidia.com/gpu]=undefined;" + c0 + "resources.limits[nvidia.com/gpu]=\"0.5\""
                                    << c0 + "resources.limits[nvidia.com/gpu]" << "whole devices" << E;
    QTest::newRow("1000m GPUs are one GPU") << c0 + "resources.requests[nvidia.com/gpu]=\"1000m\"" << "" << "" << -1;
    QTest::newRow("a GPU request needs its limit") << c0 + "resources.limits[nvidia.com/gpu]=undefined" << c0 + "resources.limits[nvidia.com/gpu]" << "set its limit" << E;
    QTest::newRow("a GPU request equals its limit") << c0 + "resources.limits[nvidia.com/gpu]=\"2\"" << c0 + "resources.requests[nvidia.com/gpu]" << "must equal the nvidia.com/gpu limit" << E;
    QTest::newRow("a GPU limit alone is fine") << c0 + "resources.requests[nvidia.com/gpu]=undefined" << "" << "" << -1;
    QTest::newRow("MIG resources by the mixed strategy's names") << c0 + "resources.limits[nvidia.com/mig-1g.10gb]=1" << "" << "" << -1;
    QTest::newRow("a MIG name that is not a profile") << c0 + "resources.limits[nvidia.com/mig-1g.10g]=1" << c0 + "resources.limits[nvidia.com/mig-1g.10g]" << "is not a MIG resource name" << E;
    QTest::newRow("MIG slices are whole") << c0 + "resources.limits[nvidia.com/mig-3g.40gb]=\"1500m\"" << c0 + "resources.limits[nvidia.com/mig-3g.40gb]" << "whole devices" << E;
    QTest::newRow("an extended resource needs a domain") << c0 + "resources.limits.gpu=1" << c0 + "resources.limits[gpu]" << "need a domain prefix" << E;
    QTest::newRow("nodeSelector key is a label key") << kPod + "nodeSelector[gpu type]=\"t4\"" << kPod + "nodeSelector[gpu type]" << "label key" << E;
    QTest::newRow("nodeSelector value is a label value") << kPod + "nodeSelector[nvidia.com/gpu.product]=\"Tesla T4\"" << kPod + "nodeSelector[nvidia.com/gpu.product]" << "label value" << E;
    QTest::newRow("toleration Exists takes no value") << kPod + "tolerations[0].value=\"present\"" << kPod + "tolerations[0].operator" << "no value" << E;
    QTest::newRow("toleration without key needs Exists") << kPod + "tolerations[0].key=undefined;" + kPod + "tolerations[0].operator=\"Equal\"" << kPod + "tolerations[0].operator" << "must be Exists" << E;
    QTest::newRow("toleration without key, Exists: tolerate all") << kPod + "tolerations[0].key=undefined;" + kPod + "tolerations[0].effect=undefined" << "" << "" << -1;
    QTest::newRow("tolerationSeconds needs NoExecute") << kPod + "tolerations[0].tolerationSeconds=300" << kPod + "tolerations[0].effect" << "NoExecute only" << E;
    QTest::newRow("toleration effect is known") << kPod + "tolerations[0].effect=\"Never\"" << kPod + "tolerations[0].effect" << "not an effect" << E;
    QTest::newRow("toleration operator is known") << kPod + "tolerations[0].operator=\"In\"" << kPod + "tolerations[0].operator" << "Equal or Exists" << E;
    QTest::newRow("replicas not negative") << QStringLiteral("spec.replicas=-1") << QStringLiteral("spec.replicas") << "0 or more" << E;
}

void TestWorkloadForm::rules()
{
    QFETCH(QString, mutations);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, severity);
    const QList<FieldMessage> messages = validateWorkload(mutated(site(), mutations));
    QStringList all;
    for (const FieldMessage &m : messages)
        all << pathText(m.path) + QStringLiteral(": ") + m.message;
    if (path.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(all.join(u'\n')));
        return;
    }
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).path, parseFieldPath(path)); // as the server would name the field
    QVERIFY2(messages.at(0).message.contains(message), qPrintable(messages.at(0).message));
    QCOMPARE(int(messages.at(0).severity), severity);
}

void TestWorkloadForm::tablesShowThePodTemplate()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    doc.load(site());
    WorkloadForm form(&doc);
    Testers testers(form);
    QCOMPARE(form.kind(), QStringLiteral("Deployment"));
    QCOMPARE(form.containerNames(), (QStringList{QStringLiteral("site"), QStringLiteral("log-shipper")}));
    QCOMPARE(column(form.containers(), ContainersModel::ImageColumn), QStringLiteral("nvflare/nvflare:2.4.0|fluent/fluent-bit:3.0"));
    QCOMPARE(form.containers()->data(form.containers()->index(0, ContainersModel::ArgsColumn)).toString(),
             QStringLiteral("-u -m nvflare.private.fed.app.client.client_train -m /workspace/site-1 -s fed_client.json --set secure_train=true uid=site-1"));
    QCOMPARE(form.containers()->data(form.containers()->index(0, ContainersModel::CommandColumn), Qt::EditRole).toStringList(),
             QStringList{QStringLiteral("/usr/local/bin/python3")});
    QCOMPARE(column(form.env(), EnvModel::NameColumn), QStringLiteral("NVFLARE_LOG_LEVEL|SITE_KEY_PASSPHRASE|POD_NAME"));
    QCOMPARE(column(form.env(), EnvModel::SourceColumn), QStringLiteral("Value|Secret key|Pod field"));
    QCOMPARE(column(form.env(), EnvModel::ValueColumn), QStringLiteral("info|site-1-keys|metadata.name"));
    QCOMPARE(column(form.env(), EnvModel::KeyColumn), QStringLiteral("|passphrase|"));
    QCOMPARE(column(form.ports(), ContainerPortsModel::NameColumn), QStringLiteral("fl-client"));
    QCOMPARE(column(form.resources(), ResourcesModel::ResourceColumn), QStringLiteral("cpu|memory|nvidia.com/gpu"));
    QCOMPARE(column(form.resources(), ResourcesModel::RequestColumn), QStringLiteral("500m|2Gi|1"));
    QCOMPARE(column(form.resources(), ResourcesModel::LimitColumn), QStringLiteral("|4Gi|1"));
    QCOMPARE(column(form.nodeSelector(), NodeSelectorModel::KeyColumn), QStringLiteral("nvidia.com/gpu.product"));
    QCOMPARE(column(form.tolerations(), TolerationsModel::KeyColumn), QStringLiteral("nvidia.com/gpu|kwok.x-k8s.io/node"));
    QCOMPARE(form.ports()->data(form.ports()->index(0, ContainerPortsModel::HostPortColumn), FieldPathRole).toString(),
             QStringLiteral("spec.template.spec.containers[0].ports[0].hostPort"));

    QSignalSpy switched(&form, &WorkloadForm::currentContainerChanged);
    form.setCurrentContainer(1);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(form.env()->rowCount(), 0);
    QCOMPARE(column(form.ports(), ContainerPortsModel::NameColumn), QStringLiteral("metrics"));
    QCOMPARE(form.resources()->rowCount(), 0);
    form.setCurrentContainer(7); // clamped
    QCOMPARE(form.currentContainer(), 1);
}

void TestWorkloadForm::containerEditsUndoRedo()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    const QJsonObject start = site();
    doc.load(start);
    WorkloadForm form(&doc);
    Testers testers(form);
    ContainersModel *c = form.containers();
    QVERIFY(c->setData(c->index(0, ContainersModel::ImageColumn), QStringLiteral("nvflare/nvflare:2.5.0")));
    QVERIFY(c->setData(c->index(0, ContainersModel::ArgsColumn), QStringLiteral("-u\n-m\nnvflare.private.fed.app.client.client_train")));
    QVERIFY(c->setCommand(0, {}).ok()); // back to the image's entrypoint
    QVERIFY(!c->setData(c->index(1, ContainersModel::NameColumn), QStringLiteral("site")));
    QVERIFY(c->lastError().message.contains(QStringLiteral("already")));
    QVERIFY(!c->setData(c->index(1, ContainersModel::NameColumn), QStringLiteral("Log Shipper")));
    QVERIFY(c->addContainer(QStringLiteral("exporter"), QStringLiteral("nvcr.io/nvidia/k8s/dcgm-exporter:3.3.5")).ok());
    QCOMPARE(form.containerCount(), 3);
    QVERIFY(c->removeContainer(1).ok());
    QCOMPARE(form.containerNames(), (QStringList{QStringLiteral("site"), QStringLiteral("exporter")}));

    const QJsonObject container = valueAtPath(doc.edited(), parseFieldPath(kPod + QStringLiteral("containers[0]"))).toObject();
    QCOMPARE(container.value(QStringLiteral("image")).toString(), QStringLiteral("nvflare/nvflare:2.5.0"));
    QVERIFY(!container.contains(QStringLiteral("command")));
    QCOMPARE(container.value(QStringLiteral("args")).toArray().size(), 3);
    QCOMPARE(doc.undoStack()->count(), 5);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove container log-shipper"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
    QCOMPARE(form.containerNames(), (QStringList{QStringLiteral("site"), QStringLiteral("log-shipper")}));
    doc.undoStack()->redo();
    QCOMPARE(c->data(c->index(0, ContainersModel::ImageColumn)).toString(), QStringLiteral("nvflare/nvflare:2.5.0"));
}

void TestWorkloadForm::flareGuidePortsOnTheIngressController()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::DaemonSet));
    const QJsonObject start = test::microk8sController();
    doc.load(start);
    WorkloadForm form(&doc);
    Testers testers(form);
    ContainerPortsModel *ports = form.ports();
    QCOMPARE(column(ports, ContainerPortsModel::ContainerPortColumn), QStringLiteral("80|443|10254"));
    // NVIDIA FLARE's microk8s guide, by hand
    QVERIFY(ports->addPort(8443, 8443, QStringLiteral("overseer")).ok());
    QVERIFY(ports->addPort(8002, 8002, QStringLiteral("server1fl")).ok());
    QVERIFY(ports->addPort(8003, 8003, QStringLiteral("server1adm")).ok());
    QVERIFY(ports->addPort(8102, 8102, QStringLiteral("server2fl")).ok());
    QVERIFY(ports->addPort(8103, 8103, QStringLiteral("server2adm")).ok());
    QVERIFY(form.messages().isEmpty());
    const QJsonArray written = valueAtPath(doc.edited(), parseFieldPath(kPod + QStringLiteral("containers[0].ports"))).toArray();
    QCOMPARE(written.size(), 8);
    QCOMPARE(written.at(3).toObject(), (QJsonObject{{QStringLiteral("containerPort"), 8443}, {QStringLiteral("hostPort"), 8443},
                                                    {QStringLiteral("name"), QStringLiteral("overseer")}, {QStringLiteral("protocol"), QStringLiteral("TCP")}}));
    // an IANA name too long is refused with the rule
    const Result<void> r = ports->addPort(9000, 9000, QStringLiteral("server1-admin-port"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("no more than 15 characters")));
    for (int i = 0; i < 5; ++i)
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
}

void TestWorkloadForm::portProblemsOnTheirCells()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::DaemonSet));
    doc.load(test::microk8sController());
    WorkloadForm form(&doc);
    Testers testers(form);
    ContainerPortsModel *ports = form.ports();
    // a second port on host port 443/TCP: added (the user may be moving ports), flagged with why
    QVERIFY(ports->addPort(8443, 443, QStringLiteral("https-alt")).ok());
    const QModelIndex host = ports->index(3, ContainerPortsModel::HostPortColumn);
    QCOMPARE(ports->data(host, ProblemRole).toString(),
             QStringLiteral("Host port 443/TCP is taken by containers[0].ports[1]: a node has one TCP port 443 per address."));
    QCOMPARE(ports->data(host, SeverityRole).toInt(), int(FieldMessage::Severity::Error));
    QCOMPARE(ports->data(ports->index(3, ContainerPortsModel::NameColumn), SeverityRole).toInt(), -1);
    QSignalSpy changed(ports, &QAbstractItemModel::dataChanged);
    QVERIFY(ports->setData(ports->index(3, ContainerPortsModel::ProtocolColumn), QStringLiteral("udp")));
    QVERIFY(changed.count() > 0);
    QCOMPARE(ports->data(host, SeverityRole).toInt(), -1); // UDP 443 is another port
    QVERIFY(!ports->setData(ports->index(3, ContainerPortsModel::ProtocolColumn), QStringLiteral("QUIC")));
    QVERIFY(ports->lastError().message.contains(QStringLiteral("TCP, UDP or SCTP")));
    QVERIFY(!ports->setData(ports->index(3, ContainerPortsModel::HostPortColumn), QStringLiteral("99999")));
    QVERIFY(ports->setData(ports->index(3, ContainerPortsModel::HostPortColumn), QString())); // no host port
    QVERIFY(!valueAtPath(doc.edited(), parseFieldPath(kPod + QStringLiteral("containers[0].ports[3]"))).toObject().contains(QStringLiteral("hostPort")));
}

void TestWorkloadForm::envSourcesAndReferences()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    const QJsonObject start = site();
    doc.load(start);
    WorkloadForm form(&doc);
    Testers testers(form);
    EnvModel *env = form.env();
    QVERIFY(env->addReference(QStringLiteral("ROUTE_TABLE"), EnvSource::ConfigMapKey, QStringLiteral("rollsite-config"), QStringLiteral("route_table.json")).ok());
    QVERIFY(env->addValue(QStringLiteral("MODE"), QStringLiteral("train")).ok());
    QVERIFY(!env->addValue(QStringLiteral("MODE=1"), QString()));
    // a Secret reference turned into a ConfigMap one keeps its name and key
    QVERIFY(env->setData(env->index(1, EnvModel::SourceColumn), int(EnvSource::ConfigMapKey)));
    QCOMPARE(env->data(env->index(1, EnvModel::ValueColumn)).toString(), QStringLiteral("site-1-keys"));
    QCOMPARE(env->data(env->index(1, EnvModel::KeyColumn)).toString(), QStringLiteral("passphrase"));
    QVERIFY(env->setData(env->index(1, EnvModel::KeyColumn), QStringLiteral("pass_phrase")));
    QVERIFY(!env->setData(env->index(1, EnvModel::KeyColumn), QStringLiteral("pass phrase")));
    QVERIFY(!(env->flags(env->index(0, EnvModel::KeyColumn)) & Qt::ItemIsEditable)); // a literal has no key
    QVERIFY(env->setSource(0, EnvSource::SecretKey, QStringLiteral("flare-settings"), QStringLiteral("log-level")).ok());
    const QJsonArray written = valueAtPath(doc.edited(), parseFieldPath(kPod + QStringLiteral("containers[0].env"))).toArray();
    QCOMPARE(written.at(0).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("NVFLARE_LOG_LEVEL")},
                                                    {QStringLiteral("valueFrom"), QJsonObject{{QStringLiteral("secretKeyRef"),
                                                                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("flare-settings")},
                                                                                                           {QStringLiteral("key"), QStringLiteral("log-level")}}}}}}));
    QCOMPARE(written.at(3).toObject().value(QStringLiteral("valueFrom")).toObject().value(QStringLiteral("configMapKeyRef")).toObject()
                 .value(QStringLiteral("key")).toString(),
             QStringLiteral("route_table.json"));
    QVERIFY(env->removeVariable(2).ok()); // POD_NAME
    QCOMPARE(column(env, EnvModel::NameColumn), QStringLiteral("NVFLARE_LOG_LEVEL|SITE_KEY_PASSPHRASE|ROUTE_TABLE|MODE"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
}

void TestWorkloadForm::knownSecretsWarn()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    doc.load(site());
    WorkloadForm form(&doc);
    Testers testers(form);
    QVERIFY(form.messages().isEmpty());
    form.setKnownSecrets({{QStringLiteral("site-1-keys"), {QStringLiteral("passphrase")}}});
    QVERIFY(form.messages().isEmpty());
    form.setKnownSecrets({{QStringLiteral("site-1-keys"), {QStringLiteral("key.pem")}}});
    QCOMPARE(form.messages().size(), 1);
    QCOMPARE(form.messages().at(0).severity, FieldMessage::Severity::Warning);
    QCOMPARE(form.env()->data(form.env()->index(1, EnvModel::KeyColumn), ProblemRole).toString(),
             QStringLiteral("Secret site-1-keys has no key passphrase: the pod will not start."));
    form.setKnownSecrets({});
    QCOMPARE(form.env()->data(form.env()->index(1, EnvModel::ValueColumn), ProblemRole).toString(),
             QStringLiteral("There is no Secret site-1-keys in this namespace: the pod will not start."));
    // an optional reference is no problem
    QJsonObject env1 = valueAtPath(doc.edited(), parseFieldPath(kPod + QStringLiteral("containers[0].env[1]"))).toObject();
    QVERIFY(form.editContainer(0, [](QJsonObject &c) {
        QJsonArray env = c.value(QStringLiteral("env")).toArray();
        QJsonObject e = env.at(1).toObject();
        QJsonObject from = e.value(QStringLiteral("valueFrom")).toObject();
        QJsonObject ref = from.value(QStringLiteral("secretKeyRef")).toObject();
        ref.insert(QStringLiteral("optional"), true);
        from.insert(QStringLiteral("secretKeyRef"), ref);
        e.insert(QStringLiteral("valueFrom"), from);
        env.replace(1, e);
        c.insert(QStringLiteral("env"), env);
    }, QStringLiteral("optional")).ok());
    QVERIFY(form.messages().isEmpty());
}

void TestWorkloadForm::gpuResources()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    const QJsonObject start = site();
    doc.load(start);
    WorkloadForm form(&doc);
    Testers testers(form);
    ResourcesModel *res = form.resources();
    QVERIFY(res->setRequestAndLimit(QStringLiteral("nvidia.com/gpu"), QStringLiteral("2"), QStringLiteral("2")).ok());
    QVERIFY(res->setLimit(QStringLiteral("cpu"), QStringLiteral("2")).ok());
    QVERIFY(!res->setLimit(QStringLiteral("cpu"), QStringLiteral("two")));
    QVERIFY(res->lastError().message.isEmpty()); // lastError is setData's; the Result says why
    QVERIFY(!res->setData(res->index(0, ResourcesModel::LimitColumn), QStringLiteral("two")));
    QVERIFY(res->lastError().message.contains(QStringLiteral("not a quantity")));
    // MIG slice instead of a whole GPU: rename keeps request and limit
    QVERIFY(res->setData(res->index(res->rowOf(QStringLiteral("nvidia.com/gpu")), ResourcesModel::ResourceColumn), QStringLiteral("nvidia.com/mig-1g.10gb")));
    QCOMPARE(column(res, ResourcesModel::ResourceColumn), QStringLiteral("cpu|memory|nvidia.com/mig-1g.10gb"));
    QCOMPARE(column(res, ResourcesModel::RequestColumn), QStringLiteral("500m|2Gi|2"));
    QVERIFY(!res->renameResource(QStringLiteral("memory"), QStringLiteral("ram")));
    // a request above the limit: written, flagged on the cell
    QVERIFY(res->setRequest(QStringLiteral("cpu"), QStringLiteral("3")).ok());
    QVERIFY(res->data(res->index(0, ResourcesModel::RequestColumn), ProblemRole).toString().contains(QStringLiteral("less than or equal to the cpu limit")));
    QCOMPARE(res->data(res->index(0, ResourcesModel::RequestColumn), RawValueRole).toDouble(), 3.0);
    QVERIFY(res->removeResource(QStringLiteral("nvidia.com/mig-1g.10gb")).ok());
    QVERIFY(res->setRequest(QStringLiteral("cpu"), QString()).ok());
    QVERIFY(res->setLimit(QStringLiteral("cpu"), QString()).ok());
    QCOMPARE(column(res, ResourcesModel::ResourceColumn), QStringLiteral("memory"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
}

void TestWorkloadForm::nodeSelectorAndTolerations()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    const QJsonObject start = site();
    doc.load(start);
    WorkloadForm form(&doc);
    Testers testers(form);
    NodeSelectorModel *sel = form.nodeSelector();
    QVERIFY(sel->setLabel(QStringLiteral("fedconsole.io/pool"), QStringLiteral("gpu")).ok());
    QVERIFY(!sel->setLabel(QStringLiteral("pool"), QStringLiteral("two words")));
    QVERIFY(sel->setData(sel->index(sel->rowOf(QStringLiteral("nvidia.com/gpu.product")), NodeSelectorModel::ValueColumn), QStringLiteral("NVIDIA-A100-SXM4-80GB")));
    QVERIFY(sel->renameLabel(QStringLiteral("fedconsole.io/pool"), QStringLiteral("fedconsole.io/node-pool")).ok());
    QCOMPARE(column(sel, NodeSelectorModel::KeyColumn), QStringLiteral("fedconsole.io/node-pool|nvidia.com/gpu.product"));

    TolerationsModel *tol = form.tolerations();
    QVERIFY(tol->addToleration(QStringLiteral("node.kubernetes.io/unreachable"), QStringLiteral("Exists"), QString(), QStringLiteral("NoExecute"), 300).ok());
    QVERIFY(!tol->addToleration(QStringLiteral("dedicated"), QStringLiteral("Exists"), QStringLiteral("gpu"), QStringLiteral("NoSchedule")));
    QVERIFY(!tol->addToleration(QStringLiteral("dedicated"), QStringLiteral("Equal"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"), 60));
    QCOMPARE(tol->rowCount(), 3);
    QCOMPARE(tol->data(tol->index(2, TolerationsModel::SecondsColumn)).toLongLong(), 300);
    // changing the effect away from NoExecute leaves tolerationSeconds alone: flagged
    QVERIFY(tol->setData(tol->index(2, TolerationsModel::EffectColumn), QStringLiteral("NoSchedule")));
    QVERIFY(tol->data(tol->index(2, TolerationsModel::EffectColumn), ProblemRole).toString().contains(QStringLiteral("NoExecute only")));
    QVERIFY(tol->setData(tol->index(2, TolerationsModel::SecondsColumn), QString()));
    QVERIFY(tol->data(tol->index(2, TolerationsModel::EffectColumn), ProblemRole).toString().isEmpty());
    QVERIFY(tol->removeToleration(0).ok());
    QVERIFY(tol->removeToleration(0).ok());
    QVERIFY(tol->removeToleration(0).ok());
    QVERIFY(!form.podSpec().contains(QStringLiteral("tolerations")));
    QVERIFY(sel->removeLabel(QStringLiteral("fedconsole.io/node-pool")).ok());
    QVERIFY(sel->removeLabel(QStringLiteral("nvidia.com/gpu.product")).ok());
    QVERIFY(!form.podSpec().contains(QStringLiteral("nodeSelector")));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
}

void TestWorkloadForm::replicas()
{
    EditableDocument deployment(nullptr, ResourceType::of(Kind::Deployment));
    deployment.load(site());
    WorkloadForm form(&deployment);
    QVERIFY(form.hasReplicas());
    QCOMPARE(form.replicas(), 1);
    QVERIFY(form.setReplicas(3).ok());
    QCOMPARE(form.replicas(), 3);
    QVERIFY(!form.setReplicas(-1));
    deployment.undoStack()->undo();
    QCOMPARE(form.replicas(), 1);

    EditableDocument daemonSet(nullptr, ResourceType::of(Kind::DaemonSet));
    daemonSet.load(test::microk8sController());
    WorkloadForm ds(&daemonSet);
    QVERIFY(!ds.hasReplicas());
    QVERIFY(!ds.replicas());
    const Result<void> r = ds.setReplicas(2);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("one pod per node")));

    QJsonObject sts = site();
    sts.insert(QStringLiteral("kind"), QStringLiteral("StatefulSet"));
    sts.insert(QStringLiteral("spec"), [&] {
        QJsonObject spec = sts.value(QStringLiteral("spec")).toObject();
        spec.remove(QStringLiteral("replicas")); // the server's default: 1
        return spec;
    }());
    EditableDocument statefulSet(nullptr, ResourceType::of(Kind::StatefulSet));
    statefulSet.load(sts);
    WorkloadForm ss(&statefulSet);
    QCOMPARE(ss.replicas(), 1);
}

void TestWorkloadForm::locate_data()
{
    using Table = WorkloadForm::Cell::Table;
    using Cell = WorkloadForm::Cell;
    QTest::addColumn<QString>("field");
    QTest::addColumn<std::optional<Cell>>("cell");
    QTest::newRow("a port's hostPort") << kPod + "containers[0].ports[0].hostPort" << std::optional<Cell>(Cell{Table::Ports, 0, 0, ContainerPortsModel::HostPortColumn});
    QTest::newRow("a port's name") << kPod + "containers[1].ports[0].name" << std::optional<Cell>(Cell{Table::Ports, 1, 0, ContainerPortsModel::NameColumn});
    QTest::newRow("a container's image") << kPod + "containers[1].image" << std::optional<Cell>(Cell{Table::Containers, -1, 1, ContainersModel::ImageColumn});
    QTest::newRow("an args element") << kPod + "containers[0].args[3]" << std::optional<Cell>(Cell{Table::Containers, -1, 0, ContainersModel::ArgsColumn});
    QTest::newRow("a secret reference's key") << kPod + "containers[0].env[1].valueFrom.secretKeyRef.key"
                                              << std::optional<Cell>(Cell{Table::Env, 0, 1, EnvModel::KeyColumn});
    QTest::newRow("a secret reference's name") << kPod + "containers[0].env[1].valueFrom.secretKeyRef.name"
                                               << std::optional<Cell>(Cell{Table::Env, 0, 1, EnvModel::ValueColumn});
    QTest::newRow("an env name") << kPod + "containers[0].env[0].name" << std::optional<Cell>(Cell{Table::Env, 0, 0, EnvModel::NameColumn});
    QTest::newRow("a GPU limit") << kPod + "containers[0].resources.limits[nvidia.com/gpu]"
                                 << std::optional<Cell>(Cell{Table::Resources, 0, 2, ResourcesModel::LimitColumn});
    QTest::newRow("a cpu request") << kPod + "containers[0].resources.requests[cpu]" << std::optional<Cell>(Cell{Table::Resources, 0, 0, ResourcesModel::RequestColumn});
    QTest::newRow("the node selector as a whole") << kPod + "nodeSelector" << std::optional<Cell>(Cell{Table::NodeSelector, -1, -1, -1});
    QTest::newRow("a node selector entry") << kPod + "nodeSelector[nvidia.com/gpu.product]" << std::optional<Cell>(Cell{Table::NodeSelector, -1, 0, NodeSelectorModel::KeyColumn});
    QTest::newRow("a toleration's effect") << kPod + "tolerations[1].effect" << std::optional<Cell>(Cell{Table::Tolerations, -1, 1, TolerationsModel::EffectColumn});
    QTest::newRow("replicas") << QStringLiteral("spec.replicas") << std::optional<Cell>(Cell{Table::Workload, -1, 0, 0});
    QTest::newRow("the container list") << kPod + "containers" << std::optional<Cell>(Cell{Table::Containers, -1, -1, -1});
    QTest::newRow("a container that is not there") << kPod + "containers[5].image" << std::optional<Cell>();
    QTest::newRow("metadata is not in the form") << QStringLiteral("metadata.labels[app]") << std::optional<Cell>();
    QTest::newRow("volumes are not in the form") << kPod + "volumes[0].name" << std::optional<Cell>();
}

void TestWorkloadForm::locate()
{
    QFETCH(QString, field);
    QFETCH(std::optional<WorkloadForm::Cell>, cell);
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    doc.load(site());
    WorkloadForm form(&doc);
    const std::optional<WorkloadForm::Cell> got = form.locate(field);
    QCOMPARE(got.has_value(), cell.has_value());
    if (cell) {
        QCOMPARE(int(got->table), int(cell->table));
        QCOMPARE(got->container, cell->container);
        QCOMPARE(got->row, cell->row);
        QCOMPARE(got->column, cell->column);
    }
}

void TestWorkloadForm::serverCausesLandOnCells()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::DaemonSet));
    doc.load(test::microk8sController());
    WorkloadForm form(&doc);
    Testers testers(form);
    QVERIFY(form.ports()->addPort(8002, 8002, QStringLiteral("server1fl")).ok());
    // what a ValidatingAdmissionPolicy's rejection carries (Status.details.causes[])
    const StatusCause cause{QStringLiteral("FieldValueForbidden"),
                            QStringLiteral("ValidatingAdmissionPolicy 'no-new-hostports' denied request: host ports are frozen"),
                            kPod + QStringLiteral("containers[0].ports[3].hostPort")};
    form.setServerCauses({cause});
    const std::optional<WorkloadForm::Cell> cell = form.locate(cause.field);
    QVERIFY(cell);
    QCOMPARE(int(cell->table), int(WorkloadForm::Cell::Table::Ports));
    const QModelIndex index = form.ports()->index(cell->row, cell->column);
    QCOMPARE(form.ports()->data(index, ProblemRole).toString(), cause.message);
    QCOMPARE(form.ports()->data(index, SeverityRole).toInt(), int(FieldMessage::Severity::Error));
    QCOMPARE(form.ports()->data(index, FieldPathRole).toString(), cause.field);
    // the user changes something: the server spoke about the old edit
    QVERIFY(form.ports()->setHostPort(3, 18002).ok());
    QVERIFY(form.ports()->data(index, ProblemRole).toString().isEmpty());
}

void TestWorkloadForm::coarseServerFieldsRefined_data()
{
    using Table = WorkloadForm::Cell::Table;
    QTest::addColumn<QString>("mutations");
    QTest::addColumn<QString>("serverField"); // as kube-apiserver 1.32 names it
    QTest::addColumn<QString>("refined");
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    const QString c0 = kPod + QStringLiteral("containers[0].");
    QTest::newRow("request above limit: resources.requests") << c0 + "resources.limits.cpu=\"250m\"" << c0 + "resources.requests"
                                                             << c0 + "resources.requests[cpu]" << int(Table::Resources) << 0 << int(ResourcesModel::RequestColumn);
    QTest::newRow("GPU without limit: resources.limits") << c0 + "resources.limits[nvidia.com/gpu]=undefined" << c0 + "resources.limits"
                                                         << c0 + "resources.limits[nvidia.com/gpu]" << int(Table::Resources) << 2 << int(ResourcesModel::LimitColumn);
    QTest::newRow("a label value: nodeSelector") << kPod + "nodeSelector[nvidia.com/gpu.product]=\"Tesla T4\"" << kPod + "nodeSelector"
                                                 << kPod + "nodeSelector[nvidia.com/gpu.product]" << int(Table::NodeSelector) << 0 << int(NodeSelectorModel::KeyColumn);
    QTest::newRow("two problems under it: left as the server said") << c0 + "resources.limits.cpu=\"250m\";" + c0 + "resources.limits.memory=\"1Gi\""
                                                                     << c0 + "resources.requests" << c0 + "resources.requests" << int(Table::Resources) << -1 << -1;
}

void TestWorkloadForm::coarseServerFieldsRefined()
{
    QFETCH(QString, mutations);
    QFETCH(QString, serverField);
    QFETCH(QString, refined);
    QFETCH(int, table);
    QFETCH(int, row);
    QFETCH(int, column);
    EditableDocument doc(nullptr, ResourceType::of(Kind::Deployment));
    doc.load(mutated(site(), mutations));
    WorkloadForm form(&doc);
    Testers testers(form);
    QCOMPARE(form.refinedPath(parseFieldPath(serverField)), parseFieldPath(refined));
    const std::optional<WorkloadForm::Cell> cell = form.locate(serverField);
    QVERIFY(cell);
    QCOMPARE(int(cell->table), table);
    QCOMPARE(cell->row, row);
    QCOMPARE(cell->column, column);
    // the server's words show on that cell
    form.setServerCauses({{QStringLiteral("FieldValueInvalid"), QStringLiteral("the server says so"), serverField}});
    if (row >= 0 && table == int(WorkloadForm::Cell::Table::Resources))
        QVERIFY(form.resources()->data(form.resources()->index(row, column), ProblemRole).toString().contains(QStringLiteral("the server says so")));
}

QTEST_GUILESS_MAIN(TestWorkloadForm)
#include "tst_workloadform.moc"
