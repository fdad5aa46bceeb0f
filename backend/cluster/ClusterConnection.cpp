#include "backend/cluster/ClusterConnection.h"

#include "backend/cluster/ApiDiscovery.h"
#include "backend/cluster/ListRequest.h"

#include "backend/cluster/HttpsProxyRelay.h"
#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/WatchStream.h"
#include "backend/core/BackgroundThread.h"

#include <simdjson.h>

#include <QHash>
#include <QLoggingCategory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QDateTime>
#include <QTimer>

namespace fc {

Q_LOGGING_CATEGORY(lcWatch, "fedconsole.cluster.watch", QtWarningMsg)

namespace {

constexpr int kPageSize = 500;
constexpr int kFlushMs = 30;         // batches reach the UI at most every ~30 ms
constexpr int kStreamHoldMs = 5;     // stream chunks are handed to the caller at most every ~5 ms
// or sooner when this many events are waiting; list pages are handed over in slices of this size
// too. The UI thread applies a batch in one go (stores, tables, federation and GPU views): at
// ~15 µs per object in the full window, 250 keeps one batch near 4 ms (issue 10: ≤ 8 ms).
constexpr int kMaxBatch = 250;
constexpr int kMaxBackoffMs = 30000;

} // namespace

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting: return QObject::tr("connecting");
    case ConnectionState::Connected: return QObject::tr("connected");
    case ConnectionState::Reconnecting: return QObject::tr("reconnecting");
    case ConnectionState::Unauthorized: return QObject::tr("unauthorized");
    case ConnectionState::Unreachable: return QObject::tr("unreachable");
    }
    return {};
}

QString connectionProblem(ConnectionState state, const QString &detail)
{
    if (state != ConnectionState::Unreachable && state != ConnectionState::Reconnecting && state != ConnectionState::Unauthorized)
        return {};
    const QString name = connectionStateName(state);
    if (detail.isEmpty())
        return name;
    return detail.startsWith(name) ? detail : name + QStringLiteral(": ") + detail;
}

Error statusError(int httpStatus, const QByteArray &body, const QString &fallback)
{
    Error e;
    e.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QLatin1String("kind")).toString() == u"Status") {
        e.message = o.value(QLatin1String("message")).toString();
        e.reason = o.value(QLatin1String("reason")).toString();
        const QJsonArray causes = o.value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray();
        for (const auto &c : causes) {
            const QJsonObject co = c.toObject();
            StatusCause cause{co.value(QLatin1String("reason")).toString(), co.value(QLatin1String("message")).toString(),
                              co.value(QLatin1String("field")).toString()};
            if (!cause.field.isEmpty() && e.field.isEmpty())
                e.field = cause.field;
            e.causes.append(std::move(cause));
        }
    }
    if (e.message.isEmpty())
        e.message = fallback;
    if (httpStatus == 401)
        e.message = QObject::tr("unauthorized: the server rejected the credentials of this context (%1)").arg(e.message);
    else if (httpStatus == 403)
        e.message = QObject::tr("forbidden: %1").arg(e.message);
    return e;
}


// ---------------------------------------------------------------------------------------------

/// Lives on the connection's thread: owns the QNetworkAccessManager, the watches and the parser.
/// Parsing and TLS for a cluster run at a lower priority than the UI thread (see
/// lowerCurrentThreadPriority): on a busy machine a burst of watch events then delays our own
/// background work, not the event loop; the threads Qt's network stack starts from this one inherit it.
class ConnectionWorker final : public QObject {
    Q_OBJECT
public:
    ConnectionWorker(ConnectionConfig config, ClusterConnection *owner)
        : m_config(std::move(config)), m_owner(owner)
    {
    }

    struct Watch {
        quint64 id = 0;
        Kind kind = Kind::Pod;
        ResourceType type; ///< where to list and watch (kind is type.builtin, or Other)
        QString ns, labelSelector, fieldSelector;
        QString resourceVersion;
        QString continueToken;
        QPointer<QNetworkReply> reply;
        QByteArray buffer;
        bool listing = false;
        bool firstPage = false;
        int failures = 0;
        int refusals = 0; ///< 403s in a row: asked again after 15 s, 30 s, … up to 5 min
        bool retried401 = false;
        WatchBatch pending;
        QTimer *retryTimer = nullptr;
        QNetworkAccessManager *nam = nullptr; ///< the watch stream's own connection
    };

    struct Pending {
        QPointer<QNetworkReply> reply;
        ApiRequest request;
        std::function<void(const Result<QByteArray> &)> done;
        StreamCallbacks stream;
        bool isStream = false;
        bool retried401 = false;
        QNetworkAccessManager *nam = nullptr; ///< streams only: their own connection
    };

    void start()
    {
        lowerCurrentThreadPriority();
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(false);
        m_flushTimer = new QTimer(this);
        m_flushTimer->setSingleShot(true);
        m_flushTimer->setInterval(kFlushMs);
        connect(m_flushTimer, &QTimer::timeout, this, &ConnectionWorker::flushAll);
        setUpProxy();
        discover();
    }

    void shutdown()
    {
        // disconnect first: abort() emits finished() synchronously
        for (auto &w : m_watches)
            if (w.reply) {
                w.reply->disconnect(this);
                w.reply->abort();
            }
        for (auto &p : m_pending)
            if (p.reply) {
                p.reply->disconnect(this);
                p.reply->abort();
            }
        m_watches.clear();
        m_pending.clear();
        delete m_nam;
        m_nam = nullptr;
        delete m_relay; // closes the tunnels of streams still open
        m_relay = nullptr;
    }

    // ---- proxy ----

    /// The proxy as Qt gets it: proxy-url itself, or for an https:// proxy the local relay.
    void setUpProxy()
    {
        if (!m_config.proxy)
            return;
        const QNetworkProxy &p = *m_config.proxy;
        m_effectiveProxy = p;
        if (p.type() != QNetworkProxy::HttpProxy && p.type() != QNetworkProxy::Socks5Proxy)
            return; // NoProxy / DefaultProxy: nothing to name or relay
        // for messages: the proxy-url without credentials (QUrl brackets IPv6 hosts)
        QUrl shown;
        shown.setScheme(m_config.proxyTls ? QStringLiteral("https")
                        : p.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                  : QStringLiteral("http"));
        shown.setHost(p.hostName());
        shown.setPort(p.port());
        m_proxyDisplay = shown.toString();
        if (m_config.proxyTls) {
            m_relay = new HttpsProxyRelay(p.hostName(), p.port(), *m_config.proxyTls, this);
            m_effectiveProxy.reset(); // never the https proxy as a plain-text one
            if (const Result<void> r = m_relay->listen(); !r)
                m_proxyError = r.error().message; // issue() refuses every request with it
            else
                m_effectiveProxy = m_relay->localProxy(p.user(), p.password());
        }
    }

    /// A reply's transport error for people: when a proxy is in the way, failures to set up the
    /// tunnel name the proxy, and for an https proxy say why the relay could not reach it (Qt
    /// only sees the relay answer 502). Qt 6.4 reports most proxy failures (refused, a 401/407
    /// or 502 to the CONNECT, SOCKS errors) as UnknownNetworkError rather than its Proxy* codes;
    /// refused and host-not-found are what the proxy reported about the API server.
    QString transportError(QNetworkReply *r) const
    {
        const QNetworkReply::NetworkError code = r->error();
        const bool atProxy = (code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::UnknownProxyError)
            || code == QNetworkReply::UnknownNetworkError || code == QNetworkReply::ConnectionRefusedError
            || code == QNetworkReply::HostNotFoundError;
        if (m_proxyDisplay.isEmpty() || !atProxy)
            return r->errorString();
        QString why = r->errorString();
        if (m_relay && !m_relay->lastError().isEmpty())
            why = m_relay->lastError();
        return tr("proxy %1: %2").arg(m_proxyDisplay, why);
    }

    /// State for a request that could not even be issued.
    ConnectionState issueFailureState() const
    {
        return m_proxyError.isEmpty() ? ConnectionState::Unauthorized : ConnectionState::Unreachable;
    }

    // ---- requests ----

    QNetworkReply *issue(const ApiRequest &req, QString *authError, QNetworkAccessManager *nam = nullptr)
    {
        if (!m_proxyError.isEmpty()) {
            *authError = m_proxyError;
            return nullptr;
        }
        if (!nam)
            nam = m_nam;
        QUrl url = m_config.server;
        QString basePath = url.path();
        if (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        // a path may carry its own query ("/api/v1/pods?limit=1"); ApiRequest::query adds to it
        QString path = req.path;
        QUrlQuery query;
        if (const qsizetype q = path.indexOf(u'?'); q >= 0) {
            query.setQuery(path.mid(q + 1));
            path.truncate(q);
        }
        for (const auto &item : req.query.queryItems(QUrl::FullyEncoded))
            query.addQueryItem(item.first, item.second);
        url.setPath(basePath + path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest nr(url);
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // HTTP/1.1: Qt 6.4's HTTP/2 stack never finishes a request the server answered 401 (the
        // retry with refreshed credentials then hangs). Long-lived streams get a connection of
        // their own (see streamNam), so the 6-connections-per-host limit only queues short requests.
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        nr.setRawHeader("Accept", req.accept);
        nr.setRawHeader("User-Agent", "fedconsole/0.1");
        if (!req.contentType.isEmpty())
            nr.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType);
        for (auto it = m_config.extraHeaders.cbegin(); it != m_config.extraHeaders.cend(); ++it)
            nr.setRawHeader(it.key(), it.value());
        if (req.timeoutMs > 0)
            nr.setTransferTimeout(req.timeoutMs);
        QSslConfiguration ssl = m_config.ssl;
        QByteArray usedAuthorization;
        if (m_config.auth) {
            const Result<RequestAuth> auth = m_config.auth();
            if (!auth) {
                *authError = auth.error().toString();
                return nullptr;
            }
            if (!auth->authorization.isEmpty())
                nr.setRawHeader("Authorization", auth->authorization);
            usedAuthorization = auth->authorization;
            if (!auth->clientCertificate.isNull()) {
                ssl.setLocalCertificate(auth->clientCertificate);
                ssl.setPrivateKey(auth->clientKey);
            }
        }
        if (url.scheme() == u"https")
            nr.setSslConfiguration(ssl);
        if (!m_config.peerVerifyName.isEmpty())
            nr.setPeerVerifyName(m_config.peerVerifyName);
        if (m_effectiveProxy)
            nam->setProxy(*m_effectiveProxy);
        QNetworkReply *reply = nam->sendCustomRequest(nr, req.method, req.body);
        reply->setProperty("fc_authorization", usedAuthorization);
        return reply;
    }

    static int httpStatus(QNetworkReply *r) { return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }

    void noteNetworkResult(QNetworkReply *r)
    {
        const int status = httpStatus(r);
        if (status == 401)
            return; // decided by the caller after its retry
        const int code = int(r->error());
        if (code > 0 && code < 100 && r->error() != QNetworkReply::OperationCanceledError) {
            // transport failure (refused, closed, timed out, TLS): even a stream that began with 200
            setState(m_everConnected ? ConnectionState::Reconnecting : ConnectionState::Unreachable, transportError(r));
            return;
        }
        if (status > 0) {
            setState(ConnectionState::Connected, {});
            return;
        }
        if (r->error() == QNetworkReply::OperationCanceledError)
            return;
        setState(m_everConnected ? ConnectionState::Reconnecting : ConnectionState::Unreachable, transportError(r));
    }

    void send(quint64 id, const ApiRequest &req, std::function<void(const Result<QByteArray> &)> done,
              StreamCallbacks stream, bool isStream)
    {
        Pending p;
        p.request = req;
        p.done = std::move(done);
        p.stream = std::move(stream);
        p.isStream = isStream;
        if (isStream)
            p.nam = streamNam();
        m_pending.insert(id, std::move(p));
        startPending(id);
    }

    void startPending(quint64 id)
    {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        QString authError;
        QNetworkReply *reply = issue(it->request, &authError, it->nam);
        if (!reply) {
            finishPending(id, makeError(authError));
            return;
        }
        it->reply = reply;
        if (it->isStream) {
            connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
                auto pit = m_pending.find(id);
                if (pit == m_pending.end() || httpStatus(reply) >= 300)
                    return;
                setState(ConnectionState::Connected, {});
                const QByteArray chunk = reply->readAll();
                if (!chunk.isEmpty() && pit->stream.onData)
                    pit->stream.onData(chunk);
            });
        }
        connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
            reply->deleteLater();
            auto pit = m_pending.find(id);
            if (pit == m_pending.end() || pit->reply != reply)
                return;
            const int status = httpStatus(reply);
            noteNetworkResult(reply);
            if (status == 401 && !pit->retried401 && m_config.invalidateAuth) {
                pit->retried401 = true;
                m_config.invalidateAuth(reply->property("fc_authorization").toByteArray());
                startPending(id);
                return;
            }
            if (status == 401)
                setState(ConnectionState::Unauthorized, tr("the server answered 401 Unauthorized"));
            const QByteArray body = reply->readAll();
            if (status >= 200 && status < 300) {
                if (pit->isStream && !body.isEmpty() && pit->stream.onData)
                    pit->stream.onData(body);
                finishPending(id, body);
            } else if (status > 0) {
                finishPending(id, statusError(status, body, reply->errorString()));
            } else {
                Error e = makeError(reply->error() == QNetworkReply::OperationCanceledError
                                        ? tr("request cancelled")
                                        : tr("cannot reach %1: %2").arg(m_config.server.toString(), transportError(reply)));
                e.reason = reply->error() == QNetworkReply::OperationCanceledError ? QStringLiteral("Cancelled")
                                                                                   : QStringLiteral("Unreachable");
                finishPending(id, e);
            }
        });
    }

    void finishPending(quint64 id, const Result<QByteArray> &result)
    {
        Pending p = m_pending.take(id);
        if (p.nam)
            p.nam->deleteLater();
        if (p.isStream) {
            if (p.stream.onFinished)
                p.stream.onFinished(result.ok() ? Result<void>() : Result<void>(result.error()));
        } else if (p.done) {
            p.done(result);
        }
    }

    void cancel(quint64 id)
    {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        QPointer<QNetworkReply> r = it->reply;
        QNetworkAccessManager *nam = it->nam;
        m_pending.erase(it); // no callback after cancel()
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
        if (nam)
            nam->deleteLater();
    }

    QNetworkAccessManager *streamNam()
    {
        auto *nam = new QNetworkAccessManager(this);
        nam->setAutoDeleteReplies(false);
        return nam;
    }

    // ---- discovery ----

    void discover()
    {
        ApiRequest v;
        v.path = QStringLiteral("/version");
        send(m_nextInternalId--, v, [this](const Result<QByteArray> &r) {
            if (!r)
                return QTimer::singleShot(2000, this, &ConnectionWorker::discover);
            const QString version = QJsonDocument::fromJson(r.value()).object().value(QLatin1String("gitVersion")).toString();
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, version] { owner->m_serverVersion = version; });
            discoverKinds();
        }, {}, false);
    }

    /// Kinds from /api and /apis: aggregated discovery (one answer each) where the server serves
    /// it, else the group list and one resource list per group's preferred version.
    void discoverKinds()
    {
        struct Run {
            KindTable table = KindTable::builtins();
            QStringList groupVersions{QStringLiteral("v1")};
            int waiting = 0;
        };
        auto run = std::make_shared<Run>();
        auto publish = [this, run] {
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, table = run->table, groups = run->groupVersions] {
                owner->m_kinds = table;
                owner->m_groupVersions = groups;
                Q_EMIT owner->kindsChanged();
                Q_EMIT owner->discoveryReady();
            });
        };
        auto addAll = [run](const QList<ResourceType> &types) {
            for (const ResourceType &t : types) {
                run->table.insert(t);
                if (!run->groupVersions.contains(t.groupVersion()))
                    run->groupVersions.append(t.groupVersion());
            }
        };
        auto fetchList = [this, run, addAll, publish](const QString &path) {
            ++run->waiting;
            ApiRequest r;
            r.path = path;
            send(m_nextInternalId--, r, [run, addAll, publish](const Result<QByteArray> &body) {
                if (body)
                    if (const auto types = discovery::parseResourceList(body.value()))
                        addAll(types.value());
                if (--run->waiting == 0)
                    publish();
            }, {}, false);
        };
        ++run->waiting; // held until both roots answered
        for (const QString &root : {QStringLiteral("/api"), QStringLiteral("/apis")}) {
            ++run->waiting;
            ApiRequest r;
            r.path = root;
            r.accept = discovery::aggregatedAccept();
            send(m_nextInternalId--, r, [run, root, addAll, fetchList, publish](const Result<QByteArray> &body) {
                if (body && discovery::isAggregated(body.value())) {
                    if (const auto types = discovery::parseAggregated(body.value()))
                        addAll(types.value());
                } else if (body && root == u"/api") {
                    fetchList(QStringLiteral("/api/v1"));
                } else if (body) {
                    if (const auto gvs = discovery::parsePreferredGroupVersions(body.value()))
                        for (const QString &gv : gvs.value())
                            fetchList(QStringLiteral("/apis/") + gv);
                }
                if (--run->waiting == 0)
                    publish();
            }, {}, false);
        }
        if (--run->waiting == 0)
            publish();
    }

    // ---- watches ----

    QString watchPath(const Watch &w) const { return w.type.collectionPath(w.ns); }

    void addSelectors(const Watch &w, QUrlQuery &q) const
    {
        if (!w.labelSelector.isEmpty())
            q.addQueryItem(QStringLiteral("labelSelector"), w.labelSelector);
        if (!w.fieldSelector.isEmpty())
            q.addQueryItem(QStringLiteral("fieldSelector"), w.fieldSelector);
    }

    void startWatch(quint64 id, const ResourceType &type, const QString &ns, const QString &labels, const QString &fields)
    {
        const Kind kind = type.builtin ? *type.builtin : Kind::Other;
        Watch &w = m_watches[id];
        w.id = id;
        w.kind = kind;
        w.type = type;
        w.ns = ns;
        w.labelSelector = labels;
        w.fieldSelector = fields;
        w.pending.watchId = id;
        w.pending.kind = kind;
        w.nam = streamNam();
        w.retryTimer = new QTimer(this);
        w.retryTimer->setSingleShot(true);
        connect(w.retryTimer, &QTimer::timeout, this, [this, id] { resume(id); });
        startList(id);
    }

    void stopWatch(quint64 id)
    {
        auto it = m_watches.find(id);
        if (it == m_watches.end())
            return;
        Watch w = m_watches.take(id);
        delete w.retryTimer;
        dropReply(w);
        if (w.nam)
            w.nam->deleteLater();
    }

    void resume(quint64 id)
    {
        auto it = m_watches.find(id);
        if (it == m_watches.end())
            return;
        if (it->resourceVersion.isEmpty())
            startList(id);
        else
            startStream(id);
    }

    void scheduleRetry(Watch &w, const QString &why)
    {
        ++w.failures;
        const int base = std::min(kMaxBackoffMs, 500 * (1 << std::min(w.failures, 6)));
        const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
        Q_EMIT m_owner->watchError(w.id, why); // direct: the signal is queued to the UI thread by Qt
        w.retryTimer->start(base + jitter);
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(base + jitter);
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, at] { owner->noteRetry(at); }, Qt::QueuedConnection);
    }

    /// A 403. Not the reflector's tight retry loop (which logs the same refusal forever), but
    /// not given up either: right after an apiserver restart its RBAC cache is briefly empty and
    /// everything is refused, and a role may be granted later. The owner hears of it at once (and
    /// lists per namespace meanwhile); the watch asks again after 15 s, 30 s, … at most 5 min.
    void forbidden(Watch &w, const QString &why)
    {
        qCDebug(lcWatch) << "watch" << w.id << w.type.id() << w.ns << "forbidden:" << why;
        w.listing = false;
        w.continueToken.clear();
        w.resourceVersion.clear();
        const int delay = std::min(300000, 15000 << std::min(w.refusals, 5));
        ++w.refusals;
        Q_EMIT m_owner->watchForbidden(w.id, why);
        w.retryTimer->start(delay);
    }

    void startList(quint64 id)
    {
        Watch &w = m_watches[id];
        qCDebug(lcWatch) << "list" << id << w.type.id() << w.ns;
        w.listing = true;
        w.firstPage = true;
        w.continueToken.clear();
        w.resourceVersion.clear();
        requestPage(id);
    }

    void requestPage(quint64 id)
    {
        Watch &w = m_watches[id];
        ListOptions options;
        options.labelSelector = w.labelSelector;
        options.fieldSelector = w.fieldSelector;
        options.pageSize = kPageSize;
        const ApiRequest req = listPageRequest(watchPath(w), options, w.continueToken);
        QString authError;
        QNetworkReply *reply = issue(req, &authError);
        if (!reply) {
            setState(issueFailureState(), authError);
            scheduleRetry(w, authError);
            return;
        }
        w.reply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, id, reply] { pageFinished(id, reply); });
    }

    void pageFinished(quint64 id, QNetworkReply *reply)
    {
        reply->deleteLater();
        auto it = m_watches.find(id);
        if (it == m_watches.end() || it->reply != reply)
            return;
        Watch &w = *it;
        w.reply = nullptr;
        const int status = httpStatus(reply);
        noteNetworkResult(reply);
        const QByteArray body = reply->readAll();
        qCDebug(lcWatch) << "page" << id << status << body.size() << "bytes";
        if (continueTokenExpired(status, w.continueToken)) { // start over
            startList(id);
            return;
        }
        if (status == 401 && !w.retried401 && m_config.invalidateAuth) {
            w.retried401 = true;
            m_config.invalidateAuth(reply->property("fc_authorization").toByteArray());
            requestPage(id);
            return;
        }
        if (status == 403) { // asking again changes nothing: the watch stops, its owner decides
            forbidden(w, statusError(status, body, reply->errorString()).message);
            return;
        }
        if (status != 200) {
            if (status == 401)
                setState(ConnectionState::Unauthorized, statusError(status, body, reply->errorString()).message);
            const QString why = status > 0 ? statusError(status, body, reply->errorString()).message : transportError(reply);
            w.listing = true;
            w.continueToken.clear(); // a failed page restarts the list from the top
            w.firstPage = true;
            scheduleRetry(w, why);
            return;
        }
        w.retried401 = false;
        simdjson::dom::element doc;
        if (auto err = m_parser.parse(body.constData(), size_t(body.size())).get(doc)) {
            scheduleRetry(w, tr("invalid JSON from the server: %1").arg(QString::fromUtf8(simdjson::error_message(err))));
            return;
        }
        WatchBatch batch;
        batch.watchId = id;
        batch.kind = w.kind;
        batch.listBegin = w.firstPage;
        w.firstPage = false;
        w.continueToken = jsonString(doc, "metadata", "continue");
        const QString rv = jsonString(doc, "metadata", "resourceVersion");
        // the next page is on its way while this one is summarised (helm release Secrets are
        // gunzipped here: 500 of them take as long as the next page's transfer)
        const bool more = !w.continueToken.isEmpty();
        if (more)
            requestPage(id);
        simdjson::dom::array items;
        if (doc["items"].get_array().get(items) == simdjson::SUCCESS) {
            batch.upserts.reserve(qsizetype(items.size()));
            for (simdjson::dom::element item : items)
                batch.upserts.append(summarize(w.kind, item));
        }
        if (batch.listBegin) {
            int64_t remaining = 0;
            const bool known = doc["metadata"]["remainingItemCount"].get_int64().get(remaining) == simdjson::SUCCESS;
            batch.expectedTotal = known ? batch.upserts.size() + qsizetype(remaining)
                                        : w.continueToken.isEmpty() ? batch.upserts.size() : -1;
        }
        if (more) {
            deliverSliced(std::move(batch));
            return;
        }
        batch.listEnd = true;
        w.listing = false;
        w.failures = 0;
        w.refusals = 0;
        w.resourceVersion = rv;
        deliverSliced(std::move(batch));
        startStream(id);
    }

    /// A list page (up to kPageSize objects) as batches of at most kMaxBatch: listBegin on the
    /// first slice, listEnd on the last.
    void deliverSliced(WatchBatch page)
    {
        if (page.upserts.size() <= kMaxBatch) {
            deliver(std::move(page));
            return;
        }
        for (qsizetype first = 0; first < page.upserts.size(); first += kMaxBatch) {
            WatchBatch slice;
            slice.watchId = page.watchId;
            slice.kind = page.kind;
            slice.listBegin = page.listBegin && first == 0;
            slice.expectedTotal = slice.listBegin ? page.expectedTotal : -1;
            slice.listEnd = page.listEnd && first + kMaxBatch >= page.upserts.size();
            slice.upserts = page.upserts.mid(first, kMaxBatch);
            deliver(std::move(slice));
        }
    }

    void startStream(quint64 id)
    {
        Watch &w = m_watches[id];
        ApiRequest req;
        req.path = watchPath(w);
        req.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
        req.query.addQueryItem(QStringLiteral("resourceVersion"), w.resourceVersion);
        req.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
        // like client-go's reflector: a server-side timeout of 5–10 minutes, then resume
        req.query.addQueryItem(QStringLiteral("timeoutSeconds"),
                               QString::number(300 + QRandomGenerator::global()->bounded(300)));
        addSelectors(w, req.query);
        req.timeoutMs = 0;
        qCDebug(lcWatch) << "watch" << id << w.type.id() << "from" << w.resourceVersion;
        QString authError;
        QNetworkReply *reply = issue(req, &authError, w.nam);
        if (!reply) {
            setState(issueFailureState(), authError);
            scheduleRetry(w, authError);
            return;
        }
        w.reply = reply;
        w.buffer.clear();
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            if (httpStatus(reply) == 200)
                setState(ConnectionState::Connected, {});
        });
        connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] { streamData(id, reply); });
        connect(reply, &QNetworkReply::finished, this, [this, id, reply] { streamFinished(id, reply); });
    }

    void streamData(quint64 id, QNetworkReply *reply)
    {
        auto it = m_watches.find(id);
        if (it == m_watches.end() || it->reply != reply)
            return;
        if (httpStatus(reply) != 200)
            return; // the body is an error Status, read at finish
        Watch &w = *it;
        if (w.failures > 0 || m_state != ConnectionState::Connected)
            setState(ConnectionState::Connected, {});
        w.failures = 0;
        w.buffer += reply->readAll();
        if (!decodeWatchLines(w.buffer, w.kind, m_parser, [this, &w](WatchEvent &&e) { return handleEvent(w, std::move(e)); }))
            return; // the watch was restarted (410): the new stream starts with an empty buffer
        if (w.pending.upserts.size() + w.pending.removedUids.size() >= kMaxBatch)
            flush(w);
        else if (!w.pending.upserts.isEmpty() || !w.pending.removedUids.isEmpty())
            if (!m_flushTimer->isActive())
                m_flushTimer->start();
    }

    /// Returns false when the event restarted the watch.
    bool handleEvent(Watch &w, WatchEvent &&e)
    {
        switch (e.type) {
        case WatchEvent::Type::Error:
            qCDebug(lcWatch) << "watch" << w.id << "ERROR event" << e.code << e.message;
            if (e.code == 410) {
                flush(w);
                relist(w.id);
                return false;
            }
            Q_EMIT m_owner->watchError(w.id, e.message);
            return true;
        case WatchEvent::Type::Bookmark:
        case WatchEvent::Type::Deleted:
        case WatchEvent::Type::Upsert:
            break;
        }
        if (!e.resourceVersion.isEmpty())
            w.resourceVersion = e.resourceVersion;
        if (e.type == WatchEvent::Type::Deleted)
            w.pending.removedUids.append(e.uid);
        else if (e.type == WatchEvent::Type::Upsert)
            w.pending.upserts.append(std::move(e.object));
        return true;
    }

    /// Stops a watch's request without its handlers running (abort() emits finished() at once).
    void dropReply(Watch &w)
    {
        if (QNetworkReply *r = w.reply) {
            w.reply = nullptr;
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }

    void relist(quint64 id)
    {
        auto it = m_watches.find(id);
        if (it == m_watches.end())
            return;
        dropReply(*it);
        startList(id);
    }

    void streamFinished(quint64 id, QNetworkReply *reply)
    {
        reply->deleteLater();
        auto it = m_watches.find(id);
        if (it == m_watches.end() || it->reply != reply)
            return;
        Watch &w = *it;
        w.reply = nullptr;
        const int status = httpStatus(reply);
        const QByteArray rest = reply->readAll();
        qCDebug(lcWatch) << "watch" << id << "ended" << status << reply->error() << reply->errorString();
        noteNetworkResult(reply);
        flush(w);
        if (status == 410) {
            startList(id);
            return;
        }
        if (status == 401 && !w.retried401 && m_config.invalidateAuth) {
            w.retried401 = true;
            m_config.invalidateAuth(reply->property("fc_authorization").toByteArray());
            startStream(id);
            return;
        }
        if (status == 200 && reply->error() == QNetworkReply::NoError) {
            w.retried401 = false;
            startStream(id); // server-side timeout: resume from the last version seen
            return;
        }
        if (status == 403) { // the permission was taken away while watching
            forbidden(w, statusError(status, rest, reply->errorString()).message);
            return;
        }
        if (status == 401)
            setState(ConnectionState::Unauthorized, statusError(status, rest, reply->errorString()).message);
        scheduleRetry(w, status > 0 ? statusError(status, rest, reply->errorString()).message : transportError(reply));
    }

    void forceExpire(quint64 id)
    {
        auto it = m_watches.find(id);
        if (it == m_watches.end())
            return;
        dropReply(*it);
        it->resourceVersion = QStringLiteral("1"); // older than any watch cache: the server answers 410
        startStream(id);
    }

    // ---- delivery ----

    void deliver(WatchBatch batch)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, b = std::move(batch)] { Q_EMIT owner->batchReady(b); },
                                  Qt::QueuedConnection);
    }

    void flush(Watch &w)
    {
        if (w.pending.upserts.isEmpty() && w.pending.removedUids.isEmpty())
            return;
        WatchBatch b;
        b.watchId = w.id;
        b.kind = w.kind;
        std::swap(b.upserts, w.pending.upserts);
        std::swap(b.removedUids, w.pending.removedUids);
        deliver(std::move(b));
    }

    void flushAll()
    {
        for (auto &w : m_watches)
            flush(w);
    }

    void setState(ConnectionState s, const QString &detail)
    {
        if (s == ConnectionState::Connected)
            m_everConnected = true;
        if (s == m_state && detail == m_stateDetail)
            return;
        m_state = s;
        m_stateDetail = detail;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, s, detail] { owner->setState(s, detail); },
                                  Qt::QueuedConnection);
    }

private:
    ConnectionConfig m_config;
    ClusterConnection *m_owner;
    QNetworkAccessManager *m_nam = nullptr;
    HttpsProxyRelay *m_relay = nullptr;
    std::optional<QNetworkProxy> m_effectiveProxy;
    QString m_proxyDisplay;   ///< proxy-url without credentials, for messages
    QString m_proxyError;     ///< the https proxy's relay could not start
    QTimer *m_flushTimer = nullptr;
    simdjson::dom::parser m_parser;
    QHash<quint64, Watch> m_watches;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextInternalId = ~quint64(0);
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_stateDetail;
    bool m_everConnected = false;
};

// ---------------------------------------------------------------------------------------------

namespace {
std::atomic<quint64> g_nextId{1};
}

ClusterConnection::ClusterConnection(ConnectionConfig config, QObject *parent)
    : QObject(parent), m_contextName(config.contextName), m_cancelAuth(config.cancelAuth), m_insecure(config.insecure)
{
    qRegisterMetaType<fc::WatchBatch>();
    qRegisterMetaType<fc::ConnectionState>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("k8s:") + m_contextName);
    m_worker = new ConnectionWorker(std::move(config), this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::start, Qt::QueuedConnection);
}

ClusterConnection::~ClusterConnection()
{
    if (m_cancelAuth)
        m_cancelAuth(); // the worker may be inside an exec plugin: end it, then wait for the worker
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ClusterConnection::noteRetry(const QDateTime &at)
{
    // the soonest retry still ahead: what "reconnecting in N s" counts down to
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_nextRetry.isValid() || m_nextRetry < now || at < m_nextRetry)
        m_nextRetry = at;
}

void ClusterConnection::setState(ConnectionState state, const QString &detail)
{
    const bool changed = state != m_state;
    m_state = state;
    if (changed || !detail.isEmpty())
        Q_EMIT stateChanged(state, detail);
}

quint64 ClusterConnection::watch(Kind kind, const QString &ns, const QString &labelSelector, const QString &fieldSelector)
{
    return watch(ResourceType::of(kind), ns, labelSelector, fieldSelector);
}

quint64 ClusterConnection::watch(const ResourceType &type, const QString &ns, const QString &labelSelector,
                                 const QString &fieldSelector)
{
    const quint64 id = g_nextId++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, type, ns, labelSelector, fieldSelector] {
        w->startWatch(id, type, ns, labelSelector, fieldSelector);
    }, Qt::QueuedConnection);
    return id;
}

void ClusterConnection::unwatch(quint64 watchId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, watchId] { w->stopWatch(watchId); }, Qt::QueuedConnection);
}

void ClusterConnection::forceExpireForTest(quint64 watchId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, watchId] { w->forceExpire(watchId); }, Qt::QueuedConnection);
}

quint64 ClusterConnection::send(const ApiRequest &request, QObject *context, Callback done)
{
    const quint64 id = g_nextId++;
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, done = std::move(done)](const Result<QByteArray> &r) {
        QMetaObject::invokeMethod(this, [guard, done, r] {
            if (guard)
                done(r);
        }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, request, deliver] { w->send(id, request, deliver, {}, false); },
                              Qt::QueuedConnection);
    return id;
}

quint64 ClusterConnection::sendOnWorker(const ApiRequest &request, std::function<void(const Result<QByteArray> &)> onWorker)
{
    const quint64 id = g_nextId++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, request, onWorker = std::move(onWorker)] {
        w->send(id, request, onWorker, {}, false);
    }, Qt::QueuedConnection);
    return id;
}

void ClusterConnection::refreshKinds()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->discoverKinds(); }, Qt::QueuedConnection);
}

quint64 ClusterConnection::stream(const ApiRequest &request, QObject *context, StreamCallbacks callbacks)
{
    const quint64 id = g_nextId++;
    QPointer<QObject> guard(context);
    // A followed log arrives in tiny chunks (the kubelet flushes every line, the apiserver
    // forwards each flush), and a queued call per chunk woke this thread once per line: at
    // 100k lines/s the context switches cost more than the lines. Chunks are held on the worker
    // thread for up to kStreamHoldMs and handed over together, so this thread wakes at most
    // ~1000/kStreamHoldMs times a second per stream; the end comes after the data it follows.
    struct Held {
        QByteArray data;
        bool scheduled = false;
    };
    auto held = std::make_shared<Held>();
    auto handOver = [this, guard, cb = callbacks.onData, held] {
        held->scheduled = false;
        if (held->data.isEmpty())
            return;
        QByteArray data = std::move(held->data);
        held->data = QByteArray();
        QMetaObject::invokeMethod(this, [guard, cb, data = std::move(data)] {
            if (guard && cb)
                cb(data);
        }, Qt::QueuedConnection);
    };
    StreamCallbacks relay;
    relay.onData = [w = m_worker, held, handOver](const QByteArray &chunk) {
        held->data.append(chunk); // the first chunk is shared, not copied
        if (!held->scheduled) {
            held->scheduled = true;
            QTimer::singleShot(kStreamHoldMs, Qt::PreciseTimer, w, handOver);
        }
    };
    relay.onFinished = [this, guard, cb = callbacks.onFinished, handOver](const Result<void> &end) {
        handOver();
        QMetaObject::invokeMethod(this, [guard, cb, end] {
            if (guard && cb)
                cb(end);
        }, Qt::QueuedConnection);
    };
    ApiRequest r = request;
    r.timeoutMs = 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, r, relay] { w->send(id, r, {}, relay, true); },
                              Qt::QueuedConnection);
    return id;
}

void ClusterConnection::cancel(quint64 requestId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, requestId] { w->cancel(requestId); }, Qt::QueuedConnection);
}

} // namespace fc

#include "ClusterConnection.moc"
