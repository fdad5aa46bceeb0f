#pragma once

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// `fedconsole-cli cert …` — args are the words after "cert". Manages the CA store and issues
/// certificates, framework kits included. Returns 0 on success, 1 on a usage error, 2 on a runtime
/// error (message on err).
int runCertCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
