#include "backend/helm/HelmKubeconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

namespace {

QString base64(const QByteArray &data) { return QString::fromLatin1(data.toBase64()); }

QJsonObject clusterSection(const ResolvedContext &c)
{
    QJsonObject cluster{{QStringLiteral("server"), c.server.toString()}};
    if (!c.caPem.isEmpty())
        cluster.insert(QStringLiteral("certificate-authority-data"), base64(c.caPem));
    if (c.insecureSkipTlsVerify)
        cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
    if (!c.tlsServerName.isEmpty())
        cluster.insert(QStringLiteral("tls-server-name"), c.tlsServerName);
    if (!c.proxyUrl.isEmpty())
        cluster.insert(QStringLiteral("proxy-url"), c.proxyUrl.toString());
    if (c.disableCompression)
        cluster.insert(QStringLiteral("disable-compression"), true);
    return cluster;
}

QJsonObject execSection(const ExecConfig &exec)
{
    QJsonObject o{{QStringLiteral("apiVersion"), exec.apiVersion}, {QStringLiteral("command"), exec.command}};
    if (!exec.args.isEmpty())
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(exec.args));
    if (!exec.env.isEmpty()) {
        QJsonArray env;
        for (const ExecEnvVar &v : exec.env)
            env.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("value"), v.value}});
        o.insert(QStringLiteral("env"), env);
    }
    if (exec.provideClusterInfo)
        o.insert(QStringLiteral("provideClusterInfo"), true);
    // helm runs without a terminal: a plugin that would prompt must say so instead of hanging
    o.insert(QStringLiteral("interactiveMode"), QStringLiteral("Never"));
    if (!exec.installHint.isEmpty())
        o.insert(QStringLiteral("installHint"), exec.installHint);
    return o;
}

QJsonObject userSection(const ResolvedContext &c)
{
    QJsonObject user;
    if (!c.clientCertPem.isEmpty())
        user.insert(QStringLiteral("client-certificate-data"), base64(c.clientCertPem));
    if (!c.clientKeyPem.isEmpty())
        user.insert(QStringLiteral("client-key-data"), base64(c.clientKeyPem));
    if (!c.token.isEmpty())
        user.insert(QStringLiteral("token"), c.token);
    else if (!c.tokenFile.isEmpty())
        user.insert(QStringLiteral("tokenFile"), c.tokenFile);
    if (!c.username.isEmpty()) {
        user.insert(QStringLiteral("username"), c.username);
        user.insert(QStringLiteral("password"), c.password);
    }
    if (!c.impersonateUser.isEmpty())
        user.insert(QStringLiteral("as"), c.impersonateUser);
    if (!c.impersonateGroups.isEmpty())
        user.insert(QStringLiteral("as-groups"), QJsonArray::fromStringList(c.impersonateGroups));
    if (!c.impersonateUid.isEmpty())
        user.insert(QStringLiteral("as-uid"), c.impersonateUid);
    if (c.exec)
        user.insert(QStringLiteral("exec"), execSection(*c.exec));
    return user;
}

} // namespace

QByteArray helmKubeconfig(const ResolvedContext &c)
{
    const QString name = c.contextName.isEmpty() ? QStringLiteral("fedconsole") : c.contextName;
    QJsonObject context{{QStringLiteral("cluster"), name}, {QStringLiteral("user"), name}};
    if (!c.namespaceName.isEmpty())
        context.insert(QStringLiteral("namespace"), c.namespaceName);
    const QJsonObject config{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Config")},
        {QStringLiteral("current-context"), name},
        {QStringLiteral("clusters"), QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("cluster"), clusterSection(c)}}}},
        {QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("user"), userSection(c)}}}},
        {QStringLiteral("contexts"), QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("context"), context}}}},
    };
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

} // namespace fc
