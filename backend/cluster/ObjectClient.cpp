#include "backend/cluster/ObjectClient.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace fc {

namespace {

QString str(const QJsonObject &o, const char *a, const char *b)
{
    return o.value(QLatin1String(a)).toObject().value(QLatin1String(b)).toString();
}

void addDryRun(ApiRequest &r, const WriteOptions &o)
{
    if (o.dryRun)
        r.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// One page of a list: its items and the continue token.
struct Page {
    QList<QJsonObject> items;
    QString continueToken;
};

Result<Page> parsePage(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("invalid JSON from the server: %1").arg(err.errorString()));
    Page page;
    const QJsonArray items = doc.object().value(QLatin1String("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &v : items)
        page.items.append(v.toObject());
    page.continueToken = str(doc.object(), "metadata", "continue");
    return page;
}

} // namespace

QString KubeObject::name() const { return str(json, "metadata", "name"); }
QString KubeObject::namespace_() const { return str(json, "metadata", "namespace"); }
QString KubeObject::uid() const { return str(json, "metadata", "uid"); }
QString KubeObject::resourceVersion() const { return str(json, "metadata", "resourceVersion"); }

QStringList jsonStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &s : value.toArray())
        out.append(s.toString());
    return out;
}

Result<KubeObject> parseKubeObject(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("invalid JSON from the server: %1").arg(err.errorString()));
    return KubeObject{doc.object()};
}

QString causeField(const StatusCause &cause)
{
    if (!cause.field.isEmpty())
        return cause.field.startsWith(u'.') ? cause.field.mid(1) : cause.field;
    static const QRegularExpression path(
        QStringLiteral(R"((?:^|[\s'"(])((?:metadata|spec|data|stringData|binaryData)(?:\.[A-Za-z0-9_./-]+|\[[^\]]+\])+))"));
    const QRegularExpressionMatch m = path.match(cause.message);
    QString field = m.hasMatch() ? m.captured(1) : QString();
    while (field.endsWith(u'.') || field.endsWith(u':'))
        field.chop(1);
    return field;
}

ApiFailure apiFailure(const Error &e)
{
    switch (e.httpStatus) {
    case 0:
        if (e.reason == u"Cancelled")
            return ApiFailure::Cancelled;
        return e.message.isEmpty() ? ApiFailure::None : ApiFailure::Transport;
    case 401: return ApiFailure::Unauthorized;
    case 403: return ApiFailure::Forbidden;
    case 404: return ApiFailure::NotFound;
    case 409: {
        if (e.reason == u"AlreadyExists")
            return ApiFailure::AlreadyExists;
        for (const StatusCause &c : e.causes)
            if (c.reason == u"FieldManagerConflict")
                return ApiFailure::FieldManagerConflict;
        return ApiFailure::Conflict;
    }
    case 410: return ApiFailure::Gone;
    case 422: return ApiFailure::Invalid;
    default: return ApiFailure::Other;
    }
}

struct ObjectClient::ListState {
    ResourceType type;
    ListOptions options;
    QPointer<QObject> context;
    ListCallback done;
    std::function<void(int)> progress;
    QList<QJsonObject> items;
    QString continueToken;
    quint64 currentRequest = 0;
    bool restarted = false;
};

ObjectClient::ObjectClient(ClusterConnection *connection) : m_connection(connection), m_alive(std::make_shared<bool>(true)) {}

ObjectClient::~ObjectClient()
{
    *m_alive = false;
    for (const auto &state : std::as_const(m_lists))
        if (m_connection && state->currentRequest)
            m_connection->cancel(state->currentRequest);
}

quint64 ObjectClient::sendForObject(ApiRequest request, const WriteOptions &options, QObject *context, ObjectCallback done)
{
    addDryRun(request, options);
    if (!m_connection) {
        done(makeError(QStringLiteral("no connection to the cluster")));
        return 0;
    }
    return m_connection->sendParsed<KubeObject>(request, context, &parseKubeObject, std::move(done));
}

quint64 ObjectClient::get(const ResourceType &type, const QString &namespace_, const QString &name, QObject *context,
                          ObjectCallback done)
{
    ApiRequest r;
    r.path = type.objectPath(namespace_, name);
    return sendForObject(r, {}, context, std::move(done));
}

quint64 ObjectClient::reviewAccess(const AccessQuery &query, QObject *context, std::function<void(const Result<AccessAnswer> &)> done)
{
    if (!m_connection) {
        done(makeError(QStringLiteral("no connection to the cluster")));
        return 0;
    }
    return m_connection->sendParsed<AccessAnswer>(accessReviewRequest(query), context, &parseAccessReview, std::move(done));
}

quint64 ObjectClient::reviewRules(const QString &namespace_, QObject *context, std::function<void(const Result<RulesReview> &)> done)
{
    if (!m_connection) {
        done(makeError(QStringLiteral("no connection to the cluster")));
        return 0;
    }
    return m_connection->sendParsed<RulesReview>(
        rulesReviewRequest(namespace_), context, [namespace_](const QByteArray &body) { return parseRulesReview(namespace_, body); },
        std::move(done));
}

quint64 ObjectClient::create(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                             ObjectCallback done)
{
    ApiRequest r;
    r.method = "POST";
    r.path = type.collectionPath(str(object, "metadata", "namespace"));
    r.contentType = "application/json";
    r.body = compact(object);
    return sendForObject(r, options, context, std::move(done));
}

quint64 ObjectClient::update(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                             ObjectCallback done)
{
    ApiRequest r;
    r.method = "PUT";
    r.path = type.objectPath(str(object, "metadata", "namespace"), str(object, "metadata", "name"));
    r.contentType = "application/json";
    r.body = compact(object);
    return sendForObject(r, options, context, std::move(done));
}

quint64 ObjectClient::mergePatch(const ResourceType &type, const QString &namespace_, const QString &name, const QJsonObject &patch,
                                 const WriteOptions &options, QObject *context, ObjectCallback done)
{
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(namespace_, name);
    r.contentType = "application/merge-patch+json";
    r.body = compact(patch);
    return sendForObject(r, options, context, std::move(done));
}

quint64 ObjectClient::jsonPatch(const ResourceType &type, const QString &namespace_, const QString &name,
                                const QJsonArray &operations, const WriteOptions &options, QObject *context, ObjectCallback done)
{
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(namespace_, name);
    r.contentType = "application/json-patch+json";
    r.body = QJsonDocument(operations).toJson(QJsonDocument::Compact);
    return sendForObject(r, options, context, std::move(done));
}

quint64 ObjectClient::apply(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                            ObjectCallback done)
{
    ApiRequest r;
    r.method = "PATCH";
    r.path = type.objectPath(str(object, "metadata", "namespace"), str(object, "metadata", "name"));
    r.contentType = "application/apply-patch+yaml"; // JSON is YAML
    r.query.addQueryItem(QStringLiteral("fieldManager"), QString::fromLatin1(kFieldManager));
    if (options.force)
        r.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    r.body = compact(object);
    return sendForObject(r, options, context, std::move(done));
}

quint64 ObjectClient::remove(const ResourceType &type, const QString &namespace_, const QString &name,
                             const QString &resourceVersion, const WriteOptions &options, QObject *context, VoidCallback done)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = type.objectPath(namespace_, name);
    if (!resourceVersion.isEmpty()) {
        r.contentType = "application/json";
        r.body = compact(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                                     {QStringLiteral("preconditions"),
                                      QJsonObject{{QStringLiteral("resourceVersion"), resourceVersion}}}});
    }
    return sendForObject(r, options, context, [done = std::move(done)](const Result<KubeObject> &result) {
        done(result ? Result<void>() : Result<void>(result.error()));
    });
}

quint64 ObjectClient::list(const ResourceType &type, const ListOptions &options, QObject *context, ListCallback done,
                           std::function<void(int)> progress)
{
    static quint64 nextListId = 1;
    const quint64 id = (quint64(1) << 62) | nextListId++; // apart from the connection's request ids
    auto state = std::make_shared<ListState>();
    state->type = type;
    state->options = options;
    state->context = context;
    state->done = std::move(done);
    state->progress = std::move(progress);
    m_lists.insert(id, state);
    requestPage(id);
    return id;
}

quint64 ObjectClient::listNames(const ResourceType &type, const ListOptions &options, QObject *context,
                                std::function<void(const Result<QStringList> &)> done)
{
    return list(type, options, context, [done = std::move(done)](const Result<QList<QJsonObject>> &items) {
        if (!items) {
            done(items.error());
            return;
        }
        QStringList names;
        names.reserve(items->size());
        for (const QJsonObject &o : items.value())
            names << str(o, "metadata", "name");
        names.sort();
        done(names);
    });
}

void ObjectClient::requestPage(quint64 listId)
{
    const auto state = m_lists.value(listId);
    if (!state)
        return;
    auto finish = [this, listId, state](const Result<QList<QJsonObject>> &r) {
        m_lists.remove(listId);
        if (state->context)
            state->done(r);
    };
    if (!m_connection || !state->context) {
        finish(makeError(QStringLiteral("no connection to the cluster")));
        return;
    }
    const ApiRequest r = listPageRequest(state->type.collectionPath(state->options.namespace_), state->options, state->continueToken);
    std::weak_ptr<bool> alive = m_alive;
    state->currentRequest = m_connection->sendParsed<Page>(r, state->context, &parsePage,
                                                            [this, alive, listId, state, finish](const Result<Page> &page) {
        if (alive.expired() || !m_lists.contains(listId))
            return; // the client or the list is gone
        state->currentRequest = 0;
        if (!page) {
            // an expired continue token: the list is restarted from the beginning, once
            if (continueTokenExpired(page.error().httpStatus, state->continueToken) && !state->restarted) {
                state->restarted = true;
                state->items.clear();
                state->continueToken.clear();
                requestPage(listId);
                return;
            }
            finish(page.error());
            return;
        }
        state->items.append(page->items);
        state->continueToken = page->continueToken;
        if (state->progress)
            state->progress(int(state->items.size()));
        if (state->continueToken.isEmpty())
            finish(std::move(state->items));
        else
            requestPage(listId);
    });
}

void ObjectClient::cancel(quint64 requestId)
{
    if (const auto state = m_lists.take(requestId)) {
        if (m_connection && state->currentRequest)
            m_connection->cancel(state->currentRequest);
        return;
    }
    if (m_connection)
        m_connection->cancel(requestId);
}

} // namespace fc
