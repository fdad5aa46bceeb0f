#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using namespace fc::editors;

namespace {

QJsonObject configMap(const QJsonObject &data, const QJsonObject &binary = {}, bool immutable = false)
{
    QJsonObject o{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                  {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("settings")},
                                                           {QStringLiteral("namespace"), QStringLiteral("fl")},
                                                           {QStringLiteral("resourceVersion"), QStringLiteral("41")}}}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    if (!binary.isEmpty())
        o.insert(QStringLiteral("binaryData"), binary);
    if (immutable)
        o.insert(QStringLiteral("immutable"), true);
    return o;
}

QStringList keys(const ConfigMapModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.keyAt(r);
    return out;
}

} // namespace

/// The ConfigMap key/value table: Kubernetes' key rules, binary values, syntax checks, immutable
/// ConfigMaps, and every edit undoable through the document.
class TestConfigMapModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyRules_data();
    void keyRules();
    void rowsAndColumns();
    void addRenameDeleteUndoRedo();
    void renameKeepsOtherRowsWithoutReset();
    void keysUniqueAcrossDataAndBinaryData();
    void binaryShownBySizeAndSavable();
    void replaceFromFileChoosesDataOrBinaryData();
    void immutableRefusesEveryEdit();
    void valueSyntax_data();
    void valueSyntax();
    void syntaxProblemShownOnValue();
    void sizeLimit();
    void serverFieldToRow();
};

void TestConfigMapModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestConfigMapModel::keyRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("letters digits dash underscore dot") << QStringLiteral("route_table-2.json") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
    QTest::newRow("253 characters") << QString(253, u'a') << QString();
    QTest::newRow("254 characters") << QString(254, u'a') << QStringLiteral("no more than 253");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("must not be '.'");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("must not be '..'");
    QTest::newRow("starts with dot dot") << QStringLiteral("..data") << QStringLiteral("must not start with '..'");
    QTest::newRow("dot dot inside is fine") << QStringLiteral("a..b") << QString();
    QTest::newRow("leading dot is fine") << QStringLiteral(".env") << QString();
    QTest::newRow("space") << QStringLiteral("my key") << QStringLiteral("only letters, digits");
    QTest::newRow("slash") << QStringLiteral("python/shard.py") << QStringLiteral("only letters, digits");
    QTest::newRow("non-ascii") << QStringLiteral("clé") << QStringLiteral("only letters, digits");
}

void TestConfigMapModel::keyRules()
{
    QFETCH(QString, key);
    QFETCH(QString, problem);
    const QStringList problems = validation::configMapKeyProblems(key);
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'/')));
    else
        QVERIFY2(problems.join(u'/').contains(problem), qPrintable(problems.join(u'/')));

    // the model refuses the same keys, saying why
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("existing"), QStringLiteral("x")}}));
    ConfigMapModel model(&doc);
    const Result<void> r = model.addKey(key, QStringLiteral("v"));
    QCOMPARE(r.ok(), problem.isEmpty());
    if (!r) {
        QVERIFY(r.error().message.contains(problem));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }
}

void TestConfigMapModel::rowsAndColumns()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("b.yaml"), QStringLiteral("a: 1\nb:\n  - x\n")}, {QStringLiteral("a"), QStringLiteral("one line")}},
                       {{QStringLiteral("c.bin"), QString::fromLatin1(QByteArray("\x00\x01\x02", 3).toBase64())}}));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(keys(model), (QStringList{QStringLiteral("a"), QStringLiteral("b.yaml"), QStringLiteral("c.bin")}));
    QCOMPARE(model.data(model.index(0, ConfigMapModel::ValueColumn)).toString(), QStringLiteral("one line"));
    QCOMPARE(model.data(model.index(1, ConfigMapModel::ValueColumn)).toString(), QStringLiteral("a: 1 … (3 lines)"));
    QCOMPARE(model.data(model.index(1, ConfigMapModel::ValueColumn), Qt::EditRole).toString(), QStringLiteral("a: 1\nb:\n  - x\n"));
    QCOMPARE(model.data(model.index(1, ConfigMapModel::CheckColumn)).toString(), QStringLiteral("YAML"));
    QCOMPARE(model.data(model.index(0, ConfigMapModel::CheckColumn)).toString(), QString());
    QCOMPARE(model.data(model.index(2, ConfigMapModel::ValueColumn)).toString(), QStringLiteral("binary, 3 bytes"));
    QVERIFY(model.flags(model.index(0, ConfigMapModel::ValueColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, ConfigMapModel::ValueColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, ConfigMapModel::CheckColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.data(model.index(2, 0), FieldPathRole).toString(), QStringLiteral("binaryData[c.bin]"));
}

void TestConfigMapModel::addRenameDeleteUndoRedo()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    const QJsonObject start = configMap({{QStringLiteral("a"), QStringLiteral("1")}});
    doc.load(start);
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(model.addKey(QStringLiteral("b"), QStringLiteral("2")).ok());
    QVERIFY(model.renameKey(QStringLiteral("a"), QStringLiteral("z")).ok());
    QVERIFY(model.setData(model.index(model.rowOf(QStringLiteral("b")), ConfigMapModel::ValueColumn), QStringLiteral("two")));
    QVERIFY(model.removeKey(QStringLiteral("z")).ok());
    QCOMPARE(keys(model), QStringList{QStringLiteral("b")});
    QCOMPARE(model.text(QStringLiteral("b")), QStringLiteral("two"));
    QCOMPARE(doc.undoStack()->count(), 4);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete key z"));

    doc.undoStack()->undo(); // delete
    QCOMPARE(keys(model), (QStringList{QStringLiteral("b"), QStringLiteral("z")}));
    doc.undoStack()->undo(); // value
    QCOMPARE(model.text(QStringLiteral("b")), QStringLiteral("2"));
    doc.undoStack()->undo(); // rename
    QCOMPARE(keys(model), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    doc.undoStack()->undo(); // add
    QCOMPARE(keys(model), QStringList{QStringLiteral("a")});
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.edited(), start);

    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(keys(model), (QStringList{QStringLiteral("b"), QStringLiteral("z")}));
    QCOMPARE(doc.edited().value(QStringLiteral("data")).toObject().value(QStringLiteral("z")).toString(), QStringLiteral("1"));

    // renaming onto an existing key is refused, through setData too
    QVERIFY(!model.setData(model.index(0, ConfigMapModel::KeyColumn), QStringLiteral("z")));
    QVERIFY(model.lastError().message.contains(QStringLiteral("exists already")));
    QCOMPARE(model.lastError().field, QStringLiteral("data[z]"));
}

void TestConfigMapModel::renameKeepsOtherRowsWithoutReset()
{
    QJsonObject data;
    for (int i = 0; i < 50; ++i)
        data.insert(QStringLiteral("key%1").arg(i, 2, 10, QLatin1Char('0')), QString::number(i));
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap(data));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.renameKey(QStringLiteral("key10"), QStringLiteral("key99")).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 49);
    doc.undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.keyAt(10), QStringLiteral("key10"));
}

void TestConfigMapModel::keysUniqueAcrossDataAndBinaryData()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("a"), QStringLiteral("1")}}, {{QStringLiteral("blob"), QStringLiteral("AAEC")}}));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Result<void> r = model.addKey(QStringLiteral("blob"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("unique across data and binaryData")));
    QVERIFY(!model.renameKey(QStringLiteral("a"), QStringLiteral("blob")));
    QVERIFY(!model.addBinaryKey(QStringLiteral("a"), QByteArray("x")));

    // a ConfigMap written by hand with the same key in both is flagged on both rows
    EditableDocument both(nullptr, ResourceType::of(Kind::ConfigMap));
    both.load(configMap({{QStringLiteral("x"), QStringLiteral("1")}}, {{QStringLiteral("x"), QStringLiteral("AAEC")}}));
    ConfigMapModel twin(&both);
    QAbstractItemModelTester twinTester(&twin, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(twin.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(twin.data(twin.index(row, ConfigMapModel::KeyColumn), ProblemRole).toString().contains(QStringLiteral("both data and binaryData")));
        QCOMPARE(twin.data(twin.index(row, ConfigMapModel::KeyColumn), SeverityRole).toInt(), int(FieldMessage::Severity::Error));
    }
    QCOMPARE(twin.messages().size(), 2);
}

void TestConfigMapModel::binaryShownBySizeAndSavable()
{
    QByteArray blob(12595, '\0');
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char(i % 251);
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({}, {{QStringLiteral("model.bin"), QString::fromLatin1(blob.toBase64())}}));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.data(model.index(0, ConfigMapModel::ValueColumn)).toString(), QStringLiteral("binary, 12.3 KiB"));
    QCOMPARE(model.data(model.index(0, 0), ConfigMapModel::SizeRole).toLongLong(), 12595);
    QVERIFY(model.data(model.index(0, 0), ConfigMapModel::IsBinaryRole).toBool());
    QCOMPARE(model.bytes(QStringLiteral("model.bin")), blob);
    QCOMPARE(model.data(model.index(0, ConfigMapModel::ValueColumn), RawValueRole).toByteArray(), blob);
    const Result<void> r = model.setValue(QStringLiteral("model.bin"), QStringLiteral("text"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("replace it from a file")));
}

void TestConfigMapModel::replaceFromFileChoosesDataOrBinaryData()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("cfg"), QStringLiteral("old")}}));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QByteArray binary("\x89PNG\r\n\x1a\n\x00\x00", 10);
    QVERIFY(model.replaceFromFile(QStringLiteral("cfg"), binary).ok());
    QVERIFY(model.isBinary(QStringLiteral("cfg")));
    QVERIFY(!doc.edited().contains(QStringLiteral("data"))); // emptied, left out
    QCOMPARE(model.bytes(QStringLiteral("cfg")), binary);

    const QByteArray text = QStringLiteral("ünïcode: yes\n").toUtf8();
    QVERIFY(model.replaceFromFile(QStringLiteral("cfg"), text).ok());
    QVERIFY(!model.isBinary(QStringLiteral("cfg")));
    QVERIFY(!doc.edited().contains(QStringLiteral("binaryData")));
    QCOMPARE(model.text(QStringLiteral("cfg")), QString::fromUtf8(text));

    QVERIFY(model.replaceFromFile(QStringLiteral("new.json"), QByteArray("{}")).ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.replaceFromFile(QStringLiteral("bad key"), QByteArray("x")));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
}

void TestConfigMapModel::immutableRefusesEveryEdit()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("a"), QStringLiteral("1")}}, {{QStringLiteral("b"), QStringLiteral("AAEC")}}, true));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isImmutable());
    const QList<Result<void>> results = {
        model.addKey(QStringLiteral("c")),
        model.addBinaryKey(QStringLiteral("d"), QByteArray("x")),
        model.renameKey(QStringLiteral("a"), QStringLiteral("e")),
        model.removeKey(QStringLiteral("a")),
        model.setValue(QStringLiteral("a"), QStringLiteral("2")),
        model.replaceFromFile(QStringLiteral("b"), QByteArray("x")),
        configmap::setText(&doc, QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("edit")),
    };
    for (const Result<void> &r : results) {
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("immutable")), qPrintable(r.error().message));
        QCOMPARE(r.error().field, QStringLiteral("immutable"));
    }
    QVERIFY(!model.setData(model.index(0, ConfigMapModel::ValueColumn), QStringLiteral("2")));
    QVERIFY(model.lastError().message.contains(QStringLiteral("immutable")));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestConfigMapModel::valueSyntax_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const int none = int(ValueCheck::Syntax::None), yamlS = int(ValueCheck::Syntax::Yaml), jsonS = int(ValueCheck::Syntax::Json);
    QTest::newRow("yaml extension, valid") << QStringLiteral("envoy_config.yaml") << QStringLiteral("params:\n  cuda_devices: []\n") << yamlS << true << 0 << 0;
    QTest::newRow("yml extension, bad indentation") << QStringLiteral("a.yml") << QStringLiteral("a: 1\n b: 2\n") << yamlS << false << 2 << 3;
    QTest::newRow("json extension, missing comma") << QStringLiteral("route_table.json") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << jsonS << false << 3 << 3; // the opening quote of "b"
    QTest::newRow("json by content") << QStringLiteral("config") << QStringLiteral("{\"a\": [1, 2]}") << jsonS << true << 0 << 0;
    QTest::newRow("yaml by content") << QStringLiteral("config") << QStringLiteral("version: v1\nsharing: {\n") << yamlS << false << 3 << 1;
    QTest::newRow("one line is not checked") << QStringLiteral("8002") << QStringLiteral("default/server1:8002") << none << true << 0 << 0;
    QTest::newRow("yaml list by content") << QStringLiteral("parties") << QStringLiteral("- 9999\n- 10000\n") << yamlS << true << 0 << 0;
    QTest::newRow("prose is not checked") << QStringLiteral("notes") << QStringLiteral("Remember:\nthe server restarts at 2am: be quick") << none << true << 0 << 0;
    QTest::newRow("empty yaml is fine") << QStringLiteral("x.yaml") << QString() << yamlS << true << 0 << 0;
}

void TestConfigMapModel::valueSyntax()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(int, syntax);
    QFETCH(bool, ok);
    QFETCH(int, line);
    QFETCH(int, column);
    const ValueCheck c = checkValue(key, text);
    QCOMPARE(int(c.syntax), syntax);
    QCOMPARE(c.ok, ok);
    if (!ok) {
        QCOMPARE(c.error.line, line);
        QCOMPARE(c.error.column, column);
        QVERIFY(c.summary().contains(QStringLiteral("line %1, column %2").arg(line).arg(column)));
    }
}

void TestConfigMapModel::syntaxProblemShownOnValue()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("a.json"), QStringLiteral("{}")}}));
    ConfigMapModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.data(model.index(0, ConfigMapModel::CheckColumn)).toString(), QStringLiteral("JSON"));
    QVERIFY(model.messages().isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setValue(QStringLiteral("a.json"), QStringLiteral("{\"a\": }")).ok());
    QVERIFY(changed.count() > 0);
    const QString problem = model.data(model.index(0, ConfigMapModel::CheckColumn), ProblemRole).toString();
    QVERIFY2(problem.startsWith(QStringLiteral("JSON: line 1, column")), qPrintable(problem));
    QCOMPARE(model.data(model.index(0, ConfigMapModel::ValueColumn), SeverityRole).toInt(), int(FieldMessage::Severity::Warning));
    QVERIFY(model.data(model.index(0, ConfigMapModel::KeyColumn), ProblemRole).toString().isEmpty());
    const QList<FieldMessage> messages = model.messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).path, parseFieldPath(QStringLiteral("data[a.json]"))); // as the server names it
    QCOMPARE(messages.at(0).severity, FieldMessage::Severity::Warning);
}

void TestConfigMapModel::sizeLimit()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("big"), QString(1024 * 1024 - 3, u'x')}}));
    ConfigMapModel model(&doc);
    QCOMPARE(model.totalBytes(), 1024 * 1024);
    QVERIFY(model.messages().isEmpty());
    QVERIFY(model.addKey(QStringLiteral("c"), QStringLiteral("y")).ok());
    const QList<FieldMessage> messages = model.messages();
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).message.contains(QStringLiteral("1 MiB")));
}

void TestConfigMapModel::serverFieldToRow()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(configMap({{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b.c"), QStringLiteral("2")}}));
    ConfigMapModel model(&doc);
    QCOMPARE(model.rowForField(QStringLiteral("data[b.c]")), 1);
    QCOMPARE(model.rowForField(QStringLiteral("data[a]")), 0);
    QCOMPARE(model.rowForField(QStringLiteral("data[zzz]")), -1);
    QCOMPARE(model.rowForField(QStringLiteral("metadata.name")), -1);
}

QTEST_GUILESS_MAIN(TestConfigMapModel)
#include "tst_configmapmodel.moc"
