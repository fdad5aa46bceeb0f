#pragma once

#include "backend/cluster/Kubeconfig.h"
#include "backend/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace fc {

/// What to put on one API request: a bearer token or basic auth, and/or a client certificate.
struct Credentials {
    QString bearerToken;
    QString username;              ///< basic auth, when username is set
    QString password;
    QList<QSslCertificate> clientCertificateChain; ///< leaf first; empty when no client cert
    QSslKey clientKey;
    QDateTime expiry;              ///< invalid: does not expire on its own

    bool hasClientCertificate() const { return !clientCertificateChain.isEmpty() && !clientKey.isNull(); }
    /// The Authorization header value ("Bearer …" or "Basic …"), empty when there is none.
    QByteArray authorizationHeader() const;
};

/// What an exec credential plugin printed, checked (client.authentication.k8s.io ExecCredential).
struct ExecCredential {
    QString token;
    QList<QSslCertificate> chain;
    QSslKey key;
    QDateTime expiry;
};

/// Reads a plugin's standard output: JSON, apiVersion as configured, kind ExecCredential, a
/// token or a matching client certificate and key, an RFC 3339 expiry. Messages name `command`.
/// (A parser of outside input: fuzzed by tests/fuzz/fuzz_execcredential.)
Result<ExecCredential> parseExecCredential(const QByteArray &stdoutBytes, const QString &command, const QString &apiVersion);

/// Produces the credentials of one resolved context, running exec plugins and re-reading token
/// files as needed, and caching the result until it expires or invalidate() is called.
///
/// current() blocks (an exec plugin can take seconds), so call it on the connection's worker
/// thread, never the UI thread. All methods are thread-safe; concurrent callers wait for one
/// plugin run instead of starting several.
class CredentialProvider final {
public:
    using Clock = std::function<QDateTime()>;

    /// @p clock defaults to QDateTime::currentDateTimeUtc; tests pass a fake one to drive expiry.
    explicit CredentialProvider(ResolvedContext context, Clock clock = {});

    Result<Credentials> current();

    /// Forgets cached plugin output and token-file contents. The API client calls this after a
    /// 401 and retries once, which is how non-expiring plugin credentials get refreshed.
    void invalidate();

    /// Ends a running exec plugin (SIGTERM, then SIGKILL) and refuses to start another: the
    /// connection is closing. Thread-safe and lock-free: called while current() is waiting.
    void cancel();

    /// How long an exec plugin may run before it is killed (default 60 s).
    void setExecTimeout(std::chrono::milliseconds timeout);

    /// Plugin credentials are refreshed this long before their expirationTimestamp so a request
    /// in flight does not race the expiry (default 10 s).
    void setRefreshMargin(std::chrono::seconds margin);

private:
    using ExecResult = ExecCredential;

    Result<void> loadStaticCertificate();
    Result<QString> tokenFromFile();
    Result<ExecResult> runExecPlugin();
    QByteArray execInfoJson() const;

    const ResolvedContext m_context;
    const Clock m_clock;
    std::chrono::milliseconds m_execTimeout{60000};
    std::chrono::seconds m_refreshMargin{10};

    QMutex m_mutex;
    std::atomic<bool> m_cancelled{false};
    bool m_staticLoaded = false;
    QList<QSslCertificate> m_staticChain;
    QSslKey m_staticKey;

    QString m_fileToken;
    QDateTime m_fileTokenMtime;
    qint64 m_fileTokenSize = -1;

    std::optional<ExecResult> m_exec;
};

/// Turns PEM bytes into Qt's types, picking the key algorithm from the key itself (RSA, EC, …).
Result<QSslKey> privateKeyFromPem(const QByteArray &pem);
Result<QList<QSslCertificate>> certificatesFromPem(const QByteArray &pem);

} // namespace fc
