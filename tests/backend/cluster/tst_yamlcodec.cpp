// The one YAML writer and reader: kubectl's layout, round trips, errors with line and column.
#include "backend/cluster/YamlCodec.h"
#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/YamlTree.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
// keys in no particular order, managedFields and status, a multi-line value (moc reads raw
// strings spanning lines badly inside a class: kept out here)
const char *kUnordered = R"({"status":{"phase":"Running"},"spec":{"b":1,"a":"x"},"metadata":{"uid":"u","namespace":"ns","name":"n",
    "managedFields":[{"manager":"kubectl"}]},"kind":"ConfigMap","apiVersion":"v1","data":{"script.sh":"line1\nline2\n"}})";
// (a plain literal: moc's lexer reads \" inside a raw string as an escape and loses the file)
const char *kUnicode = "{\"data\":{\"名字\":\"值 ✓\",\"quote\":\"say \\\"q\\\"\"}}";
} // namespace

class TestYamlCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kubectlLayout()
    {
        const QJsonObject o = json(kUnordered);
        const QString y = yaml::fromObject(o);
        const QStringList lines = y.split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("apiVersion: v1"));
        QCOMPARE(lines.value(1), QStringLiteral("kind: ConfigMap"));
        QCOMPARE(lines.value(2), QStringLiteral("metadata:"));
        QCOMPARE(lines.value(3), QStringLiteral("  name: n"));
        QCOMPARE(lines.value(4), QStringLiteral("  namespace: ns"));
        QVERIFY(!y.contains(QStringLiteral("managedFields")));
        QVERIFY2(y.indexOf(QStringLiteral("status:")) > y.indexOf(QStringLiteral("spec:")), qPrintable(y)); // status last
        QVERIFY2(y.contains(QStringLiteral("script.sh: |")), qPrintable(y)); // multi-line as a literal block
        yaml::EmitOptions noStatus;
        noStatus.dropStatus = true;
        QVERIFY(!yaml::fromObject(o, noStatus).contains(QStringLiteral("status:")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::newRow("scalars") << QByteArray(R"({"a":"yes","b":"123","c":123,"d":1.5,"e":true,"f":null,"g":"","h":"on","i":"0x1F","j":"- x"})");
        QTest::newRow("nested") << QByteArray(R"({"spec":{"containers":[{"name":"c","ports":[{"containerPort":8002,"hostPort":8002}],"args":["-a","b c"]}]}})");
        QTest::newRow("multiline") << QByteArray(R"({"data":{"k":"a\n  b\n\tc\n","trailing":"x\n\n","none":"x\ny","lead":"  x\ny\n","cr":"a\r\nb\n"}})");
        QTest::newRow("unicode") << QByteArray(kUnicode);
        // numbers past qint64 stay doubles (casting them was undefined; fuzz_yaml)
        QTest::newRow("huge numbers") << QByteArray(R"({"a":5e74,"b":-1e300,"c":1e19,"d":9007199254740992})");
        QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[],"c":[{}]})");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, object);
        const QJsonObject o = QJsonDocument::fromJson(object).object();
        QVERIFY(!o.isEmpty());
        const auto back = yaml::toObject(yaml::fromObject(o, yaml::EmitOptions{false, false, {}}).toUtf8());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value(), o);
    }

    void redaction()
    {
        yaml::EmitOptions o;
        o.redactData = [](const QString &key, const QJsonValue &v) {
            return key == u"tls.key" ? QJsonValue(QStringLiteral("<redacted>")) : v;
        };
        const QString y = yaml::fromObject(json(R"({"kind":"Secret","data":{"tls.key":"c2VjcmV0","tls.crt":"Y2VydA=="}})"), o);
        QVERIFY(y.contains(QStringLiteral("tls.key: <redacted>")));
        QVERIFY(y.contains(QStringLiteral("Y2VydA==")));
        QVERIFY(!y.contains(QStringLiteral("c2VjcmV0")));
    }

    void errorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("syntax"); // 0 YAML, 1 JSON
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // (columns as yaml-cpp reports them: where it noticed, which the editor then shows)
        QTest::newRow("yaml unclosed flow") << "a: 1\nb: [1, 2\nc: 3\n" << 0 << 3 << 2;
        QTest::newRow("yaml bad indent") << "a:\n  b: 1\n c: 2\n" << 0 << 3 << 2;
        // yaml-cpp 0.7 loops for ever on a stray flow indicator (jbeder/yaml-cpp#1040; fuzz_yaml)
        QTest::newRow("yaml stray comma") << ",#" << 0 << 1 << 1;
        QTest::newRow("yaml stray comma in 2nd document") << "a: 1\n---\n,\n" << 0 << 3 << 1;
        QTest::newRow("json missing comma") << "{\n  \"a\": 1\n  \"b\": 2\n}" << 1 << 3 << 3;
        QTest::newRow("json trailing") << "{\"a\": 1,}" << 1 << 1 << 9;
    }
    void errorsHaveLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, syntax);
        QFETCH(int, line);
        QFETCH(int, column);
        const Result<void> r = yaml::check(text, syntax ? yaml::Syntax::Json : yaml::Syntax::Yaml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);
        QVERIFY(!r.error().message.isEmpty());
    }

    void checkAcceptsGood()
    {
        QVERIFY(yaml::check(QString(), yaml::Syntax::Yaml).ok());
        QVERIFY(yaml::check(QStringLiteral("a: 1\nb:\n  - x\n---\nc: 2\n"), yaml::Syntax::Yaml).ok());
        QVERIFY(yaml::check(QStringLiteral("{\"a\": [1, 2]}"), yaml::Syntax::Json).ok());
        QCOMPARE(yaml::guessSyntax(QStringLiteral("  \n{\"a\":1}")), yaml::Syntax::Json);
        QCOMPARE(yaml::guessSyntax(QStringLiteral("a: 1")), yaml::Syntax::Yaml);
    }

    // Every multi-document reader goes through loadAll(): a stray "," ends with an error there.
    void strayFlowIndicatorIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(YAML::ParserException, yaml::loadAll(","));
        QCOMPARE(yaml::loadAll("a: 1\n---\nb: 2\n").size(), size_t(2));
        QCOMPARE(yaml::loadAll("---\n---\n").size(), size_t(2));
        QVERIFY(yaml::loadAll("").empty());
        const auto manifests = parseManifests(",#", QStringLiteral("bad.yaml"));
        QVERIFY(!manifests.ok());
        QCOMPARE(manifests.error().line, 1);
        QVERIFY(!yaml::parseTree(",\n").ok());
    }

    void toObjectNeedsAMapping()
    {
        QVERIFY(!yaml::toObject("- a\n- b\n").ok());
        QVERIFY(!yaml::toObject("just text").ok());
        const auto bad = yaml::toObject("a: [\n");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().line > 0);
    }
};

QTEST_GUILESS_MAIN(TestYamlCodec)
#include "tst_yamlcodec.moc"
