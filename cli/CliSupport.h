#pragma once

// Small helpers every fedconsole-cli command shares: exit codes, error output, reading input files.

#include "backend/core/Result.h"

#include <QByteArray>
#include <QFile>
#include <QTextStream>

namespace fc::cli {

inline constexpr int kExitUsage = 1;  ///< bad command line
inline constexpr int kExitFailed = 2; ///< the command ran and failed

/// Prints "error: <message with file:line: field>" and returns kExitFailed.
inline int failure(QTextStream &err, const Error &e)
{
    err << "error: " << e.toString() << '\n';
    err.flush();
    return kExitFailed;
}

/// The whole file, or an error naming it.
inline Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(QStringLiteral("cannot read: ") + f.errorString());
        e.file = path;
        return e;
    }
    return f.readAll();
}

} // namespace fc::cli
