#pragma once

#include "cli/ClusterCommands.h"

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// `releases [-A] [-n NS] [-o json]`: the cluster's Helm releases read from Helm's own storage
/// (no helm needed), one row per release, as `helm list` prints them.
int runReleases(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

/// `release history|values|manifest|status NAME` (from storage) and
/// `release install|upgrade|rollback|uninstall ...` (through the real helm: the context's
/// credentials in a 0600 temporary kubeconfig, values on stdin).
int runRelease(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
