#include "backend/cluster/YamlTree.h"

#include "backend/cluster/YamlCodec.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace fc::yaml {

namespace {

bool isNullText(const QString &t)
{
    return t.isEmpty() || t == u"~" || t == u"null" || t == u"Null" || t == u"NULL";
}

bool isBooleanText(const QString &t)
{
    static const QStringList words = {
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("false"),
        QStringLiteral("False"), QStringLiteral("FALSE"), QStringLiteral("yes"), QStringLiteral("Yes"),
        QStringLiteral("YES"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
        QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"), QStringLiteral("off"),
        QStringLiteral("Off"), QStringLiteral("OFF")};
    return words.contains(t);
}

bool isTrueText(const QString &t)
{
    const QString l = t.toLower();
    return l == u"true" || l == u"yes" || l == u"on";
}

bool isIntegerText(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^([-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$"));
    return re.match(t).hasMatch();
}

bool isFloatText(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral("^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return re.match(t).hasMatch();
}

Error errorAt(const YAML::Mark &mark, const QString &message)
{
    Error err = makeError(message);
    err.line = mark.line >= 0 ? mark.line + 1 : 0;
    err.column = mark.column >= 0 ? mark.column + 1 : 0;
    return err;
}

Result<TreeNode> convert(const YAML::Node &n)
{
    TreeNode out;
    switch (n.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out.type = TreeNode::Type::Null;
        out.text = QStringLiteral("null");
        return out;
    case YAML::NodeType::Scalar:
        out.text = QString::fromStdString(n.Scalar());
        // "!" is yaml-cpp's tag for quoted and block scalars: always strings
        out.type = n.Tag() == "?" ? plainScalarType(out.text) : TreeNode::Type::String;
        return out;
    case YAML::NodeType::Sequence:
        out.type = TreeNode::Type::Sequence;
        out.flow = n.Style() == YAML::EmitterStyle::Flow;
        for (const YAML::Node &item : n) {
            Result<TreeNode> child = convert(item);
            if (!child)
                return child;
            out.children.push_back(std::move(child).value());
        }
        return out;
    case YAML::NodeType::Map:
        out.type = TreeNode::Type::Map;
        out.flow = n.Style() == YAML::EmitterStyle::Flow;
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (!it->first.IsScalar())
                return errorAt(it->first.Mark(), QStringLiteral("only text keys are supported here"));
            Result<TreeNode> child = convert(it->second);
            if (!child)
                return child;
            child->key = QString::fromStdString(it->first.Scalar());
            out.children.push_back(std::move(child).value());
        }
        return out;
    }
    return out;
}

bool isMultiLine(const QString &s)
{
    return s.contains(u'\n');
}

void emitKey(YAML::Emitter &out, const QString &key)
{
    // a key that reads as a number or a boolean is quoted so that readers keep it a string
    if (plainScalarType(key) != TreeNode::Type::String)
        out << YAML::DoubleQuoted << key.toStdString();
    else
        out << key.toStdString();
}

void emitNode(YAML::Emitter &out, const TreeNode &n)
{
    switch (n.type) {
    case TreeNode::Type::Map:
        if (n.flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const TreeNode &c : n.children) {
            out << YAML::Key;
            emitKey(out, c.key);
            out << YAML::Value;
            emitNode(out, c);
        }
        out << YAML::EndMap;
        return;
    case TreeNode::Type::Sequence:
        if (n.flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const TreeNode &c : n.children)
            emitNode(out, c);
        out << YAML::EndSeq;
        return;
    case TreeNode::Type::String: {
        const std::string s = n.text.toStdString();
        // a literal block reads back with exactly one final newline: other strings are quoted
        const bool literalSafe = isMultiLine(n.text) && n.text.endsWith(u'\n') && !n.text.endsWith(QStringLiteral("\n\n"))
            && !n.text.startsWith(u' ');
        if (literalSafe)
            out << YAML::Literal << s;
        else if (isMultiLine(n.text) || plainScalarType(n.text) != TreeNode::Type::String)
            out << YAML::DoubleQuoted << s;
        else
            out << s; // yaml-cpp quotes it when it cannot be plain
        return;
    }
    case TreeNode::Type::Null:
        out << YAML::Null;
        return;
    case TreeNode::Type::Integer:
    case TreeNode::Type::Float:
    case TreeNode::Type::Boolean:
        out << n.text.toStdString();
        return;
    }
}

qint64 integerValue(const QString &t, bool *ok)
{
    QString s = t;
    bool negative = false;
    if (s.startsWith(u'+') || s.startsWith(u'-')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    qint64 v = 0;
    if (s.startsWith(QStringLiteral("0x")))
        v = s.mid(2).toLongLong(ok, 16);
    else if (s.startsWith(QStringLiteral("0o")))
        v = s.mid(2).toLongLong(ok, 8);
    else
        v = s.toLongLong(ok, 10);
    return negative ? -v : v;
}

double floatValue(const QString &t)
{
    const QString l = t.toLower();
    if (l.endsWith(QStringLiteral(".inf")))
        return l.startsWith(u'-') ? -HUGE_VAL : HUGE_VAL;
    if (l == u".nan")
        return std::nan("");
    return QLocale::c().toDouble(t);
}

} // namespace

TreeNode::Type plainScalarType(const QString &text)
{
    if (isNullText(text))
        return TreeNode::Type::Null;
    if (isBooleanText(text))
        return TreeNode::Type::Boolean;
    if (isIntegerText(text))
        return TreeNode::Type::Integer;
    if (isFloatText(text))
        return TreeNode::Type::Float;
    return TreeNode::Type::String;
}

bool scalarFits(TreeNode::Type type, const QString &text)
{
    switch (type) {
    case TreeNode::Type::String: return true;
    case TreeNode::Type::Null: return isNullText(text);
    case TreeNode::Type::Boolean: return isBooleanText(text);
    case TreeNode::Type::Integer: {
        bool ok = false;
        if (isIntegerText(text))
            integerValue(text, &ok);
        return ok;
    }
    case TreeNode::Type::Float: return isFloatText(text) || isIntegerText(text);
    case TreeNode::Type::Map:
    case TreeNode::Type::Sequence: return false;
    }
    return false;
}

Result<TreeNode> parseTree(const QByteArray &text)
{
    std::vector<YAML::Node> docs;
    try {
        docs = fc::yaml::loadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        return errorAt(e.mark, QString::fromStdString(e.msg));
    }
    if (docs.empty()) {
        TreeNode empty;
        empty.text = QStringLiteral("null");
        return empty;
    }
    if (docs.size() > 1) {
        return errorAt(docs.at(1).Mark(), QStringLiteral("%1 YAML documents here; one is expected").arg(docs.size()));
    }
    try {
        return convert(docs.front());
    } catch (const YAML::Exception &e) {
        return errorAt(e.mark, QString::fromStdString(e.msg));
    }
}

QString emitTree(const TreeNode &root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    emitNode(out, root);
    QString text = QString::fromUtf8(out.c_str());
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

QJsonValue toJson(const TreeNode &node)
{
    switch (node.type) {
    case TreeNode::Type::Null: return QJsonValue(QJsonValue::Null);
    case TreeNode::Type::String: return node.text;
    case TreeNode::Type::Boolean: return isTrueText(node.text);
    case TreeNode::Type::Integer: {
        bool ok = false;
        const qint64 v = integerValue(node.text, &ok);
        return ok ? QJsonValue(v) : QJsonValue(node.text);
    }
    case TreeNode::Type::Float: return floatValue(node.text);
    case TreeNode::Type::Map: {
        QJsonObject o;
        for (const TreeNode &c : node.children)
            o.insert(c.key, toJson(c));
        return o;
    }
    case TreeNode::Type::Sequence: {
        QJsonArray a;
        for (const TreeNode &c : node.children)
            a.append(toJson(c));
        return a;
    }
    }
    return {};
}

TreeNode fromJson(const QJsonValue &value, const TreeNode *like)
{
    TreeNode out;
    if (like && like->isScalar() && !value.isObject() && !value.isArray() && toJson(*like) == value) {
        out = *like; // same value: keep its spelling
        out.key.clear();
        return out;
    }
    switch (value.type()) {
    case QJsonValue::Object: {
        out.type = TreeNode::Type::Map;
        const bool likeMap = like && like->type == TreeNode::Type::Map;
        out.flow = likeMap && like->flow;
        const QJsonObject o = value.toObject();
        QStringList done;
        if (likeMap) {
            for (const TreeNode &c : like->children) {
                if (!o.contains(c.key) || done.contains(c.key))
                    continue;
                TreeNode child = fromJson(o.value(c.key), &c);
                child.key = c.key;
                out.children.push_back(std::move(child));
                done.append(c.key);
            }
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (done.contains(it.key()))
                continue;
            TreeNode child = fromJson(it.value(), nullptr);
            child.key = it.key();
            out.children.push_back(std::move(child));
        }
        return out;
    }
    case QJsonValue::Array: {
        out.type = TreeNode::Type::Sequence;
        const bool likeSeq = like && like->type == TreeNode::Type::Sequence;
        out.flow = likeSeq && like->flow;
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const TreeNode *old = likeSeq && size_t(i) < like->children.size() ? &like->children.at(size_t(i)) : nullptr;
            out.children.push_back(fromJson(a.at(i), old));
        }
        return out;
    }
    case QJsonValue::String:
        out.type = TreeNode::Type::String;
        out.text = value.toString();
        return out;
    case QJsonValue::Bool: {
        out.type = TreeNode::Type::Boolean;
        const bool v = value.toBool();
        const QString old = like && like->type == TreeNode::Type::Boolean ? like->text.toLower() : QString();
        if (old == u"yes" || old == u"no")
            out.text = v ? QStringLiteral("yes") : QStringLiteral("no");
        else if (old == u"on" || old == u"off")
            out.text = v ? QStringLiteral("on") : QStringLiteral("off");
        else
            out.text = v ? QStringLiteral("true") : QStringLiteral("false");
        return out;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isinf(d) || std::isnan(d)) {
            out.type = TreeNode::Type::Float;
            if (std::isnan(d))
                out.text = QStringLiteral(".nan");
            else
                out.text = d < 0 ? QStringLiteral("-.inf") : QStringLiteral(".inf");
        } else if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d)
                   && !(like && like->type == TreeNode::Type::Float)) {
            out.type = TreeNode::Type::Integer;
            out.text = QString::number(qint64(d));
        } else {
            out.type = TreeNode::Type::Float;
            out.text = QString::number(d, 'g', QLocale::FloatingPointShortest);
            if (!isFloatText(out.text) || isIntegerText(out.text))
                out.text += QStringLiteral(".0"); // "2" stays a float where it was one
        }
        return out;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.type = TreeNode::Type::Null;
        out.text = QStringLiteral("null");
        return out;
    }
    return out;
}

} // namespace fc::yaml
