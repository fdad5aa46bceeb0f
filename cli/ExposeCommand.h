#pragma once

#include "cli/ClusterCommands.h"

namespace fc::cli {

/// `expose SERVICE -n NS [--port P]... [--ingress-namespace NS] [--container C] [--dry-run] [-o json]`
/// and `unexpose …`: a Service's TCP ports through ingress-nginx's TCP map and the controller's
/// hostPorts (model/editors/ExposeOperation, the same operation as the GUI's wizard).
int runExpose(const GlobalOptions &g, bool unexpose, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
