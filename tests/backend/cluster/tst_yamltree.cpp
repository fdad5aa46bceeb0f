#include "backend/cluster/YamlTree.h"

#include <QJsonObject>
#include <QTest>

using namespace fc;
using namespace fc::yaml;

namespace {

TreeNode parse(const QByteArray &text)
{
    Result<TreeNode> r = parseTree(text);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error().toString()));
    return r.value();
}

const TreeNode *child(const TreeNode &n, const QString &key)
{
    for (const TreeNode &c : n.children)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

/// The ordered YAML tree behind the per-key forms: order, types and spellings survive an edit.
class TestYamlTree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scalarTypes_data();
    void scalarTypes();
    void roundTrip_data();
    void roundTrip();
    void editKeepsOrderAndSpelling();
    void newKeysFollowInJsonOrder();
    void errorsHaveLineAndColumn_data();
    void errorsHaveLineAndColumn();
    void scalarFits_data();
    void scalarFits();
};

void TestYamlTree::scalarTypes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    using T = TreeNode::Type;
    QTest::newRow("plain integer") << QByteArray("v: 8080") << int(T::Integer) << QStringLiteral("8080");
    QTest::newRow("quoted integer is a string") << QByteArray("v: \"8080\"") << int(T::String) << QStringLiteral("8080");
    QTest::newRow("hex integer") << QByteArray("v: 0x1f") << int(T::Integer) << QStringLiteral("0x1f");
    QTest::newRow("float") << QByteArray("v: 1.50") << int(T::Float) << QStringLiteral("1.50");
    QTest::newRow("exponent float") << QByteArray("v: 1e3") << int(T::Float) << QStringLiteral("1e3");
    QTest::newRow("infinity") << QByteArray("v: .inf") << int(T::Float) << QStringLiteral(".inf");
    QTest::newRow("true") << QByteArray("v: true") << int(T::Boolean) << QStringLiteral("true");
    QTest::newRow("yaml 1.1 yes is a boolean") << QByteArray("v: yes") << int(T::Boolean) << QStringLiteral("yes");
    QTest::newRow("single-quoted true is a string") << QByteArray("v: 'true'") << int(T::String) << QStringLiteral("true");
    QTest::newRow("tilde is null") << QByteArray("v: ~") << int(T::Null) << QStringLiteral("null");
    QTest::newRow("nothing is null") << QByteArray("v:") << int(T::Null) << QStringLiteral("null");
    QTest::newRow("plain text") << QByteArray("v: mnist_shard_descriptor.MnistShardDescriptor") << int(T::String)
                                << QStringLiteral("mnist_shard_descriptor.MnistShardDescriptor");
    QTest::newRow("text with a comma") << QByteArray("v: 1, 2") << int(T::String) << QStringLiteral("1, 2");
    QTest::newRow("literal block") << QByteArray("v: |\n  a\n  b\n") << int(T::String) << QStringLiteral("a\nb\n");
}

void TestYamlTree::scalarTypes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, type);
    QFETCH(QString, text);
    const TreeNode root = parse(yaml);
    QCOMPARE(int(root.type), int(TreeNode::Type::Map));
    const TreeNode *v = child(root, QStringLiteral("v"));
    QVERIFY(v);
    QCOMPARE(int(v->type), type);
    QCOMPARE(v->text, text);
    // and it reads back the same after writing
    const TreeNode again = parse(emitTree(root).toUtf8());
    QCOMPARE(int(child(again, QStringLiteral("v"))->type), type);
    QCOMPARE(child(again, QStringLiteral("v"))->text, text);
}

void TestYamlTree::roundTrip_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key order kept") << QByteArray("version: v1\nsharing:\n  timeSlicing:\n    resources:\n    - name: nvidia.com/gpu\n      replicas: 4\n")
                                    << QStringLiteral("version: v1\nsharing:\n  timeSlicing:\n    resources:\n      - name: nvidia.com/gpu\n        replicas: 4\n");
    QTest::newRow("flow collections stay flow") << QByteArray("params:\n  cuda_devices: []\noptional_plugin_components: {}\n")
                                                << QStringLiteral("params:\n  cuda_devices: []\noptional_plugin_components: {}\n");
    QTest::newRow("numeric-looking keys are quoted") << QByteArray("\"8002\": default/server1:8002\n")
                                                     << QStringLiteral("\"8002\": default/server1:8002\n");
    QTest::newRow("strings that read as numbers stay quoted") << QByteArray("port: \"50051\"\n")
                                                              << QStringLiteral("port: \"50051\"\n");
    QTest::newRow("multi-line text without final newline is quoted") << QByteArray("v: \"a\\nb\"\n")
                                                                     << QStringLiteral("v: \"a\\nb\"\n");
}

void TestYamlTree::roundTrip()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QCOMPARE(emitTree(parse(yaml)), expected);
}

void TestYamlTree::editKeepsOrderAndSpelling()
{
    const TreeNode root = parse("z: 0x1f\nenabled: yes\na:\n  b: 1\n");
    QJsonObject json = toJson(root).toObject();
    QCOMPARE(json.value(QStringLiteral("z")).toInteger(), 31);
    QCOMPARE(json.value(QStringLiteral("enabled")).toBool(), true);
    QJsonObject a = json.value(QStringLiteral("a")).toObject();
    a.insert(QStringLiteral("b"), 2);
    json.insert(QStringLiteral("a"), a);
    json.insert(QStringLiteral("enabled"), false);
    // z is unchanged: its spelling stays; yes/no stays yes/no; order stays z, enabled, a
    QCOMPARE(emitTree(fromJson(json, &root)), QStringLiteral("z: 0x1f\nenabled: no\na:\n  b: 2\n"));
}

void TestYamlTree::newKeysFollowInJsonOrder()
{
    const TreeNode root = parse("version: v1\n");
    QJsonObject json = toJson(root).toObject();
    json.insert(QStringLiteral("sharing"), QJsonObject{{QStringLiteral("b"), 1.5}, {QStringLiteral("a"), QStringLiteral("x")}});
    QCOMPARE(emitTree(fromJson(json, &root)), QStringLiteral("version: v1\nsharing:\n  a: x\n  b: 1.5\n"));
}

void TestYamlTree::errorsHaveLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad indentation") << QByteArray("a: 1\n b: 2\n") << 2 << 3;
    QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\n") << 2 << 1;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 3 << 1;
}

void TestYamlTree::errorsHaveLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<TreeNode> r = parseTree(yaml);
    QVERIFY(!r);
    QCOMPARE(r.error().line, line);
    QCOMPARE(r.error().column, column);
    QVERIFY(!r.error().message.isEmpty());
}

void TestYamlTree::scalarFits_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fits");
    using T = TreeNode::Type;
    QTest::newRow("integer takes digits") << int(T::Integer) << QStringLiteral("12") << true;
    QTest::newRow("integer refuses words") << int(T::Integer) << QStringLiteral("twelve") << false;
    QTest::newRow("integer refuses fractions") << int(T::Integer) << QStringLiteral("1.5") << false;
    QTest::newRow("float takes integers") << int(T::Float) << QStringLiteral("2") << true;
    QTest::newRow("boolean takes off") << int(T::Boolean) << QStringLiteral("off") << true;
    QTest::newRow("boolean refuses maybe") << int(T::Boolean) << QStringLiteral("maybe") << false;
    QTest::newRow("string takes anything") << int(T::String) << QStringLiteral("12") << true;
}

void TestYamlTree::scalarFits()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(bool, fits);
    QCOMPARE(yaml::scalarFits(TreeNode::Type(type), text), fits);
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
