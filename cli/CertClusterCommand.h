#pragma once

#include "cli/ClusterCommands.h"

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// True when the words after "cert" name a cluster-side command: `list --cluster`, `deploy`,
/// `renew-secret`. Those need a kubeconfig context; the others work on the local CA store only.
bool isCertClusterCommand(const QStringList &certArgs);

/// `fedconsole-cli cert list --cluster | deploy | renew-secret …` (see the usage text). Returns 0 on
/// success, 1 on a usage error, 2 on a runtime error (message on err).
int runCertClusterCommand(const GlobalOptions &global, const QStringList &certArgs, QTextStream &out, QTextStream &err);

} // namespace fc::cli
