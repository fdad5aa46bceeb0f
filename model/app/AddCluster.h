#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fc {

/// A cluster added from its server URL, CA and a bearer token (first run, File ▸ Add cluster).
/// The token itself never goes into the kubeconfig: it is kept in the desktop keychain and the
/// kubeconfig's user runs `fedconsole-cli credential --keychain KEY`, a client-go exec credential
/// plugin, so kubectl and helm can use the same kubeconfig.
struct TokenCluster {
    QString contextName; ///< also the cluster's and the user's name in the file
    QString server;      ///< https://host:port
    QByteArray caPem;    ///< the cluster's CA (PEM); empty: the system's trusted roots
    QString namespace_;  ///< optional default namespace
};

/// The keychain entry holding a context's token ("kubeconfig-token/<context>").
QString tokenKeychainKey(const QString &contextName);

/// Checks every field; the error names the field and what is wrong ("Server URL: must start with https://").
Result<void> checkTokenCluster(const TokenCluster &cluster, bool tokenGiven);

/// The kubeconfig: the cluster (server, CA inline), a user that gets its token from the keychain
/// through `credentialCommand credential --keychain KEY`, and a context (current-context too).
QByteArray tokenClusterKubeconfig(const TokenCluster &cluster, const QString &credentialCommand);

/// Checks `yaml` with the loader the app uses and writes it as a new file in `directory`
/// (mode 0600; "<baseName>.yaml", "-2", "-3"… when taken). A kubeconfig with errors is not
/// written: the error lists them with line and field. `contexts` gets the contexts it defines.
Result<QString> saveKubeconfig(const QByteArray &yaml, const QString &directory, const QString &baseName, QStringList *contexts = nullptr);

} // namespace fc
