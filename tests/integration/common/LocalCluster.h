#pragma once

// Shared helpers for integration tests: where the local control plane is, and kubectl.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace fc::test {

inline QString sourceDir()
{
    const QString s = qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR");
    return s.isEmpty() ? QStringLiteral(".") : s;
}

/// State directory of scripts/local-cluster.sh (same default as the script).
inline QString clusterDir()
{
    QString d = qEnvironmentVariable("FEDCONSOLE_CLUSTER_DIR");
    if (d.isEmpty()) {
        const QString tmp = qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp"));
        d = tmp + QStringLiteral("/fedconsole-local-cluster");
    }
    return d;
}

inline QString kubeconfigPath() { return clusterDir() + QStringLiteral("/kubeconfig"); }

/// A helm built by scripts/helm-bins.sh ("v4.3.2", "v3.21.4"): ~/.cache/fedconsole/helm/<version>/helm.
inline QString helmBinary(const QString &version)
{
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/fedconsole/helm/") + version + QStringLiteral("/helm");
}

/// Fails the calling test unless the local control plane is up.
#define FC_REQUIRE_LOCAL_CLUSTER()                                                                                  \
    do {                                                                                                           \
        if (!QFile::exists(fc::test::kubeconfigPath()))                                                            \
            QFAIL(qPrintable(QStringLiteral("no local control plane at %1: run `scripts/local-cluster.sh up` "      \
                                            "(ctest -L integration starts it through the local_cluster fixture)")  \
                                 .arg(fc::test::clusterDir())));                                                   \
    } while (false)

struct ProcResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcResult run(const QString &program, const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfigPath());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, QByteArrayLiteral("cannot start ") + program.toUtf8()};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

inline ProcResult kubectl(const QStringList &args, const QByteArray &stdinData = {})
{
    return run(QStringLiteral("kubectl"), args, stdinData);
}

/// An object as `kubectl get -o json` shows it (empty when it is not there).
inline QJsonObject kubectlJson(const QString &kind, const QString &namespace_, const QString &name)
{
    const ProcResult r = kubectl({QStringLiteral("get"), kind, name, QStringLiteral("-n"), namespace_, QStringLiteral("-o"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out).object();
}

inline ProcResult clusterScript(const QStringList &args)
{
    return run(sourceDir() + QStringLiteral("/scripts/local-cluster.sh"), args, {}, 300000);
}

} // namespace fc::test

/// Runs kubectl and fails the test with kubectl's stderr when it does not succeed.
#define FC_KUBECTL(...)                                                                                             \
    do {                                                                                                           \
        const auto fcKubectlResult = fc::test::kubectl(__VA_ARGS__);                                               \
        QVERIFY2(fcKubectlResult.exitCode == 0, fcKubectlResult.err.constData());                                  \
    } while (false)

namespace fc::test {
/// Creates a namespace and waits until the controller-manager made its default ServiceAccount
/// (pods are refused until then).
inline bool createNamespace(const QString &ns)
{
    kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns});
    return QTest::qWaitFor([&] {
        return kubectl({QStringLiteral("get"), QStringLiteral("serviceaccount"), QStringLiteral("default"), QStringLiteral("-n"), ns}).exitCode == 0;
    }, 60000);
}
} // namespace fc::test

namespace fc::test {
/// Compacts the local etcd at its current revision, so any older resourceVersion is gone for
/// good (with the apiserver's watch cache rebuilt by a restart, the next old watch gets 410).
inline bool compactEtcd()
{
    QFile ports(clusterDir() + QStringLiteral("/ports.env"));
    if (!ports.open(QIODevice::ReadOnly))
        return false;
    QString port;
    for (const QByteArray &line : ports.readAll().split('\n'))
        if (line.startsWith("ETCD_PORT="))
            port = QString::fromLatin1(line.mid(10)).trimmed();
    const QString base = QStringLiteral("http://127.0.0.1:%1/v3/kv/").arg(port);
    const auto range = run(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"),
                                                    base + QStringLiteral("range"), QStringLiteral("-d"), QStringLiteral(R"({"key":"AA=="})")});
    const QString revision = QJsonDocument::fromJson(range.out).object().value(QLatin1String("header")).toObject()
                                 .value(QLatin1String("revision")).toString();
    if (range.exitCode != 0 || revision.isEmpty())
        return false;
    return run(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"), base + QStringLiteral("compaction"),
                                        QStringLiteral("-d"), QStringLiteral(R"({"revision":"%1","physical":true})").arg(revision)})
               .exitCode == 0;
}
} // namespace fc::test

namespace fc::test {
/// A kubeconfig (written to `path`) for a ServiceAccount with a limited role on the local control
/// plane, made by scripts/limited-user.sh: "one-namespace" (pods, pods/log, services, configmaps
/// in `namespace_` only), "no-nodes", "no-secrets". Its context is "fc-<profile>". Empty on failure,
/// with the script's output in `why`.
inline QString limitedUserKubeconfig(const QString &profile, const QString &path, const QString &namespace_, QString *why)
{
    const ProcResult r = run(sourceDir() + QStringLiteral("/scripts/limited-user.sh"), {profile, path, namespace_}, {}, 120000);
    if (r.exitCode != 0) {
        *why = QString::fromUtf8(r.err + r.out);
        return {};
    }
    return QStringLiteral("fc-") + profile;
}
} // namespace fc::test

namespace fc::test {
/// One FLARE deployment as YAML: namespace `ns`, a server1 and a site-1 Deployment (nvflare 2.5.2,
/// FLARE's own module arguments; KWOK runs the pods).
inline QByteArray flareServerAndSite(const QString &ns)
{
    return QStringLiteral(R"(apiVersion: v1
kind: Namespace
metadata: {name: %1}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: server1, namespace: %1}
spec:
  replicas: 1
  selector: {matchLabels: {system: server1}}
  template:
    metadata: {labels: {system: server1}}
    spec:
      containers:
      - name: server1
        image: nvflare/nvflare:2.5.2
        command: [/usr/local/bin/python3]
        args: [-u, -m, nvflare.private.fed.app.server.server_train, -m, /workspace/server1, -s, fed_server.json]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: site-1, namespace: %1}
spec:
  replicas: 1
  selector: {matchLabels: {system: site-1}}
  template:
    metadata: {labels: {system: site-1}}
    spec:
      containers:
      - name: site-1
        image: nvflare/nvflare:2.5.2
        command: [/usr/local/bin/python3]
        args: [-u, -m, nvflare.private.fed.app.client.client_train, -m, /workspace/site-1, -s, fed_client.json]
)")
        .arg(ns)
        .toUtf8();
}

/// The local cluster's kubeconfig copied to `path` (0600) with two more contexts that cannot be
/// read: `unreachable` (its server is https://127.0.0.1:9, where nobody listens) and
/// `unauthorized` (a token the apiserver does not know, for the same apiserver reached by the name
/// localhost — another server URL, so `federations --all-contexts` does not take fedconsole-local's
/// read for it); the local kubeconfig's second context to the same cluster is dropped. Empty on
/// success, else why.
inline QString writeUnreadableContexts(const QString &path, const QString &unreachable, const QString &unauthorized)
{
    QFile::remove(path);
    if (!QFile::copy(kubeconfigPath(), path))
        return QStringLiteral("cannot copy %1 to %2").arg(kubeconfigPath(), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto config = [&](const QStringList &args) {
        return run(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("config")} + args);
    };
    const ProcResult user = config({QStringLiteral("view"), QStringLiteral("-o"),
                                    QStringLiteral("jsonpath={.contexts[?(@.name==\"fedconsole-local\")].context.user}")});
    const ProcResult cluster = config({QStringLiteral("view"), QStringLiteral("-o"),
                                       QStringLiteral("jsonpath={.contexts[?(@.name==\"fedconsole-local\")].context.cluster}")});
    if (user.exitCode != 0 || user.out.isEmpty() || cluster.out.isEmpty())
        return QStringLiteral("no fedconsole-local context in %1: %2").arg(path, QString::fromUtf8(user.err));
    const QString clusterName = QString::fromUtf8(cluster.out);
    const ProcResult server = config({QStringLiteral("view"), QStringLiteral("-o"),
                                      QStringLiteral("jsonpath={.clusters[?(@.name==\"%1\")].cluster.server}").arg(clusterName)});
    const ProcResult ca = config({QStringLiteral("view"), QStringLiteral("--raw"), QStringLiteral("-o"),
                                  QStringLiteral("jsonpath={.clusters[?(@.name==\"%1\")].cluster.certificate-authority-data}").arg(clusterName)});
    if (server.out.isEmpty() || ca.out.isEmpty())
        return QStringLiteral("cluster %1 in %2 has no server or CA data").arg(clusterName, path);
    for (const QStringList &args : {
             QStringList{QStringLiteral("delete-context"), QStringLiteral("fedconsole-local-token")},
             QStringList{QStringLiteral("set-cluster"), QStringLiteral("gone"), QStringLiteral("--server=https://127.0.0.1:9"),
                         QStringLiteral("--insecure-skip-tls-verify=true")},
             QStringList{QStringLiteral("set-context"), unreachable, QStringLiteral("--cluster=gone"), QStringLiteral("--user=") + QString::fromUtf8(user.out)},
             QStringList{QStringLiteral("set-credentials"), QStringLiteral("stranger"), QStringLiteral("--token=not-a-token-this-cluster-knows")},
             QStringList{QStringLiteral("set-cluster"), QStringLiteral("by-name"),
                         QStringLiteral("--server=") + QString::fromUtf8(server.out).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))},
             QStringList{QStringLiteral("set"), QStringLiteral("clusters.by-name.certificate-authority-data"), QString::fromUtf8(ca.out)},
             QStringList{QStringLiteral("set-context"), unauthorized, QStringLiteral("--cluster=by-name"), QStringLiteral("--user=stranger")},
             QStringList{QStringLiteral("use-context"), QStringLiteral("fedconsole-local")},
         }) {
        const ProcResult r = config(args);
        if (r.exitCode != 0)
            return QStringLiteral("kubectl config %1: %2").arg(args.join(u' '), QString::fromUtf8(r.err));
    }
    return {};
}
} // namespace fc::test
