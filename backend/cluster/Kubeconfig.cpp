#include "backend/cluster/Kubeconfig.h"

#include "backend/cluster/PemCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <string>

namespace fc {

namespace {
/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::Kubeconfig)
};
} // namespace

struct Kubeconfig::Entry {
    QString name;
    QString file;
    int line = 0;
    QList<Error> errors;
    ResolvedContext value; ///< only the fields this kind of entry contributes
    int clusterRefLine = 0; ///< contexts: where `cluster:` was written, for reference errors
    int userRefLine = 0;
};

namespace {

const QString kExecV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kExecV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

int lineOf(const YAML::Node &node)
{
    // A missing key yields an invalid "zombie" node whose Mark() throws, hence the guard.
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString readError(const QString &path, const QFile &file)
{
    if (!QFileInfo::exists(path))
        return Tr::tr("cannot read '%1': no such file").arg(path);
    return Tr::tr("cannot read '%1': %2").arg(path, file.errorString());
}

/// Reads the fields of one cluster/user/context map, recording problems against the entry with
/// the kubeconfig file, the line of the offending node and its field path.
class EntryParser {
public:
    EntryParser(Kubeconfig::Entry &entry, QString prefix, QString baseDir)
        : m_entry(entry), m_prefix(std::move(prefix)), m_baseDir(std::move(baseDir))
    {
    }

    QString field(const char *key) const { return m_prefix + QLatin1Char('.') + QLatin1String(key); }

    void error(const YAML::Node &at, const QString &fieldPath, const QString &message, int fallbackLine = 0)
    {
        Error e = makeError(message, fieldPath);
        e.file = m_entry.file;
        e.line = lineOf(at);
        if (e.line == 0)
            e.line = fallbackLine ? fallbackLine : m_entry.line;
        m_entry.errors.append(e);
    }

    std::optional<QString> string(const YAML::Node &map, const char *key)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return std::nullopt;
        if (!node.IsScalar()) {
            error(node, field(key), Tr::tr("expected a string"));
            return std::nullopt;
        }
        return qs(node.Scalar());
    }

    std::optional<bool> boolean(const YAML::Node &map, const char *key)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return std::nullopt;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            error(node, field(key), Tr::tr("expected true or false"));
            return std::nullopt;
        }
        return value;
    }

    QStringList stringList(const YAML::Node &map, const char *key)
    {
        const YAML::Node node = map[key];
        QStringList out;
        if (!node.IsDefined() || node.IsNull())
            return out;
        if (!node.IsSequence()) {
            error(node, field(key), Tr::tr("expected a list of strings"));
            return out;
        }
        for (const YAML::Node &item : node) {
            if (!item.IsScalar()) {
                error(item, field(key), Tr::tr("expected a list of strings"));
                continue;
            }
            out.append(qs(item.Scalar()));
        }
        return out;
    }

    QString absolutePath(const QString &path) const
    {
        if (path.isEmpty() || QDir::isAbsolutePath(path))
            return path;
        return QDir::cleanPath(m_baseDir + QLatin1Char('/') + path);
    }

    /// `<key>-data` (base64, wins) or `<key>` (a path relative to this kubeconfig). Null when
    /// neither is set or the value is unusable (an error is then recorded).
    struct Loaded {
        QByteArray bytes;
        YAML::Node node;   ///< the node the bytes came from, for later content errors
        QString fieldPath;
        QString source;    ///< file path the bytes were read from, empty for inline data
    };
    std::optional<Loaded> dataOrFile(const YAML::Node &map, const char *dataKey, const char *fileKey)
    {
        if (const std::optional<QString> data = string(map, dataKey); data && !data->isEmpty()) {
            QByteArray compact = data->toLatin1();
            compact.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray()).replace('\t', QByteArray());
            const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                error(map[dataKey], field(dataKey), Tr::tr("not valid base64"));
                return std::nullopt;
            }
            return Loaded{decoded.decoded, map[dataKey], field(dataKey), {}};
        }
        if (const std::optional<QString> path = string(map, fileKey); path && !path->isEmpty()) {
            const QString abs = absolutePath(*path);
            QFile file(abs);
            if (!file.open(QIODevice::ReadOnly)) {
                error(map[fileKey], field(fileKey), readError(abs, file));
                return std::nullopt;
            }
            return Loaded{file.readAll(), map[fileKey], field(fileKey), abs};
        }
        return std::nullopt;
    }

    void contentError(const Loaded &loaded, const QString &message)
    {
        error(loaded.node, loaded.fieldPath,
              loaded.source.isEmpty() ? message : QStringLiteral("'%1': %2").arg(loaded.source, message));
    }

private:
    Kubeconfig::Entry &m_entry;
    QString m_prefix;
    QString m_baseDir;
};

void parseCluster(Kubeconfig::Entry &entry, const YAML::Node &cluster, const QString &baseDir)
{
    EntryParser p(entry, QStringLiteral("clusters[%1].cluster").arg(entry.name), baseDir);
    ResolvedContext &v = entry.value;
    v.clusterName = entry.name;
    if (!cluster.IsDefined() || !cluster.IsMap()) {
        p.error(cluster, QStringLiteral("clusters[%1].cluster").arg(entry.name),
                Tr::tr("expected a map with at least a server"));
        return;
    }

    const std::optional<QString> server = p.string(cluster, "server");
    if (!server || server->isEmpty()) {
        p.error(cluster["server"], p.field("server"), Tr::tr("no server URL given"), lineOf(cluster));
    } else {
        const QUrl url(*server, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            p.error(cluster["server"], p.field("server"),
                    Tr::tr("'%1' is not a valid https:// (or http://) URL").arg(*server));
        else
            v.server = url;
    }

    v.insecureSkipTlsVerify = p.boolean(cluster, "insecure-skip-tls-verify").value_or(false);
    v.tlsServerName = p.string(cluster, "tls-server-name").value_or(QString());
    v.disableCompression = p.boolean(cluster, "disable-compression").value_or(false);

    if (const std::optional<QString> proxy = p.string(cluster, "proxy-url"); proxy && !proxy->isEmpty()) {
        const QUrl url(*proxy, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("socks5")))
            p.error(cluster["proxy-url"], p.field("proxy-url"),
                    Tr::tr("'%1' is not a valid proxy URL (http://, https:// or socks5://)").arg(*proxy));
        else
            v.proxyUrl = url;
    }

    if (const auto ca = p.dataOrFile(cluster, "certificate-authority-data", "certificate-authority")) {
        if (const Result<int> certs = pemcheck::checkCertificates(ca->bytes); !certs)
            p.contentError(*ca, certs.error().message);
        else
            v.caPem = ca->bytes;
        // kubectl refuses this combination rather than silently ignoring the CA.
        if (v.insecureSkipTlsVerify)
            p.error(cluster["insecure-skip-tls-verify"], p.field("insecure-skip-tls-verify"),
                    Tr::tr("a certificate authority and insecure-skip-tls-verify cannot be used together"));
    }
    v.insecure = v.insecureSkipTlsVerify || v.server.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

void parseExec(EntryParser &p, Kubeconfig::Entry &entry, const YAML::Node &exec)
{
    const QString prefix = QStringLiteral("users[%1].user.exec").arg(entry.name);
    if (!exec.IsMap()) {
        p.error(exec, prefix, Tr::tr("expected a map"));
        return;
    }
    EntryParser ep(entry, prefix, QString());
    ExecConfig config;
    config.apiVersion = ep.string(exec, "apiVersion").value_or(QString());
    config.command = ep.string(exec, "command").value_or(QString());
    config.args = ep.stringList(exec, "args");
    config.installHint = ep.string(exec, "installHint").value_or(QString());
    config.provideClusterInfo = ep.boolean(exec, "provideClusterInfo").value_or(false);
    config.interactiveMode = ep.string(exec, "interactiveMode").value_or(QString());

    if (config.command.isEmpty())
        ep.error(exec["command"], ep.field("command"), Tr::tr("exec plugin has no command"), lineOf(exec));
    else if (config.command.contains(QLatin1Char('/')))
        config.command = p.absolutePath(config.command); // bare names are looked up in PATH when run

    if (config.apiVersion.isEmpty())
        ep.error(exec["apiVersion"], ep.field("apiVersion"), Tr::tr("exec plugin has no apiVersion"), lineOf(exec));
    else if (config.apiVersion != kExecV1 && config.apiVersion != kExecV1beta1)
        ep.error(exec["apiVersion"], ep.field("apiVersion"),
                 Tr::tr("exec apiVersion '%1' is not supported; use %2 or %3")
                     .arg(config.apiVersion, kExecV1, kExecV1beta1));

    static const QStringList modes{QStringLiteral("Never"), QStringLiteral("IfAvailable"), QStringLiteral("Always")};
    if (config.interactiveMode.isEmpty()) {
        if (config.apiVersion == kExecV1)
            ep.error(exec["interactiveMode"], ep.field("interactiveMode"),
                     Tr::tr("interactiveMode is required for %1 (Never, IfAvailable or Always)").arg(kExecV1),
                     lineOf(exec));
        else
            config.interactiveMode = QStringLiteral("IfAvailable");
    } else if (!modes.contains(config.interactiveMode)) {
        ep.error(exec["interactiveMode"], ep.field("interactiveMode"),
                 Tr::tr("interactiveMode '%1' is not one of Never, IfAvailable, Always").arg(config.interactiveMode));
    }

    const YAML::Node env = exec["env"];
    if (env.IsDefined() && !env.IsNull()) {
        if (!env.IsSequence()) {
            ep.error(env, ep.field("env"), Tr::tr("expected a list of {name, value}"));
        } else {
            for (const YAML::Node &item : env) {
                if (!item.IsMap() || !isScalar(item["name"]) || item["name"].Scalar().empty()) {
                    ep.error(item, ep.field("env"), Tr::tr("each env entry needs a name and a value"));
                    continue;
                }
                const YAML::Node value = item["value"];
                config.env.append({qs(item["name"].Scalar()), isScalar(value) ? qs(value.Scalar()) : QString()});
            }
        }
    }
    entry.value.exec = config;
}

QString authProviderMessage(const QString &name)
{
    if (name == QLatin1String("gcp"))
        return Tr::tr("auth-provider 'gcp' is no longer supported by kubectl; use an exec plugin such as gke-gcloud-auth-plugin");
    if (name == QLatin1String("azure"))
        return Tr::tr("auth-provider 'azure' is no longer supported by kubectl; use an exec plugin such as kubelogin (Azure/kubelogin)");
    if (name == QLatin1String("oidc"))
        return Tr::tr("auth-provider 'oidc' is no longer supported by kubectl; use an exec plugin such as kubelogin (kubectl oidc-login)");
    return Tr::tr("auth-provider '%1' is not supported; use an exec credential plugin").arg(name);
}

void parseUser(Kubeconfig::Entry &entry, const YAML::Node &user, const QString &baseDir)
{
    const QString prefix = QStringLiteral("users[%1].user").arg(entry.name);
    EntryParser p(entry, prefix, baseDir);
    ResolvedContext &v = entry.value;
    v.userName = entry.name;
    if (!user.IsDefined() || user.IsNull())
        return; // an empty user is valid: anonymous access
    if (!user.IsMap()) {
        p.error(user, prefix, Tr::tr("expected a map"));
        return;
    }

    // "Given" even when unusable, so a broken key is reported once, not also as "missing".
    auto given = [&](const char *key) {
        const YAML::Node node = user[key];
        return node.IsDefined() && !node.IsNull();
    };
    const bool certGiven = given("client-certificate-data") || given("client-certificate");
    const bool keyGiven = given("client-key-data") || given("client-key");
    const auto cert = p.dataOrFile(user, "client-certificate-data", "client-certificate");
    const auto key = p.dataOrFile(user, "client-key-data", "client-key");
    bool certOk = false;
    bool keyOk = false;
    if (cert) {
        if (const Result<int> certs = pemcheck::checkCertificates(cert->bytes); !certs)
            p.contentError(*cert, certs.error().message);
        else
            certOk = true;
    }
    if (key) {
        if (const Result<pemcheck::KeyAlgorithm> alg = pemcheck::checkPrivateKey(key->bytes); !alg)
            p.contentError(*key, alg.error().message);
        else
            keyOk = true;
    }
    if (certOk && keyOk) {
        if (pemcheck::keyMatchesCertificate(cert->bytes, key->bytes)) {
            v.clientCertPem = cert->bytes;
            v.clientKeyPem = key->bytes;
        } else {
            p.contentError(*key, Tr::tr("the client key does not belong to the client certificate"));
        }
    } else if (certOk && !keyGiven) {
        p.error(cert->node, cert->fieldPath, Tr::tr("client certificate given without client-key or client-key-data"));
    } else if (keyOk && !certGiven) {
        p.error(key->node, key->fieldPath,
                Tr::tr("client key given without client-certificate or client-certificate-data"));
    }

    v.token = p.string(user, "token").value_or(QString());
    v.tokenFile = p.absolutePath(p.string(user, "tokenFile").value_or(QString()));
    v.username = p.string(user, "username").value_or(QString());
    v.password = p.string(user, "password").value_or(QString());
    v.impersonateUser = p.string(user, "as").value_or(QString());
    v.impersonateGroups = p.stringList(user, "as-groups");
    v.impersonateUid = p.string(user, "as-uid").value_or(QString());

    const YAML::Node exec = user["exec"];
    const YAML::Node authProvider = user["auth-provider"];
    const bool hasExec = exec.IsDefined() && !exec.IsNull();
    const bool hasAuthProvider = authProvider.IsDefined() && !authProvider.IsNull();
    if (hasExec)
        parseExec(p, entry, exec);
    if (hasAuthProvider) {
        if (hasExec) {
            p.error(authProvider, p.field("auth-provider"), Tr::tr("exec and auth-provider cannot both be set"));
        } else {
            const YAML::Node name = authProvider.IsMap() ? authProvider["name"] : YAML::Node();
            const QString providerName = name.IsDefined() && name.IsScalar() ? qs(name.Scalar()) : QString();
            p.error(authProvider, p.field("auth-provider"), authProviderMessage(providerName));
        }
    }
}

void parseContext(Kubeconfig::Entry &entry, const YAML::Node &context)
{
    const QString prefix = QStringLiteral("contexts[%1].context").arg(entry.name);
    EntryParser p(entry, prefix, QString());
    ResolvedContext &v = entry.value;
    v.contextName = entry.name;
    v.sourceFile = entry.file;
    if (!context.IsDefined() || !context.IsMap()) {
        p.error(context, prefix, Tr::tr("expected a map with cluster, user and namespace"));
        return;
    }
    v.clusterName = p.string(context, "cluster").value_or(QString());
    v.userName = p.string(context, "user").value_or(QString());
    const QString ns = p.string(context, "namespace").value_or(QString());
    if (!ns.isEmpty())
        v.namespaceName = ns;
    entry.clusterRefLine = lineOf(context["cluster"]) ? lineOf(context["cluster"]) : lineOf(context);
    entry.userRefLine = lineOf(context["user"]) ? lineOf(context["user"]) : lineOf(context);
}

} // namespace

/// Merges files one at a time into a Kubeconfig; lives only for the duration of load().
class KubeconfigLoader {
public:
    explicit KubeconfigLoader(Kubeconfig &kc) : m_kc(kc) {}

    void loadFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Error e = makeError(readError(path, file));
            e.file = path;
            e.reason = QFileInfo::exists(path) ? QStringLiteral("Unreadable") : QStringLiteral("MissingFile");
            m_kc.m_errors.append(e);
            return;
        }
        const QByteArray text = file.readAll();
        YAML::Node root;
        try {
            root = YAML::Load(text.toStdString());
        } catch (const YAML::Exception &ex) {
            Error e = makeError(Tr::tr("malformed YAML: ") + qs(ex.msg));
            e.file = path;
            e.line = ex.mark.is_null() ? 0 : ex.mark.line + 1;
            e.reason = QStringLiteral("MalformedYaml");
            m_kc.m_errors.append(e);
            return;
        }
        try {
            mergeRoot(path, root);
        } catch (const YAML::Exception &ex) {
            // The parser code above checks types before converting; this is the backstop that
            // keeps a surprise inside yaml-cpp from escaping the backend.
            Error e = makeError(Tr::tr("unexpected structure: ") + qs(ex.msg));
            e.file = path;
            e.line = ex.mark.is_null() ? 0 : ex.mark.line + 1;
            m_kc.m_errors.append(e);
        }
    }

    void checkReferences()
    {
        for (const QString &name : std::as_const(m_kc.m_contextOrder)) {
            auto entry = std::const_pointer_cast<Kubeconfig::Entry>(m_kc.m_contexts.value(name));
            if (!entry->errors.isEmpty())
                continue;
            const QString cluster = entry->value.clusterName;
            const QString user = entry->value.userName;
            auto refError = [&](const QString &field, int line, const QString &message) {
                Error e = makeError(message, QStringLiteral("contexts[%1].context.%2").arg(name, field));
                e.file = entry->file;
                e.line = line;
                entry->errors.append(e);
                m_kc.m_errors.append(e);
            };
            if (cluster.isEmpty())
                refError(QStringLiteral("cluster"), entry->clusterRefLine, QStringLiteral("context names no cluster"));
            else if (!m_kc.m_clusters.contains(cluster))
                refError(QStringLiteral("cluster"), entry->clusterRefLine,
                         Tr::tr("context refers to unknown cluster '%1'").arg(cluster));
            if (!user.isEmpty() && !m_kc.m_users.contains(user))
                refError(QStringLiteral("user"), entry->userRefLine,
                         Tr::tr("context refers to unknown user '%1'").arg(user));
        }
        if (!m_kc.m_currentContext.isEmpty() && !m_kc.m_contexts.contains(m_kc.m_currentContext)) {
            Error e = makeError(Tr::tr("current-context '%1' does not name a context").arg(m_kc.m_currentContext),
                                QStringLiteral("current-context"));
            e.file = m_currentContextFile;
            e.line = m_currentContextLine;
            m_kc.m_errors.append(e);
        }
    }

private:
    void mergeRoot(const QString &path, const YAML::Node &root)
    {
        if (!root.IsDefined() || root.IsNull())
            return; // an empty file defines nothing, like kubectl
        if (!root.IsMap()) {
            Error e = makeError(Tr::tr("a kubeconfig must be a YAML map"));
            e.file = path;
            e.line = lineOf(root);
            m_kc.m_errors.append(e);
            return;
        }
        const QString baseDir = QFileInfo(path).absolutePath();

        const YAML::Node current = root["current-context"];
        if (current.IsDefined() && current.IsScalar() && m_kc.m_currentContext.isEmpty() && !current.Scalar().empty()) {
            m_kc.m_currentContext = qs(current.Scalar());
            m_currentContextFile = path;
            m_currentContextLine = lineOf(current);
        }

        mergeList(path, root, "clusters", "cluster", m_kc.m_clusters, nullptr,
                  [&](Kubeconfig::Entry &e, const YAML::Node &n) { parseCluster(e, n, baseDir); });
        mergeList(path, root, "users", "user", m_kc.m_users, nullptr,
                  [&](Kubeconfig::Entry &e, const YAML::Node &n) { parseUser(e, n, baseDir); });
        mergeList(path, root, "contexts", "context", m_kc.m_contexts, &m_kc.m_contextOrder,
                  [&](Kubeconfig::Entry &e, const YAML::Node &n) { parseContext(e, n); });
    }

    template<typename Parse>
    void mergeList(const QString &path, const YAML::Node &root, const char *listKey, const char *bodyKey,
                   QHash<QString, Kubeconfig::EntryPtr> &into, QStringList *order, Parse parse)
    {
        const YAML::Node list = root[listKey];
        if (!list.IsDefined() || list.IsNull())
            return;
        auto structural = [&](const YAML::Node &at, const QString &field, const QString &message) {
            Error e = makeError(message, field);
            e.file = path;
            e.line = lineOf(at);
            m_kc.m_errors.append(e);
        };
        if (!list.IsSequence()) {
            structural(list, QLatin1String(listKey), Tr::tr("expected a list"));
            return;
        }
        int index = 0;
        for (const YAML::Node &item : list) {
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(listKey)).arg(index++);
            if (!item.IsMap()) {
                structural(item, where, Tr::tr("expected a map with name and %1").arg(QLatin1String(bodyKey)));
                continue;
            }
            const YAML::Node name = item["name"];
            if (!name.IsDefined() || !name.IsScalar() || name.Scalar().empty()) {
                structural(item, where, Tr::tr("entry has no name; skipped"));
                continue;
            }
            const QString entryName = qs(name.Scalar());
            if (into.contains(entryName))
                continue; // an earlier file (or entry) already defined this name and wins entirely
            auto entry = std::make_shared<Kubeconfig::Entry>();
            entry->name = entryName;
            entry->file = path;
            entry->line = lineOf(item);
            parse(*entry, item[bodyKey]);
            m_kc.m_errors.append(entry->errors);
            into.insert(entryName, entry);
            if (order)
                order->append(entryName);
        }
    }

    Kubeconfig &m_kc;
    QString m_currentContextFile;
    int m_currentContextLine = 0;
};

Kubeconfig Kubeconfig::load(const QStringList &paths)
{
    Kubeconfig kc;
    KubeconfigLoader loader(kc);
    QSet<QString> seen;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString abs = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (seen.contains(abs))
            continue;
        seen.insert(abs);
        kc.m_files.append(abs);
        loader.loadFile(abs);
    }
    loader.checkReferences();
    return kc;
}

QStringList Kubeconfig::defaultPaths()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    QStringList out;
    for (const QString &part : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        if (!out.contains(part))
            out.append(part);
    }
    if (out.isEmpty())
        out.append(QDir::homePath() + QStringLiteral("/.kube/config"));
    return out;
}

QStringList Kubeconfig::contextNames() const
{
    return m_contextOrder;
}

Result<ResolvedContext> Kubeconfig::resolve(const QString &context) const
{
    const QString name = context.isEmpty() ? m_currentContext : context;
    if (name.isEmpty()) {
        Error e = makeError(Tr::tr("no context given and no current-context set"), QStringLiteral("current-context"));
        e.reason = QStringLiteral("NotFound");
        return e;
    }
    const EntryPtr ctx = m_contexts.value(name);
    if (!ctx) {
        Error e = makeError(Tr::tr("no context named '%1'").arg(name), QStringLiteral("contexts"));
        e.reason = QStringLiteral("NotFound");
        return e;
    }
    if (!ctx->errors.isEmpty())
        return ctx->errors.constFirst();

    ResolvedContext out = ctx->value;
    const EntryPtr cluster = m_clusters.value(out.clusterName);
    if (!cluster->errors.isEmpty())
        return cluster->errors.constFirst();
    const ResolvedContext &c = cluster->value;
    out.clusterSourceFile = cluster->file;
    out.server = c.server;
    out.caPem = c.caPem;
    out.insecureSkipTlsVerify = c.insecureSkipTlsVerify;
    out.insecure = c.insecure;
    out.tlsServerName = c.tlsServerName;
    out.proxyUrl = c.proxyUrl;
    out.disableCompression = c.disableCompression;

    if (!out.userName.isEmpty()) {
        const EntryPtr user = m_users.value(out.userName);
        if (!user->errors.isEmpty())
            return user->errors.constFirst();
        const ResolvedContext &u = user->value;
        out.userSourceFile = user->file;
        out.clientCertPem = u.clientCertPem;
        out.clientKeyPem = u.clientKeyPem;
        out.token = u.token;
        out.tokenFile = u.tokenFile;
        out.username = u.username;
        out.password = u.password;
        out.impersonateUser = u.impersonateUser;
        out.impersonateGroups = u.impersonateGroups;
        out.impersonateUid = u.impersonateUid;
        out.exec = u.exec;
    }
    return out;
}

} // namespace fc
