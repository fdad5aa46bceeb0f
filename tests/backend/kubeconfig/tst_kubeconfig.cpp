#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/TlsSetup.h"

#include <QDir>
#include <QFile>
#include <QNetworkRequest>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {

QString dataDir()
{
    const QString found = QFINDTESTDATA("data");
    if (!found.isEmpty())
        return found;
    return qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/backend/kubeconfig/data");
}

QString data(const QString &relative)
{
    return QDir::cleanPath(dataDir() + QLatin1Char('/') + relative);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool hasError(const QList<Error> &errors, const QString &fileSuffix, int line, const QString &field, const QString &text)
{
    for (const Error &e : errors) {
        if (e.file.endsWith(fileSuffix) && e.line == line && e.field == field && e.message.contains(text))
            return true;
    }
    return false;
}

QString dump(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString() + QStringLiteral(" [field=") + e.field + QLatin1Char(']');
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Merging, resolution of every auth kind, and malformed input, against fixture files.
class TestKubeconfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultPaths_data();
    void defaultPaths();
    void mergeOrder_data();
    void mergeOrder();
    void relativePaths();
    void duplicatePathsReadOnce();
    void authKinds();
    void clusterFields();
    void entryErrors_data();
    void entryErrors();
    void entryErrorsKeepOthersUsable();
    void structuralErrors();
    void pemContent_data();
    void pemContent();
    void brokenFiles_data();
    void brokenFiles();
    void resolveUnknownAndEmpty();
    void sslAndProxy_data();
    void sslAndProxy();
    void httpsProxyTls();
    void prepareRequestHeaders();
};

void TestKubeconfig::defaultPaths_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QStringList>("expected");
    const QString home = QDir::homePath() + QStringLiteral("/.kube/config");
    QTest::newRow("unset") << QByteArray() << QStringList{home};
    QTest::newRow("single") << QByteArrayLiteral("/a/config") << QStringList{QStringLiteral("/a/config")};
    QTest::newRow("list dedup and empties")
        << QByteArrayLiteral("/a:/b::/a:/c:") << QStringList{QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")};
    QTest::newRow("only separators") << QByteArrayLiteral("::") << QStringList{home};
}

void TestKubeconfig::defaultPaths()
{
    QFETCH(QByteArray, env);
    QFETCH(QStringList, expected);
    const QByteArray saved = qgetenv("KUBECONFIG");
    if (env.isNull())
        qunsetenv("KUBECONFIG");
    else
        qputenv("KUBECONFIG", env);
    const QStringList paths = Kubeconfig::defaultPaths();
    if (saved.isNull())
        qunsetenv("KUBECONFIG");
    else
        qputenv("KUBECONFIG", saved);
    QCOMPARE(paths, expected);
}

void TestKubeconfig::mergeOrder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QString>("sharedServer");    // cluster "shared" via context uses-b-cluster? no: shared-ctx
    QTest::addColumn<QString>("sharedNamespace");
    QTest::addColumn<QString>("sharedUser");

    const QString a = data(QStringLiteral("merge/a.yaml"));
    const QString b = data(QStringLiteral("merge/b.yaml"));
    const QString c = data(QStringLiteral("merge/sub/c.yaml"));
    // a's current-context is "" so b's wins; a defines shared-ctx first.
    QTest::newRow("a,b,c") << QStringList{a, b, c} << QStringLiteral("shared-ctx")
                           << QStringList{QStringLiteral("shared-ctx"), QStringLiteral("uses-b-cluster"), QStringLiteral("b-ctx"),
                                          QStringLiteral("c-ctx"), QStringLiteral("path-ctx")}
                           << QStringLiteral("https://a.example:6443") << QStringLiteral("from-a") << QStringLiteral("shared-user");
    QTest::newRow("c,a,b") << QStringList{c, a, b} << QStringLiteral("c-ctx")
                           << QStringList{QStringLiteral("c-ctx"), QStringLiteral("path-ctx"), QStringLiteral("shared-ctx"),
                                          QStringLiteral("uses-b-cluster"), QStringLiteral("b-ctx")}
                           << QStringLiteral("https://a.example:6443") << QStringLiteral("from-a") << QStringLiteral("shared-user");
    // b first: its shared-ctx (cluster only-b, user b-user, namespace from-b) wins entirely.
    QTest::newRow("b,a") << QStringList{b, a} << QStringLiteral("shared-ctx")
                         << QStringList{QStringLiteral("shared-ctx"), QStringLiteral("b-ctx"), QStringLiteral("uses-b-cluster")}
                         << QStringLiteral("https://only-b.example") << QStringLiteral("from-b") << QStringLiteral("b-user");
}

void TestKubeconfig::mergeOrder()
{
    QFETCH(QStringList, files);
    QFETCH(QString, current);
    QFETCH(QStringList, contexts);
    QFETCH(QString, sharedServer);
    QFETCH(QString, sharedNamespace);
    QFETCH(QString, sharedUser);

    const Kubeconfig kc = Kubeconfig::load(files);
    QVERIFY2(kc.errors().isEmpty(), qPrintable(dump(kc.errors())));
    QCOMPARE(kc.currentContext(), current);
    QCOMPARE(kc.contextNames(), contexts);

    const Result<ResolvedContext> shared = kc.resolve(QStringLiteral("shared-ctx"));
    QVERIFY2(shared.ok(), qPrintable(shared.ok() ? QString() : shared.error().toString()));
    QCOMPARE(shared->server.toString(), sharedServer);
    QCOMPARE(shared->namespaceName, sharedNamespace);
    QCOMPARE(shared->userName, sharedUser);

    // The user "shared-user" is defined by a and b; whichever file came first wins.
    const bool aBeforeB = files.indexOf(data(QStringLiteral("merge/a.yaml"))) < files.indexOf(data(QStringLiteral("merge/b.yaml")));
    if (sharedUser == QLatin1String("shared-user"))
        QCOMPARE(shared->token, aBeforeB ? QStringLiteral("token-from-a") : QStringLiteral("token-from-b"));

    // A context in a refers to a cluster and user that only b defines: merging comes first.
    const Result<ResolvedContext> cross = kc.resolve(QStringLiteral("uses-b-cluster"));
    QVERIFY2(cross.ok(), qPrintable(cross.ok() ? QString() : cross.error().toString()));
    QCOMPARE(cross->server.toString(), QStringLiteral("https://only-b.example"));
    QCOMPARE(cross->namespaceName, QStringLiteral("default"));
    QVERIFY(!cross->clientCertPem.isEmpty());
}

void TestKubeconfig::relativePaths()
{
    const Kubeconfig kc = Kubeconfig::load(
        {data(QStringLiteral("merge/a.yaml")), data(QStringLiteral("merge/b.yaml")), data(QStringLiteral("merge/sub/c.yaml"))});
    QVERIFY2(kc.errors().isEmpty(), qPrintable(dump(kc.errors())));
    const QByteArray ca = readAll(data(QStringLiteral("certs/ca.crt")));
    QVERIFY(!ca.isEmpty());

    // "../certs/ca.crt" in merge/a.yaml and "../../certs/ca.crt" in merge/sub/c.yaml are the same file.
    const Result<ResolvedContext> shared = kc.resolve(QStringLiteral("shared-ctx"));
    QVERIFY(shared.ok());
    QCOMPARE(shared->caPem, ca);

    const Result<ResolvedContext> c = kc.resolve(QStringLiteral("c-ctx"));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->caPem, ca);
    QCOMPARE(c->clientCertPem, readAll(data(QStringLiteral("certs/client-rsa.crt"))));
    QCOMPARE(c->clientKeyPem, readAll(data(QStringLiteral("certs/client-rsa.key"))));
    QCOMPARE(c->tokenFile, data(QStringLiteral("merge/sub/token.txt")));
    QVERIFY(c->exec.has_value());
    QCOMPARE(c->exec->command, data(QStringLiteral("merge/sub/bin/plugin")));
    QCOMPARE(c->sourceFile, data(QStringLiteral("merge/sub/c.yaml")));

    // uses-b-cluster lives in a.yaml, its cluster and user in b.yaml.
    const Result<ResolvedContext> cross = kc.resolve(QStringLiteral("uses-b-cluster"));
    QVERIFY(cross.ok());
    QCOMPARE(cross->sourceFile, data(QStringLiteral("merge/a.yaml")));
    QCOMPARE(cross->clusterSourceFile, data(QStringLiteral("merge/b.yaml")));
    QCOMPARE(cross->userSourceFile, data(QStringLiteral("merge/b.yaml")));

    // A bare command name is left for the PATH lookup when the plugin runs.
    const Result<ResolvedContext> p = kc.resolve(QStringLiteral("path-ctx"));
    QVERIFY(p.ok());
    QCOMPARE(p->exec->command, QStringLiteral("kubelogin"));
    QCOMPARE(p->exec->interactiveMode, QStringLiteral("IfAvailable")); // v1beta1 default
}

void TestKubeconfig::duplicatePathsReadOnce()
{
    const QString a = data(QStringLiteral("merge/a.yaml"));
    const Kubeconfig kc = Kubeconfig::load({a, data(QStringLiteral("merge/../merge/a.yaml")), a, data(QStringLiteral("merge/b.yaml"))});
    QCOMPARE(kc.files().size(), 2);
    QVERIFY(kc.errors().isEmpty());
}

void TestKubeconfig::authKinds()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    QVERIFY2(kc.errors().isEmpty(), qPrintable(dump(kc.errors())));
    QCOMPARE(kc.currentContext(), QStringLiteral("token"));

    auto resolve = [&](const char *name) {
        Result<ResolvedContext> r = kc.resolve(QString::fromLatin1(name));
        if (!r.ok())
            qWarning() << name << r.error().toString();
        return r;
    };

    const auto token = resolve("token");
    QVERIFY(token.ok());
    QCOMPARE(token->token, QStringLiteral("static-token"));
    QCOMPARE(token->tokenFile, data(QStringLiteral("does-not-matter.txt")));
    QCOMPARE(token->namespaceName, QStringLiteral("team-a"));
    QCOMPARE(kc.resolve().ok(), true); // empty name = current context
    QCOMPARE(kc.resolve()->contextName, QStringLiteral("token"));

    const auto tokenFile = resolve("tokenfile");
    QVERIFY(tokenFile.ok());
    QVERIFY(tokenFile->token.isEmpty());
    QCOMPARE(tokenFile->tokenFile, data(QStringLiteral("token.txt")));

    const auto basic = resolve("basic");
    QVERIFY(basic.ok());
    QCOMPARE(basic->username, QStringLiteral("admin"));
    QCOMPARE(basic->password, QStringLiteral("s3cret"));
    QVERIFY(basic->insecure); // plain http
    QVERIFY(!basic->insecureSkipTlsVerify);

    const auto rsa = resolve("cert-rsa");
    QVERIFY(rsa.ok());
    QCOMPARE(rsa->clientCertPem, readAll(data(QStringLiteral("certs/client-rsa.crt"))));
    QCOMPARE(rsa->clientKeyPem, readAll(data(QStringLiteral("certs/client-rsa.key"))));

    // *-data wins over the file fields (which point at the EC pair here).
    const auto rsaData = resolve("cert-rsa-data");
    QVERIFY(rsaData.ok());
    QCOMPARE(rsaData->clientCertPem, readAll(data(QStringLiteral("certs/client-rsa.crt"))));
    QCOMPARE(rsaData->clientKeyPem, readAll(data(QStringLiteral("certs/client-rsa-traditional.key"))));

    const auto ec = resolve("cert-ec");
    QVERIFY(ec.ok());
    QCOMPARE(ec->clientKeyPem, readAll(data(QStringLiteral("certs/client-ec.key"))));
    QVERIFY(resolve("cert-ec-pkcs8").ok());

    const auto imp = resolve("impersonate");
    QVERIFY(imp.ok());
    QCOMPARE(imp->impersonateUser, QStringLiteral("jane"));
    QCOMPARE(imp->impersonateGroups, (QStringList{QStringLiteral("developers"), QStringLiteral("auditors")}));
    QCOMPARE(imp->impersonateUid, QStringLiteral("1234"));
    QCOMPARE(imp->token, QStringLiteral("admin-token"));

    const auto exec = resolve("exec-v1");
    QVERIFY(exec.ok());
    QVERIFY(exec->exec.has_value());
    QCOMPARE(exec->exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1"));
    QCOMPARE(exec->exec->command, QStringLiteral("/usr/local/bin/my-plugin"));
    QCOMPARE(exec->exec->args, (QStringList{QStringLiteral("get-token"), QStringLiteral("--cluster"), QStringLiteral("secure")}));
    QCOMPARE(exec->exec->env.size(), 2);
    QCOMPARE(exec->exec->env[0].name, QStringLiteral("FOO"));
    QCOMPARE(exec->exec->env[0].value, QStringLiteral("bar"));
    QCOMPARE(exec->exec->env[1].name, QStringLiteral("EMPTY"));
    QVERIFY(exec->exec->env[1].value.isEmpty());
    QVERIFY(exec->exec->provideClusterInfo);
    QCOMPARE(exec->exec->interactiveMode, QStringLiteral("IfAvailable"));
    QCOMPARE(exec->exec->installHint, QStringLiteral("install my-plugin from example.com"));

    const auto beta = resolve("exec-v1beta1");
    QVERIFY(beta.ok());
    QCOMPARE(beta->exec->command, QStringLiteral("gke-gcloud-auth-plugin"));

    const auto anon = resolve("anonymous");
    QVERIFY(anon.ok());
    QVERIFY(anon->userName.isEmpty());
    QVERIFY(anon->token.isEmpty());
    QVERIFY(!anon->exec);
}

void TestKubeconfig::clusterFields()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    const auto secure = kc.resolve(QStringLiteral("token"));
    QVERIFY(secure.ok());
    QCOMPARE(secure->clusterName, QStringLiteral("secure"));
    QCOMPARE(secure->server, QUrl(QStringLiteral("https://secure.example:6443")));
    // certificate-authority-data wins over certificate-authority (which points at garbage).
    QCOMPARE(secure->caPem, readAll(data(QStringLiteral("certs/ca.crt"))));
    QCOMPARE(secure->tlsServerName, QStringLiteral("kubernetes.default.svc"));
    QCOMPARE(secure->proxyUrl.host(), QStringLiteral("proxy.example"));
    QVERIFY(secure->disableCompression);
    QVERIFY(!secure->insecure);
    QVERIFY(!secure->insecureSkipTlsVerify);
    QCOMPARE(secure->sourceFile, data(QStringLiteral("auth.yaml")));

    const auto insecure = kc.resolve(QStringLiteral("cert-ec"));
    QVERIFY(insecure.ok());
    QVERIFY(insecure->insecureSkipTlsVerify);
    QVERIFY(insecure->insecure);
    QVERIFY(insecure->caPem.isEmpty());
    QVERIFY(!insecure->disableCompression);
}

void TestKubeconfig::entryErrors_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad PEM in certificate-authority-data")
        << "bad-ca-data" << 12 << "clusters[bad-ca-data].cluster.certificate-authority-data" << "no PEM certificate found";
    QTest::newRow("missing certificate-authority file")
        << "missing-ca-file" << 16 << "clusters[missing-ca-file].cluster.certificate-authority" << "nope.crt': no such file";
    QTest::newRow("no server") << "no-server" << 19 << "clusters[no-server].cluster.server" << "no server URL given";
    QTest::newRow("server not http(s)") << "bad-server" << 22 << "clusters[bad-server].cluster.server"
                                        << "'ftp://files.example' is not a valid https://";
    QTest::newRow("proxy scheme") << "bad-proxy" << 26 << "clusters[bad-proxy].cluster.proxy-url" << "not a valid proxy URL";
    QTest::newRow("CA with insecure-skip-tls-verify")
        << "ca-and-insecure" << 31 << "clusters[ca-and-insecure].cluster.insecure-skip-tls-verify" << "cannot be used together";
    QTest::newRow("cluster body not a map") << "not-a-map" << 33 << "clusters[42].cluster" << "expected a map";
    QTest::newRow("bad base64 in client-key-data")
        << "bad-base64" << 41 << "users[bad-base64].user.client-key-data" << "not valid base64";
    QTest::newRow("bad PEM client certificate file")
        << "bad-cert-file" << 44 << "users[bad-cert-file].user.client-certificate" << "garbage.pem': no PEM certificate found";
    QTest::newRow("bad PEM client key file")
        << "bad-key-file" << 49 << "users[bad-key-file].user.client-key" << "garbage.pem': no PEM private key found";
    QTest::newRow("key does not match certificate")
        << "mismatched-key" << 53 << "users[mismatched-key].user.client-key" << "does not belong to the client certificate";
    QTest::newRow("encrypted key") << "encrypted-key" << 57 << "users[encrypted-key].user.client-key"
                                   << "encrypted private keys are not supported";
    QTest::newRow("certificate without key")
        << "cert-without-key" << 60 << "users[cert-without-key].user.client-certificate" << "without client-key";
    QTest::newRow("exec and auth-provider")
        << "exec-and-provider" << 68 << "users[exec-and-provider].user.auth-provider" << "exec and auth-provider cannot both be set";
    QTest::newRow("auth-provider gcp")
        << "gcp" << 72 << "users[gcp].user.auth-provider"
        << "auth-provider 'gcp' is no longer supported by kubectl; use an exec plugin such as gke-gcloud-auth-plugin";
    QTest::newRow("auth-provider azure") << "azure" << 78 << "users[azure].user.auth-provider"
                                         << "auth-provider 'azure' is no longer supported by kubectl; use an exec plugin such as kubelogin";
    QTest::newRow("auth-provider oidc") << "oidc" << 82 << "users[oidc].user.auth-provider"
                                        << "auth-provider 'oidc' is no longer supported by kubectl; use an exec plugin such as kubelogin";
    QTest::newRow("exec v1 without interactiveMode")
        << "exec-no-mode" << 86 << "users[exec-no-mode].user.exec.interactiveMode" << "interactiveMode is required";
    QTest::newRow("exec v1alpha1") << "exec-alpha" << 91 << "users[exec-alpha].user.exec.apiVersion"
                                   << "'client.authentication.k8s.io/v1alpha1' is not supported";
    QTest::newRow("as-groups not a list")
        << "groups-not-list" << 95 << "users[groups-not-list].user.as-groups" << "expected a list of strings";
    QTest::newRow("unknown cluster")
        << "unknown-cluster" << 145 << "contexts[unknown-cluster].context.cluster" << "unknown cluster 'nowhere'";
    QTest::newRow("unknown user") << "unknown-user" << 150 << "contexts[unknown-user].context.user" << "unknown user 'nobody'";
}

void TestKubeconfig::entryErrors()
{
    QFETCH(QString, context);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QString file = data(QStringLiteral("broken/entries.yaml"));
    const Kubeconfig kc = Kubeconfig::load({file});
    const Result<ResolvedContext> r = kc.resolve(context);
    QVERIFY2(!r.ok(), "a broken entry must not resolve");
    const Error &e = r.error();
    QCOMPARE(e.file, file);
    QCOMPARE(e.line, line);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY2(e.toString().startsWith(file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + field),
             qPrintable(e.toString()));
    // The same problem is listed once among the load errors, for the problems panel.
    QVERIFY2(hasError(kc.errors(), QStringLiteral("entries.yaml"), line, field, message), qPrintable(dump(kc.errors())));
}

void TestKubeconfig::entryErrorsKeepOthersUsable()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("broken/entries.yaml"))});
    QCOMPARE(kc.contextNames().size(), 23);
    const auto good = kc.resolve(QStringLiteral("good"));
    QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().toString()));
    QCOMPARE(good->token, QStringLiteral("good-token"));
    QCOMPARE(good->caPem, readAll(data(QStringLiteral("certs/ca.crt"))));
}

void TestKubeconfig::structuralErrors()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("broken/entries.yaml"))});
    QVERIFY2(hasError(kc.errors(), QStringLiteral("entries.yaml"), 96, QStringLiteral("users[14]"), QStringLiteral("entry has no name")),
             qPrintable(dump(kc.errors())));
    QVERIFY2(hasError(kc.errors(), QStringLiteral("entries.yaml"), 3, QStringLiteral("current-context"),
                      QStringLiteral("current-context 'no-such-context' does not name a context")),
             qPrintable(dump(kc.errors())));
    // Errors of a cluster shared by several contexts are listed once, not per context.
    int count = 0;
    for (const Error &e : kc.errors())
        count += e.field == QLatin1String("clusters[bad-ca-data].cluster.certificate-authority-data") ? 1 : 0;
    QCOMPARE(count, 1);
}

void TestKubeconfig::pemContent_data()
{
    QTest::addColumn<QByteArray>("ca");
    QTest::addColumn<QByteArray>("cert");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("field");   // empty: resolves
    QTest::addColumn<QString>("message");

    const QByteArray ca = readAll(data(QStringLiteral("certs/ca.crt")));
    const QByteArray rsaCert = readAll(data(QStringLiteral("certs/client-rsa.crt")));
    const QByteArray rsaKey = readAll(data(QStringLiteral("certs/client-rsa.key")));
    const QByteArray ecCert = readAll(data(QStringLiteral("certs/client-ec.crt")));
    const QByteArray ecKey = readAll(data(QStringLiteral("certs/client-ec.key")));
    QByteArray corruptCert = rsaCert;
    corruptCert[corruptCert.indexOf('\n') + 10] = '*';
    QByteArray truncatedCert = rsaCert.left(rsaCert.size() / 2) + "\n-----END CERTIFICATE-----\n";
    QByteArray truncatedKey = rsaKey.left(rsaKey.size() / 2) + "\n-----END PRIVATE KEY-----\n";

    const QString caField = QStringLiteral("clusters[c].cluster.certificate-authority-data");
    const QString keyField = QStringLiteral("users[u].user.client-key-data");
    QTest::newRow("valid RSA pair") << ca << rsaCert << rsaKey << QString() << QString();
    QTest::newRow("valid EC pair") << ca << ecCert << ecKey << QString() << QString();
    QTest::newRow("CA bundle of two") << ca + rsaCert << ecCert << ecKey << QString() << QString();
    QTest::newRow("cert with its CA appended") << ca << ecCert + ca << ecKey << QString() << QString();
    QTest::newRow("corrupt base64 inside CA block") << corruptCert << ecCert << ecKey << caField << "invalid PEM certificate";
    QTest::newRow("truncated CA") << truncatedCert << ecCert << ecKey << caField << "invalid PEM certificate";
    QTest::newRow("second certificate corrupt") << ca + corruptCert << ecCert << ecKey << caField
                                                << "certificate 2 in the PEM bundle is corrupt";
    QTest::newRow("key where CA expected") << ecKey << ecCert << ecKey << caField << "no PEM certificate found";
    QTest::newRow("certificate where key expected") << ca << ecCert << ecCert << keyField << "no PEM private key found";
    QTest::newRow("truncated key") << ca << rsaCert << truncatedKey << keyField << "invalid PEM private key";
    QTest::newRow("key of another pair") << ca << rsaCert << ecKey << keyField << "does not belong";
    QTest::newRow("bug: broken key not also reported missing") << ca << ecCert << QByteArray("bm9wZQ==") << keyField
                                                               << "no PEM private key found";
    QTest::newRow("key without certificate") << ca << QByteArray() << ecKey << keyField << "without client-certificate";
}

void TestKubeconfig::pemContent()
{
    QFETCH(QByteArray, ca);
    QFETCH(QByteArray, cert);
    QFETCH(QByteArray, key);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray yaml = "clusters:\n- name: c\n  cluster:\n    server: https://c.example\n"
                      "    certificate-authority-data: " + ca.toBase64() + "\n"
                      "users:\n- name: u\n  user:\n";
    if (!cert.isEmpty())
        yaml += "    client-certificate-data: " + cert.toBase64() + "\n";
    // Raw base64 rows are passed through as they are (the "bug" row is already base64).
    yaml += "    client-key-data: " + (key.startsWith("-----") ? key.toBase64() : key) + "\n";
    yaml += "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
    file.write(yaml);
    file.close();

    const Kubeconfig kc = Kubeconfig::load({path});
    const auto r = kc.resolve(QStringLiteral("x"));
    if (field.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(kc.errors().isEmpty());
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
    QCOMPARE(kc.errors().size(), 1); // one problem, one message
}

void TestKubeconfig::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed YAML") << "broken/malformed.yaml" << 10 << "malformed YAML: " << "MalformedYaml";
    QTest::newRow("missing file") << "broken/does-not-exist.yaml" << 0 << "no such file" << "MissingFile";
    QTest::newRow("not a map") << "broken/not-a-map.yaml" << 1 << "a kubeconfig must be a YAML map" << "";
}

void TestKubeconfig::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(QString, reason);

    const QString broken = data(file);
    const QString good = data(QStringLiteral("broken/other-good.yaml"));
    const Kubeconfig kc = Kubeconfig::load({broken, good});
    QCOMPARE(kc.errors().size(), 1);
    const Error e = kc.errors().constFirst();
    QCOMPARE(e.file, broken);
    QCOMPARE(e.line, line);
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.reason, reason);

    // The broken file defines nothing, the next one still counts (including current-context).
    QCOMPARE(kc.contextNames(), QStringList{QStringLiteral("other")});
    QCOMPARE(kc.currentContext(), QStringLiteral("other"));
    QVERIFY(kc.resolve().ok());
}

void TestKubeconfig::resolveUnknownAndEmpty()
{
    const Kubeconfig none = Kubeconfig::load({});
    QVERIFY(none.contextNames().isEmpty());
    const auto noCurrent = none.resolve();
    QVERIFY(!noCurrent.ok());
    QVERIFY(noCurrent.error().message.contains(QStringLiteral("no current-context")));

    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    const auto unknown = kc.resolve(QStringLiteral("nope"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("no context named 'nope'"));
    QCOMPARE(unknown.error().reason, QStringLiteral("NotFound"));

    // An empty file is a valid, empty kubeconfig.
    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.yaml")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(Kubeconfig::load({empty.fileName()}).errors().isEmpty());
}

void TestKubeconfig::sslAndProxy_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("proxyType");
    QTest::addColumn<QString>("proxyHost");
    QTest::addColumn<int>("proxyPort");
    QTest::addColumn<QString>("proxyUser");
    QTest::addColumn<QString>("proxyPassword");
    QTest::addColumn<QString>("proxyError");
    QTest::addColumn<bool>("verifyNone");
    QTest::addColumn<QString>("verifyName");

    QTest::newRow("socks5 with credentials, CA, tls-server-name")
        << "token" << int(QNetworkProxy::Socks5Proxy) << "proxy.example" << 1081 << "proxyuser" << "proxy pass" << ""
        << false << "kubernetes.default.svc";
    QTest::newRow("http proxy, insecure") << "cert-ec" << int(QNetworkProxy::HttpProxy) << "proxy.example" << 3128 << ""
                                          << "" << "" << true << "10.0.0.1";
    QTest::newRow("no proxy-url") << "basic" << int(QNetworkProxy::DefaultProxy) << "" << 0 << "" << "" << "" << false
                                  << "127.0.0.1";
    // TLS to the proxy itself is added by HttpsProxyRelay; makeProxy gives the proxy's address
    QTest::newRow("https proxy") << "https-proxy" << int(QNetworkProxy::HttpProxy) << "tls-proxy.example" << 443 << ""
                                 << "" << "" << false << "secure.example";
}

void TestKubeconfig::sslAndProxy()
{
    QFETCH(QString, context);
    QFETCH(int, proxyType);
    QFETCH(QString, proxyHost);
    QFETCH(int, proxyPort);
    QFETCH(QString, proxyUser);
    QFETCH(QString, proxyPassword);
    QFETCH(QString, proxyError);
    QFETCH(bool, verifyNone);
    QFETCH(QString, verifyName);

    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    const auto ctx = kc.resolve(context);
    QVERIFY(ctx.ok());

    const Result<QNetworkProxy> proxy = makeProxy(*ctx);
    if (!proxyError.isEmpty()) {
        QVERIFY(!proxy.ok());
        QVERIFY2(proxy.error().message.contains(proxyError), qPrintable(proxy.error().message));
        QCOMPARE(proxy.error().field, QStringLiteral("clusters[https-proxy].cluster.proxy-url"));
    } else {
        QVERIFY(proxy.ok());
        QCOMPARE(int(proxy->type()), proxyType);
        QCOMPARE(proxy->hostName(), proxyHost);
        QCOMPARE(int(proxy->port()), proxyPort);
        QCOMPARE(proxy->user(), proxyUser);
        QCOMPARE(proxy->password(), proxyPassword);
    }
    QCOMPARE(proxyNeedsTls(*ctx), context == QLatin1String("https-proxy"));

    const Result<QSslConfiguration> ssl = makeSslConfiguration(*ctx, Credentials{});
    QVERIFY(ssl.ok());
    QCOMPARE(ssl->peerVerifyMode(), verifyNone ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    if (!ctx->caPem.isEmpty()) {
        // The cluster CA is the only trust root.
        QCOMPARE(ssl->caCertificates().size(), 1);
        QCOMPARE(ssl->caCertificates().constFirst(), QSslCertificate(ctx->caPem));
    }
    QCOMPARE(peerVerifyName(*ctx), verifyName);
}

void TestKubeconfig::httpsProxyTls()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();

    // with a cluster CA: the system roots plus that CA (kubectl trusts only the CA there)
    const auto withCa = kc.resolve(QStringLiteral("token"));
    QVERIFY(withCa.ok());
    const Result<QSslConfiguration> tls = makeProxySslConfiguration(*withCa);
    QVERIFY(tls.ok());
    QCOMPARE(tls->peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(tls->caCertificates().size(), system.size() + 1);
    QVERIFY(tls->caCertificates().contains(QSslCertificate(withCa->caPem)));
    QVERIFY(tls->localCertificate().isNull()); // the API server identity is not shown to the proxy

    // without one: the system roots
    const auto noCa = kc.resolve(QStringLiteral("https-proxy"));
    QVERIFY(noCa.ok());
    QVERIFY(noCa->caPem.isEmpty());
    const Result<QSslConfiguration> plain = makeProxySslConfiguration(*noCa);
    QVERIFY(plain.ok());
    QCOMPARE(plain->caCertificates().size(), system.size());
    QCOMPARE(plain->peerVerifyMode(), QSslSocket::VerifyPeer);

    // insecure-skip-tls-verify covers the proxy too, as with kubectl's cloned TLS config
    const auto insecure = kc.resolve(QStringLiteral("cert-ec"));
    QVERIFY(insecure.ok());
    QVERIFY(insecure->insecureSkipTlsVerify);
    const Result<QSslConfiguration> skip = makeProxySslConfiguration(*insecure);
    QVERIFY(skip.ok());
    QCOMPARE(skip->peerVerifyMode(), QSslSocket::VerifyNone);

    // and the connection config carries it only for https:// proxies
    const Result<ConnectionConfig> viaTls = connectionConfigFor(*noCa);
    QVERIFY(viaTls.ok());
    QVERIFY(viaTls->proxyTls.has_value());
    QCOMPARE(viaTls->proxy->hostName(), QStringLiteral("tls-proxy.example"));
    const Result<ConnectionConfig> viaSocks = connectionConfigFor(*withCa);
    QVERIFY(viaSocks.ok());
    QVERIFY(!viaSocks->proxyTls.has_value());
    QCOMPARE(int(viaSocks->proxy->type()), int(QNetworkProxy::Socks5Proxy));
}

void TestKubeconfig::prepareRequestHeaders()
{
    const Kubeconfig kc = Kubeconfig::load({data(QStringLiteral("auth.yaml"))});
    const auto token = kc.resolve(QStringLiteral("token"));
    QVERIFY(token.ok());
    Credentials creds;
    creds.bearerToken = QStringLiteral("abc");
    QNetworkRequest request(token->server);
    QVERIFY(prepareRequest(request, *token, creds).ok());
    QCOMPARE(request.rawHeader("Authorization"), QByteArrayLiteral("Bearer abc"));
    QCOMPARE(request.rawHeader("Accept-Encoding"), QByteArrayLiteral("identity")); // disable-compression
    QCOMPARE(request.peerVerifyName(), QStringLiteral("kubernetes.default.svc"));
    QCOMPARE(request.sslConfiguration().caCertificates().size(), 1);

    Credentials basic;
    basic.username = QStringLiteral("admin");
    basic.password = QStringLiteral("s3cret");
    QCOMPARE(basic.authorizationHeader(), QByteArrayLiteral("Basic YWRtaW46czNjcmV0"));

    // Two impersonated groups cannot be sent with QNetworkRequest: refused, not silently merged.
    const auto imp = kc.resolve(QStringLiteral("impersonate"));
    QVERIFY(imp.ok());
    QNetworkRequest impRequest(imp->server);
    const Result<void> prepared = prepareRequest(impRequest, *imp, creds);
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.error().field, QStringLiteral("users[impersonate].user.as-groups"));
    ResolvedContext oneGroup = *imp;
    oneGroup.impersonateGroups = QStringList{QStringLiteral("developers")};
    QNetworkRequest oneRequest(imp->server);
    QVERIFY(prepareRequest(oneRequest, oneGroup, creds).ok());
    QCOMPARE(oneRequest.rawHeader("Impersonate-User"), QByteArrayLiteral("jane"));
    QCOMPARE(oneRequest.rawHeader("Impersonate-Group"), QByteArrayLiteral("developers"));
    QCOMPARE(oneRequest.rawHeader("Impersonate-Uid"), QByteArrayLiteral("1234"));
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
