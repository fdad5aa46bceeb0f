#pragma once

#include "backend/cluster/AccessReview.h"
#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ListRequest.h"
#include "backend/cluster/ResourceType.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace fc {

/// A whole object as the API server returned it, parsed on the connection's worker thread.
struct KubeObject {
    QJsonObject json;
    QString name() const;
    QString namespace_() const;
    QString uid() const;
    QString resourceVersion() const;
};

/// A JSON array of strings as a list ("verbs", "shortNames", "apiGroups"…); anything else: empty.
QStringList jsonStringList(const QJsonValue &value);

/// Parses an API answer into a KubeObject (the worker-thread step of every object request).
Result<KubeObject> parseKubeObject(const QByteArray &json);

/// What kind of failure an API error is, for code that must react differently: a stale
/// resourceVersion (Conflict) is a rebase, a field manager conflict of a server-side apply is a
/// question to the user, Invalid lands on fields, Forbidden disables the action.
enum class ApiFailure {
    None,
    Conflict,             ///< 409, the object changed since it was read (resourceVersion precondition)
    FieldManagerConflict, ///< 409 of a server-side apply: fields owned by another manager
    AlreadyExists,        ///< 409 of a create
    Invalid,              ///< 422, with causes naming fields
    Forbidden,            ///< 403
    NotFound,             ///< 404
    Unauthorized,         ///< 401
    Gone,                 ///< 410 (an expired continue token or resourceVersion)
    Cancelled,            ///< the caller cancelled
    Transport,            ///< no HTTP answer: unreachable, TLS, timeout
    Other,
};
ApiFailure apiFailure(const Error &error);

/// The field a rejection is about, as the server writes it ("spec.template.spec.containers[0]
/// .ports[1].hostPort"): the cause's field where the server gives one (built-in validation, a CRD's
/// x-kubernetes-validations fieldPath); else the first object path written in its message — a
/// ValidatingAdmissionPolicy has no field of its own (v1.32), so policies that want their
/// rejection to land on a field name it in the message ("data.port: must be ..."). Empty when
/// neither says.
QString causeField(const StatusCause &cause);

struct WriteOptions {
    bool dryRun = false;    ///< dryRun=All: validated and admitted, nothing stored
    bool force = false;     ///< server-side apply: take over fields owned by other managers
};

/// The one way to read and write cluster objects of any kind: GET, paged list, create, update
/// with a resourceVersion precondition, merge and JSON patch, server-side apply (field manager
/// "fedconsole"), delete — each with a dry run on request. Bodies are parsed on the connection's
/// worker thread; results arrive on the context object's thread, never after it is gone or the
/// request was cancelled. Errors are values (apiFailure() classifies them; Error::causes carry
/// the fields a rejection names).
class ObjectClient {
public:
    static constexpr const char *kFieldManager = "fedconsole";

    explicit ObjectClient(ClusterConnection *connection);
    ~ObjectClient();
    ObjectClient(const ObjectClient &) = delete;
    ObjectClient &operator=(const ObjectClient &) = delete;

    ClusterConnection *connection() const { return m_connection; }

    using ObjectCallback = std::function<void(const Result<KubeObject> &)>;
    using ListCallback = std::function<void(const Result<QList<QJsonObject>> &)>;
    using VoidCallback = std::function<void(const Result<void> &)>;

    quint64 get(const ResourceType &type, const QString &namespace_, const QString &name, QObject *context, ObjectCallback done);
    /// GET, then `convert` on the worker thread too (YAML text of a 1 MB ConfigMap, a decoded
    /// Helm release…): the caller's thread only gets the result.
    template<typename T>
    quint64 getAs(const ResourceType &type, const QString &namespace_, const QString &name, QObject *context,
                  std::function<Result<T>(const KubeObject &)> convert, std::function<void(const Result<T> &)> done)
    {
        ApiRequest r;
        r.path = type.objectPath(namespace_, name);
        if (!m_connection) {
            done(makeError(QStringLiteral("no connection to the cluster")));
            return 0;
        }
        return m_connection->sendParsed<T>(r, context, [convert = std::move(convert)](const QByteArray &body) -> Result<T> {
            const Result<KubeObject> o = parseKubeObject(body);
            if (!o)
                return o.error();
            return convert(o.value());
        }, std::move(done));
    }
    /// All pages (limit/continue); an expired continue token restarts the list once. `progress`
    /// (optional) gets the number of objects read so far after each page.
    quint64 list(const ResourceType &type, const ListOptions &options, QObject *context, ListCallback done,
                 std::function<void(int loaded)> progress = {});
    /// The names of a kind's objects (all pages), sorted: the namespace pickers.
    quint64 listNames(const ResourceType &type, const ListOptions &options, QObject *context,
                      std::function<void(const Result<QStringList> &)> done);
    quint64 create(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                   ObjectCallback done);
    /// PUT of the whole object; its metadata.resourceVersion is the precondition (409 when stale).
    quint64 update(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                   ObjectCallback done);
    /// RFC 7386 merge patch; a metadata.resourceVersion in it is a precondition.
    quint64 mergePatch(const ResourceType &type, const QString &namespace_, const QString &name, const QJsonObject &patch,
                       const WriteOptions &options, QObject *context, ObjectCallback done);
    /// RFC 6902 JSON patch (a "test" operation on /metadata/resourceVersion is a precondition).
    quint64 jsonPatch(const ResourceType &type, const QString &namespace_, const QString &name, const QJsonArray &operations,
                      const WriteOptions &options, QObject *context, ObjectCallback done);
    /// Server-side apply with field manager "fedconsole" of `object` (apiVersion, kind, metadata.name).
    quint64 apply(const ResourceType &type, const QJsonObject &object, const WriteOptions &options, QObject *context,
                  ObjectCallback done);
    /// DELETE; a non-empty resourceVersion is a precondition.
    quint64 remove(const ResourceType &type, const QString &namespace_, const QString &name, const QString &resourceVersion,
                   const WriteOptions &options, QObject *context, VoidCallback done);

    /// May I? A SelfSubjectAccessReview (kubectl auth can-i): for one action, asked before
    /// offering it or when a rules review is incomplete.
    quint64 reviewAccess(const AccessQuery &query, QObject *context, std::function<void(const Result<AccessAnswer> &)> done);
    /// What may I do in this namespace? A SelfSubjectRulesReview: every rule that applies there.
    quint64 reviewRules(const QString &namespace_, QObject *context, std::function<void(const Result<RulesReview> &)> done);

    /// No callback runs for a cancelled request (a list stops between pages too).
    void cancel(quint64 requestId);

private:
    struct ListState;
    quint64 sendForObject(ApiRequest request, const WriteOptions &options, QObject *context, ObjectCallback done);
    void requestPage(quint64 listId);

    QPointer<ClusterConnection> m_connection;
    QHash<quint64, std::shared_ptr<ListState>> m_lists;
    std::shared_ptr<bool> m_alive; ///< page callbacks check it: the client may go first
};


} // namespace fc
