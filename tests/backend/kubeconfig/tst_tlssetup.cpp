#include "backend/cluster/Credentials.h"
#include "backend/cluster/TlsSetup.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A one-request-per-connection HTTPS server that answers with the client certificate's CN and
/// the Authorization header it received, so a test sees what the client really presented.
class EchoTlsServer : public QTcpServer {
public:
    QSslConfiguration config;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(config);
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            return;
        }
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            const QByteArray request = socket->peek(socket->bytesAvailable());
            if (!request.contains("\r\n\r\n"))
                return;
            socket->readAll();
            QByteArray auth;
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    auth = line.mid(int(qstrlen("authorization:"))).trimmed();
            }
            const QStringList cn = socket->peerCertificate().subjectInfo(QSslCertificate::CommonName);
            const QByteArray body = (cn.isEmpty() ? QByteArrayLiteral("anonymous") : cn.constFirst().toUtf8()) + '|' + auth;
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        // Client certificates are signed by the fixture CA, which the server trusts, so any
        // error here is a real problem: say so and let the client see the connection drop.
        connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &errors) {
            qWarning() << "server-side TLS errors" << errors;
            socket->abort();
        });
        socket->startServerEncryption();
    }
};

} // namespace

/// makeSslConfiguration / prepareRequest against a real TLS server on 127.0.0.1: the cluster CA
/// is the only trust root, tls-server-name is what gets verified, insecure skips verification,
/// and RSA/EC client certificates and the Authorization header reach the server.
class TestTlsSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshake_data();
    void handshake();

private:
    bool openssl(const QStringList &args);

    QTemporaryDir m_dir;
    EchoTlsServer m_server;
    QByteArray m_caPem;
};

bool TestTlsSetup::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

void TestTlsSetup::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is needed to make a server certificate: apt-get install openssl");
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend: apt-get install libqt6network6 (with its openssl plugin)");
    QVERIFY(m_dir.isValid());

    // A fresh CA and server certificate per run: the server's key must not live in the repo
    // alongside a CA that signs it for 127.0.0.1.
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=tls-test-ca")}));
    QVERIFY(openssl(QStringList{QStringLiteral("req")} + ec
                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                                  QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=kubernetes.test")}));
    QFile ext(m_dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:kubernetes.test,IP:127.0.0.1\n");
    ext.close();
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext")}));

    m_caPem = readFile(m_dir.filePath(QStringLiteral("ca.crt")));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(readFile(m_dir.filePath(QStringLiteral("server.crt")))));
    const Result<QSslKey> key = privateKeyFromPem(readFile(m_dir.filePath(QStringLiteral("server.key"))));
    QVERIFY(key.ok());
    config.setPrivateKey(*key);
    config.setPeerVerifyMode(QSslSocket::QueryPeer); // ask for a client certificate, don't insist
    config.setCaCertificates(QSslCertificate::fromData(readFile(dataDir() + QStringLiteral("/certs/ca.crt"))));
    m_server.config = config;
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

void TestTlsSetup::handshake_data()
{
    QTest::addColumn<bool>("useTestCa");
    QTest::addColumn<QByteArray>("otherCa");
    QTest::addColumn<QString>("tlsServerName");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("clientCert");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("expectedBody");   // empty: the request must fail with an SSL error

    const QByteArray fixtureCa = readFile(dataDir() + QStringLiteral("/certs/ca.crt"));
    QTest::newRow("CA, IP SAN") << true << QByteArray() << "" << false << "" << "" << QByteArray("anonymous|");
    QTest::newRow("CA, tls-server-name matches") << true << QByteArray() << "kubernetes.test" << false << "" << ""
                                                 << QByteArray("anonymous|");
    QTest::newRow("tls-server-name mismatch") << true << QByteArray() << "other.test" << false << "" << "" << QByteArray();
    QTest::newRow("another CA is the only root") << false << fixtureCa << "" << false << "" << "" << QByteArray();
    QTest::newRow("system roots do not know the cluster CA") << false << QByteArray() << "" << false << "" << ""
                                                             << QByteArray();
    QTest::newRow("insecure skips verification") << false << QByteArray() << "" << true << "" << "" << QByteArray("anonymous|");
    QTest::newRow("RSA client certificate") << true << QByteArray() << "" << false << "rsa" << ""
                                            << QByteArray("alice|");
    QTest::newRow("EC client certificate and token") << true << QByteArray() << "" << false << "ec" << "t0ken"
                                                     << QByteArray("bob|Bearer t0ken");
}

void TestTlsSetup::handshake()
{
    QFETCH(bool, useTestCa);
    QFETCH(QByteArray, otherCa);
    QFETCH(QString, tlsServerName);
    QFETCH(bool, insecure);
    QFETCH(QString, clientCert);
    QFETCH(QString, token);
    QFETCH(QByteArray, expectedBody);

    ResolvedContext ctx;
    ctx.clusterName = QStringLiteral("test");
    ctx.server = QUrl(QStringLiteral("https://127.0.0.1:%1/version").arg(m_server.serverPort()));
    ctx.caPem = useTestCa ? m_caPem : otherCa;
    ctx.tlsServerName = tlsServerName;
    ctx.insecureSkipTlsVerify = insecure;
    ctx.token = token;
    if (!clientCert.isEmpty()) {
        ctx.clientCertPem = readFile(dataDir() + QStringLiteral("/certs/client-%1.crt").arg(clientCert));
        ctx.clientKeyPem = readFile(dataDir() + QStringLiteral("/certs/client-%1.key").arg(clientCert));
    }

    CredentialProvider provider(ctx);
    const Result<Credentials> creds = provider.current();
    QVERIFY(creds.ok());
    QNetworkRequest request(ctx.server);
    QVERIFY(prepareRequest(request, ctx, *creds).ok());

    QNetworkAccessManager nam;
    const Result<QNetworkProxy> proxy = makeProxy(ctx);
    QVERIFY(proxy.ok());
    QCOMPARE(proxy->type(), QNetworkProxy::DefaultProxy);
    nam.setProxy(QNetworkProxy::NoProxy); // the test server is local whatever the environment says
    QNetworkReply *reply = nam.get(request);
    QList<QSslError> sslErrors;
    connect(reply, &QNetworkReply::sslErrors, this, [&](const QList<QSslError> &errors) { sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));

    if (expectedBody.isEmpty()) {
        QVERIFY2(reply->error() != QNetworkReply::NoError, "the handshake should have been refused");
        QVERIFY2(!sslErrors.isEmpty(), qPrintable(reply->errorString()));
    } else {
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->readAll(), expectedBody);
    }
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestTlsSetup)
#include "tst_tlssetup.moc"
