#include "EditorTestUtil.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/YamlTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using namespace fc::editors;

namespace {

const QString kKey = QStringLiteral("envoy_config.yaml");

QJsonObject envoyConfig()
{
    return test::fixture(QStringLiteral("openfl/envoy-config.yaml"));
}

QJsonObject withKey(const QString &text)
{
    QJsonObject cm = envoyConfig();
    cm.insert(QStringLiteral("data"), QJsonObject{{kKey, text}});
    return cm;
}

QModelIndex at(const YamlTreeModel &m, const QString &dotted, int column = YamlTreeModel::ValueColumn)
{
    const QModelIndex i = m.indexOf(dotted.split(u'.'));
    return i.isValid() ? i.siblingAtColumn(column) : i;
}

} // namespace

/// OpenFL's envoy config as a tree: types kept on edit, the document's order kept, indexes
/// stable across value edits, undo through the document.
class TestYamlTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeOfTheEnvoyConfig();
    void valuesKeepTheirType_data();
    void valuesKeepTheirType();
    void editWritesTheDocumentInItsOrder();
    void indexesSurviveValueEdits();
    void keysRenamedAddedRemoved();
    void parseErrorShownNotEdited();
};

void TestYamlTreeModel::treeOfTheEnvoyConfig()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(envoyConfig());
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.parseError());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("params"));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("optional_plugin_components"));
    QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("shard_descriptor"));
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.seed"))).toString(), QStringLiteral("42"));
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.seed"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("integer"));
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.directorPort"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("text"));
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.download"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("yes/no"));
    QCOMPARE(model.data(at(model, QStringLiteral("params.cuda_devices"))).toString(), QStringLiteral("0 items"));
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.seed")), RawValueRole), QVariant(qint64(42)));
    QCOMPARE(model.pathOf(at(model, QStringLiteral("shard_descriptor.template"))),
             (ObjectPath{QStringLiteral("shard_descriptor"), QStringLiteral("template")}));
    QVERIFY(!(model.flags(at(model, QStringLiteral("shard_descriptor"))) & Qt::ItemIsEditable)); // a map has no single value
    QVERIFY(model.flags(at(model, QStringLiteral("shard_descriptor"), YamlTreeModel::KeyColumn)) & Qt::ItemIsEditable);
}

void TestYamlTreeModel::valuesKeepTheirType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("written"); // the line in the written document
    QTest::newRow("integer takes an integer") << "shard_descriptor.params.seed" << "43" << true << "    seed: 43";
    QTest::newRow("integer refuses text") << "shard_descriptor.params.seed" << "forty" << false << "";
    QTest::newRow("quoted number stays a string") << "shard_descriptor.params.directorPort" << "50052" << true << "    directorPort: \"50052\"";
    QTest::newRow("boolean takes no") << "shard_descriptor.params.download" << "false" << true << "    download: false";
    QTest::newRow("boolean refuses a word") << "shard_descriptor.params.download" << "sometimes" << false << "";
    QTest::newRow("text stays text even if it looks like a number") << "shard_descriptor.template" << "12" << true << "  template: \"12\"";
    QTest::newRow("text with a comma") << "shard_descriptor.params.rank_worldsize" << "2, 2" << true << "    rank_worldsize: 2, 2";
}

void TestYamlTreeModel::valuesKeepTheirType()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, written);
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(envoyConfig());
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int typeBefore = model.data(at(model, path), YamlTreeModel::NodeTypeRole).toInt();
    QCOMPARE(model.setData(at(model, path), value), accepted);
    QCOMPARE(model.data(at(model, path), YamlTreeModel::NodeTypeRole).toInt(), typeBefore);
    if (!accepted) {
        QVERIFY2(model.lastError().message.contains(QStringLiteral("the value stays")), qPrintable(model.lastError().message));
        QCOMPARE(doc.undoStack()->count(), 0);
        return;
    }
    QCOMPARE(model.data(at(model, path)).toString(), value);
    const QStringList lines = configmap::text(doc.edited(), kKey).split(u'\n');
    QVERIFY2(lines.contains(written), qPrintable(lines.join(u'|')));
}

void TestYamlTreeModel::editWritesTheDocumentInItsOrder()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    const QJsonObject start = envoyConfig();
    doc.load(start);
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setValue(at(model, QStringLiteral("shard_descriptor.params.seed")), QStringLiteral("7")).ok());
    QCOMPARE(configmap::text(doc.edited(), kKey),
             QStringLiteral("params:\n  cuda_devices: []\noptional_plugin_components: {}\nshard_descriptor:\n"
                            "  template: mnist_shard_descriptor.MnistShardDescriptor\n  params:\n    rank_worldsize: 1, 2\n"
                            "    seed: 7\n    download: true\n    directorPort: \"50051\"\n"));
    doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start);
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.seed"))).toString(), QStringLiteral("42"));
}

void TestYamlTreeModel::indexesSurviveValueEdits()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(envoyConfig());
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex seed(at(model, QStringLiteral("shard_descriptor.params.seed")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setValue(seed, QStringLiteral("1")).ok());
    QVERIFY(model.setKey(at(model, QStringLiteral("shard_descriptor.template"), YamlTreeModel::KeyColumn), QStringLiteral("class")).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() > 0);
    QVERIFY(seed.isValid());
    QCOMPARE(seed.data().toString(), QStringLiteral("1"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(seed.data().toString(), QStringLiteral("42"));
    QCOMPARE(resets.count(), 0);
}

void TestYamlTreeModel::keysRenamedAddedRemoved()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(envoyConfig());
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex params = at(model, QStringLiteral("shard_descriptor.params"), 0);
    const Result<void> taken = model.setKey(at(model, QStringLiteral("shard_descriptor.params.seed"), 0), QStringLiteral("download"));
    QVERIFY(!taken);
    QVERIFY(taken.error().message.contains(QStringLiteral("exists already")));
    QVERIFY(model.addEntry(params, QStringLiteral("batch_size"), QStringLiteral("64")).ok());
    QCOMPARE(model.data(at(model, QStringLiteral("shard_descriptor.params.batch_size"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("integer"));
    QVERIFY(configmap::text(doc.edited(), kKey).contains(QStringLiteral("    directorPort: \"50051\"\n    batch_size: 64\n")));
    QVERIFY(model.removeNode(at(model, QStringLiteral("optional_plugin_components"), 0)).ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.addEntry(QModelIndex(), QStringLiteral("note"), QString()).ok());
    QCOMPARE(model.data(at(model, QStringLiteral("note"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("null"));
    // a null takes a value of any type
    QVERIFY(model.setValue(at(model, QStringLiteral("note")), QStringLiteral("true")).ok());
    QCOMPARE(model.data(at(model, QStringLiteral("note"), YamlTreeModel::TypeColumn)).toString(), QStringLiteral("yes/no"));
    QCOMPARE(doc.undoStack()->count(), 4);
}

void TestYamlTreeModel::parseErrorShownNotEdited()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withKey(QStringLiteral("params:\n  cuda_devices: [\nshard_descriptor: {}\n")));
    YamlTreeModel model(&doc, kKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.parseError());
    QVERIFY(model.parseError()->line > 0);
    QVERIFY(!model.addEntry(QModelIndex(), QStringLiteral("a"), QStringLiteral("1")));
    // fixed through the raw table: the tree comes back
    QVERIFY(configmap::setText(&doc, kKey, QStringLiteral("params:\n  cuda_devices: []\n"), QStringLiteral("fix")).ok());
    QVERIFY(!model.parseError());
    QCOMPARE(model.rowCount(), 1);
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestYamlTreeModel)
#include "tst_yamltreemodel.moc"
