#pragma once

#include "backend/core/Result.h"

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// Options every cluster command accepts, parsed off the front of the argument list.
struct GlobalOptions {
    QString kubeconfig; ///< --kubeconfig (else KUBECONFIG / ~/.kube/config)
    QString context;    ///< --context (else current-context)
    bool allContexts = false; ///< --all-contexts: every context of the kubeconfig, one after another
};

/// Removes --kubeconfig/--context (either form: "--x v" or "--x=v") and --all-contexts from args.
GlobalOptions takeGlobalOptions(QStringList &args);
/// The sessions a command runs: one per context of the kubeconfig with --all-contexts (in the
/// kubeconfig's order), else just `g`. Fails only when the kubeconfig names no context.
Result<QList<GlobalOptions>> sessionsFor(const GlobalOptions &g);

int runContexts(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);
int runGet(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);
/// `federations [-o json] [--wide] [-f FILE ...]` and `gpus [-o json] [-f FILE ...]`: the same
/// recognisers and GPU arithmetic as the views, over the live cluster (or manifest files).
int runFederations(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);
int runGpus(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
