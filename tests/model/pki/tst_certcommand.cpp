#include "cli/CertCommand.h"

#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/ChainVerifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {
struct Run {
    int rc;
    QString out;
    QString err;
};
} // namespace

class TestCertCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;

    Run run(QStringList args, bool withDataDir = true)
    {
        if (withDataDir)
            args = QStringList{QStringLiteral("--data-dir"), m_data} + args;
        QString out, err;
        QTextStream o(&out), e(&err);
        const int rc = cli::runCertCommand(args, o, e);
        return {rc, out, err};
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = path(QStringLiteral("pki"));
        qputenv("FEDCONSOLE_CA_PASSPHRASE", "env-pass");
        QVERIFY(run({QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("main"), QStringLiteral("--cn"), QStringLiteral("Main CA"),
                     QStringLiteral("--org"), QStringLiteral("Example"), QStringLiteral("--key-type"), QStringLiteral("ec-p256")}).rc == 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("issue"), QStringLiteral("--bogus"), QStringLiteral("x")};
        QTest::newRow("ca-without-sub") << QStringList{QStringLiteral("ca")};
        QTest::newRow("create-without-cn") << QStringList{QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("x")};
        QTest::newRow("issue-missing-out") << QStringList{QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--cn"), QStringLiteral("a")};
        QTest::newRow("bad-key-type") << QStringList{QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--cn"), QStringLiteral("x"), QStringLiteral("--key-type"), QStringLiteral("dsa")};
        QTest::newRow("unknown-format") << QStringList{QStringLiteral("export"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--format"), QStringLiteral("zip"), QStringLiteral("--out"), QStringLiteral("/tmp/x")};
        QTest::newRow("p12-no-pass") << QStringList{QStringLiteral("export"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--format"), QStringLiteral("p12"), QStringLiteral("--cn"), QStringLiteral("a"), QStringLiteral("--out"), QStringLiteral("/tmp/x")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.rc, 1);
        QVERIFY(r.err.startsWith(QLatin1String("error: ")));
        QVERIFY(r.err.contains(QLatin1String("usage: fedconsole-cli cert")));
    }

    void caListAndPassphraseFile()
    {
        QFile pf(path(QStringLiteral("pass.txt")));
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write("file-pass\n");
        pf.close();
        Run r = run({QStringLiteral("--passphrase-file"), pf.fileName(), QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("second"),
                     QStringLiteral("--cn"), QStringLiteral("Second CA")});
        QCOMPARE(r.rc, 0);
        r = run({QStringLiteral("ca"), QStringLiteral("list")});
        QCOMPARE(r.rc, 0);
        QVERIFY(r.out.contains(QLatin1String("main")));
        QVERIFY(r.out.contains(QLatin1String("CN = Second CA")));
        // the env passphrase does not open the one made with the file passphrase
        r = run({QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("second"), QStringLiteral("--cn"), QStringLiteral("x"),
                 QStringLiteral("--out"), path(QStringLiteral("never"))});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("wrong passphrase")), qPrintable(r.err));
        QVERIFY(!QDir(path(QStringLiteral("never"))).exists());
    }

    void issueWritesPemFiles()
    {
        const QString out = path(QStringLiteral("issued"));
        Run r = run({QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--cn"), QStringLiteral("svc.example.org"),
                     QStringLiteral("--san"), QStringLiteral("svc.example.org"), QStringLiteral("--san"), QStringLiteral("10.0.0.1"),
                     QStringLiteral("--usage"), QStringLiteral("both"), QStringLiteral("--out"), out, QStringLiteral("--name"), QStringLiteral("svc")});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("ca.crt"), QStringLiteral("svc.crt"), QStringLiteral("svc.key")}));
        QCOMPARE(QFile::permissions(out + QStringLiteral("/svc.key")), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(r.out.contains(QLatin1String("DNS:svc.example.org, IP:10.0.0.1")));
        r = run({QStringLiteral("list")});
        QCOMPARE(r.rc, 0);
        QVERIFY(r.out.startsWith(QLatin1String("SUBJECT\tISSUER\tSANS\tSERIAL\tNOT AFTER\tSTATUS\tCHAIN")));
        QVERIFY(r.out.contains(QLatin1String("CN = svc.example.org")));
        QVERIFY(r.out.contains(QLatin1String("verified")));
    }

    // The files are written when the inventory cannot record the certificate (here a plain file
    // where the store's issued/ folder goes): exit 0, the files there, a warning on stderr.
    void inventoryFailureIsAWarning()
    {
        QTemporaryDir data;
        const QString dataDir = data.filePath(QStringLiteral("pki"));
        auto args = [&](QStringList a) { return QStringList{QStringLiteral("--data-dir"), dataDir} + a; };
        QString o1, e1;
        QTextStream so1(&o1), se1(&e1);
        QCOMPARE(cli::runCertCommand(args({QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("w"), QStringLiteral("--cn"),
                                           QStringLiteral("W CA"), QStringLiteral("--key-type"), QStringLiteral("ec-p256")}),
                                     so1, se1),
                 0);
        QFile blocker(dataDir + QStringLiteral("/issued"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString out = path(QStringLiteral("warned"));
        QString o2, e2;
        QTextStream so2(&o2), se2(&e2);
        const int rc = cli::runCertCommand(args({QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("w"), QStringLiteral("--cn"),
                                                 QStringLiteral("w.example.org"), QStringLiteral("--san"), QStringLiteral("w.example.org"),
                                                 QStringLiteral("--out"), out}),
                                           so2, se2);
        se2.flush();
        so2.flush();
        QVERIFY2(rc == 0, qPrintable(e2));
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("ca.crt"), QStringLiteral("tls.crt"), QStringLiteral("tls.key")}));
        QVERIFY2(e2.contains(QLatin1String("warning: not recorded in the inventory")), qPrintable(e2));
    }

    void emailAndUriSans()
    {
        const QString out = path(QStringLiteral("spiffe"));
        Run r = run({QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--cn"), QStringLiteral("envoy-a"),
                     QStringLiteral("--san"), QStringLiteral("URI:spiffe://fl.example/ns/a/sa/envoy"), QStringLiteral("--san"),
                     QStringLiteral("email:ops@example.org"), QStringLiteral("--san"), QStringLiteral("envoy-a"),
                     QStringLiteral("--usage"), QStringLiteral("client"), QStringLiteral("--out"), out});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QFile crt(out + QStringLiteral("/tls.crt"));
        QVERIFY(crt.open(QIODevice::ReadOnly));
        const pki::SubjectAltNames sans = pki::Certificate::fromPem(crt.readAll())->subjectAltNames();
        QCOMPARE(sans.uris, QStringList{QStringLiteral("spiffe://fl.example/ns/a/sa/envoy")});
        QCOMPARE(sans.emails, QStringList{QStringLiteral("ops@example.org")});
        QCOMPARE(sans.dns, QStringList{QStringLiteral("envoy-a")});
    }

    void badSanWritesNothing()
    {
        const QString out = path(QStringLiteral("badsan"));
        Run r = run({QStringLiteral("issue"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--cn"), QStringLiteral("x"),
                     QStringLiteral("--san"), QStringLiteral("bad_name!"), QStringLiteral("--out"), out});
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(QLatin1String("\"bad_name!\"")));
        QVERIFY(!QDir(out).exists());
    }

    void signCsr()
    {
        auto key = pki::PrivateKey::generate(pki::KeyType::EcP256);
        pki::DistinguishedName dn;
        dn.commonName = QStringLiteral("envoy-7");
        auto csr = pki::CertificateRequest::create(dn, {{QStringLiteral("envoy-7")}, {}, {}, {}}, key.value());
        QFile f(path(QStringLiteral("req.csr")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csr->toPem());
        f.close();
        Run r = run({QStringLiteral("sign-csr"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--csr"), f.fileName(),
                     QStringLiteral("--usage"), QStringLiteral("client"), QStringLiteral("--out"), path(QStringLiteral("envoy-7.crt"))});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("request subject: CN = envoy-7")));
        QVERIFY(r.out.contains(QLatin1String("request SANs:    DNS:envoy-7")));
        QFile c(path(QStringLiteral("envoy-7.crt")));
        QVERIFY(c.open(QIODevice::ReadOnly));
        auto cert = pki::Certificate::fromPem(c.readAll());
        QVERIFY(cert.ok());
        QVERIFY(cert->checkPrivateKey(key.value()).ok());
        // malformed CSR: exit 2 naming the file
        QFile g(path(QStringLiteral("junk.csr")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("junk");
        g.close();
        r = run({QStringLiteral("sign-csr"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--csr"), g.fileName(),
                 QStringLiteral("--out"), path(QStringLiteral("junk.crt"))});
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(g.fileName()));
        QVERIFY(!QFile::exists(path(QStringLiteral("junk.crt"))));
    }

    void exportFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("pem") << QStringList{QStringLiteral("--format"), QStringLiteral("pem"), QStringLiteral("--cn"), QStringLiteral("a"), QStringLiteral("--name"), QStringLiteral("a")}
                             << QStringList{QStringLiteral("a.crt"), QStringLiteral("a.key"), QStringLiteral("ca.crt")};
        QTest::newRow("p12") << QStringList{QStringLiteral("--format"), QStringLiteral("p12"), QStringLiteral("--cn"), QStringLiteral("a"), QStringLiteral("--name"), QStringLiteral("a")}
                             << QStringList{QStringLiteral("a.p12")};
        QTest::newRow("flare-server") << QStringList{QStringLiteral("--format"), QStringLiteral("flare"), QStringLiteral("--kind"), QStringLiteral("server"), QStringLiteral("--name"), QStringLiteral("server1"), QStringLiteral("--org"), QStringLiteral("nvidia")}
                                      << QStringList{QStringLiteral("rootCA.pem"), QStringLiteral("server.crt"), QStringLiteral("server.key")};
        QTest::newRow("flare-admin") << QStringList{QStringLiteral("--format"), QStringLiteral("flare"), QStringLiteral("--kind"), QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("admin@nvidia.com"), QStringLiteral("--org"), QStringLiteral("nvidia"), QStringLiteral("--role"), QStringLiteral("project_admin")}
                                     << QStringList{QStringLiteral("client.crt"), QStringLiteral("client.key"), QStringLiteral("rootCA.pem")};
        QTest::newRow("openfl-director") << QStringList{QStringLiteral("--format"), QStringLiteral("openfl-director"), QStringLiteral("--domain"), QStringLiteral("example.com")}
                                         << QStringList{QStringLiteral("director.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")};
        QTest::newRow("openfl-envoy") << QStringList{QStringLiteral("--format"), QStringLiteral("openfl-envoy"), QStringLiteral("--name"), QStringLiteral("envoy-1")}
                                      << QStringList{QStringLiteral("envoy.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")};
        QTest::newRow("openfl-notebook") << QStringList{QStringLiteral("--format"), QStringLiteral("openfl-notebook")}
                                         << QStringList{QStringLiteral("notebook.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")};
        QTest::newRow("fate-eggroll") << QStringList{QStringLiteral("--format"), QStringLiteral("fate-eggroll"), QStringLiteral("--party-id"), QStringLiteral("9999"), QStringLiteral("--domain"), QStringLiteral("fate.org")}
                                      << QStringList{QStringLiteral("ca.pem"), QStringLiteral("client.crt"), QStringLiteral("client.key"), QStringLiteral("server.crt"), QStringLiteral("server.key")};
        QTest::newRow("fate-pulsar") << QStringList{QStringLiteral("--format"), QStringLiteral("fate-pulsar"), QStringLiteral("--party-id"), QStringLiteral("9999"), QStringLiteral("--domain"), QStringLiteral("fate.org")}
                                     << QStringList{QStringLiteral("broker.cert.pem"), QStringLiteral("broker.key-pk8.pem"), QStringLiteral("ca.cert.pem")};
        QTest::newRow("fate-traffic-server") << QStringList{QStringLiteral("--format"), QStringLiteral("fate-traffic-server"), QStringLiteral("--domain"), QStringLiteral("fate.org")}
                                             << QStringList{QStringLiteral("ca.cert.pem"), QStringLiteral("proxy.cert.pem"), QStringLiteral("proxy.key.pem")};
    }
    void exportFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, files);
        qputenv("FEDCONSOLE_P12_PASSPHRASE", "p12-pass");
        const QString out = path(QStringLiteral("export-") + QString::fromLatin1(QTest::currentDataTag()));
        const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--ca"), QStringLiteral("main"), QStringLiteral("--out"), out} + args);
        qunsetenv("FEDCONSOLE_P12_PASSPHRASE");
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QCOMPARE(filesIn(out), files);
    }

    void importCa()
    {
        pki::CaRequest req;
        req.subject.commonName = QStringLiteral("Imported");
        req.keyType = pki::KeyType::Rsa2048;
        auto ca = pki::CertificateAuthority::createRoot(req);
        QFile c(path(QStringLiteral("imp.crt"))), k(path(QStringLiteral("imp.key"))), kp(path(QStringLiteral("imp.pass")));
        QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly) && kp.open(QIODevice::WriteOnly));
        c.write(ca->certificate().toPem());
        k.write(ca->key().toPem("old-pass").value());
        kp.write("old-pass\n");
        c.close();
        k.close();
        kp.close();
        Run r = run({QStringLiteral("ca"), QStringLiteral("import"), QStringLiteral("imported"), QStringLiteral("--cert"), c.fileName(),
                     QStringLiteral("--key"), k.fileName()});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("passphrase is required")), qPrintable(r.err));
        r = run({QStringLiteral("ca"), QStringLiteral("import"), QStringLiteral("imported"), QStringLiteral("--cert"), c.fileName(),
                 QStringLiteral("--key"), k.fileName(), QStringLiteral("--key-passphrase-file"), kp.fileName()});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        r = run({QStringLiteral("ca"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("imported")));
    }

    void missingPassphrase()
    {
        qunsetenv("FEDCONSOLE_CA_PASSPHRASE");
        const Run r = run({QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("nopass"), QStringLiteral("--cn"), QStringLiteral("x")});
        qputenv("FEDCONSOLE_CA_PASSPHRASE", "env-pass");
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(QLatin1String("FEDCONSOLE_CA_PASSPHRASE")));
    }
};

QTEST_GUILESS_MAIN(TestCertCommand)
#include "tst_certcommand.moc"
