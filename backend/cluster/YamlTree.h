#pragma once

#include "backend/core/Result.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace fc::yaml {

/// One YAML document as an ordered tree: maps keep their keys in the order written and each
/// scalar keeps its text and the type a YAML reader gives it, so a form can change one value
/// and write the document back without reordering it or turning "8080" into 8080.
///
/// Used for configuration files held in ConfigMap keys (OpenFL's envoy config, the GPU
/// operator's time-slicing config). Comments and anchors are not kept: yaml-cpp drops them.
struct TreeNode {
    enum class Type {
        Null,     ///< ~, null, or nothing after the colon
        String,   ///< quoted, a block scalar, or plain text that is no other type
        Integer,  ///< 42, -7, 0x1f, 0o17
        Float,    ///< 1.5, 1e3, .inf, .nan
        Boolean,  ///< true/false (and YAML 1.1's yes/no/on/off, as PyYAML and go-yaml v2 read them)
        Map,
        Sequence,
    };
    Type type = Type::Null;
    QString key;   ///< the key when this node is a map's value
    QString text;  ///< a scalar's text as written, without quotes
    bool flow = false; ///< a map or sequence written in flow style ({…} or […])
    std::vector<TreeNode> children; ///< a map's entries (each with its key) or a sequence's items

    bool isScalar() const { return type != Type::Map && type != Type::Sequence; }
    bool operator==(const TreeNode &) const = default;
};

/// The type a plain (unquoted) scalar has when read: "true" is Boolean, "8080" Integer,
/// "8080a" String.
TreeNode::Type plainScalarType(const QString &text);
/// Whether `text` may be the value of a scalar of `type` (an Integer must read as one…).
bool scalarFits(TreeNode::Type type, const QString &text);

/// One document (YAML or JSON); errors name line and column (1-based). More than one document
/// is an error, and so is a key that is not a scalar.
Result<TreeNode> parseTree(const QByteArray &text);
/// The tree as YAML, block style (flow where the source used it), two-space indent. Strings
/// that would read as another type are quoted; multi-line strings become literal blocks.
QString emitTree(const TreeNode &root);

/// The tree as JSON values (Integer → number, Boolean → bool…).
QJsonValue toJson(const TreeNode &node);
/// JSON values as a tree, keeping what `like` had where the value is the same: key order
/// (keys `like` does not have follow in JSON order), scalar spellings ("0x1f", "yes"), flow
/// style. This is how a form edits a document as JSON and writes it back as the user wrote it.
TreeNode fromJson(const QJsonValue &value, const TreeNode *like = nullptr);

} // namespace fc::yaml
