#include "backend/cluster/Credentials.h"
#include "backend/cluster/TlsSetup.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace fc;

namespace {

const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

QString dataDir()
{
    const QString found = QFINDTESTDATA("data");
    if (!found.isEmpty())
        return found;
    return qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/backend/kubeconfig/data");
}

QByteArray fixture(const QString &name)
{
    QFile f(dataDir() + QStringLiteral("/certs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One plugin for every test: it records what it was given (count, env, args, exec info, stdin)
// in its directory and replays whatever the test left in out.json / stderr / exit / sleep.
const char kPluginScript[] = R"SH(#!/bin/sh
d="$PLUGIN_DIR"
n=$(cat "$d/count" 2>/dev/null || echo 0)
n=$((n+1))
echo "$n" > "$d/count"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$d/info.json"
printf '%s\n' "FOO=$FOO" "SECOND=$SECOND" "PARENT=$FC_TEST_PARENT_VAR" > "$d/env.txt"
printf '%s\n' "$@" > "$d/args.txt"
if read -r line; then echo "got stdin" > "$d/stdin.txt"; fi
if [ -f "$d/sleep" ]; then sleep "$(cat "$d/sleep")"; fi
if [ -f "$d/stderr" ]; then cat "$d/stderr" >&2; fi
cat "$d/out.json"
exit "$(cat "$d/exit" 2>/dev/null || echo 0)"
)SH";

QDateTime t0()
{
    return QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
}

} // namespace

/// Tokens, token files, basic auth, client certificates and exec plugins (v1 and v1beta1).
class TestCredentialProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void staticTokenWinsOverTokenFile();
    void tokenFileReread();
    void tokenFileErrors();
    void basicAuth();
    void clientCertificate_data();
    void clientCertificate();
    void execEnvironmentAndInfo_data();
    void execEnvironmentAndInfo();
    void execCachedUntilExpiry();
    void execWithoutExpiryKeptUntilInvalidate();
    void execClientCertificate();
    void execFailures_data();
    void execFailures();
    void execConcurrentCallersShareOneRun();

private:
    ResolvedContext execContext(const QString &apiVersion) const;
    int runs() const { return readFile(m_dir->filePath(QStringLiteral("count"))).trimmed().toInt(); }
    void setOutput(const QJsonObject &status, const QString &apiVersion = kV1);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestCredentialProvider::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString plugin = m_dir->filePath(QStringLiteral("plugin.sh"));
    QVERIFY(writeFile(plugin, QByteArray(kPluginScript)));
    QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_now = t0();
}

ResolvedContext TestCredentialProvider::execContext(const QString &apiVersion) const
{
    ResolvedContext ctx;
    ctx.contextName = QStringLiteral("ctx");
    ctx.clusterName = QStringLiteral("cluster");
    ctx.userName = QStringLiteral("plugin-user");
    ctx.server = QUrl(QStringLiteral("https://api.example:6443"));
    ExecConfig exec;
    exec.apiVersion = apiVersion;
    exec.command = m_dir->filePath(QStringLiteral("plugin.sh"));
    exec.args = QStringList{QStringLiteral("get-token"), QStringLiteral("--flag=a b")};
    exec.env = {{QStringLiteral("PLUGIN_DIR"), m_dir->path()}, {QStringLiteral("FOO"), QStringLiteral("from-kubeconfig")}};
    exec.interactiveMode = QStringLiteral("IfAvailable");
    exec.installHint = QStringLiteral("Install it with: apt-get install the-plugin");
    ctx.exec = exec;
    return ctx;
}

void TestCredentialProvider::setOutput(const QJsonObject &status, const QString &apiVersion)
{
    const QJsonObject out{{QStringLiteral("apiVersion"), apiVersion},
                          {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                          {QStringLiteral("status"), status}};
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("out.json")), QJsonDocument(out).toJson()));
}

void TestCredentialProvider::staticTokenWinsOverTokenFile()
{
    ResolvedContext ctx;
    ctx.token = QStringLiteral("static");
    ctx.tokenFile = m_dir->filePath(QStringLiteral("missing-token"));
    CredentialProvider provider(ctx);
    const Result<Credentials> c = provider.current();
    QVERIFY(c.ok());
    QCOMPARE(c->bearerToken, QStringLiteral("static"));
    QCOMPARE(c->authorizationHeader(), QByteArrayLiteral("Bearer static"));
    QVERIFY(!c->expiry.isValid());
    QVERIFY(!c->hasClientCertificate());
}

void TestCredentialProvider::tokenFileReread()
{
    const QString path = m_dir->filePath(QStringLiteral("token"));
    QVERIFY(writeFile(path, "first-token\n"));
    ResolvedContext ctx;
    ctx.tokenFile = path;
    CredentialProvider provider(ctx);
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("first-token"));

    // Same size, new mtime: projected service-account tokens are rotated in place like this.
    QVERIFY(writeFile(path, "other-token\n"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    f.close();
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("other-token"));

    // Different size.
    QVERIFY(writeFile(path, "a-much-longer-third-token"));
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("a-much-longer-third-token"));
}

void TestCredentialProvider::tokenFileErrors()
{
    ResolvedContext ctx;
    ctx.userName = QStringLiteral("sa");
    ctx.tokenFile = m_dir->filePath(QStringLiteral("absent"));
    CredentialProvider missing(ctx);
    const auto r = missing.current();
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
    QCOMPARE(r.error().field, QStringLiteral("users[sa].user.tokenFile"));

    QVERIFY(writeFile(ctx.tokenFile, "  \n"));
    CredentialProvider empty(ctx);
    QVERIFY(!empty.current().ok());
    QVERIFY(empty.current().error().message.contains(QStringLiteral("is empty")));
}

void TestCredentialProvider::basicAuth()
{
    ResolvedContext ctx;
    ctx.username = QStringLiteral("admin");
    ctx.password = QStringLiteral("s3cret");
    CredentialProvider provider(ctx);
    const auto c = provider.current();
    QVERIFY(c.ok());
    QVERIFY(c->bearerToken.isEmpty());
    QCOMPARE(c->username, QStringLiteral("admin"));
    QCOMPARE(c->authorizationHeader(), QByteArrayLiteral("Basic YWRtaW46czNjcmV0"));
}

void TestCredentialProvider::clientCertificate_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("commonName");
    QTest::newRow("RSA PKCS#8") << "client-rsa.crt" << "client-rsa.key" << int(QSsl::Rsa) << "alice";
    QTest::newRow("RSA traditional") << "client-rsa.crt" << "client-rsa-traditional.key" << int(QSsl::Rsa) << "alice";
    QTest::newRow("EC SEC1") << "client-ec.crt" << "client-ec.key" << int(QSsl::Ec) << "bob";
    QTest::newRow("EC PKCS#8") << "client-ec.crt" << "client-ec-pkcs8.key" << int(QSsl::Ec) << "bob";
    // Qt has no algorithm value for Ed25519: the key is handed over as an OpenSSL handle.
    QTest::newRow("Ed25519 (opaque)") << "client-ed25519.crt" << "client-ed25519.key" << int(QSsl::Opaque) << "carol";
}

void TestCredentialProvider::clientCertificate()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(int, algorithm);
    QFETCH(QString, commonName);

    ResolvedContext ctx;
    ctx.server = QUrl(QStringLiteral("https://api.example"));
    ctx.caPem = fixture(QStringLiteral("ca.crt"));
    ctx.clientCertPem = fixture(cert);
    ctx.clientKeyPem = fixture(key);
    CredentialProvider provider(ctx);
    const auto c = provider.current();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QVERIFY(c->hasClientCertificate());
    QCOMPARE(int(c->clientKey.algorithm()), algorithm);
    QCOMPARE(c->clientKey.type(), QSsl::PrivateKey);
    QCOMPARE(c->clientCertificateChain.constFirst().subjectInfo(QSslCertificate::CommonName), QStringList{commonName});
    QVERIFY(c->authorizationHeader().isEmpty());

    const auto ssl = makeSslConfiguration(ctx, *c);
    QVERIFY(ssl.ok());
    QCOMPARE(ssl->localCertificate(), c->clientCertificateChain.constFirst());
    QCOMPARE(ssl->privateKey(), c->clientKey);
    QCOMPARE(ssl->caCertificates(), QSslCertificate::fromData(ctx.caPem));
}

void TestCredentialProvider::execEnvironmentAndInfo_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<bool>("provideClusterInfo");
    QTest::newRow("v1") << kV1 << false;
    QTest::newRow("v1 with cluster info") << kV1 << true;
    QTest::newRow("v1beta1") << kV1beta1 << false;
    QTest::newRow("v1beta1 with cluster info") << kV1beta1 << true;
}

void TestCredentialProvider::execEnvironmentAndInfo()
{
    QFETCH(QString, apiVersion);
    QFETCH(bool, provideClusterInfo);

    ResolvedContext ctx = execContext(apiVersion);
    ctx.exec->provideClusterInfo = provideClusterInfo;
    ctx.caPem = fixture(QStringLiteral("ca.crt"));
    ctx.tlsServerName = QStringLiteral("kubernetes");
    ctx.proxyUrl = QUrl(QStringLiteral("http://proxy.example:3128"));
    setOutput({{QStringLiteral("token"), QStringLiteral("plugin-token")},
               {QStringLiteral("expirationTimestamp"), QStringLiteral("2030-01-01T13:00:00.123456789Z")}},
              apiVersion);
    qputenv("FC_TEST_PARENT_VAR", "inherited");
    qputenv("SECOND", "parent-value");

    CredentialProvider provider(ctx, [this] { return m_now; });
    const auto c = provider.current();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->bearerToken, QStringLiteral("plugin-token"));
    QCOMPARE(c->expiry, QDateTime(QDate(2030, 1, 1), QTime(13, 0, 0, 123), Qt::UTC));

    // Process environment plus exec.env; args passed verbatim; no stdin.
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("env.txt"))),
             QByteArrayLiteral("FOO=from-kubeconfig\nSECOND=parent-value\nPARENT=inherited\n"));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("args.txt"))), QByteArrayLiteral("get-token\n--flag=a b\n"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("stdin.txt"))));

    QJsonParseError err;
    const QJsonObject info = QJsonDocument::fromJson(readFile(m_dir->filePath(QStringLiteral("info.json"))), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QStringLiteral("apiVersion")).toString(), apiVersion);
    QCOMPARE(info.value(QStringLiteral("kind")).toString(), QStringLiteral("ExecCredential"));
    const QJsonObject spec = info.value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("interactive")), QJsonValue(false));
    QCOMPARE(spec.contains(QStringLiteral("cluster")), provideClusterInfo);
    if (provideClusterInfo) {
        const QJsonObject cluster = spec.value(QStringLiteral("cluster")).toObject();
        QCOMPARE(cluster.value(QStringLiteral("server")).toString(), QStringLiteral("https://api.example:6443"));
        QCOMPARE(QByteArray::fromBase64(cluster.value(QStringLiteral("certificate-authority-data")).toString().toLatin1()),
                 ctx.caPem);
        QCOMPARE(cluster.value(QStringLiteral("tls-server-name")).toString(), QStringLiteral("kubernetes"));
        QCOMPARE(cluster.value(QStringLiteral("proxy-url")).toString(), QStringLiteral("http://proxy.example:3128"));
        QVERIFY(!cluster.contains(QStringLiteral("insecure-skip-tls-verify"))); // omitempty, like client-go
    }
    qunsetenv("FC_TEST_PARENT_VAR");
    qunsetenv("SECOND");
}

void TestCredentialProvider::execCachedUntilExpiry()
{
    const QDateTime firstExpiry = t0().addSecs(3600);
    setOutput({{QStringLiteral("token"), QStringLiteral("token-1")},
               {QStringLiteral("expirationTimestamp"), firstExpiry.toString(Qt::ISODate)}});
    CredentialProvider provider(execContext(kV1), [this] { return m_now; });

    QCOMPARE(provider.current()->bearerToken, QStringLiteral("token-1"));
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("token-1"));
    QCOMPARE(runs(), 1);

    m_now = t0().addSecs(1800);
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("token-1"));
    QCOMPARE(runs(), 1);

    // Within the refresh margin (10 s) of the expiry: run again before the token lapses.
    setOutput({{QStringLiteral("token"), QStringLiteral("token-2")},
               {QStringLiteral("expirationTimestamp"), t0().addSecs(7200).toString(Qt::ISODate)}});
    m_now = firstExpiry.addSecs(-5);
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("token-2"));
    QCOMPARE(runs(), 2);

    m_now = firstExpiry.addSecs(1);
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("token-2"));
    QCOMPARE(provider.current()->expiry, t0().addSecs(7200));
    QCOMPARE(runs(), 2);

    m_now = t0().addSecs(7200 + 1);
    QVERIFY(provider.current().ok());
    QCOMPARE(runs(), 3);
}

void TestCredentialProvider::execWithoutExpiryKeptUntilInvalidate()
{
    setOutput({{QStringLiteral("token"), QStringLiteral("forever")}});
    CredentialProvider provider(execContext(kV1), [this] { return m_now; });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(provider.current()->bearerToken, QStringLiteral("forever"));
    m_now = t0().addYears(1);
    QVERIFY(!provider.current()->expiry.isValid());
    QCOMPARE(runs(), 1);

    // What the API client does after a 401.
    provider.invalidate();
    setOutput({{QStringLiteral("token"), QStringLiteral("renewed")}});
    QCOMPARE(provider.current()->bearerToken, QStringLiteral("renewed"));
    QCOMPARE(runs(), 2);
}

void TestCredentialProvider::execClientCertificate()
{
    setOutput({{QStringLiteral("clientCertificateData"), QString::fromLatin1(fixture(QStringLiteral("client-ec.crt")))},
               {QStringLiteral("clientKeyData"), QString::fromLatin1(fixture(QStringLiteral("client-ec.key")))}},
              kV1beta1);
    CredentialProvider provider(execContext(kV1beta1), [this] { return m_now; });
    const auto c = provider.current();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QVERIFY(c->bearerToken.isEmpty());
    QVERIFY(c->hasClientCertificate());
    QCOMPARE(c->clientKey.algorithm(), QSsl::Ec);
    QCOMPARE(c->clientCertificateChain.constFirst().subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("bob")});
}

void TestCredentialProvider::execFailures_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exit code with stderr") << "exit" << "failed with exit code 3: token endpoint said no";
    QTest::newRow("not JSON") << "garbage" << "did not print an ExecCredential as JSON";
    QTest::newRow("wrong apiVersion") << "apiVersion"
                                      << "returned apiVersion 'client.authentication.k8s.io/v1beta1', expected "
                                         "'client.authentication.k8s.io/v1'";
    QTest::newRow("wrong kind") << "kind" << "returned kind 'Pod', expected 'ExecCredential'";
    QTest::newRow("no credentials") << "empty" << "returned neither a token nor a client certificate";
    QTest::newRow("certificate without key") << "certOnly" << "returned clientCertificateData without clientKeyData";
    QTest::newRow("bad expirationTimestamp") << "badExpiry" << "expirationTimestamp that is not RFC 3339: 'tomorrow'";
    QTest::newRow("missing command") << "missing"
                                     << "exec plugin 'no-such-plugin-fc' not found\nInstall it with: apt-get install the-plugin";
    QTest::newRow("interactiveMode Always") << "always" << "requires an interactive terminal (interactiveMode: Always)";
    QTest::newRow("timeout") << "timeout" << "did not finish within 0.5 s";
}

void TestCredentialProvider::execFailures()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);

    ResolvedContext ctx = execContext(kV1);
    setOutput({{QStringLiteral("token"), QStringLiteral("ok")}});
    const QString dir = m_dir->path() + QLatin1Char('/');
    if (setup == QLatin1String("exit")) {
        QVERIFY(writeFile(dir + QStringLiteral("exit"), "3"));
        QVERIFY(writeFile(dir + QStringLiteral("stderr"), "token endpoint said no\n"));
    } else if (setup == QLatin1String("garbage")) {
        QVERIFY(writeFile(dir + QStringLiteral("out.json"), "Please log in at https://example.com\n"));
    } else if (setup == QLatin1String("apiVersion")) {
        setOutput({{QStringLiteral("token"), QStringLiteral("ok")}}, kV1beta1);
    } else if (setup == QLatin1String("kind")) {
        QVERIFY(writeFile(dir + QStringLiteral("out.json"),
                          R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"Pod","status":{"token":"x"}})"));
    } else if (setup == QLatin1String("empty")) {
        setOutput({{QStringLiteral("token"), QString()}});
    } else if (setup == QLatin1String("certOnly")) {
        setOutput({{QStringLiteral("clientCertificateData"), QString::fromLatin1(fixture(QStringLiteral("client-ec.crt")))}});
    } else if (setup == QLatin1String("badExpiry")) {
        setOutput({{QStringLiteral("token"), QStringLiteral("ok")}, {QStringLiteral("expirationTimestamp"), QStringLiteral("tomorrow")}});
    } else if (setup == QLatin1String("missing")) {
        ctx.exec->command = QStringLiteral("no-such-plugin-fc");
    } else if (setup == QLatin1String("always")) {
        ctx.exec->interactiveMode = QStringLiteral("Always");
    } else if (setup == QLatin1String("timeout")) {
        QVERIFY(writeFile(dir + QStringLiteral("sleep"), "5"));
    }

    CredentialProvider provider(ctx, [this] { return m_now; });
    provider.setExecTimeout(std::chrono::milliseconds(500));
    const auto c = provider.current();
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    QCOMPARE(c.error().field, QStringLiteral("users[plugin-user].user.exec"));
    QCOMPARE(c.error().reason, QStringLiteral("ExecPluginFailed"));

    // A failure is not cached: once the plugin works again, so does current().
    if (setup != QLatin1String("missing") && setup != QLatin1String("always")) {
        QFile::remove(dir + QStringLiteral("exit"));
        QFile::remove(dir + QStringLiteral("stderr"));
        QFile::remove(dir + QStringLiteral("sleep"));
        setOutput({{QStringLiteral("token"), QStringLiteral("ok")}});
        const auto again = provider.current();
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    }
}

void TestCredentialProvider::execConcurrentCallersShareOneRun()
{
    setOutput({{QStringLiteral("token"), QStringLiteral("shared")}});
    CredentialProvider provider(execContext(kV1), [this] { return m_now; });
    std::vector<std::thread> threads;
    std::vector<QString> tokens(4);
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            const auto c = provider.current();
            tokens[size_t(i)] = c.ok() ? c->bearerToken : c.error().message;
        });
    for (std::thread &t : threads)
        t.join();
    for (const QString &t : tokens)
        QCOMPARE(t, QStringLiteral("shared"));
    QCOMPARE(runs(), 1);
}

QTEST_GUILESS_MAIN(TestCredentialProvider)
#include "tst_credentialprovider.moc"
