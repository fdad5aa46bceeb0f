#pragma once

#include "backend/cluster/Resources.h"
#include "backend/cluster/ResourceType.h"
#include "backend/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QThread;

namespace fc {

class ConnectionWorker;

/// What one request needs for authentication, as produced for the current moment (tokens
/// from exec plugins expire, token files change).
struct RequestAuth {
    QByteArray authorization; ///< full header value: "Bearer …" or "Basic …", empty for none
    QSslCertificate clientCertificate;
    QSslKey clientKey;
};

/// Everything a connection needs, resolved from a kubeconfig context (see connectionConfigFor).
struct ConnectionConfig {
    QString contextName;
    QUrl server;
    QSslConfiguration ssl;       ///< trust roots, verify mode; client cert is added per request
    QString peerVerifyName;      ///< tls-server-name
    std::optional<QNetworkProxy> proxy;
    /// Set for an https:// proxy-url: TLS to the proxy itself. `proxy` is then the proxy's own
    /// address, reached through an HttpsProxyRelay on the worker thread.
    std::optional<QSslConfiguration> proxyTls;
    bool insecure = false;       ///< insecure-skip-tls-verify: shown to the user, never silent
    QHash<QByteArray, QByteArray> extraHeaders; ///< impersonation headers
    /// Called on the worker thread before each request; may run an exec plugin.
    std::function<Result<RequestAuth>()> auth;
    /// Called on the worker thread after a 401, before the single retry, with the Authorization
    /// value the rejected request carried (so concurrent 401s refresh the credential once).
    std::function<void(const QByteArray &rejectedAuthorization)> invalidateAuth;
    /// Called on the owner's thread when the connection closes, before it waits for its worker:
    /// ends an exec plugin the worker is waiting for (a hung plugin must not hold the window).
    std::function<void()> cancelAuth;
};

enum class ConnectionState { Connecting, Connected, Reconnecting, Unauthorized, Unreachable };
QString connectionStateName(ConnectionState state);
/// Why a cluster cannot be read now — "unreachable: connection refused", "unauthorized: …",
/// "reconnecting" — or empty while it can (connecting, connected). The one wording the CLI's
/// wait, the federation view and the cluster overview give for a connection's state.
QString connectionProblem(ConnectionState state, const QString &detail);

/// One delivery from a watch to the UI thread. A relist (first list, or after 410 Gone) comes as
/// listBegin … pages … listEnd: objects not seen between begin and end are gone.
struct WatchBatch {
    quint64 watchId = 0;
    Kind kind = Kind::Pod;
    bool listBegin = false;
    bool listEnd = false;
    /// On a list's first batch: how many objects the whole list holds (the first page plus the
    /// server's metadata.remainingItemCount), -1 when the server did not say. Lets the store size
    /// its containers once instead of growing them (and moving every object) while the list arrives.
    qsizetype expectedTotal = -1;
    QList<ObjectSummary> upserts;
    QStringList removedUids;
};

/// A request to the API server.
struct ApiRequest {
    QByteArray method = "GET";
    QString path;            ///< e.g. /api/v1/namespaces/default/pods/x
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;  ///< application/json, application/merge-patch+json, application/apply-patch+yaml, …
    QByteArray accept = "application/json";
    int timeoutMs = 30000;
};

/// A streaming GET (pod logs): chunks as they arrive, then the end.
struct StreamCallbacks {
    std::function<void(const QByteArray &chunk)> onData;
    std::function<void(const Result<void> &end)> onFinished;
};

/// The API client for one kubeconfig context. All network I/O and JSON parsing run on a
/// worker thread with its own QNetworkAccessManager; results come back as queued calls bound
/// to a context object, so a callback never outlives the object that asked.
class ClusterConnection final : public QObject {
    Q_OBJECT
public:
    explicit ClusterConnection(ConnectionConfig config, QObject *parent = nullptr);
    ~ClusterConnection() override;

    const QString &contextName() const { return m_contextName; }
    bool insecure() const { return m_insecure; }
    ConnectionState state() const { return m_state; }
    /// When the next attempt after a failure is due (invalid, or past, when none is waiting):
    /// the status bar's "reconnecting in N s".
    QDateTime nextRetry() const { return m_nextRetry; }

    /// List (paged) then watch from the list's resourceVersion; resumes after drops with backoff
    /// and relists after 410 Gone; a 403 is reported (watchForbidden) and asked again slowly. Batches arrive through batchReady. Empty namespace = all.
    quint64 watch(Kind kind, const QString &namespace_ = {}, const QString &labelSelector = {},
                  const QString &fieldSelector = {});
    /// The same for any kind discovery names (a CRD's objects carry Kind::Other and their metadata).
    quint64 watch(const ResourceType &type, const QString &namespace_ = {}, const QString &labelSelector = {},
                  const QString &fieldSelector = {});
    void unwatch(quint64 watchId);

    using Callback = std::function<void(const Result<QByteArray> &body)>;
    /// Sends a request; `done` runs on `context`'s thread unless the request was cancelled.
    quint64 send(const ApiRequest &request, QObject *context, Callback done);
    /// Like send(), but `parse` runs on the connection's worker thread — a body of any size is
    /// never parsed on the caller's thread — and `done` gets its result on `context`'s thread.
    /// ObjectClient's requests go through here.
    template<typename T>
    quint64 sendParsed(const ApiRequest &request, QObject *context, std::function<Result<T>(const QByteArray &)> parse,
                       std::function<void(const Result<T> &)> done)
    {
        QPointer<QObject> guard(context);
        return sendOnWorker(request, [this, guard, parse = std::move(parse), done = std::move(done)](const Result<QByteArray> &body) {
            Result<T> parsed = body ? parse(body.value()) : Result<T>(body.error());
            QMetaObject::invokeMethod(this, [guard, done, parsed = std::move(parsed)] {
                if (guard)
                    done(parsed);
            }, Qt::QueuedConnection);
        });
    }
    quint64 stream(const ApiRequest &request, QObject *context, StreamCallbacks callbacks);
    void cancel(quint64 requestId);

    /// Kubernetes server version from /version, and API groups from discovery (cached).
    QString serverVersion() const { return m_serverVersion; }
    QStringList apiGroupVersions() const { return m_groupVersions; }
    /// Every kind the server serves (aggregated discovery where served, else the plain lists),
    /// CRDs included; the built-in kinds until discovery has answered.
    const KindTable &kinds() const { return m_kinds; }
    /// Asks discovery again (a CRD was created or a lookup missed); kindsChanged() follows.
    void refreshKinds();

    /// Test hook: forget the resourceVersion of a watch and reconnect from a stale one, forcing 410.
    void forceExpireForTest(quint64 watchId);

Q_SIGNALS:
    void batchReady(const fc::WatchBatch &batch);
    void stateChanged(fc::ConnectionState state, const QString &detail);
    void discoveryReady();
    void kindsChanged();
    void watchError(quint64 watchId, const QString &message);
    /// The server refused the list or watch (403): the watch asks again only slowly (15 s
    /// doubling to 5 min), and its owner falls back (per namespace) or says what is hidden.
    void watchForbidden(quint64 watchId, const QString &message);

private:
    friend class ConnectionWorker;
    /// `onWorker` runs on the worker thread with the answer (not for cancelled requests).
    quint64 sendOnWorker(const ApiRequest &request, std::function<void(const Result<QByteArray> &)> onWorker);
    void setState(ConnectionState state, const QString &detail);
    void noteRetry(const QDateTime &at);

    QString m_contextName;
    QDateTime m_nextRetry;
    std::function<void()> m_cancelAuth;
    bool m_insecure = false;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_serverVersion;
    QStringList m_groupVersions;
    KindTable m_kinds = KindTable::builtins();
    QThread *m_thread = nullptr;
    ConnectionWorker *m_worker = nullptr;
};

/// Decodes a metav1.Status body (or any error body) into a message a person can act on.
Error statusError(int httpStatus, const QByteArray &body, const QString &fallback);

} // namespace fc

Q_DECLARE_METATYPE(fc::WatchBatch)
Q_DECLARE_METATYPE(fc::ConnectionState)
