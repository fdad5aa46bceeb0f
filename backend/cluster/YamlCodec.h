#pragma once

#include "backend/core/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace YAML {
class Node;
}

namespace fc::yaml {

struct EmitOptions {
    bool dropManagedFields = true; ///< as `kubectl get -o yaml` does by default
    bool dropStatus = false;       ///< editors show what can be written
    /// Replaces the value of each key under the top-level `data` (a Secret preview: the text
    /// shown instead of a private key). Empty function: values as they are.
    std::function<QJsonValue(const QString &key, const QJsonValue &value)> redactData;
};

/// An object as YAML in kubectl's layout: apiVersion, kind, metadata (name and namespace
/// first), the rest alphabetically, status last; multi-line strings as literal blocks.
QString fromObject(const QJsonObject &object, const EmitOptions &options = {});

/// One YAML (or JSON) document holding a mapping, as a JSON object. Errors carry the line and
/// column (1-based) of the problem, as yaml-cpp reports them.
Result<QJsonObject> toObject(const QByteArray &yaml);

enum class Syntax { Yaml, Json };
/// Checks text typed into an editor: empty is fine; an error names line and column.
Result<void> check(const QString &text, Syntax syntax);
/// YAML unless the text starts like JSON ('{' or '[' after blanks).
Syntax guessSyntax(const QString &text);

/// Every document of a YAML stream, as YAML::LoadAll gives them, but never looping for ever:
/// yaml-cpp 0.7 (Debian 12) returns the same empty document again and again at a stray flow
/// indicator such as "," (jbeder/yaml-cpp#1040, fixed upstream by #1319), allocating until the
/// process dies. Throws YAML::ParserException at that spot instead, like any other syntax error.
/// Every multi-document read goes through here.
std::vector<YAML::Node> loadAll(const std::string &text);

/// yaml-cpp node -> compact JSON text (plain scalars that are JSON literals stay literals).
std::string nodeToJson(const YAML::Node &node);

} // namespace fc::yaml
