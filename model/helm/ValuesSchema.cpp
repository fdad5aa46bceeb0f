#include "model/helm/ValuesSchema.h"

#include "backend/helm/HelmRelease.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fc {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ValuesSchema)
};

QString formatNumber(double d)
{
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

/// A value as it would appear in the schema: enum and const messages quote them this way.
QString formatValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

/// The JSON Schema name of an instance's type; whole numbers are "integer" so that
/// "must be integer, got number" says what is wrong with 1.5.
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isInteger(v) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("integer"))
        return isInteger(v);
    if (type == QLatin1String("number"))
        return v.isDouble();
    return typeName(v) == type;
}

/// JSON equality: 1 and 1.0 are the same number, object key order does not matter.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!y.contains(it.key()) || !jsonEqual(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

QString escapeToken(QString key)
{
    key.replace(QLatin1Char('~'), QStringLiteral("~0"));
    key.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return key;
}

QString childPath(const QString &path, const QString &key) { return path + QLatin1Char('/') + escapeToken(key); }
QString childPath(const QString &path, qsizetype index) { return path + QLatin1Char('/') + QString::number(index); }

bool isLocalRef(const QString &ref) { return ref.startsWith(QLatin1Char('#')); }

/// The schema a local $ref names: "#" is the root, "#/definitions/a~1b" walks objects and
/// arrays with JSON pointer unescaping (~1 is '/', ~0 is '~') after the fragment's %-decoding.
std::optional<QJsonValue> resolveRef(const QJsonValue &root, const QString &ref)
{
    const QString fragment = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
    if (fragment.isEmpty())
        return root;
    if (!fragment.startsWith(QLatin1Char('/')))
        return std::nullopt; // "#anchor": plain-name fragments need $anchor/$id, not supported
    QJsonValue node = root;
    const QStringList tokens = fragment.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(token))
                return std::nullopt;
            node = o.value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray a = node.toArray();
            if (!ok || index < 0 || index >= a.size())
                return std::nullopt;
            node = a.at(index);
        } else {
            return std::nullopt;
        }
    }
    if (!node.isObject() && !node.isBool())
        return std::nullopt;
    return node;
}

/// The JSON Schema draft a schema's "$schema" names; helm checks a schema against that draft's
/// metaschema, and against 2020-12's when it names none.
enum class Dialect { Draft4, Draft6, Draft7, Draft2019, Draft2020 };

Dialect dialectOf(const QString &uri)
{
    if (uri.contains(QLatin1String("draft-04")))
        return Dialect::Draft4;
    if (uri.contains(QLatin1String("draft-06")))
        return Dialect::Draft6;
    if (uri.contains(QLatin1String("draft-07")))
        return Dialect::Draft7;
    if (uri.contains(QLatin1String("2019-09")))
        return Dialect::Draft2019;
    return Dialect::Draft2020;
}

bool isSchema(const QJsonValue &v) { return v.isObject() || v.isBool(); }

/// Walks every subschema once at parse time: checks each keyword's value against the dialect's
/// metaschema (helm refuses a chart whose schema breaks it: "is not valid against metaschema"),
/// compiles the patterns, checks the local $refs. Stops at the first problem, deepest path first.
class SchemaChecker {
public:
    SchemaChecker(const QJsonValue &root, Dialect dialect, QHash<QString, QRegularExpression> &patterns)
        : m_root(root), m_dialect(dialect), m_patterns(patterns)
    {
    }

    std::optional<Error> check(const QJsonValue &schema, const QString &where)
    {
        if (m_error || !schema.isObject())
            return m_error;
        const QJsonObject s = schema.toObject();
        checkKeywords(s, where);
        const QJsonValue ref = s.value(QLatin1String("$ref"));
        if (ref.isString() && isLocalRef(ref.toString()) && !resolveRef(m_root, ref.toString()))
            fail(Tr::tr("%1: $ref \"%2\" does not name a schema in this file").arg(where, ref.toString()));
        if (s.value(QLatin1String("pattern")).isString())
            compile(s.value(QLatin1String("pattern")).toString(), where + QStringLiteral("/pattern"));

        static const char *const single[] = {"additionalProperties", "additionalItems", "items", "contains",
                                             "propertyNames", "not", "if", "then", "else"};
        for (const char *key : single)
            check(s.value(QLatin1String(key)), where + QLatin1Char('/') + QLatin1String(key));
        static const char *const lists[] = {"allOf", "anyOf", "oneOf", "items", "prefixItems"};
        for (const char *key : lists) {
            const QJsonArray a = s.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), childPath(where + QLatin1Char('/') + QLatin1String(key), i));
        }
        static const char *const maps[] = {"properties", "patternProperties", "definitions", "$defs",
                                           "dependencies", "dependentSchemas"};
        for (const char *key : maps) {
            const QJsonObject m = s.value(QLatin1String(key)).toObject();
            for (auto it = m.constBegin(); it != m.constEnd(); ++it)
                check(it.value(), childPath(where + QLatin1Char('/') + QLatin1String(key), it.key()));
        }
        const QJsonObject patternProperties = s.value(QLatin1String("patternProperties")).toObject();
        for (auto it = patternProperties.constBegin(); it != patternProperties.constEnd(); ++it)
            compile(it.key(), childPath(where + QStringLiteral("/patternProperties"), it.key()));
        return m_error;
    }

private:
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = makeError(message);
    }

    /// "#/properties/port/type: must be …, got string" (the metaschema's wording, helm's path).
    void wrong(const QString &where, const QString &want, const QJsonValue &got)
    {
        fail(Tr::tr("%1: must be %2, got %3").arg(where, want, typeName(got)));
    }

    /// The keywords' own values, as the metaschema of the dialect constrains them. Subschemas
    /// are checked here for being schemas and then walked by check().
    void checkKeywords(const QJsonObject &s, const QString &where)
    {
        const QString schemaWanted = Tr::tr("a schema (an object, true or false)");
        for (auto it = s.constBegin(); it != s.constEnd() && !m_error; ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            const QString here = childPath(where, key);
            if (isOneOf(key, {"additionalProperties", "contains", "propertyNames", "not", "if", "then", "else",
                              "unevaluatedItems", "unevaluatedProperties"})
                || (key == QLatin1String("additionalItems") && m_dialect != Dialect::Draft2020)) {
                if (!isSchema(v))
                    wrong(here, schemaWanted, v);
            } else if (key == QLatin1String("items")) {
                if (m_dialect == Dialect::Draft2020 && !isSchema(v))
                    wrong(here, schemaWanted, v);
                else if (!isSchema(v) && !v.isArray())
                    wrong(here, Tr::tr("a schema or an array of schemas"), v);
                else if (v.isArray())
                    checkSchemaArray(v.toArray(), here, false);
            } else if (isOneOf(key, {"allOf", "anyOf", "oneOf", "prefixItems"})) {
                if (!v.isArray())
                    wrong(here, Tr::tr("a non-empty array of schemas"), v);
                else
                    checkSchemaArray(v.toArray(), here, true);
            } else if (isOneOf(key, {"properties", "patternProperties", "definitions", "$defs", "dependentSchemas"})) {
                if (!v.isObject()) {
                    wrong(here, Tr::tr("an object of schemas"), v);
                    continue;
                }
                const QJsonObject m = v.toObject();
                for (auto e = m.constBegin(); e != m.constEnd() && !m_error; ++e)
                    if (!isSchema(e.value()))
                        wrong(childPath(here, e.key()), schemaWanted, e.value());
            } else if (key == QLatin1String("dependencies") || key == QLatin1String("dependentRequired")) {
                if (!v.isObject()) {
                    wrong(here, Tr::tr("an object"), v);
                    continue;
                }
                const QJsonObject m = v.toObject();
                const bool schemasToo = key == QLatin1String("dependencies");
                for (auto e = m.constBegin(); e != m.constEnd() && !m_error; ++e) {
                    if (schemasToo && isSchema(e.value()))
                        continue;
                    checkStringSet(e.value(), childPath(here, e.key()), false);
                }
            } else if (key == QLatin1String("type")) {
                checkType(v, here);
            } else if (key == QLatin1String("enum")) {
                if (!v.isArray())
                    wrong(here, Tr::tr("an array"), v);
                else if (m_dialect == Dialect::Draft4 && v.toArray().isEmpty())
                    fail(Tr::tr("%1: must not be empty").arg(here));
            } else if (key == QLatin1String("required")) {
                checkStringSet(v, here, m_dialect == Dialect::Draft4);
            } else if (isOneOf(key, {"maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties",
                                     "maxContains", "minContains"})) {
                if (!isInteger(v) || v.toDouble() < 0)
                    wrong(here, Tr::tr("a non-negative integer"), v);
            } else if (key == QLatin1String("minimum") || key == QLatin1String("maximum")) {
                if (!v.isDouble())
                    wrong(here, Tr::tr("a number"), v);
            } else if (key == QLatin1String("multipleOf")) {
                if (!v.isDouble() || v.toDouble() <= 0)
                    wrong(here, Tr::tr("a number greater than 0"), v);
            } else if (key == QLatin1String("exclusiveMinimum") || key == QLatin1String("exclusiveMaximum")) {
                if (m_dialect == Dialect::Draft4 && !v.isBool())
                    wrong(here, Tr::tr("true or false (draft-04)"), v);
                else if (m_dialect != Dialect::Draft4 && !v.isDouble())
                    wrong(here, Tr::tr("a number (true/false is draft-04's form: name that draft in \"$schema\")"), v);
            } else if (isOneOf(key, {"pattern", "$ref", "title", "description", "format", "$comment", "$anchor", "$schema"})) {
                if (!v.isString())
                    wrong(here, Tr::tr("a string"), v);
            } else if (isOneOf(key, {"uniqueItems", "readOnly", "writeOnly", "deprecated"})) {
                if (!v.isBool())
                    wrong(here, Tr::tr("true or false"), v);
            } else if (key == QLatin1String("examples")) {
                if (!v.isArray())
                    wrong(here, Tr::tr("an array"), v);
            }
        }
    }

    static bool isOneOf(const QString &key, std::initializer_list<const char *> names)
    {
        return std::any_of(names.begin(), names.end(), [&key](const char *n) { return key == QLatin1String(n); });
    }

    void checkSchemaArray(const QJsonArray &a, const QString &where, bool nonEmpty)
    {
        if (nonEmpty && a.isEmpty())
            fail(Tr::tr("%1: must not be empty").arg(where));
        for (qsizetype i = 0; i < a.size() && !m_error; ++i)
            if (!isSchema(a.at(i)))
                wrong(childPath(where, i), Tr::tr("a schema (an object, true or false)"), a.at(i));
    }

    /// An array of distinct strings ("required", a dependency's property names).
    void checkStringSet(const QJsonValue &v, const QString &where, bool nonEmpty)
    {
        if (!v.isArray()) {
            wrong(where, Tr::tr("an array of strings"), v);
            return;
        }
        const QJsonArray a = v.toArray();
        if (nonEmpty && a.isEmpty()) {
            fail(Tr::tr("%1: must not be empty").arg(where));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                wrong(childPath(where, i), Tr::tr("a string"), a.at(i));
                return;
            }
            if (seen.contains(a.at(i).toString())) {
                fail(Tr::tr("%1: \"%2\" is listed twice").arg(where, a.at(i).toString()));
                return;
            }
            seen.insert(a.at(i).toString());
        }
    }

    void checkType(const QJsonValue &v, const QString &where)
    {
        static const QStringList names = {QStringLiteral("array"),  QStringLiteral("boolean"), QStringLiteral("integer"),
                                          QStringLiteral("null"),   QStringLiteral("number"),  QStringLiteral("object"),
                                          QStringLiteral("string")};
        const auto bad = [&](const QString &name) {
            fail(Tr::tr("%1: \"%2\" is not a JSON Schema type (%3)").arg(where, name, names.join(QStringLiteral(", "))));
        };
        if (v.isString()) {
            if (!names.contains(v.toString()))
                bad(v.toString());
            return;
        }
        if (!v.isArray()) {
            wrong(where, Tr::tr("a type name or an array of them"), v);
            return;
        }
        const QJsonArray a = v.toArray();
        if (a.isEmpty() && m_dialect != Dialect::Draft4) {
            fail(Tr::tr("%1: must not be empty").arg(where));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                wrong(childPath(where, i), Tr::tr("a type name"), a.at(i));
                return;
            }
            const QString name = a.at(i).toString();
            if (!names.contains(name)) {
                bad(name);
                return;
            }
            if (seen.contains(name)) {
                fail(Tr::tr("%1: \"%2\" is listed twice").arg(where, name));
                return;
            }
            seen.insert(name);
        }
    }

    void compile(const QString &pattern, const QString &where)
    {
        if (m_patterns.contains(pattern))
            return;
        QRegularExpression re(pattern);
        if (!re.isValid()) {
            fail(Tr::tr("%1: invalid pattern \"%2\": %3").arg(where, pattern, re.errorString()));
            return;
        }
        re.optimize();
        m_patterns.insert(pattern, re);
    }

    const QJsonValue &m_root;
    Dialect m_dialect;
    QHash<QString, QRegularExpression> &m_patterns;
    std::optional<Error> m_error;
};

/// One run of validate(). Keywords are checked in a fixed order; anyOf/oneOf/not/if ask
/// matches(), which validates into a scratch list that stops at the first violation.
class Validator {
public:
    Validator(const QJsonValue &root, const QHash<QString, QRegularExpression> &patterns, bool refOverridesSiblings,
              QList<SchemaViolation> &out)
        : m_root(root), m_patterns(patterns), m_refOverridesSiblings(refOverridesSiblings), m_out(&out)
    {
    }

    void check(const QJsonValue &schema, const QJsonValue &value, const QString &path);

private:
    bool full() const { return m_out->size() >= m_limit; }
    void report(const QString &path, const QString &message)
    {
        if (!full())
            m_out->append({path, message});
    }
    bool matches(const QJsonValue &schema, const QJsonValue &value, const QString &path);
    bool followRef(const QString &ref, const QJsonValue &value, const QString &path);
    bool checkType(const QJsonObject &s, const QJsonValue &value, const QString &path);
    void checkNumber(const QJsonObject &s, double d, const QString &path);
    void checkString(const QJsonObject &s, const QString &text, const QString &path);
    void checkArray(const QJsonObject &s, const QJsonArray &array, const QString &path);
    void checkObject(const QJsonObject &s, const QJsonObject &object, const QString &path);
    void checkCombinators(const QJsonObject &s, const QJsonValue &value, const QString &path);
    bool patternFound(const QString &pattern, const QString &text) const
    {
        return m_patterns.value(pattern).match(text).hasMatch();
    }

    struct ActiveRef {
        QString ref;
        QString path;
    };

    const QJsonValue &m_root;
    const QHash<QString, QRegularExpression> &m_patterns;
    bool m_refOverridesSiblings;
    QList<SchemaViolation> *m_out;
    qsizetype m_limit = ValuesSchema::MaxViolations;
    QList<ActiveRef> m_activeRefs; ///< $refs being followed, with the instance path each started at
};

bool Validator::matches(const QJsonValue &schema, const QJsonValue &value, const QString &path)
{
    QList<SchemaViolation> scratch;
    QList<SchemaViolation> *const savedOut = m_out;
    const qsizetype savedLimit = m_limit;
    m_out = &scratch;
    m_limit = 1;
    check(schema, value, path);
    m_out = savedOut;
    m_limit = savedLimit;
    return scratch.isEmpty();
}

bool Validator::followRef(const QString &ref, const QJsonValue &value, const QString &path)
{
    if (!isLocalRef(ref))
        return true; // another document: not loaded offline (see the class comment)
    // The same $ref again at the same value means the schema loops without descending into
    // the value ({"$ref": "#"} at the root, a→b→a): it would never finish.
    for (const ActiveRef &active : std::as_const(m_activeRefs)) {
        if (active.ref == ref && active.path == path) {
            report(path, Tr::tr("schema error: $ref \"%1\" refers back to itself").arg(ref));
            return false;
        }
    }
    const std::optional<QJsonValue> target = resolveRef(m_root, ref);
    if (!target) { // parse() checked them; kept for a schema reached some other way
        report(path, Tr::tr("schema error: $ref \"%1\" does not name a schema").arg(ref));
        return false;
    }
    m_activeRefs.append({ref, path});
    check(*target, value, path);
    m_activeRefs.removeLast();
    return true;
}

void Validator::check(const QJsonValue &schema, const QJsonValue &value, const QString &path)
{
    if (full())
        return;
    if (schema.isBool()) {
        if (!schema.toBool())
            report(path, Tr::tr("no value is allowed here"));
        return;
    }
    if (!schema.isObject())
        return; // not a schema: nothing to check against
    const QJsonObject s = schema.toObject();

    const QJsonValue ref = s.value(QLatin1String("$ref"));
    if (ref.isString()) {
        followRef(ref.toString(), value, path);
        if (m_refOverridesSiblings)
            return;
    }

    // A value of the wrong type gets that one message: "must be >= 1" on a string is noise.
    if (!checkType(s, value, path))
        return;

    if (s.contains(QLatin1String("enum"))) {
        const QJsonArray options = s.value(QLatin1String("enum")).toArray();
        bool found = false;
        for (const QJsonValue &option : options)
            found = found || jsonEqual(option, value);
        if (!found) {
            QStringList shown;
            for (const QJsonValue &option : options)
                shown.append(formatValue(option));
            report(path, Tr::tr("must be one of: %1").arg(shown.join(QStringLiteral(", "))));
        }
    }
    if (s.contains(QLatin1String("const")) && !jsonEqual(s.value(QLatin1String("const")), value))
        report(path, Tr::tr("must be %1").arg(formatValue(s.value(QLatin1String("const")))));

    switch (value.type()) {
    case QJsonValue::Double:
        checkNumber(s, value.toDouble(), path);
        break;
    case QJsonValue::String:
        checkString(s, value.toString(), path);
        break;
    case QJsonValue::Array:
        checkArray(s, value.toArray(), path);
        break;
    case QJsonValue::Object:
        checkObject(s, value.toObject(), path);
        break;
    default:
        break;
    }
    checkCombinators(s, value, path);
}

bool Validator::checkType(const QJsonObject &s, const QJsonValue &value, const QString &path)
{
    const QJsonValue type = s.value(QLatin1String("type"));
    QStringList allowed;
    if (type.isString())
        allowed.append(type.toString());
    else if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            allowed.append(t.toString());
    } else {
        return true;
    }
    for (const QString &t : std::as_const(allowed)) {
        if (hasType(value, t))
            return true;
    }
    report(path, Tr::tr("must be %1, got %2").arg(allowed.join(QStringLiteral(" or ")), typeName(value)));
    return false;
}

void Validator::checkNumber(const QJsonObject &s, double d, const QString &path)
{
    const QJsonValue minimum = s.value(QLatin1String("minimum"));
    const QJsonValue maximum = s.value(QLatin1String("maximum"));
    const QJsonValue exclusiveMinimum = s.value(QLatin1String("exclusiveMinimum"));
    const QJsonValue exclusiveMaximum = s.value(QLatin1String("exclusiveMaximum"));
    // draft-04 wrote exclusiveMinimum: true beside minimum; draft-06 on, a number of its own
    const bool oldExclusiveMin = exclusiveMinimum.isBool() && exclusiveMinimum.toBool();
    const bool oldExclusiveMax = exclusiveMaximum.isBool() && exclusiveMaximum.toBool();
    if (minimum.isDouble()) {
        const double m = minimum.toDouble();
        if (oldExclusiveMin ? !(d > m) : !(d >= m))
            report(path, (oldExclusiveMin ? Tr::tr("must be > %1") : Tr::tr("must be >= %1")).arg(formatNumber(m)));
    }
    if (maximum.isDouble()) {
        const double m = maximum.toDouble();
        if (oldExclusiveMax ? !(d < m) : !(d <= m))
            report(path, (oldExclusiveMax ? Tr::tr("must be < %1") : Tr::tr("must be <= %1")).arg(formatNumber(m)));
    }
    if (exclusiveMinimum.isDouble() && !(d > exclusiveMinimum.toDouble()))
        report(path, Tr::tr("must be > %1").arg(formatNumber(exclusiveMinimum.toDouble())));
    if (exclusiveMaximum.isDouble() && !(d < exclusiveMaximum.toDouble()))
        report(path, Tr::tr("must be < %1").arg(formatNumber(exclusiveMaximum.toDouble())));
    const QJsonValue multipleOf = s.value(QLatin1String("multipleOf"));
    if (multipleOf.isDouble() && multipleOf.toDouble() > 0) {
        // 0.3 / 0.1 is 2.9999999999999996 in binary: compare the quotient to its rounding
        // with a relative tolerance instead of fmod's exact remainder
        const double q = d / multipleOf.toDouble();
        if (!std::isfinite(q) || std::fabs(q - std::round(q)) > 1e-9 * std::max(1.0, std::fabs(q)))
            report(path, Tr::tr("must be a multiple of %1").arg(formatNumber(multipleOf.toDouble())));
    }
}

void Validator::checkString(const QJsonObject &s, const QString &text, const QString &path)
{
    // JSON Schema counts characters (code points): an emoji is one, not two UTF-16 units
    qsizetype length = 0;
    for (const QChar c : text)
        length += c.isLowSurrogate() ? 0 : 1;
    const QJsonValue minLength = s.value(QLatin1String("minLength"));
    const QJsonValue maxLength = s.value(QLatin1String("maxLength"));
    if (minLength.isDouble() && length < minLength.toDouble())
        report(path, Tr::tr("must be at least %1 characters long").arg(formatNumber(minLength.toDouble())));
    if (maxLength.isDouble() && length > maxLength.toDouble())
        report(path, Tr::tr("must be at most %1 characters long").arg(formatNumber(maxLength.toDouble())));
    const QJsonValue pattern = s.value(QLatin1String("pattern"));
    if (pattern.isString() && !patternFound(pattern.toString(), text))
        report(path, Tr::tr("does not match pattern %1").arg(pattern.toString()));
}

void Validator::checkArray(const QJsonObject &s, const QJsonArray &array, const QString &path)
{
    const qsizetype n = array.size();
    const QJsonValue minItems = s.value(QLatin1String("minItems"));
    const QJsonValue maxItems = s.value(QLatin1String("maxItems"));
    if (minItems.isDouble() && n < minItems.toDouble())
        report(path, Tr::tr("must have at least %1 items").arg(formatNumber(minItems.toDouble())));
    if (maxItems.isDouble() && n > maxItems.toDouble())
        report(path, Tr::tr("must have at most %1 items").arg(formatNumber(maxItems.toDouble())));
    if (s.value(QLatin1String("uniqueItems")).toBool()) {
        bool duplicate = false;
        for (qsizetype i = 0; i < n && !duplicate; ++i) {
            for (qsizetype j = i + 1; j < n && !duplicate; ++j) {
                if (jsonEqual(array.at(i), array.at(j))) {
                    duplicate = true;
                    report(path, Tr::tr("must not have duplicate items (items %1 and %2 are equal)").arg(i).arg(j));
                }
            }
        }
    }

    // Tuple form: draft-07's "items": [..] with "additionalItems", or 2020-12's "prefixItems"
    // with "items" for the rest.
    const QJsonValue items = s.value(QLatin1String("items"));
    QJsonArray tuple;
    QJsonValue rest(QJsonValue::Undefined);
    if (s.value(QLatin1String("prefixItems")).isArray()) {
        tuple = s.value(QLatin1String("prefixItems")).toArray();
        rest = items;
    } else if (items.isArray()) {
        tuple = items.toArray();
        rest = s.value(QLatin1String("additionalItems"));
    } else {
        rest = items;
    }
    for (qsizetype i = 0; i < n && !full(); ++i) {
        if (i < tuple.size())
            check(tuple.at(i), array.at(i), childPath(path, i));
        else if (!rest.isUndefined())
            check(rest, array.at(i), childPath(path, i));
    }

    const QJsonValue contains = s.value(QLatin1String("contains"));
    if (!contains.isUndefined()) {
        bool found = false;
        for (qsizetype i = 0; i < n && !found; ++i)
            found = matches(contains, array.at(i), childPath(path, i));
        if (!found)
            report(path, Tr::tr("must contain at least one matching item"));
    }
}

void Validator::checkObject(const QJsonObject &s, const QJsonObject &object, const QString &path)
{
    const QJsonValue minProperties = s.value(QLatin1String("minProperties"));
    const QJsonValue maxProperties = s.value(QLatin1String("maxProperties"));
    if (minProperties.isDouble() && object.size() < minProperties.toDouble())
        report(path, Tr::tr("must have at least %1 properties").arg(formatNumber(minProperties.toDouble())));
    if (maxProperties.isDouble() && object.size() > maxProperties.toDouble())
        report(path, Tr::tr("must have at most %1 properties").arg(formatNumber(maxProperties.toDouble())));

    for (const QJsonValue &name : s.value(QLatin1String("required")).toArray()) {
        if (name.isString() && !object.contains(name.toString()))
            report(path, Tr::tr("missing required property \"%1\"").arg(name.toString()));
    }
    // dependentRequired (2019-09) and the array form of dependencies (draft-07) say the same
    static const char *const dependencyKeywords[] = {"dependentRequired", "dependencies"};
    for (const char *keyword : dependencyKeywords) {
        const QJsonObject dependencies = s.value(QLatin1String(keyword)).toObject();
        for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
            if (!object.contains(it.key()))
                continue;
            if (it.value().isArray()) {
                for (const QJsonValue &name : it.value().toArray()) {
                    if (name.isString() && !object.contains(name.toString()))
                        report(path, Tr::tr("missing property \"%1\", required when \"%2\" is set")
                                         .arg(name.toString(), it.key()));
                }
            } else {
                check(it.value(), object, path); // schema form: the whole object must match
            }
        }
    }
    const QJsonObject dependentSchemas = s.value(QLatin1String("dependentSchemas")).toObject();
    for (auto it = dependentSchemas.constBegin(); it != dependentSchemas.constEnd(); ++it) {
        if (object.contains(it.key()))
            check(it.value(), object, path);
    }

    const QJsonValue propertyNames = s.value(QLatin1String("propertyNames"));
    if (!propertyNames.isUndefined()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!matches(propertyNames, QJsonValue(it.key()), childPath(path, it.key())))
                report(childPath(path, it.key()), Tr::tr("property name \"%1\" is not allowed").arg(it.key()));
        }
    }

    const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
    const QJsonObject patternProperties = s.value(QLatin1String("patternProperties")).toObject();
    const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
    // instance keys in sorted order (QJsonObject's), each against every schema that names it
    for (auto it = object.constBegin(); it != object.constEnd() && !full(); ++it) {
        const QString childAt = childPath(path, it.key());
        bool named = false;
        if (properties.contains(it.key())) {
            named = true;
            check(properties.value(it.key()), it.value(), childAt);
        }
        for (auto p = patternProperties.constBegin(); p != patternProperties.constEnd(); ++p) {
            if (patternFound(p.key(), it.key())) {
                named = true;
                check(p.value(), it.value(), childAt);
            }
        }
        if (named || additional.isUndefined())
            continue;
        if (additional.isBool() && !additional.toBool())
            report(childAt, Tr::tr("additional property \"%1\" is not allowed").arg(it.key()));
        else
            check(additional, it.value(), childAt);
    }
}

void Validator::checkCombinators(const QJsonObject &s, const QJsonValue &value, const QString &path)
{
    // allOf: each part's own violations say more than "must match all"
    for (const QJsonValue &part : s.value(QLatin1String("allOf")).toArray())
        check(part, value, path);

    const QJsonValue anyOf = s.value(QLatin1String("anyOf"));
    if (anyOf.isArray()) {
        bool any = false;
        for (const QJsonValue &part : anyOf.toArray()) {
            if (matches(part, value, path)) {
                any = true;
                break;
            }
        }
        if (!any)
            report(path, Tr::tr("must match one of the alternatives"));
    }

    const QJsonValue oneOf = s.value(QLatin1String("oneOf"));
    if (oneOf.isArray()) {
        int matched = 0;
        for (const QJsonValue &part : oneOf.toArray())
            matched += matches(part, value, path) ? 1 : 0;
        if (matched != 1)
            report(path, Tr::tr("must match exactly one of the alternatives (matched %1)").arg(matched));
    }

    const QJsonValue notSchema = s.value(QLatin1String("not"));
    if (!notSchema.isUndefined() && matches(notSchema, value, path))
        report(path, Tr::tr("must not match the schema in \"not\""));

    const QJsonValue ifSchema = s.value(QLatin1String("if"));
    if (!ifSchema.isUndefined()) {
        const QJsonValue branch = s.value(matches(ifSchema, value, path) ? QLatin1String("then") : QLatin1String("else"));
        if (!branch.isUndefined())
            check(branch, value, path);
    }
}

} // namespace

Result<ValuesSchema> ValuesSchema::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    ValuesSchema schema;
    if (parseError.error != QJsonParseError::NoError) {
        // "true"/"false" alone are valid boolean schemas, which QJsonDocument refuses
        const QByteArray trimmed = json.trimmed();
        QJsonParseError scalarError;
        // a lone number or string is JSON, just not a schema: say so rather than "invalid JSON"
        const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[" + json + "]"), &scalarError);
        const bool scalar = scalarError.error == QJsonParseError::NoError && wrapped.array().size() == 1;
        if (scalar && trimmed != "true" && trimmed != "false") {
            Error e = makeError(Tr::tr("values.schema.json must hold a JSON object, not %1").arg(QString::fromUtf8(trimmed.left(40))));
            e.file = QStringLiteral("values.schema.json");
            return e;
        }
        if (!scalar) {
            Error e = makeError(Tr::tr("values.schema.json is not valid JSON: %1 (at character %2)")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset));
            e.file = QStringLiteral("values.schema.json");
            return e;
        }
        schema.m_root = QJsonValue(trimmed == "true");
        return schema;
    }
    if (!doc.isObject()) {
        Error e = makeError(Tr::tr("values.schema.json must hold a JSON object, not an array"));
        e.file = QStringLiteral("values.schema.json");
        return e;
    }
    schema.m_root = doc.object();
    const Dialect dialect = dialectOf(doc.object().value(QLatin1String("$schema")).toString());
    schema.m_refOverridesSiblings = dialect == Dialect::Draft4 || dialect == Dialect::Draft6 || dialect == Dialect::Draft7;
    SchemaChecker checker(schema.m_root, dialect, schema.m_patterns);
    if (std::optional<Error> error = checker.check(schema.m_root, QStringLiteral("#"))) {
        error->file = QStringLiteral("values.schema.json");
        return *error;
    }
    return schema;
}

QList<SchemaViolation> ValuesSchema::validate(const QJsonValue &values) const
{
    QList<SchemaViolation> out;
    Validator validator(m_root, m_patterns, m_refOverridesSiblings, out);
    validator.check(m_root, values, QString());
    return out;
}

QList<SchemaViolation> ValuesSchema::validateMerged(const ValuesSchema &schema, const QJsonObject &chartDefaults,
                                                    const QJsonObject &userValues)
{
    return schema.validate(mergeValues(chartDefaults, userValues));
}

} // namespace fc
