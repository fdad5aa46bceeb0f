// ValuesSchema: each keyword with a value that passes and one that fails (path and message),
// $ref and its recursion guard, integer vs number, code-point lengths, the violation cap, and
// the openfl-envoy test chart's real values.schema.json against its values.yaml merged with
// user values, as helm checks them. And the schema itself checked as helm checks it (the
// metaschema of its draft): each broken schema is refused by us at the path helm v4 and v3 name,
// each valid one accepted by all three.

#include "../../integration/common/LocalCluster.h"

#include "backend/cluster/YamlCodec.h"
#include "model/helm/ValuesSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {

/// Any JSON value, scalars included (QJsonDocument only takes arrays and objects).
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text.constData(), qPrintable(error.errorString()));
    return doc.array().at(0);
}

QStringList flatten(const QList<SchemaViolation> &violations)
{
    QStringList out;
    for (const SchemaViolation &v : violations)
        out.append(v.path + QStringLiteral(": ") + v.message);
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR", QStringLiteral(FC_SOURCE_DIR));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestValuesSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keywords_data();
    void keywords();
    void parseErrors_data();
    void parseErrors();
    void metaschemaLikeHelm_data();
    void metaschemaLikeHelm();
    void refRecursionGuard();
    void recursiveSchemaFollowsTheValue();
    void cap();
    void envoyChart();
    void mergedLikeHelm();
};

void TestValuesSchema::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("expected"); // "path: message", empty when the value passes

    const QStringList ok;
    auto row = [](const char *name, const QByteArray &schema, const QByteArray &value, const QStringList &expected) {
        QTest::newRow(name) << schema << value << expected;
    };

    // type; YAML's 8080 arrives as a double: a whole number is an integer, 1.5 is not
    row("type ok", R"({"type": "string"})", R"("x")", ok);
    row("type fail", R"({"type": "integer"})", R"("80")", {": must be integer, got string"});
    row("integer from double", R"({"type": "integer"})", "8080.0", ok);
    row("integer fraction", R"({"type": "integer"})", "1.5", {": must be integer, got number"});
    row("integer is a number", R"({"type": "number"})", "3", ok);
    row("type list ok", R"({"type": ["string", "null"]})", "null", ok);
    row("type list fail", R"({"type": ["string", "integer"]})", "true", {": must be string or integer, got boolean"});
    row("type object fail", R"({"type": "object"})", "[]", {": must be object, got array"});
    row("wrong type hides the rest", R"({"type": "integer", "minimum": 5, "enum": [6]})", R"("x")",
        {": must be integer, got string"});

    row("enum ok", R"({"enum": ["a", "b", 1]})", "1.0", ok);
    row("enum fail", R"({"enum": ["a", "b"]})", R"("c")", {R"(: must be one of: "a", "b")"});
    row("enum object ok", R"({"enum": [{"x": 1, "y": [true]}]})", R"({"y": [true], "x": 1})", ok);
    row("const ok", R"({"const": "ssa"})", R"("ssa")", ok);
    row("const fail", R"({"const": 3})", "4", {": must be 3"});

    // objects
    row("properties nested fail", R"({"properties": {"envoy": {"properties": {"port": {"type": "integer"}}}}})",
        R"({"envoy": {"port": "x"}})", {"/envoy/port: must be integer, got string"});
    row("properties ok", R"({"properties": {"a": {"type": "string"}}})", R"({"a": "x", "b": 1})", ok);
    row("required ok", R"({"required": ["directorHost"]})", R"({"directorHost": "d"})", ok);
    row("required fail", R"({"required": ["directorHost", "port"]})", R"({"port": 1})",
        {R"(: missing required property "directorHost")"});
    row("required nested", R"({"properties": {"a": {"required": ["b"]}}})", R"({"a": {}})",
        {R"(/a: missing required property "b")"});
    row("additionalProperties false", R"({"properties": {"a": {}}, "additionalProperties": false})",
        R"({"a": 1, "foo": 2})", {R"(/foo: additional property "foo" is not allowed)"});
    row("additionalProperties false ok", R"({"properties": {"a": {}}, "additionalProperties": false})", R"({"a": 1})", ok);
    row("additionalProperties schema", R"({"additionalProperties": {"type": "string"}})", R"({"x": "a", "y": 2})",
        {"/y: must be string, got integer"});
    row("patternProperties", R"({"patternProperties": {"^port": {"type": "integer"}}, "additionalProperties": false})",
        R"({"portA": 1, "portB": "x", "host": "h"})",
        {R"(/host: additional property "host" is not allowed)", "/portB: must be integer, got string"});
    row("patternProperties ok", R"({"patternProperties": {"^port": {"type": "integer"}}})", R"({"portA": 1, "x": "y"})", ok);
    row("key escaping", R"({"additionalProperties": {"type": "string"}})", R"({"a/b~c": 1})",
        {"/a~1b~0c: must be string, got integer"});
    row("dependentRequired ok", R"({"dependentRequired": {"tls": ["cert"]}})", R"({"tls": true, "cert": "c"})", ok);
    row("dependentRequired fail", R"({"dependentRequired": {"tls": ["cert"]}})", R"({"tls": true})",
        {R"(: missing property "cert", required when "tls" is set)"});
    row("dependencies array", R"({"dependencies": {"tls": ["cert", "key"]}})", R"({"tls": true, "key": "k"})",
        {R"(: missing property "cert", required when "tls" is set)"});
    row("dependencies absent trigger", R"({"dependencies": {"tls": ["cert"]}})", R"({"cert": 1})", ok);
    row("dependencies schema", R"({"dependencies": {"tls": {"required": ["cert"]}}})", R"({"tls": 1})",
        {R"(: missing required property "cert")"});
    row("propertyNames", R"({"propertyNames": {"maxLength": 3}})", R"({"abc": 1, "abcd": 2})",
        {R"(/abcd: property name "abcd" is not allowed)"});
    row("minProperties", R"({"minProperties": 1})", "{}", {": must have at least 1 properties"});

    // arrays
    row("items ok", R"({"items": {"type": "integer"}})", "[1, 2]", ok);
    row("items fail", R"({"properties": {"shards": {"items": {"type": "integer"}}}})", R"({"shards": [1, 2, "x"]})",
        {"/shards/2: must be integer, got string"});
    // the array form of items is draft-07's (2020-12 has prefixItems): helm wants the draft named
    row("tuple items", R"({"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}, {"type": "integer"}], "additionalItems": false})",
        R"(["a", "b", 3])", {"/1: must be integer, got string", "/2: no value is allowed here"});
    row("tuple items ok", R"({"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}, {"type": "integer"}]})", R"(["a", 1, null])", ok);
    row("prefixItems", R"({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}})", R"(["a", 1, "b"])",
        {"/2: must be integer, got string"});
    row("minItems ok", R"({"minItems": 1})", "[0]", ok);
    row("minItems fail", R"({"minItems": 1})", "[]", {": must have at least 1 items"});
    row("maxItems fail", R"({"maxItems": 2})", "[1, 2, 3]", {": must have at most 2 items"});
    row("maxItems ok", R"({"maxItems": 2})", "[1, 2]", ok);
    row("uniqueItems ok", R"({"uniqueItems": true})", R"([1, "1", {"a": 1}, {"a": 2}])", ok);
    row("uniqueItems fail", R"({"uniqueItems": true})", R"([{"a": 1}, 2, {"a": 1.0}])",
        {": must not have duplicate items (items 0 and 2 are equal)"});
    row("contains", R"({"contains": {"const": "x"}})", R"(["a", "b"])", {": must contain at least one matching item"});
    row("contains ok", R"({"contains": {"const": "x"}})", R"(["a", "x"])", ok);

    // numbers
    row("minimum ok", R"({"minimum": 1})", "1", ok);
    row("minimum fail", R"({"minimum": 1})", "0", {": must be >= 1"});
    row("maximum ok", R"({"maximum": 65535})", "65535", ok);
    row("maximum fail", R"({"maximum": 65535})", "65536", {": must be <= 65535"});
    row("exclusiveMinimum ok", R"({"exclusiveMinimum": 0})", "0.5", ok);
    row("exclusiveMinimum fail", R"({"exclusiveMinimum": 0})", "0", {": must be > 0"});
    row("exclusiveMaximum fail", R"({"exclusiveMaximum": 1.5})", "1.5", {": must be < 1.5"});
    row("exclusiveMaximum ok", R"({"exclusiveMaximum": 1.5})", "1.4", ok);
    row("draft-04 exclusiveMinimum", R"({"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 1, "exclusiveMinimum": true})", "1", {": must be > 1"});
    row("multipleOf ok", R"({"multipleOf": 0.1})", "0.3", ok);
    row("multipleOf fail", R"({"multipleOf": 512})", "1000", {": must be a multiple of 512"});
    row("numeric keywords skip strings", R"({"minimum": 5})", R"("x")", ok);

    // strings: lengths in code points, patterns searched unanchored
    row("minLength ok", R"({"minLength": 1})", R"("a")", ok);
    row("minLength fail", R"({"minLength": 1})", R"("")", {": must be at least 1 characters long"});
    row("maxLength emoji", R"({"maxLength": 2})", "\"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\"", ok); // two U+1F600
    row("maxLength emoji fail", R"({"maxLength": 1})", "\"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\"",
        {": must be at most 1 characters long"});
    row("maxLength accents", R"({"maxLength": 4})", "\"gr\xC3\xBC\xC3\x9F\"", ok); // "grüß"
    row("pattern ok", R"({"pattern": "^[a-z]+$"})", R"("abc")", ok);
    row("pattern fail", R"({"pattern": "^[a-z]+$"})", R"("aBc")", {": does not match pattern ^[a-z]+$"});
    row("pattern unanchored", R"({"pattern": "[0-9]"})", R"("port8080")", ok);
    row("format ignored", R"({"format": "ipv4"})", R"("not an ip")", ok);
    row("unknown keyword", R"({"x-kubernetes-preserve-unknown-fields": true, "foo": {"type": "x"}})", "1", ok);

    // combinators
    row("allOf fail", R"({"allOf": [{"minimum": 1}, {"maximum": 3}]})", "5", {": must be <= 3"});
    row("allOf ok", R"({"allOf": [{"minimum": 1}, {"maximum": 3}]})", "2", ok);
    row("anyOf ok", R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "3", ok);
    row("anyOf fail", R"({"properties": {"p": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}})",
        R"({"p": true})", {"/p: must match one of the alternatives"});
    row("oneOf ok", R"({"oneOf": [{"type": "string"}, {"type": "integer"}]})", "3", ok);
    row("oneOf none", R"({"oneOf": [{"type": "string"}, {"type": "integer"}]})", "1.5",
        {": must match exactly one of the alternatives (matched 0)"});
    row("oneOf two", R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})", "2",
        {": must match exactly one of the alternatives (matched 2)"});
    row("not ok", R"({"not": {"type": "string"}})", "1", ok);
    row("not fail", R"({"not": {"type": "string"}})", R"("s")", {R"(: must not match the schema in "not")"});
    row("if then", R"({"if": {"properties": {"create": {"const": false}}}, "then": {"required": ["secretName"]},
                       "else": {"required": ["crt"]}})",
        R"({"create": false})", {R"(: missing required property "secretName")"});
    row("if else", R"({"if": {"properties": {"create": {"const": false}}}, "then": {"required": ["secretName"]},
                       "else": {"required": ["crt"]}})",
        R"({"create": true})", {R"(: missing required property "crt")"});
    row("if then ok", R"({"if": {"properties": {"create": {"const": false}}}, "then": {"required": ["secretName"]}})",
        R"({"create": false, "secretName": "s"})", ok);

    // boolean schemas
    row("true schema", "true", R"({"anything": 1})", ok);
    row("false schema", "false", "1", {": no value is allowed here"});
    row("false property", R"({"properties": {"legacy": false}})", R"({"legacy": 1})", {"/legacy: no value is allowed here"});

    // $ref, draft-07 and 2020-12 style, with pointer escaping
    row("ref definitions ok", R"({"definitions": {"port": {"type": "integer", "minimum": 1}},
                                  "properties": {"p": {"$ref": "#/definitions/port"}}})",
        R"({"p": 80})", ok);
    row("ref definitions fail", R"({"definitions": {"port": {"type": "integer", "minimum": 1}},
                                    "properties": {"p": {"$ref": "#/definitions/port"}}})",
        R"({"p": 0})", {"/p: must be >= 1"});
    row("ref $defs escaped", R"({"$defs": {"a/b": {"type": "string"}, "c~d": {"$ref": "#/$defs/a~1b"}},
                                 "items": {"$ref": "#/$defs/c~0d"}})",
        R"(["x", 2])", {"/1: must be string, got integer"});
    row("ref percent-encoded", R"({"$defs": {"a b": {"type": "string"}}, "$ref": "#/$defs/a%20b"})", "1",
        {": must be string, got integer"});
    row("ref siblings 2020", R"({"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "maxLength": 1})", R"("ab")",
        {": must be at most 1 characters long"});
    row("ref siblings draft-07", R"({"$schema": "http://json-schema.org/draft-07/schema#",
                                     "definitions": {"s": {"type": "string"}}, "$ref": "#/definitions/s", "maxLength": 1})",
        R"("ab")", ok);
    row("ref remote accepted", R"({"$ref": "https://example.com/schema.json"})", "1", ok);
}

void TestValuesSchema::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, expected);
    const Result<ValuesSchema> parsed = ValuesSchema::parse(schema);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(flatten(parsed->validate(json(value))), expected);
}

void TestValuesSchema::parseErrors_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("message"); // part of the error message

    QTest::newRow("not json") << QByteArray("{\"type\": ") << QStringLiteral("is not valid JSON");
    QTest::newRow("array") << QByteArray(R"([{"type": "string"}])") << QStringLiteral("must hold a JSON object");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("must hold a JSON object, not 42");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("is not valid JSON");
    QTest::newRow("bad pattern") << QByteArray("{\"properties\": {\"a\": {\"pattern\": \"([a-z\"}}}") // raw string: moc trips on "("
                                 << QStringLiteral("#/properties/a/pattern: invalid pattern \"([a-z\"");
    QTest::newRow("bad patternProperties")
        << QByteArray(R"({"patternProperties": {"*x": {}}})") << QStringLiteral("invalid pattern \"*x\"");
    QTest::newRow("dangling ref") << QByteArray(R"({"items": {"$ref": "#/definitions/nope"}})")
                                  << QStringLiteral("#/items: $ref \"#/definitions/nope\" does not name a schema");
    QTest::newRow("ref to a non-schema") << QByteArray(R"({"required": ["n"], "$ref": "#/required/0"})")
                                         << QStringLiteral("does not name a schema");
}

void TestValuesSchema::parseErrors()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, message);
    const Result<ValuesSchema> parsed = ValuesSchema::parse(schema);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestValuesSchema::metaschemaLikeHelm_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("path"); // where the schema breaks its metaschema, "" when it does not
    QTest::addColumn<QString>("helm");

    const auto rows = [](const char *name, const QByteArray &schema, const char *path) {
        for (const char *version : {"v4.3.2", "v3.21.4"})
            QTest::addRow("%s, helm %s", name, version)
                << schema << QString::fromLatin1(path) << fc::test::helmBinary(QLatin1String(version));
    };
    rows("type int", R"({"type": "object", "properties": {"port": {"type": "int"}}})", "/properties/port/type");
    rows("type list repeated", R"({"properties": {"port": {"type": ["integer", "integer"]}}})", "/properties/port/type");
    rows("required string", R"({"required": "port"})", "/required");
    rows("required repeated", R"({"required": ["port", "port"]})", "/required");
    rows("required number", R"({"properties": {"port": {"required": [5]}}})", "/properties/port/required/0");
    rows("minimum string", R"({"properties": {"port": {"minimum": "3"}}})", "/properties/port/minimum");
    rows("property not a schema", R"({"properties": {"port": 5}})", "/properties/port");
    rows("properties string", R"({"properties": "x"})", "/properties");
    rows("enum string", R"({"properties": {"port": {"enum": "x"}}})", "/properties/port/enum");
    rows("minLength negative", R"({"properties": {"port": {"minLength": -1}}})", "/properties/port/minLength");
    rows("maxLength fraction", R"({"properties": {"port": {"maxLength": 1.5}}})", "/properties/port/maxLength");
    rows("items number", R"({"items": 5})", "/items");
    rows("items array in 2020-12", R"({"items": [{"type": "string"}]})", "/items");
    rows("additionalProperties string", R"({"additionalProperties": "no"})", "/additionalProperties");
    rows("pattern number", R"({"properties": {"port": {"pattern": 5}}})", "/properties/port/pattern");
    rows("multipleOf zero", R"({"properties": {"port": {"multipleOf": 0}}})", "/properties/port/multipleOf");
    rows("allOf empty", R"({"allOf": []})", "/allOf");
    rows("allOf object", R"({"allOf": {}})", "/allOf");
    rows("ref number", R"({"$ref": 5})", "/$ref");
    rows("format number", R"({"properties": {"port": {"format": 5}}})", "/properties/port/format");
    rows("title number", R"({"properties": {"port": {"title": 5}}})", "/properties/port/title");
    rows("$defs entry", R"({"$defs": {"a": 5}})", "/$defs/a");
    rows("definitions entry", R"({"definitions": {"a": 5}})", "/definitions/a");
    rows("dependentRequired string", R"({"properties": {"port": {"dependentRequired": {"a": "b"}}}})",
         "/properties/port/dependentRequired/a");
    rows("exclusiveMinimum boolean in 2020-12", R"({"properties": {"port": {"exclusiveMinimum": true, "minimum": 1}}})",
         "/properties/port/exclusiveMinimum");
    rows("exclusiveMinimum boolean in draft-07",
         R"({"$schema": "http://json-schema.org/draft-07/schema#", "properties": {"port": {"exclusiveMinimum": true}}})",
         "/properties/port/exclusiveMinimum");
    // valid: the same keywords where their draft allows them, unknown keywords, 1.0 as an integer
    rows("exclusiveMinimum boolean in draft-04",
         R"({"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"port": {"exclusiveMinimum": true, "minimum": 1}}})",
         "");
    rows("items array in draft-07", R"({"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}]})", "");
    rows("unknown keyword", R"({"unknownKeyword": 5, "x-order": [1]})", "");
    rows("minProperties 1.0", R"({"properties": {"port": {"minProperties": 1.0}}})", "");
    rows("dependencies both forms", R"({"dependencies": {"a": ["b"], "c": {"required": ["d"]}}})", "");
    rows("boolean schemas", R"({"properties": {"port": true, "other": false}, "additionalProperties": true})", "");
}

void TestValuesSchema::metaschemaLikeHelm()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, path);
    QFETCH(QString, helm);

    const Result<ValuesSchema> parsed = ValuesSchema::parse(schema);
    if (path.isEmpty())
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    else
        QVERIFY2(!parsed.ok() && parsed.error().message.startsWith(QLatin1Char('#') + path + QStringLiteral(": ")),
                 qPrintable(parsed.ok() ? QStringLiteral("accepted") : parsed.error().message));

    // the real helm on a chart holding this schema
    if (!QFile::exists(helm))
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/helm-bins.sh build").arg(helm)));
    QTemporaryDir chart;
    QVERIFY(chart.isValid());
    QDir(chart.path()).mkpath(QStringLiteral("templates"));
    const auto write = [&chart](const QString &name, const QByteArray &text) {
        QFile f(chart.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: schema-check\nversion: 0.1.0\n");
    write(QStringLiteral("values.yaml"), "port: 80\n");
    write(QStringLiteral("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {p: \"{{ .Values.port }}\"}\n");
    write(QStringLiteral("values.schema.json"), schema);
    const fc::test::ProcResult r = fc::test::run(helm, {QStringLiteral("template"), chart.path()});
    const QString err = QString::fromUtf8(r.err);
    if (path.isEmpty()) {
        QVERIFY2(r.exitCode == 0, qPrintable(err));
        return;
    }
    QVERIFY2(r.exitCode != 0 && err.contains(QLatin1String("is not valid against metaschema")), qPrintable(err));
    // helm names the failing keyword last, after the allOf/anyOf it was reached through
    QString helmPath;
    static const QRegularExpression at(QStringLiteral("at '([^']*)'"));
    for (auto it = at.globalMatch(err); it.hasNext();)
        helmPath = it.next().captured(1);
    QCOMPARE(helmPath, path);
}

void TestValuesSchema::refRecursionGuard()
{
    // {"$ref": "#"} at the root and a -> b -> a never descend into the value: without the guard
    // they recurse until the stack overflows. (Raw strings stay out of QCOMPARE: moc cannot
    // parse them inside macro arguments.)
    const Result<ValuesSchema> self = ValuesSchema::parse(R"({"$ref": "#"})");
    QVERIFY(self.ok());
    const QStringList selfExpected = {R"(: schema error: $ref "#" refers back to itself)"};
    QCOMPARE(flatten(self->validate(json("1"))), selfExpected);

    const Result<ValuesSchema> loop = ValuesSchema::parse(R"({"definitions": {"a": {"$ref": "#/definitions/b"},
                                                                              "b": {"allOf": [{"$ref": "#/definitions/a"}]}},
                                                             "properties": {"x": {"$ref": "#/definitions/a"}}})");
    QVERIFY(loop.ok());
    const QStringList loopExpected = {R"(/x: schema error: $ref "#/definitions/a" refers back to itself)"};
    const QJsonValue reaches = json(R"({"x": 1})");
    const QJsonValue avoids = json(R"({"y": 1})");
    QCOMPARE(flatten(loop->validate(reaches)), loopExpected);
    QCOMPARE(flatten(loop->validate(avoids)), QStringList()); // not reached: no error

    // inside anyOf the loop makes that alternative fail, not the whole check hang
    const Result<ValuesSchema> any = ValuesSchema::parse(R"({"anyOf": [{"$ref": "#"}, {"type": "integer"}]})");
    QVERIFY(any.ok());
    const QJsonValue text = json(R"("s")");
    QCOMPARE(flatten(any->validate(json("1"))), QStringList());
    QCOMPARE(flatten(any->validate(text)), QStringList{": must match one of the alternatives"});
}

void TestValuesSchema::recursiveSchemaFollowsTheValue()
{
    // a tree schema refers to itself legitimately: each $ref goes one level down the value
    const Result<ValuesSchema> tree = ValuesSchema::parse(R"({"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}}})");
    QVERIFY(tree.ok());
    const QJsonValue good = json(R"({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})");
    const QJsonValue bad = json(R"({"name": "a", "children": [{"name": "b", "children": [{"name": 3}]}]})");
    QCOMPARE(flatten(tree->validate(good)), QStringList());
    QCOMPARE(flatten(tree->validate(bad)), QStringList{"/children/0/children/0/name: must be string, got integer"});
}

void TestValuesSchema::cap()
{
    const Result<ValuesSchema> schema = ValuesSchema::parse(R"({"items": {"type": "string"}})");
    QVERIFY(schema.ok());
    QJsonArray many;
    for (int i = 0; i < 200; ++i)
        many.append(i);
    const QList<SchemaViolation> violations = schema->validate(many);
    QCOMPARE(violations.size(), ValuesSchema::MaxViolations);
    QCOMPARE(violations.first().path, QStringLiteral("/0"));
    QCOMPARE(violations.last().path, QStringLiteral("/49"));
}

void TestValuesSchema::envoyChart()
{
    const QString chart = sourceDir() + QStringLiteral("/tests/charts/openfl-envoy");
    const Result<ValuesSchema> schema = ValuesSchema::parse(readFile(chart + QStringLiteral("/values.schema.json")));
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    const Result<QJsonObject> defaults = yaml::toObject(readFile(chart + QStringLiteral("/values.yaml")));
    QVERIFY(defaults.ok());
    QCOMPARE(flatten(schema->validate(*defaults)), QStringList());

    // a broken variant that helm template refuses too (see the file's comment)
    const Result<QJsonObject> broken =
        yaml::toObject(readFile(sourceDir() + QStringLiteral("/tests/model/helm/data/openfl-envoy-broken.yaml")));
    QVERIFY(broken.ok());
    QCOMPARE(flatten(ValuesSchema::validateMerged(*schema, *defaults, *broken)),
             (QStringList{"/aggPort: must be >= 1", "/cert/create: must be boolean, got string",
                          "/directorPort: must be integer, got string",
                          "/name: does not match pattern ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                          "/shardDescriptor/rank: must be string, got integer"}));
}

void TestValuesSchema::mergedLikeHelm()
{
    const Result<ValuesSchema> schema = ValuesSchema::parse(R"({"required": ["directorFqdn"],
        "properties": {"directorFqdn": {"type": "string"}, "cert": {"required": ["create"]}}})");
    QVERIFY(schema.ok());
    const QJsonObject defaults = json(R"({"directorFqdn": "director", "cert": {"create": true}})").toObject();
    const QJsonObject partial = json(R"({"cert": {"envoyCrt": "x"}})").toObject();
    const QJsonObject dropHost = json(R"({"directorFqdn": null})").toObject();
    const QJsonObject dropCreate = json(R"({"cert": {"create": null}})").toObject();
    const QStringList hostMissing = {R"(: missing required property "directorFqdn")"};
    const QStringList createMissing = {R"(/cert: missing required property "create")"};
    // the chart's defaults fill what the user leaves out
    QCOMPARE(flatten(ValuesSchema::validateMerged(*schema, defaults, {})), QStringList());
    QCOMPARE(flatten(ValuesSchema::validateMerged(*schema, defaults, partial)), QStringList());
    // a user's null deletes the default, as `--set directorFqdn=null` does in helm
    QCOMPARE(flatten(ValuesSchema::validateMerged(*schema, defaults, dropHost)), hostMissing);
    QCOMPARE(flatten(ValuesSchema::validateMerged(*schema, defaults, dropCreate)), createMissing);
    // the user's values alone would fail: validateMerged is not validate(userValues)
    QCOMPARE(flatten(schema->validate(partial)), hostMissing + createMissing);
}

QTEST_GUILESS_MAIN(TestValuesSchema)
#include "tst_valuesschema.moc"
