#include "EditorTestUtil.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/TimeSlicingModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc;
using namespace fc::editors;

namespace {

const QString kKey = QStringLiteral("gpu-time-slicing-config.yaml");

QJsonObject timeSlicing()
{
    return test::fixture(QStringLiteral("gpu/time-slicing.yaml"));
}

QJsonObject withKey(const QString &key, const QString &text)
{
    QJsonObject cm = timeSlicing();
    cm.insert(QStringLiteral("data"), QJsonObject{{key, text}});
    return cm;
}

} // namespace

/// The device plugin's time-slicing config as a form: the plugin's rules, edits that keep the
/// document's order and other settings, undo through the document.
class TestTimeSlicingModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheGuidesConfigMap();
    void editKeepsTheRestOfTheDocument();
    void renameByDefaultChangesWhatNodesAdvertise();
    void refusals_data();
    void refusals();
    void devices_data();
    void devices();
    void configProblems_data();
    void configProblems();
    void jsonStaysJson();
    void newKeyFromNothing();
};

void TestTimeSlicingModel::readsTheGuidesConfigMap()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(timeSlicing());
    TimeSlicingModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, TimeSlicingModel::ResourceColumn)).toString(), QStringLiteral("nvidia.com/gpu"));
    QCOMPARE(model.data(model.index(0, TimeSlicingModel::ReplicasColumn)).toInt(), 4);
    QCOMPARE(model.data(model.index(0, TimeSlicingModel::DevicesColumn)).toString(), QStringLiteral("all"));
    QCOMPARE(model.advertised(0), QStringLiteral("nvidia.com/gpu \u00d74 per device"));
    QVERIFY(!model.renameByDefault());
    QVERIFY(!model.failRequestsGreaterThanOne());
    QVERIFY(model.messages().isEmpty());

    TimeSlicingModel mig(&doc, QStringLiteral("a100-mig"));
    QAbstractItemModelTester migTester(&mig, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(mig.data(mig.index(0, TimeSlicingModel::ResourceColumn)).toString(), QStringLiteral("nvidia.com/mig-1g.10gb"));
    QCOMPARE(mig.data(mig.index(0, TimeSlicingModel::DevicesColumn)).toString(), QStringLiteral("0, 1"));
    QVERIFY(mig.messages().isEmpty());
}

void TestTimeSlicingModel::editKeepsTheRestOfTheDocument()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    const QJsonObject start = timeSlicing();
    doc.load(start);
    TimeSlicingModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setData(model.index(0, TimeSlicingModel::ReplicasColumn), 8));
    // the guide's diff: replicas 4 -> 8, everything else (flags, order, switches) as it was
    QCOMPARE(configmap::text(doc.edited(), kKey),
             QStringLiteral("version: v1\nflags:\n  migStrategy: none\nsharing:\n  timeSlicing:\n    renameByDefault: false\n"
                            "    failRequestsGreaterThanOne: false\n    resources:\n      - name: nvidia.com/gpu\n        replicas: 8\n"));
    QCOMPARE(configmap::text(doc.edited(), QStringLiteral("a100-mig")), configmap::text(start, QStringLiteral("a100-mig")));
    QVERIFY(model.addResource(QStringLiteral("nvidia.com/mig-3g.40gb"), 2).ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.removeResource(0).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, TimeSlicingModel::ReplicasColumn)).toInt(), 8);
    doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
}

void TestTimeSlicingModel::renameByDefaultChangesWhatNodesAdvertise()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(timeSlicing());
    TimeSlicingModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setRenameByDefault(true).ok());
    QVERIFY(model.renameByDefault());
    QCOMPARE(model.advertised(0), QStringLiteral("nvidia.com/gpu.shared \u00d74 per device"));
    QVERIFY(model.setRename(0, QStringLiteral("nvidia.com/gpu-ts")).ok());
    QCOMPARE(model.advertised(0), QStringLiteral("nvidia.com/gpu-ts \u00d74 per device"));
    QVERIFY(model.setRename(0, QString()).ok());
    QVERIFY(model.setFailRequestsGreaterThanOne(true).ok());
    QVERIFY(configmap::text(doc.edited(), kKey).contains(QStringLiteral("failRequestsGreaterThanOne: true")));
    QCOMPARE(doc.undoStack()->count(), 4);
}

void TestTimeSlicingModel::refusals_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("replicas zero") << int(TimeSlicingModel::ReplicasColumn) << "0" << "above 0";
    QTest::newRow("replicas not a number") << int(TimeSlicingModel::ReplicasColumn) << "four" << "not a whole number";
    QTest::newRow("resource name with capitals") << int(TimeSlicingModel::ResourceColumn) << "nvidia.com/GPU" << "not a resource name";
    QTest::newRow("rename with a space") << int(TimeSlicingModel::RenameColumn) << "shared gpu" << "not a resource name";
    QTest::newRow("devices: a word other than all") << int(TimeSlicingModel::DevicesColumn) << "some" << "neither a GPU/MIG index";
    QTest::newRow("devices: count zero") << int(TimeSlicingModel::DevicesColumn) << "0" << "above 0";
}

void TestTimeSlicingModel::refusals()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(timeSlicing());
    TimeSlicingModel model(&doc, kKey);
    QVERIFY(!model.setData(model.index(0, column), value));
    QVERIFY2(model.lastError().message.contains(reason), qPrintable(model.lastError().message));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestTimeSlicingModel::devices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json"); // the devices value written, "" when left out
    QTest::newRow("all is the default: left out") << "all" << "";
    QTest::newRow("a count") << "2" << "2";
    QTest::newRow("gpu indices") << "0, 1" << "[0,1]";
    QTest::newRow("mig index") << "0:1" << "[\"0:1\"]";
    QTest::newRow("gpu uuid") << "GPU-b1028956-cfa2-0990-bf4a-5da9abb51763" << "[\"GPU-b1028956-cfa2-0990-bf4a-5da9abb51763\"]";
    QTest::newRow("mig uuid on a gpu") << "MIG-GPU-b1028956-cfa2-0990-bf4a-5da9abb51763/3/0" << "[\"MIG-GPU-b1028956-cfa2-0990-bf4a-5da9abb51763/3/0\"]";
}

void TestTimeSlicingModel::devices()
{
    QFETCH(QString, text);
    QFETCH(QString, json);
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(timeSlicing());
    TimeSlicingModel model(&doc, QStringLiteral("a100-mig"));
    QVERIFY(model.setDevices(0, text).ok());
    const Result<QJsonObject> cfg = yaml::toObject(configmap::text(doc.edited(), QStringLiteral("a100-mig")).toUtf8());
    QVERIFY(cfg);
    const QJsonValue devices = cfg->value(QStringLiteral("sharing")).toObject().value(QStringLiteral("timeSlicing")).toObject()
                                   .value(QStringLiteral("resources")).toArray().at(0).toObject().value(QStringLiteral("devices"));
    if (json.isEmpty()) {
        QVERIFY(devices.isUndefined());
    } else {
        const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("{\"d\":") + json.toUtf8() + '}');
        QCOMPARE(devices, wrapped.object().value(QStringLiteral("d")));
    }
    QVERIFY(model.messages().isEmpty());
}

void TestTimeSlicingModel::configProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("path");
    QTest::newRow("version other than v1") << "version: v2\nsharing:\n  timeSlicing:\n    resources:\n    - {name: nvidia.com/gpu, replicas: 2}\n"
                                           << "reads v1 only" << "data.gpu-time-slicing-config.yaml.version";
    QTest::newRow("no resources") << "version: v1\nsharing:\n  timeSlicing: {}\n" << "no resources"
                                  << "data.gpu-time-slicing-config.yaml.sharing.timeSlicing.resources";
    QTest::newRow("a strategy the plugin does not know") << "version: v1\nsharing:\n  timeSlicing:\n    strategy: packed\n    resources:\n    - {name: nvidia.com/gpu, replicas: 2}\n"
                                                        << "unknown time-slicing strategy" << "data.gpu-time-slicing-config.yaml.sharing.timeSlicing.strategy";
    QTest::newRow("replicas missing") << "version: v1\nsharing:\n  timeSlicing:\n    resources:\n    - {name: nvidia.com/gpu}\n"
                                      << "no replicas" << "data.gpu-time-slicing-config.yaml.sharing.timeSlicing.resources[0].replicas";
    QTest::newRow("a resource the plugin does not advertise") << "version: v1\nsharing:\n  timeSlicing:\n    resources:\n    - {name: example.com/fpga, replicas: 2}\n"
                                                              << "matches neither" << "data.gpu-time-slicing-config.yaml.sharing.timeSlicing.resources[0]";
    QTest::newRow("the same resource twice") << "version: v1\nsharing:\n  timeSlicing:\n    resources:\n    - {name: gpu, replicas: 2}\n    - {name: nvidia.com/gpu, replicas: 4}\n"
                                             << "listed twice" << "data.gpu-time-slicing-config.yaml.sharing.timeSlicing.resources[1].name";
    QTest::newRow("does not parse") << "version: v1\nsharing: [\n" << "does not parse" << "data.gpu-time-slicing-config.yaml";
}

void TestTimeSlicingModel::configProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(QString, path);
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withKey(kKey, text));
    TimeSlicingModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<FieldMessage> messages = model.messages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).message.contains(problem), qPrintable(messages.at(0).message));
    QCOMPARE(pathText(messages.at(0).path), path);
}

void TestTimeSlicingModel::jsonStaysJson()
{
    const QString json = QStringLiteral(R"({"version": "v1", "sharing": {"timeSlicing": {"resources": [{"name": "nvidia.com/gpu", "replicas": 2}]}}})");
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withKey(QStringLiteral("config.json"), json));
    TimeSlicingModel model(&doc, QStringLiteral("config.json"));
    QVERIFY(model.setReplicas(0, 3).ok());
    const QString text = configmap::text(doc.edited(), QStringLiteral("config.json"));
    QVERIFY(text.trimmed().startsWith(u'{'));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("sharing")).toObject().value(QStringLiteral("timeSlicing"))
                 .toObject().value(QStringLiteral("resources")).toArray().at(0).toObject().value(QStringLiteral("replicas")).toInt(), 3);
}

void TestTimeSlicingModel::newKeyFromNothing()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withKey(QStringLiteral("new.yaml"), QString()));
    TimeSlicingModel model(&doc, QStringLiteral("new.yaml"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.addResource(QStringLiteral("nvidia.com/gpu"), 4).ok());
    QCOMPARE(configmap::text(doc.edited(), QStringLiteral("new.yaml")), TimeSlicingModel::templateText());
    QVERIFY(model.messages().isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeSlicingModel)
#include "tst_timeslicingmodel.moc"
