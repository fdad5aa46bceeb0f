// Interop with the real openssl CLI: what we issue, openssl accepts (and rejects what it must).
#include "PkiTestUtil.h"

#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Pkcs12.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fc::pki;
using fc::pki::test::runOpenssl;
using fc::pki::test::writeFile;

Q_DECLARE_METATYPE(fc::pki::KeyType)

namespace {

CertificateAuthority root(KeyType type, const QString &cn = QStringLiteral("Interop Root"))
{
    CaRequest r;
    r.subject.commonName = cn;
    r.subject.organization = QStringLiteral("FedConsole");
    r.keyType = type;
    auto ca = CertificateAuthority::createRoot(r);
    if (!ca)
        qFatal("%s", qPrintable(ca.error().message));
    return std::move(ca).value();
}

LeafRequest leafRequest(KeyType type, LeafUsage usage, const QString &cn = QStringLiteral("localhost"))
{
    LeafRequest r;
    r.subject.commonName = cn;
    r.sans.dns = {QStringLiteral("localhost"), QStringLiteral("server.fl.local")};
    r.sans.ips = {QStringLiteral("127.0.0.1")};
    r.usage = usage;
    r.keyType = type;
    return r;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestPkiOpensslInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString path(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(runOpenssl({QStringLiteral("version")}).started, "the openssl CLI is not on PATH");
        QVERIFY(m_tmp.isValid());
    }

    void verifyChains_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<bool>("withIntermediate");
        for (KeyType t : {KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096, KeyType::EcP256, KeyType::EcP384, KeyType::Ed25519}) {
            QTest::newRow(qPrintable(keyTypeName(t) + QStringLiteral(" root>leaf"))) << t << false;
            QTest::newRow(qPrintable(keyTypeName(t) + QStringLiteral(" root>intermediate>leaf"))) << t << true;
        }
    }
    void verifyChains()
    {
        QFETCH(KeyType, type);
        QFETCH(bool, withIntermediate);
        CertificateAuthority ca = root(type);
        QVERIFY(writeFile(path(QStringLiteral("root.pem")), ca.certificate().toPem()));
        QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("root.pem"))};
        fc::Result<IssuedCertificate> leaf = fc::makeError(QString());
        if (withIntermediate) {
            CaRequest ir;
            ir.subject.commonName = QStringLiteral("Interop Intermediate");
            ir.keyType = type;
            ir.pathLength = 0;
            auto inter = ca.createIntermediate(ir);
            QVERIFY(inter.ok());
            QVERIFY(writeFile(path(QStringLiteral("inter.pem")), inter->certificate().toPem()));
            args << QStringLiteral("-untrusted") << path(QStringLiteral("inter.pem"));
            leaf = inter->issue(leafRequest(type, LeafUsage::ServerAndClient));
        } else {
            leaf = ca.issue(leafRequest(type, LeafUsage::ServerAndClient));
        }
        QVERIFY(leaf.ok());
        QVERIFY(writeFile(path(QStringLiteral("leaf.pem")), leaf->certificate.toPem()));
        args << QStringLiteral("-purpose") << QStringLiteral("sslserver") << path(QStringLiteral("leaf.pem"));
        auto r = runOpenssl(args);
        QVERIFY2(r.exitCode == 0, fc::pki::test::msg(r.out + r.err));
        QVERIFY(r.out.contains(": OK"));
    }

    void rejectsOtherCa()
    {
        CertificateAuthority a = root(KeyType::EcP256, QStringLiteral("CA A"));
        CertificateAuthority b = root(KeyType::EcP256, QStringLiteral("CA B"));
        auto leaf = a.issue(leafRequest(KeyType::EcP256, LeafUsage::Server));
        QVERIFY(writeFile(path(QStringLiteral("b.pem")), b.certificate().toPem()));
        QVERIFY(writeFile(path(QStringLiteral("fromA.pem")), leaf->certificate.toPem()));
        auto r = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("b.pem")), path(QStringLiteral("fromA.pem"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QByteArray(r.out + r.err).contains("unable to get local issuer certificate"), fc::pki::test::msg(r.out + r.err));
    }

    void x509TextShowsExtensions_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::newRow("rsa2048") << KeyType::Rsa2048;
        QTest::newRow("ec-p256") << KeyType::EcP256;
        QTest::newRow("ed25519") << KeyType::Ed25519;
    }
    void x509TextShowsExtensions()
    {
        QFETCH(KeyType, type);
        CertificateAuthority ca = root(type);
        LeafRequest request = leafRequest(type, LeafUsage::ServerAndClient);
        request.sans.emails = {QStringLiteral("ops@fl.local")};
        request.sans.uris = {QStringLiteral("spiffe://fl.local/ns/site-a/sa/envoy")};
        auto leaf = ca.issue(request);
        QVERIFY(leaf.ok());
        QVERIFY(writeFile(path(QStringLiteral("text-leaf.pem")), leaf->certificate.toPem()));
        QVERIFY(writeFile(path(QStringLiteral("text-root.pem")), ca.certificate().toPem()));
        auto r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("text-leaf.pem")), QStringLiteral("-text"), QStringLiteral("-noout")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray t = r.out;
        QVERIFY2(t.contains("DNS:localhost, DNS:server.fl.local, IP Address:127.0.0.1, email:ops@fl.local, "
                            "URI:spiffe://fl.local/ns/site-a/sa/envoy"),
                 fc::pki::test::msg(t));
        // the serial as openssl reads it is the one we report
        auto serial = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("text-leaf.pem")),
                                  QStringLiteral("-noout"), QStringLiteral("-serial")});
        QCOMPARE(serial.out.trimmed(), QByteArray("serial=" + leaf->certificate.serialHex().toLatin1()));
        QVERIFY(t.contains("TLS Web Server Authentication, TLS Web Client Authentication"));
        QVERIFY(t.contains("X509v3 Basic Constraints: critical\n                CA:FALSE"));
        QVERIFY(t.contains("X509v3 Key Usage: critical"));
        QVERIFY(t.contains(type == KeyType::Rsa2048 ? "Digital Signature, Key Encipherment" : "Digital Signature\n"));
        QVERIFY(t.contains("X509v3 Subject Key Identifier"));
        QVERIFY(t.contains("X509v3 Authority Key Identifier"));
        auto rr = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("text-root.pem")), QStringLiteral("-text"), QStringLiteral("-noout")});
        QVERIFY(rr.out.contains("X509v3 Basic Constraints: critical\n                CA:TRUE"));
        QVERIFY(rr.out.contains("Certificate Sign, CRL Sign"));
        QVERIFY(rr.out.contains("X509v3 Subject Key Identifier"));
    }

    void pkcs12Opens()
    {
        CertificateAuthority ca = root(KeyType::Rsa2048);
        auto leaf = ca.issue(leafRequest(KeyType::Rsa2048, LeafUsage::Client));
        auto p12 = exportPkcs12(leaf->certificate, leaf->key, leaf->chain, "p12-pass", QStringLiteral("client"));
        QVERIFY(p12.ok());
        QVERIFY(writeFile(path(QStringLiteral("x.p12")), p12.value()));
        auto ok = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path(QStringLiteral("x.p12")), QStringLiteral("-passin"),
                              QStringLiteral("pass:p12-pass"), QStringLiteral("-nodes")});
        QVERIFY2(ok.exitCode == 0, fc::pki::test::msg(ok.err));
        QVERIFY(ok.out.contains("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(ok.out.count("-----BEGIN CERTIFICATE-----"), 2);
        auto info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path(QStringLiteral("x.p12")), QStringLiteral("-passin"),
                                QStringLiteral("pass:p12-pass"), QStringLiteral("-info"), QStringLiteral("-noout")});
        QVERIFY2(QByteArray(info.out + info.err).contains("MAC: sha256"), fc::pki::test::msg(info.out + info.err));
        QVERIFY(QByteArray(info.out + info.err).contains("AES-256-CBC"));
        auto bad = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path(QStringLiteral("x.p12")), QStringLiteral("-passin"),
                               QStringLiteral("pass:wrong"), QStringLiteral("-nodes")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY(!bad.out.contains("PRIVATE KEY"));
    }

    void encryptedKeyOpensOnlyWithPassphrase_data()
    {
        QTest::addColumn<KeyDerivation>("kdf");
        QTest::newRow("scrypt") << KeyDerivation::Scrypt;
        QTest::newRow("pbkdf2") << KeyDerivation::Pbkdf2;
    }
    void encryptedKeyOpensOnlyWithPassphrase()
    {
        QFETCH(KeyDerivation, kdf);
        CertificateAuthority ca = root(KeyType::EcP384);
        auto pem = ca.key().toPem("ca-pass", kdf);
        QVERIFY(pem.ok());
        QVERIFY(writeFile(path(QStringLiteral("ca.key")), pem.value()));
        auto ok = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ca.key")), QStringLiteral("-passin"), QStringLiteral("pass:ca-pass"), QStringLiteral("-noout")});
        QVERIFY2(ok.exitCode == 0, fc::pki::test::msg(ok.err));
        auto wrong = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ca.key")), QStringLiteral("-passin"), QStringLiteral("pass:nope"), QStringLiteral("-noout")});
        QVERIFY(wrong.exitCode != 0);
        auto none = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ca.key")), QStringLiteral("-passin"), QStringLiteral("pass:"), QStringLiteral("-noout")});
        QVERIFY(none.exitCode != 0);
        auto parse = runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), path(QStringLiteral("ca.key"))});
        QVERIFY(parse.out.contains("aes-256-cbc"));
        QVERIFY(parse.out.contains(kdf == KeyDerivation::Scrypt ? ":scrypt" : ":PBKDF2"));
    }

    // CA keys made with older tools: "Proc-Type: 4,ENCRYPTED" PEM (openssl -traditional, as
    // OpenSSL 1.x's genrsa -aes256 wrote them) and an encrypted PKCS#8 from openssl itself open
    // with the passphrase and say which is wrong or missing otherwise.
    void keysEncryptedByOpensslImport_data()
    {
        QTest::addColumn<QStringList>("generate");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("rsa-traditional") << QStringList{QStringLiteral("genrsa"), QStringLiteral("-traditional"), QStringLiteral("-aes256"),
                                                        QStringLiteral("-passout"), QStringLiteral("pass:old tool"), QStringLiteral("2048")}
                                         << QByteArray("Proc-Type: 4,ENCRYPTED");
        QTest::newRow("rsa-pkcs8") << QStringList{QStringLiteral("genrsa"), QStringLiteral("-aes256"), QStringLiteral("-passout"),
                                                  QStringLiteral("pass:old tool"), QStringLiteral("2048")}
                                   << QByteArray("BEGIN ENCRYPTED PRIVATE KEY");
    }
    void keysEncryptedByOpensslImport()
    {
        QFETCH(QStringList, generate);
        QFETCH(QByteArray, marker);
        auto gen = runOpenssl(generate);
        QVERIFY2(gen.exitCode == 0, fc::pki::test::msg(gen.err));
        QVERIFY2(gen.out.contains(marker), fc::pki::test::msg(gen.out.left(120)));
        auto ok = PrivateKey::fromPem(gen.out, "old tool");
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QCOMPARE(ok->bits(), 2048);
        auto wrong = PrivateKey::fromPem(gen.out, "new tool");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().reason, QStringLiteral("WrongPassphrase"));
        auto none = PrivateKey::fromPem(gen.out);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().reason, QStringLiteral("PassphraseRequired"));
    }

    void opensslCsrSigned()
    {
        // a CSR made by openssl (as the OpenFL guide does), signed by us, verified by openssl
        CertificateAuthority ca = root(KeyType::Rsa2048);
        auto gen = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"), path(QStringLiteral("envoy.key")), QStringLiteral("-subj"), QStringLiteral("/CN=envoy-1/O=Org"),
                               QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:envoy-1"), QStringLiteral("-out"), path(QStringLiteral("envoy.csr"))});
        QVERIFY2(gen.exitCode == 0, fc::pki::test::msg(gen.err));
        QFile f(path(QStringLiteral("envoy.csr")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto csr = CertificateRequest::fromPem(f.readAll());
        QVERIFY(csr.ok());
        QCOMPARE(csr->subjectName().commonName, QStringLiteral("envoy-1"));
        QCOMPARE(csr->subjectAltNames().dns, QStringList{QStringLiteral("envoy-1")});
        auto cert = ca.signRequest(csr.value(), LeafUsage::Client, 30);
        QVERIFY(cert.ok());
        QVERIFY(writeFile(path(QStringLiteral("envoy.crt")), cert->toPem()));
        QVERIFY(writeFile(path(QStringLiteral("csr-root.pem")), ca.certificate().toPem()));
        auto v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("csr-root.pem")), QStringLiteral("-purpose"), QStringLiteral("sslclient"), path(QStringLiteral("envoy.crt"))});
        QVERIFY2(v.exitCode == 0, fc::pki::test::msg(v.out + v.err));
    }

    void mutualTls_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<bool>("clientFromSameCa");
        QTest::newRow("ec-p256") << KeyType::EcP256 << true;
        QTest::newRow("rsa2048") << KeyType::Rsa2048 << true;
        QTest::newRow("ed25519") << KeyType::Ed25519 << true;
        QTest::newRow("client-from-other-ca") << KeyType::EcP256 << false;
    }
    void mutualTls()
    {
        QFETCH(KeyType, type);
        QFETCH(bool, clientFromSameCa);
        CertificateAuthority ca = root(type);
        CertificateAuthority other = root(type, QStringLiteral("Other"));
        auto server = ca.issue(leafRequest(type, LeafUsage::Server));
        auto client = (clientFromSameCa ? ca : other).issue(leafRequest(type, LeafUsage::Client, QStringLiteral("site-1")));
        QVERIFY(server.ok() && client.ok());
        QVERIFY(writeFile(path(QStringLiteral("tls-root.pem")), ca.certificate().toPem()));
        QVERIFY(writeFile(path(QStringLiteral("server.crt")), server->certificate.toPem()));
        QVERIFY(writeFile(path(QStringLiteral("server.key")), server->key.toPem().value()));
        QVERIFY(writeFile(path(QStringLiteral("client.crt")), client->certificate.toPem()));
        QVERIFY(writeFile(path(QStringLiteral("client.key")), client->key.toPem().value()));

        const quint16 port = freePort();
        QProcess s;
        s.setProcessChannelMode(QProcess::MergedChannels);
        s.start(QStringLiteral("openssl"),
                {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                 QStringLiteral("-cert"), path(QStringLiteral("server.crt")), QStringLiteral("-key"), path(QStringLiteral("server.key")),
                 QStringLiteral("-CAfile"), path(QStringLiteral("tls-root.pem")), QStringLiteral("-Verify"), QStringLiteral("1"),
                 QStringLiteral("-verify_return_error"), QStringLiteral("-naccept"), QStringLiteral("1")});
        QVERIFY(s.waitForStarted(5000));
        QByteArray serverOut;
        QElapsedTimer t;
        t.start();
        while (!serverOut.contains("ACCEPT") && t.elapsed() < 10000) {
            s.waitForReadyRead(200);
            serverOut += s.readAll();
        }
        QVERIFY2(serverOut.contains("ACCEPT"), fc::pki::test::msg(serverOut));

        auto c = runOpenssl({QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("-cert"), path(QStringLiteral("client.crt")), QStringLiteral("-key"), path(QStringLiteral("client.key")),
                             QStringLiteral("-CAfile"), path(QStringLiteral("tls-root.pem")), QStringLiteral("-verify_return_error"),
                             QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1"), QStringLiteral("-servername"), QStringLiteral("localhost")},
                            "hello-mtls\n", 15000);
        if (!s.waitForFinished(10000)) {
            s.kill();
            s.waitForFinished(2000);
        }
        serverOut += s.readAll();
        if (clientFromSameCa) {
            QVERIFY2(c.exitCode == 0, fc::pki::test::msg(c.out + c.err + serverOut));
            QVERIFY2(c.out.contains("Verify return code: 0 (ok)"), fc::pki::test::msg(c.out));
            QVERIFY2(serverOut.contains("hello-mtls"), fc::pki::test::msg(serverOut));
            QVERIFY2(serverOut.contains("subject=CN = site-1") || serverOut.contains("subject=CN=site-1"), fc::pki::test::msg(serverOut));
        } else {
            QVERIFY2(!serverOut.contains("hello-mtls"), fc::pki::test::msg(serverOut));
            QVERIFY2(serverOut.contains("verify error") || serverOut.contains("certificate verify failed")
                         || serverOut.contains("unable to get local issuer"), fc::pki::test::msg(serverOut));
        }
    }
};

QTEST_GUILESS_MAIN(TestPkiOpensslInterop)
#include "tst_pki_openssl_interop.moc"
