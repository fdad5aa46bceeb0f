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
/// `federations [-o json] [--wide] [-f FILE ...]` and `gpus [-o json] [-f FILE ...]`: the same
/// recognisers and GPU arithmetic as the views, over the live cluster (or manifest files).
int runFederations(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);
int runGpus(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
