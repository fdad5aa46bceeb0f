#include "model/app/AddCluster.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/pki/Certificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace fc {

namespace {
/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::AddCluster)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

QString tokenKeychainKey(const QString &contextName)
{
    return QStringLiteral("kubeconfig-token/") + contextName;
}

Result<void> checkTokenCluster(const TokenCluster &c, bool tokenGiven)
{
    static const QRegularExpression badName(QStringLiteral("[\\s/\\\\\\x00-\\x1f]"));
    if (c.contextName.trimmed().isEmpty())
        return makeError(Tr::tr("Context name: give the cluster a name"));
    if (c.contextName.contains(badName))
        return makeError(Tr::tr("Context name: no spaces, slashes or control characters"));
    const QUrl url(c.server.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(Tr::tr("Server URL: not a URL (https://host:port)"));
    if (url.scheme() != u"https")
        return makeError(Tr::tr("Server URL: must start with https:// (a token is never sent in clear)"));
    if (!c.caPem.trimmed().isEmpty()) {
        const auto certs = pki::Certificate::listFromPem(c.caPem);
        if (!certs)
            return makeError(Tr::tr("CA certificate: %1").arg(certs.error().message));
        if (certs.value().isEmpty())
            return makeError(Tr::tr("CA certificate: no PEM certificate found"));
    }
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!c.namespace_.isEmpty() && !dnsLabel.match(c.namespace_).hasMatch())
        return makeError(Tr::tr("Namespace: lower-case letters, digits and '-', at most 63 characters"));
    if (!tokenGiven)
        return makeError(Tr::tr("Token: paste the bearer token (it is stored in the keychain, not in a file)"));
    return {};
}

QByteArray tokenClusterKubeconfig(const TokenCluster &c, const QString &credentialCommand)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Config";
    out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << utf8(c.contextName);
    out << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "server" << YAML::Value << utf8(c.server.trimmed());
    if (!c.caPem.trimmed().isEmpty())
        out << YAML::Key << "certificate-authority-data" << YAML::Value << c.caPem.trimmed().append('\n').toBase64().toStdString();
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "users" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << utf8(c.contextName);
    out << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "exec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "client.authentication.k8s.io/v1";
    out << YAML::Key << "command" << YAML::Value << utf8(credentialCommand);
    out << YAML::Key << "args" << YAML::Value << YAML::Flow << YAML::BeginSeq << "credential" << "--keychain"
        << utf8(tokenKeychainKey(c.contextName)) << YAML::EndSeq;
    out << YAML::Key << "interactiveMode" << YAML::Value << "Never";
    out << YAML::Key << "installHint" << YAML::Value
        << "fedconsole-cli reads this cluster's token from the desktop keychain (install the fedconsole package)";
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << utf8(c.contextName);
    out << YAML::Key << "context" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "cluster" << YAML::Value << utf8(c.contextName);
    out << YAML::Key << "user" << YAML::Value << utf8(c.contextName);
    if (!c.namespace_.isEmpty())
        out << YAML::Key << "namespace" << YAML::Value << utf8(c.namespace_);
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "current-context" << YAML::Value << utf8(c.contextName);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

Result<QString> saveKubeconfig(const QByteArray &yaml, const QString &directory, const QString &baseName, QStringList *contexts)
{
    if (!QDir().mkpath(directory))
        return makeError(Tr::tr("cannot create the folder %1").arg(directory));
    // checked where it will live (relative file references resolve against this folder)
    QTemporaryFile check(directory + QStringLiteral("/.check-XXXXXX.yaml"));
    if (!check.open())
        return makeError(Tr::tr("cannot write in %1: %2").arg(directory, check.errorString()));
    check.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    check.write(yaml);
    check.flush();
    const Kubeconfig loaded = Kubeconfig::load({check.fileName()});
    if (!loaded.errors().isEmpty()) {
        QStringList lines;
        for (const Error &e : loaded.errors())
            lines << e.toString().replace(check.fileName() + u':', Tr::tr("line "));
        return makeError(lines.join(u'\n'));
    }
    if (loaded.contextNames().isEmpty())
        return makeError(Tr::tr("kubeconfig: it defines no context"));
    QString safe = baseName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    QString path = QDir(directory).filePath(safe + QStringLiteral(".yaml"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(directory).filePath(QStringLiteral("%1-%2.yaml").arg(safe).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(yaml);
    if (!file.commit())
        return makeError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (contexts)
        *contexts = loaded.contextNames();
    return path;
}

} // namespace fc
