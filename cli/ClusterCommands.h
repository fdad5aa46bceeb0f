#pragma once

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// Options every cluster command accepts, parsed off the front of the argument list.
struct GlobalOptions {
    QString kubeconfig; ///< --kubeconfig (else KUBECONFIG / ~/.kube/config)
    QString context;    ///< --context (else current-context)
};

/// Removes --kubeconfig/--context (either form: "--x v" or "--x=v") from args.
GlobalOptions takeGlobalOptions(QStringList &args);

int runContexts(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);
int runGet(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

/// Prints rows as kubectl does: upper-case headers, columns separated by 3 spaces.
QString alignedTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace fc::cli
