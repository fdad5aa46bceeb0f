#pragma once

#include "cli/ClusterCommands.h"

namespace fc::cli {

/// `edit-configmap NAME [-n NS] --set KEY=VALUE | --set-file KEY=FILE | --delete KEY ... [--dry-run]`:
/// the ConfigMap editor's key edits from a shell — keys checked by Kubernetes' rules and values
/// whose key says YAML/JSON checked for syntax before anything is sent, the diff printed, the write
/// a merge patch with the read resourceVersion as precondition (model/editors/EditableDocument).
int runEditConfigMap(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
