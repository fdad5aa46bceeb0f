#include "backend/cluster/YamlCodec.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

namespace fc::yaml {

namespace {

void appendJsonString(std::string &out, const std::string &s)
{
    out += '"';
    for (const unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

bool plainScalarIsJsonLiteral(const std::string &v)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (v == "true" || v == "false" || v == "null")
        return true;
    if (v.empty() || !(v[0] == '-' || (v[0] >= '0' && v[0] <= '9')))
        return false; // no number: the regular expression (and a QString) spared for most scalars
    return number.match(QString::fromStdString(v)).hasMatch();
}

void yamlToJson(const YAML::Node &n, std::string &out)
{
    switch (n.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out += "null";
        break;
    case YAML::NodeType::Scalar: {
        const std::string &v = n.Scalar();
        if (n.Tag() == "?" && (v == "~" || v == "Null" || v == "NULL"))
            out += "null";
        else if (n.Tag() == "?" && (v == "True" || v == "TRUE"))
            out += "true";
        else if (n.Tag() == "?" && (v == "False" || v == "FALSE"))
            out += "false";
        else if (n.Tag() == "?" && plainScalarIsJsonLiteral(v))
            out += v;
        else
            appendJsonString(out, v);
        break;
    }
    case YAML::NodeType::Sequence: {
        out += '[';
        bool first = true;
        for (const auto &item : n) {
            if (!first)
                out += ',';
            first = false;
            yamlToJson(item, out);
        }
        out += ']';
        break;
    }
    case YAML::NodeType::Map: {
        out += '{';
        bool first = true;
        for (const auto &kv : n) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, kv.first.Scalar());
            out += ':';
            yamlToJson(kv.second, out);
        }
        out += '}';
        break;
    }
    }
}

/// A literal block (|) gives back exactly the string only when it ends with one newline (clip
/// chomping drops more, and yaml-cpp writes no keep indicator), its first line does not start
/// with a blank (that would need an indentation indicator) and it has no carriage returns.
bool literalKeepsIt(const std::string &s)
{
    const bool oneTrailingNewline = s.size() >= 1 && s.back() == '\n' && (s.size() < 2 || s[s.size() - 2] != '\n');
    return oneTrailingNewline && s.front() != ' ' && s.front() != '\t' && s.find('\r') == std::string::npos;
}

void emitJson(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        out << YAML::BeginSeq;
        for (const auto &item : v.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::String: {
        const std::string s = v.toString().toStdString();
        if (s.find('\n') != std::string::npos && literalKeepsIt(s))
            out << YAML::Literal << s;
        else if (s.find('\n') != std::string::npos)
            out << YAML::DoubleQuoted << s;
        else if (plainScalarIsJsonLiteral(s) || s.empty() || s == "yes" || s == "no" || s == "on" || s == "off")
            out << YAML::DoubleQuoted << s;
        else
            out << s;
        break;
    }
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // whole numbers as integers; only within qint64, where the cast is defined (fuzz_yaml)
        if (std::abs(d) < 9.2e18 && d == std::trunc(d))
            out << qint64(d);
        else
            out << d;
        break;
    }
    case QJsonValue::Bool: out << v.toBool(); break;
    default: out << YAML::Null; break;
    }
}
void emitOrdered(YAML::Emitter &out, const QJsonObject &o, bool top, const EmitOptions &options);

void emitTop(YAML::Emitter &out, const QJsonValue &v, const EmitOptions &options)
{
    if (v.isObject())
        emitOrdered(out, v.toObject(), false, options);
    else
        emitJson(out, v);
}

/// Maps in kubectl's key order: the top level apiVersion, kind, metadata (and a Secret's type)
/// first and status last;
/// metadata name and namespace first; everything else alphabetically (QJsonObject's order).
void emitOrdered(YAML::Emitter &out, const QJsonObject &o, bool top, const EmitOptions &options)
{
    QStringList keys = o.keys();
    // (a Secret's type reads before its data, as people write them)
    const QStringList first = top ? QStringList{QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                                                QStringLiteral("type")}
                                  : QStringList{QStringLiteral("name"), QStringLiteral("namespace")};
    QStringList ordered;
    for (const QString &k : first)
        if (keys.contains(k))
            ordered << k;
    // (against `first`, four keys at most: `ordered` would make a 5,000-key ConfigMap quadratic)
    for (const QString &k : std::as_const(keys))
        if (!first.contains(k) && !(top && k == u"status"))
            ordered << k;
    if (top && keys.contains(QStringLiteral("status")))
        ordered << QStringLiteral("status");
    out << YAML::BeginMap;
    for (const QString &k : std::as_const(ordered)) {
        out << YAML::Key << k.toStdString() << YAML::Value;
        const QJsonValue v = o.value(k);
        if (top && k == u"metadata") {
            emitOrdered(out, v.toObject(), false, options);
        } else if (top && k == u"data" && options.redactData && v.isObject()) {
            const QJsonObject data = v.toObject();
            out << YAML::BeginMap;
            for (auto it = data.begin(); it != data.end(); ++it) {
                out << YAML::Key << it.key().toStdString() << YAML::Value;
                emitJson(out, options.redactData(it.key(), it.value()));
            }
            out << YAML::EndMap;
        } else {
            emitTop(out, v, options);
        }
    }
    out << YAML::EndMap;
}

/// Notes where a document's first event is; nothing else (the guard pass of loadAll()).
class FirstMark final : public YAML::EventHandler
{
public:
    std::optional<YAML::Mark> first;

    void OnDocumentStart(const YAML::Mark &m) override { note(m); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &m, YAML::anchor_t) override { note(m); }
    void OnAlias(const YAML::Mark &m, YAML::anchor_t) override { note(m); }
    void OnScalar(const YAML::Mark &m, const std::string &, YAML::anchor_t, const std::string &) override { note(m); }
    void OnSequenceStart(const YAML::Mark &m, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { note(m); }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &m, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { note(m); }
    void OnMapEnd() override {}

private:
    void note(const YAML::Mark &m)
    {
        if (!first)
            first = m;
    }
};

} // namespace

std::vector<YAML::Node> loadAll(const std::string &text)
{
    // Guard pass: each document must start past the previous one; where yaml-cpp hands out a
    // document at the same place again it would never stop.
    std::istringstream in(text);
    YAML::Parser parser(in);
    std::optional<int> previous;
    for (;;) {
        FirstMark handler;
        if (!parser.HandleNextDocument(handler))
            break;
        const YAML::Mark at = handler.first.value_or(YAML::Mark::null_mark());
        if (previous && at.pos <= *previous)
            throw YAML::ParserException(at, "unexpected character here: no YAML node can start with it");
        previous = at.pos;
    }
    return YAML::LoadAll(text);
}

QString fromObject(const QJsonObject &object, const EmitOptions &options)
{
    QJsonObject o = object;
    if (options.dropStatus)
        o.remove(QLatin1String("status"));
    if (options.dropManagedFields) {
        QJsonObject md = o.value(QLatin1String("metadata")).toObject();
        if (md.contains(QLatin1String("managedFields"))) {
            md.remove(QLatin1String("managedFields"));
            o.insert(QLatin1String("metadata"), md);
        }
    }
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetBoolFormat(YAML::TrueFalseBool);
    emitOrdered(out, o, true, options);
    return QString::fromUtf8(out.c_str()) + u'\n';
}

std::string nodeToJson(const YAML::Node &node)
{
    std::string out;
    yamlToJson(node, out);
    return out;
}

Result<QJsonObject> toObject(const QByteArray &text)
{
    YAML::Node node;
    try {
        node = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        Error err;
        err.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        err.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        err.message = QString::fromStdString(e.msg);
        return err;
    }
    if (!node.IsMap()) {
        Error err = makeError(QStringLiteral("expected a mapping (key: value lines) at the top"));
        err.line = node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
        return err;
    }
    const std::string json = nodeToJson(node);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

Syntax guessSyntax(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        return c == u'{' || c == u'[' ? Syntax::Json : Syntax::Yaml;
    }
    return Syntax::Yaml;
}

Result<void> check(const QString &text, Syntax syntax)
{
    if (text.trimmed().isEmpty())
        return {};
    if (syntax == Syntax::Json) {
        QJsonParseError pe{};
        QJsonDocument::fromJson(text.toUtf8(), &pe);
        if (pe.error == QJsonParseError::NoError)
            return {};
        // QJsonParseError's offset is just past the character it stopped at: line and column of that character
        const QByteArray utf8 = text.toUtf8().left(std::max(0, pe.offset - 1));
        Error err = makeError(pe.errorString());
        err.line = int(utf8.count('\n')) + 1;
        err.column = int(utf8.size() - (utf8.lastIndexOf('\n') + 1)) + 1;
        return err;
    }
    try {
        const std::vector<YAML::Node> docs = loadAll(text.toStdString());
        Q_UNUSED(docs);
    } catch (const YAML::Exception &e) {
        Error err;
        err.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        err.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        err.message = QString::fromStdString(e.msg);
        return err;
    }
    return {};
}

} // namespace fc::yaml
