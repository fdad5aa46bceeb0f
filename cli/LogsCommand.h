#pragma once

#include "cli/ClusterCommands.h"

#include "backend/core/Result.h"

namespace fc::cli {

/// `fedconsole-cli logs POD|-l SELECTOR [-n NS] [-c C] [-f] [--since D] [--since-time T] [--tail N]
/// [--timestamps] [--previous] [--prefix]`: kubectl logs on the same LogStream/MultiLogSession the
/// viewer uses (resumes after a cut without duplicates; -l -f attaches pods as they appear).
int runLogs(const GlobalOptions &global, const QStringList &args, QTextStream &out, QTextStream &err);

/// Go duration ("90s", "5m", "1h30m", "250ms") in whole seconds, rounded up as kubectl does.
Result<qint64> parseDurationSeconds(const QString &text);

} // namespace fc::cli
