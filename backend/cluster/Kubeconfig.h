#pragma once

#include "backend/core/Result.h"
#include "backend/core/Wipe.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace fc {

/// One `exec.env` entry of a kubeconfig user.
struct ExecEnvVar {
    QString name;
    QString value;
};

/// The `exec` block of a kubeconfig user: how to run a client-go credential plugin.
struct ExecConfig {
    QString apiVersion;          ///< client.authentication.k8s.io/v1 or /v1beta1
    QString command;             ///< as written; made absolute when it contains a '/'
    QStringList args;
    QList<ExecEnvVar> env;       ///< appended to the process environment, in order
    bool provideClusterInfo = false;
    QString interactiveMode;     ///< Never | IfAvailable | Always (v1beta1 defaults to IfAvailable)
    QString installHint;         ///< shown when the command cannot be found
};

/// Everything needed to talk to one kubeconfig context, with file references already read and
/// relative paths already resolved. A plain value: safe to copy to a worker thread.
struct ResolvedContext {
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName = QStringLiteral("default");
    QString sourceFile;          ///< kubeconfig file that defined the context
    QString clusterSourceFile;   ///< … the cluster, and the user: later errors (plugin, token
    QString userSourceFile;      ///< file) point at the file the user has to edit

    // cluster
    QUrl server;
    QByteArray caPem;            ///< empty: trust the system roots
    bool insecureSkipTlsVerify = false;
    /// True when nothing authenticates the server: TLS verification is off or the server URL is
    /// plain http. The GUI shows a red badge for such contexts.
    bool insecure = false;
    QString tlsServerName;       ///< name to verify instead of the server's host, if set
    QUrl proxyUrl;               ///< empty: QNetworkProxy::DefaultProxy
    bool disableCompression = false;

    // user
    QByteArray clientCertPem;    ///< leaf first, then any intermediates
    QByteArray clientKeyPem;
    QString token;
    QString tokenFile;           ///< absolute; only used when token is empty (re-read on change)
    QString username;
    QString password;
    QString impersonateUser;     ///< `as`
    QStringList impersonateGroups; ///< `as-groups`
    QString impersonateUid;      ///< `as-uid`
    std::optional<ExecConfig> exec;
    // No auth-provider field: every auth-provider (gcp, azure, oidc, …) is rejected at load with
    // a message naming the exec plugin that replaces it, so a resolved context never has one.

    /// The last copy to go overwrites the client key, token and password it held (copies share
    /// one buffer: wipe() zeroes it only when no other copy still holds it).
    ~ResolvedContext()
    {
        wipe(clientKeyPem);
        wipe(token);
        wipe(password);
    }
};

/// A merged set of kubeconfig files, following kubectl's rules: the first file that defines a
/// cluster, user or context name wins for that name, current-context is the first non-empty one,
/// and relative paths resolve against the directory of the file that names them.
///
/// Loading never fails as a whole: a malformed file or entry is recorded in errors() (with file,
/// line and field) and every other context stays usable. Referenced files (CA, client
/// certificate, key) are read and checked once, at load time; load again to pick up changes.
class Kubeconfig final {
public:
    /// Loads and merges the given files in order. Duplicate paths are read once.
    static Kubeconfig load(const QStringList &paths);

    /// KUBECONFIG split on the platform list separator (de-duplicated, empty entries dropped),
    /// or ~/.kube/config when KUBECONFIG is unset or empty.
    static QStringList defaultPaths();

    QStringList files() const { return m_files; }
    QStringList contextNames() const;
    QString currentContext() const { return m_currentContext; }

    /// Every problem found while loading, in file order. Errors about a cluster or user are
    /// reported once here even when several contexts use it.
    QList<Error> errors() const { return m_errors; }

    /// The context ready to connect with. An empty name means the current context. Fails with
    /// the first error recorded against the context, its cluster or its user.
    Result<ResolvedContext> resolve(const QString &context = {}) const;

    struct Entry; ///< internal: one named cluster, user or context and its errors

private:
    using EntryPtr = std::shared_ptr<const Entry>;

    QStringList m_files;
    QString m_currentContext;
    QList<Error> m_errors;
    QStringList m_contextOrder;
    QHash<QString, EntryPtr> m_clusters;
    QHash<QString, EntryPtr> m_users;
    QHash<QString, EntryPtr> m_contexts;

    friend class KubeconfigLoader;
};

} // namespace fc
