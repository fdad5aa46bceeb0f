// kubeconfig proxy-url against the real local control plane, through real proxies from Debian:
// tinyproxy (http://, CONNECT, BasicAuth), microsocks (socks5://, with and without a password)
// and stunnel in front of tinyproxy (https://: TLS to the proxy, CONNECT, TLS to the apiserver).
// Every test proves the traffic went through the proxy: the proxy's log shows the CONNECT (or
// the SOCKS connection) to the apiserver's port, the proxy's policy or credentials decide, and
// stopping the proxy turns into a connection state that names the proxy, not a hang.

#include "../common/LocalCluster.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/Kubeconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace fc;
using namespace fc::test;

namespace {

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// A proxy daemon run in the foreground for one test: stopped (TERM, then KILL) on destruction.
class Daemon {
public:
    ~Daemon() { stop(); }

    /// Starts `program` and waits until `port` on 127.0.0.1 accepts connections.
    bool start(const QString &program, const QStringList &args, quint16 port, const QString &outputFile)
    {
        m_port = port;
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setStandardOutputFile(outputFile);
        m_process.setStandardErrorFile(outputFile, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor([&] {
            if (m_process.state() != QProcess::Running)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return probe.waitForConnected(200);
        }, 10000) && m_process.state() == QProcess::Running;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// True once nothing listens on the port any more.
    bool portClosed() const
    {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        return !probe.waitForConnected(500);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// What a ClusterConnection reported, collected on the test thread.
struct Observed {
    QList<WatchBatch> batches;
    QStringList states; ///< "state: detail"

    bool listed() const
    {
        for (const auto &b : batches)
            if (b.listEnd)
                return true;
        return false;
    }
    bool sawPod(const QString &name) const
    {
        for (const auto &b : batches)
            for (const auto &o : b.upserts)
                if (o.name == name)
                    return true;
        return false;
    }
    bool stateMentions(const QString &text) const
    {
        for (const QString &s : states)
            if (s.contains(text))
                return true;
        return false;
    }
};

} // namespace

/// Fails the test, naming the Debian package, unless `program` is on PATH.
#define FC_REQUIRE_PROGRAM(var, program, package)                                                                   \
    const QString var = QStandardPaths::findExecutable(QStringLiteral(program));                                   \
    QVERIFY2(!var.isEmpty(), program " not found on PATH: apt-get install " package " (scripts/setup-deps.sh installs it)")

class TestProxy : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_server;
    quint16 m_apiPort = 0;
    QByteArray m_caPem;
    QString m_token;
    QByteArray m_adminCert, m_adminKey;
    const QString m_ns = QStringLiteral("fc-proxy-%1").arg(QRandomGenerator::global()->bounded(100000));
    int m_pods = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// tinyproxy on `port`, CONNECT allowed to `connectPort` only, logging every request.
    bool startTinyproxy(Daemon &d, quint16 port, quint16 connectPort, const QString &name, const QString &basicAuth = {})
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
        QString conf = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 600\nMaxClients 64\nAllow 127.0.0.1\n"
                                      "LogLevel Info\nLogFile \"%2\"\nConnectPort %3\nDisableViaHeader Yes\n")
                           .arg(port)
                           .arg(path(name + QStringLiteral(".log")))
                           .arg(connectPort);
        if (!basicAuth.isEmpty())
            conf += QStringLiteral("BasicAuth %1\n").arg(basicAuth);
        if (!writeFile(path(name + QStringLiteral(".conf")), conf.toUtf8()))
            return false;
        return d.start(program, {QStringLiteral("-d"), QStringLiteral("-c"), path(name + QStringLiteral(".conf"))}, port,
                       path(name + QStringLiteral(".out")));
    }

    /// stunnel: TLS on `port` with `cert`/`key`, plain TCP to `target` (tinyproxy).
    bool startStunnel(Daemon &d, quint16 port, quint16 target, const QString &cert, const QString &key, const QString &name)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("stunnel4"));
        const QString conf = QStringLiteral("foreground = yes\npid =\ndebug = 5\noutput = %1\n[proxy]\naccept = 127.0.0.1:%2\n"
                                            "connect = 127.0.0.1:%3\ncert = %4\nkey = %5\n")
                                 .arg(path(name + QStringLiteral(".log")))
                                 .arg(port)
                                 .arg(target)
                                 .arg(cert, key);
        if (!writeFile(path(name + QStringLiteral(".conf")), conf.toUtf8()))
            return false;
        return d.start(program, {path(name + QStringLiteral(".conf"))}, port, path(name + QStringLiteral(".out")));
    }

    /// A kubeconfig for the local apiserver (token user) whose cluster has this proxy-url.
    QString writeKubeconfig(const QString &name, const QString &proxyUrl, bool clientCertificate = false)
    {
        const QString file = path(name + QStringLiteral(".kubeconfig"));
        const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Config
current-context: proxied
clusters:
- name: local
  cluster:
    server: %1
    certificate-authority-data: %2
    proxy-url: %3
users:
- name: token-user
  user:
    %4
contexts:
- name: proxied
  context: {cluster: local, user: token-user, namespace: %5}
)")
                                 .arg(m_server, QString::fromLatin1(m_caPem.toBase64()), proxyUrl,
                                      clientCertificate ? QStringLiteral("client-certificate-data: %1\n    client-key-data: %2")
                                                              .arg(QString::fromLatin1(m_adminCert.toBase64()),
                                                                   QString::fromLatin1(m_adminKey.toBase64()))
                                                        : QStringLiteral("token: ") + m_token,
                                      m_ns);
        if (!writeFile(file, yaml.toUtf8()))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    std::unique_ptr<ClusterConnection> connectTo(const QString &kubeconfig, Observed &seen)
    {
        const Kubeconfig kc = Kubeconfig::load({kubeconfig});
        auto resolved = kc.resolve(QStringLiteral("proxied"));
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error().toString()));
        auto cfg = connectionConfigFor(resolved.value());
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().toString()));
        auto conn = std::make_unique<ClusterConnection>(cfg.value());
        QObject::connect(conn.get(), &ClusterConnection::batchReady, conn.get(),
                         [&seen](const WatchBatch &b) { seen.batches.append(b); });
        QObject::connect(conn.get(), &ClusterConnection::stateChanged, conn.get(),
                         [&seen](ConnectionState s, const QString &detail) {
                             seen.states.append(connectionStateName(s) + QStringLiteral(": ") + detail);
                         });
        return conn;
    }

    static Result<QByteArray> get(ClusterConnection &c, const QString &apiPath, int timeoutMs = 30000)
    {
        std::optional<Result<QByteArray>> out;
        QObject ctx;
        ApiRequest request;
        request.path = apiPath;
        c.send(request, &ctx, [&](const Result<QByteArray> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
            return makeError(QStringLiteral("no answer within %1 ms (a hang)").arg(timeoutMs));
        return *out;
    }

    /// Lists and watches pods through `conn`: the list completes, and a pod created with kubectl
    /// (directly, not through the proxy) arrives as a watch event.
    void listAndWatch(ClusterConnection &conn, Observed &seen)
    {
        conn.watch(Kind::Pod, m_ns);
        QVERIFY2(QTest::qWaitFor([&] { return seen.listed(); }, 30000), qPrintable(seen.states.join(u'\n')));
        const QString pod = QStringLiteral("via-proxy-%1").arg(++m_pods);
        FC_KUBECTL({QStringLiteral("run"), pod, QStringLiteral("--image=busybox"), QStringLiteral("-n"), m_ns,
                    QStringLiteral("--restart=Never")});
        QVERIFY2(QTest::qWaitFor([&] { return seen.sawPod(pod); }, 30000), qPrintable(seen.states.join(u'\n')));
    }

    /// After the proxy is gone: the connection reports a state naming the proxy (the watch
    /// stream was cut and its resumption is refused), and a request fails promptly.
    void expectProxyFailure(ClusterConnection &conn, Observed &seen, const QString &proxyText)
    {
        QVERIFY2(QTest::qWaitFor([&] { return seen.stateMentions(proxyText); }, 20000),
                 qPrintable(QStringLiteral("no state naming %1 in:\n").arg(proxyText) + seen.states.join(u'\n')));
        QVERIFY(conn.state() == ConnectionState::Reconnecting || conn.state() == ConnectionState::Unreachable);
        const Result<QByteArray> r = get(conn, QStringLiteral("/version"), 15000);
        QVERIFY(!r.ok());
        qInfo().noquote() << "state:" << seen.states.constLast() << "| request:" << r.error().message;
        QVERIFY2(r.error().message.contains(proxyText), qPrintable(r.error().message));
    }

    /// A certificate for 127.0.0.1 made with openssl: signed by the cluster CA, or self-signed.
    bool makeProxyCertificate(const QString &name, bool signedByClusterCa)
    {
        const QString key = path(name + QStringLiteral(".key"));
        const QString crt = path(name + QStringLiteral(".crt"));
        if (!signedByClusterCa) {
            return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt,
                                                   QStringLiteral("-subj"), QStringLiteral("/CN=untrusted-proxy"),
                                                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-addext"),
                                                   QStringLiteral("subjectAltName=IP:127.0.0.1")})
                       .exitCode == 0;
        }
        const QString csr = path(name + QStringLiteral(".csr"));
        const QString ext = path(name + QStringLiteral(".ext"));
        if (!writeFile(ext, "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"))
            return false;
        if (run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
                                           QStringLiteral("-subj"), QStringLiteral("/CN=fc-test-proxy")})
                .exitCode != 0)
            return false;
        const QString pki = clusterDir() + QStringLiteral("/pki/");
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                    pki + QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), pki + QStringLiteral("ca.key"),
                    QStringLiteral("-set_serial"), QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64(), 0, 16),
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), crt})
                   .exitCode == 0;
    }

    QString connectLine() const { return QStringLiteral("CONNECT 127.0.0.1:%1 ").arg(m_apiPort); }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
        const Kubeconfig local = Kubeconfig::load({kubeconfigPath()});
        const auto token = local.resolve(QStringLiteral("fedconsole-local-token"));
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().toString()));
        QVERIFY(!token->token.isEmpty());
        m_server = token->server.toString();
        m_apiPort = quint16(token->server.port());
        m_caPem = token->caPem;
        m_token = token->token;
        QVERIFY(m_apiPort > 0);
        const auto admin = local.resolve(QStringLiteral("fedconsole-local"));
        QVERIFY(admin.ok());
        m_adminCert = admin->clientCertPem;
        m_adminKey = admin->clientKeyPem;
        QVERIFY(!m_adminCert.isEmpty() && !m_adminKey.isEmpty());
        QVERIFY(createNamespace(m_ns));
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    /// http:// through tinyproxy: list + watch, the CONNECT is in tinyproxy's log, and stopping
    /// tinyproxy gives a state that names the proxy.
    void httpProxy()
    {
        FC_REQUIRE_PROGRAM(tinyproxy, "tinyproxy", "tinyproxy");
        const quint16 port = freePort();
        Daemon proxy;
        QVERIFY2(startTinyproxy(proxy, port, m_apiPort, QStringLiteral("http")), readAll(path(QStringLiteral("http.log"))).constData());

        Observed seen;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("http"), QStringLiteral("http://127.0.0.1:%1").arg(port)), seen);
        listAndWatch(*conn, seen);
        const QByteArray log = readAll(path(QStringLiteral("http.log")));
        QVERIFY2(log.contains(connectLine().toUtf8()), log.constData());

        proxy.stop();
        QVERIFY(proxy.portClosed());
        expectProxyFailure(*conn, seen, QStringLiteral("proxy http://127.0.0.1:%1").arg(port));
    }

    /// The proxy's policy decides: with CONNECT allowed to another port only, nothing gets
    /// through to the apiserver (a direct connection would have worked).
    void httpProxyPolicyApplies()
    {
        FC_REQUIRE_PROGRAM(tinyproxy, "tinyproxy", "tinyproxy");
        const quint16 port = freePort();
        Daemon proxy;
        QVERIFY(startTinyproxy(proxy, port, quint16(m_apiPort == 1 ? 2 : 1), QStringLiteral("policy")));
        Observed seen;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("policy"), QStringLiteral("http://127.0.0.1:%1").arg(port)), seen);
        const Result<QByteArray> r = get(*conn, QStringLiteral("/version"));
        QVERIFY(!r.ok());
        qInfo().noquote() << "refused:" << r.error().message;
        QVERIFY2(r.error().message.contains(QStringLiteral("roxy")), qPrintable(r.error().message));
        const QByteArray log = readAll(path(QStringLiteral("policy.log")));
        QVERIFY2(log.contains(connectLine().toUtf8()), log.constData());
        QVERIFY2(log.contains("Refused CONNECT method on port"), log.constData());
    }

    /// user:password in proxy-url reaches tinyproxy's BasicAuth; a wrong password is refused.
    void httpProxyCredentials()
    {
        FC_REQUIRE_PROGRAM(tinyproxy, "tinyproxy", "tinyproxy");
        const quint16 port = freePort();
        Daemon proxy;
        QVERIFY(startTinyproxy(proxy, port, m_apiPort, QStringLiteral("auth"), QStringLiteral("alice s3cret.pw-1")));

        Observed good;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("auth-good"), QStringLiteral("http://alice:s3cret.pw-1@127.0.0.1:%1").arg(port)), good);
        listAndWatch(*conn, good);

        const qsizetype connectsBefore = readAll(path(QStringLiteral("auth.log"))).count(connectLine().toUtf8());
        Observed bad;
        auto wrong = connectTo(writeKubeconfig(QStringLiteral("auth-bad"), QStringLiteral("http://alice:wrong@127.0.0.1:%1").arg(port)), bad);
        const Result<QByteArray> r = get(*wrong, QStringLiteral("/version"));
        QVERIFY(!r.ok());
        qInfo().noquote() << "wrong password:" << r.error().message;
        QVERIFY2(r.error().message.contains(QStringLiteral("proxy http://127.0.0.1:%1").arg(port)), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(QStringLiteral("wrong")), qPrintable(r.error().message)); // no password in messages
        // tinyproxy 1.11 answers a bad Proxy-Authorization with 401 instead of 407, which Qt can
        // only report as "Error communicating with HTTP proxy"; the CONNECT did reach it:
        const QByteArray log = readAll(path(QStringLiteral("auth.log")));
        QVERIFY2(log.count(connectLine().toUtf8()) > connectsBefore, log.constData());
    }

    /// socks5:// through microsocks: list + watch, the connection is in its log, and stopping
    /// it gives a state that names the proxy.
    void socks5Proxy()
    {
        FC_REQUIRE_PROGRAM(microsocks, "microsocks", "microsocks");
        const quint16 port = freePort();
        Daemon proxy;
        QVERIFY(proxy.start(microsocks, {QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)},
                            port, path(QStringLiteral("socks.log"))));
        Observed seen;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("socks"), QStringLiteral("socks5://127.0.0.1:%1").arg(port)), seen);
        listAndWatch(*conn, seen);
        const QByteArray log = readAll(path(QStringLiteral("socks.log")));
        QVERIFY2(log.contains(QStringLiteral("connected to 127.0.0.1:%1").arg(m_apiPort).toUtf8()), log.constData());

        proxy.stop();
        QVERIFY(proxy.portClosed());
        expectProxyFailure(*conn, seen, QStringLiteral("proxy socks5://127.0.0.1:%1").arg(port));
    }

    /// socks5 user/password authentication from the URL; a wrong password is refused.
    void socks5ProxyCredentials()
    {
        FC_REQUIRE_PROGRAM(microsocks, "microsocks", "microsocks");
        const quint16 port = freePort();
        Daemon proxy;
        QVERIFY(proxy.start(microsocks, {QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                                         QStringLiteral("-u"), QStringLiteral("bob"), QStringLiteral("-P"), QStringLiteral("p@ss word")},
                            port, path(QStringLiteral("socks-auth.log"))));
        Observed good;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("socks-good"), QStringLiteral("socks5://bob:p%40ss%20word@127.0.0.1:%1").arg(port)), good);
        listAndWatch(*conn, good);

        Observed bad;
        auto wrong = connectTo(writeKubeconfig(QStringLiteral("socks-bad"), QStringLiteral("socks5://bob:nope@127.0.0.1:%1").arg(port)), bad);
        const Result<QByteArray> r = get(*wrong, QStringLiteral("/version"));
        QVERIFY(!r.ok());
        qInfo().noquote() << "wrong password:" << r.error().message;
        QVERIFY2(r.error().message.contains(QStringLiteral("proxy socks5://127.0.0.1:%1").arg(port)), qPrintable(r.error().message));
    }

    /// https:// through stunnel (certificate signed by the cluster CA, as kubectl requires) in
    /// front of tinyproxy with BasicAuth: TLS to the proxy, CONNECT with the URL's credentials,
    /// TLS to the apiserver inside. Stopping stunnel gives a state naming the https proxy.
    void httpsProxy()
    {
        FC_REQUIRE_PROGRAM(tinyproxy, "tinyproxy", "tinyproxy");
        FC_REQUIRE_PROGRAM(stunnel, "stunnel4", "stunnel4");
        QVERIFY(makeProxyCertificate(QStringLiteral("trusted"), true));
        const quint16 inner = freePort();
        Daemon tiny;
        QVERIFY(startTinyproxy(tiny, inner, m_apiPort, QStringLiteral("https-inner"), QStringLiteral("alice s3cret.pw-1")));
        const quint16 port = freePort();
        Daemon tls;
        QVERIFY2(startStunnel(tls, port, inner, path(QStringLiteral("trusted.crt")), path(QStringLiteral("trusted.key")), QStringLiteral("stunnel")),
                 readAll(path(QStringLiteral("stunnel.log"))).constData());

        Observed seen;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("https"), QStringLiteral("https://alice:s3cret.pw-1@127.0.0.1:%1").arg(port)), seen);
        listAndWatch(*conn, seen);
        QCOMPARE(conn->state(), ConnectionState::Connected);
        const QByteArray tinyLog = readAll(path(QStringLiteral("https-inner.log")));
        QVERIFY2(tinyLog.contains(connectLine().toUtf8()), tinyLog.constData());
        const QByteArray tlsLog = readAll(path(QStringLiteral("stunnel.log")));
        QVERIFY2(tlsLog.contains("Service [proxy] accepted connection from 127.0.0.1"), tlsLog.constData());

        // the apiserver's TLS runs end to end inside the tunnel: a client certificate gets through
        Observed certSeen;
        auto certConn = connectTo(writeKubeconfig(QStringLiteral("https-cert"), QStringLiteral("https://alice:s3cret.pw-1@127.0.0.1:%1").arg(port), true), certSeen);
        std::optional<Result<KubeObject>> who;
        QObject ctx;
        ResourceType reviews;
        reviews.group = QStringLiteral("authentication.k8s.io");
        reviews.version = QStringLiteral("v1");
        reviews.resource = QStringLiteral("selfsubjectreviews");
        reviews.namespaced = false;
        ObjectClient(certConn.get()).create(reviews, QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
                                                                 {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")}},
                                            {}, &ctx, [&](const Result<KubeObject> &r) { who = r; });
        QVERIFY(QTest::qWaitFor([&] { return who.has_value(); }, 30000));
        QVERIFY2(who->ok(), who->ok() ? "" : qPrintable(who->error().toString()));
        const QString user = who->value().json.value(QLatin1String("status")).toObject()
                                 .value(QLatin1String("userInfo")).toObject().value(QLatin1String("username")).toString();
        const QStringList cn = QSslCertificate(m_adminCert).subjectInfo(QSslCertificate::CommonName);
        QVERIFY(!cn.isEmpty());
        QCOMPARE(user, cn.constFirst());

        tls.stop();
        QVERIFY(tls.portClosed());
        expectProxyFailure(*conn, seen, QStringLiteral("proxy https://127.0.0.1:%1: cannot connect to the proxy").arg(port));
    }

    /// An https proxy whose certificate no trusted CA signed is refused, with a message that
    /// says so, and no CONNECT reaches the proxy behind it.
    void httpsProxyUntrusted()
    {
        FC_REQUIRE_PROGRAM(tinyproxy, "tinyproxy", "tinyproxy");
        FC_REQUIRE_PROGRAM(stunnel, "stunnel4", "stunnel4");
        QVERIFY(makeProxyCertificate(QStringLiteral("untrusted"), false));
        const quint16 inner = freePort();
        Daemon tiny;
        QVERIFY(startTinyproxy(tiny, inner, m_apiPort, QStringLiteral("untrusted-inner")));
        const quint16 port = freePort();
        Daemon tls;
        QVERIFY(startStunnel(tls, port, inner, path(QStringLiteral("untrusted.crt")), path(QStringLiteral("untrusted.key")),
                             QStringLiteral("stunnel-untrusted")));

        Observed seen;
        auto conn = connectTo(writeKubeconfig(QStringLiteral("untrusted"), QStringLiteral("https://127.0.0.1:%1").arg(port)), seen);
        const Result<QByteArray> r = get(*conn, QStringLiteral("/version"));
        QVERIFY(!r.ok());
        qInfo().noquote() << "refused:" << r.error().message;
        const QString message = r.error().message;
        QVERIFY2(message.contains(QStringLiteral("proxy https://127.0.0.1:%1: TLS handshake with the proxy failed").arg(port)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY2(QTest::qWaitFor([&] { return seen.stateMentions(QStringLiteral("TLS handshake with the proxy failed")); }, 10000),
                 qPrintable(seen.states.join(u'\n')));
        QCOMPARE(conn->state(), ConnectionState::Unreachable);
        const QByteArray tinyLog = readAll(path(QStringLiteral("untrusted-inner.log")));
        QVERIFY2(!tinyLog.contains("CONNECT 127.0.0.1"), tinyLog.constData());
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
