#pragma once

#include <QStringList>
#include <QTextStream>

namespace fc::cli {

/// `fedconsole-cli credential --keychain KEY`: a client-go exec credential plugin. Reads the
/// token stored under KEY in the desktop keychain and prints an ExecCredential (the apiVersion
/// asked for in KUBERNETES_EXEC_INFO, client.authentication.k8s.io/v1 by default). Clusters
/// added in FedConsole with a token use it, so the token is never written to a kubeconfig.
int runCredential(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fc::cli
