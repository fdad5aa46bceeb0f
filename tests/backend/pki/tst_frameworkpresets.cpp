#include "backend/pki/ChainVerifier.h"
#include "backend/pki/FrameworkPresets.h"
#include "PkiTestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fc::pki;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

CertificateAuthority makeRoot(const Clock &clock, const QString &cn = QStringLiteral("fl-project"))
{
    auto ca = CertificateAuthority::createRoot(presets::flareRootCa(cn), clock);
    if (!ca)
        qFatal("root: %s", qPrintable(ca.error().message));
    return std::move(ca).value();
}

QStringList names(const QList<ExportFile> &files)
{
    QStringList out;
    for (const ExportFile &f : files)
        out << f.name;
    out.sort();
    return out;
}

const ExportFile *find(const QList<ExportFile> &files, const QString &name)
{
    for (const ExportFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

/// Checks the set: key files 0600 in the framework's encoding (FLARE and OpenFL: the traditional
/// form their tools write; FATE: PKCS#8), cert verifies against the CA file, and returns the leaf.
Certificate checkSet(const QList<ExportFile> &files, const QString &keyName, const QString &certName,
                     const QString &caName, const Clock &clock)
{
    const bool traditional = caName == QLatin1String("rootCA.pem") || caName == QLatin1String("root_ca.crt");
    const ExportFile *key = find(files, keyName);
    const ExportFile *cert = find(files, certName);
    const ExportFile *ca = find(files, caName);
    if (!key || !cert || !ca) {
        QTest::qFail("missing file in set", __FILE__, __LINE__);
        return {};
    }
    if (key->mode != 0600 || cert->mode != 0644)
        QTest::qFail("wrong file modes", __FILE__, __LINE__);
    auto leaf = Certificate::fromPem(cert->data);
    if (traditional) {
        const QByteArray header = !leaf ? QByteArray()
            : leaf->info().keyAlgorithm == QLatin1String("RSA") ? QByteArray("-----BEGIN RSA PRIVATE KEY-----")
            : leaf->info().keyAlgorithm == QLatin1String("EC")  ? QByteArray("-----BEGIN EC PRIVATE KEY-----")
                                                                : QByteArray("-----BEGIN PRIVATE KEY-----");
        if (!key->data.startsWith(header))
            QTest::qFail(qPrintable(QStringLiteral("key is not in the traditional form: ") + QString::fromLatin1(key->data.left(40))),
                         __FILE__, __LINE__);
    } else if (!key->data.startsWith("-----BEGIN PRIVATE KEY-----")) {
        QTest::qFail("key is not PKCS#8", __FILE__, __LINE__);
    }
    auto root = Certificate::fromPem(ca->data);
    auto k = PrivateKey::fromPem(key->data);
    if (!leaf || !root || !k) {
        QTest::qFail("unparsable set", __FILE__, __LINE__);
        return {};
    }
    if (!leaf->checkPrivateKey(k.value()).ok())
        QTest::qFail("key does not match", __FILE__, __LINE__);
    if (!verifyChain(leaf.value(), {}, {root.value()}, clock).ok())
        QTest::qFail("chain does not verify", __FILE__, __LINE__);
    return leaf.value();
}

} // namespace

class TestFrameworkPresets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flareServer()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        QCOMPARE(ca.certificate().subjectName().commonName, QStringLiteral("fl-project"));
        presets::FlareParticipant p;
        p.kind = presets::FlareKind::Server;
        p.name = QStringLiteral("server1");
        p.org = QStringLiteral("nvidia");
        p.hostNames = {QStringLiteral("server1.example.com"), QStringLiteral("10.1.2.3")};
        auto files = presets::flareKit(ca, p, clock);
        QVERIFY(files.ok());
        QCOMPARE(names(files.value()), (QStringList{QStringLiteral("rootCA.pem"), QStringLiteral("server.crt"), QStringLiteral("server.key")}));
        Certificate leaf = checkSet(files.value(), QStringLiteral("server.key"), QStringLiteral("server.crt"), QStringLiteral("rootCA.pem"), clock);
        QCOMPARE(leaf.subjectName().commonName, QStringLiteral("server1"));
        QCOMPARE(leaf.subjectName().organization, QStringLiteral("nvidia"));
        QCOMPARE(leaf.subjectAltNames().dns, (QStringList{QStringLiteral("server1"), QStringLiteral("server1.example.com")}));
        QCOMPARE(leaf.subjectAltNames().ips, QStringList{QStringLiteral("10.1.2.3")});
        QVERIFY(leaf.hasServerAuth());
    }

    void flareAdmin_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("ok");
        for (const QString &r : presets::flareAdminRoles())
            QTest::newRow(qPrintable(r)) << r << true;
        QTest::newRow("bogus") << QStringLiteral("superuser") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void flareAdmin()
    {
        QFETCH(QString, role);
        QFETCH(bool, ok);
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        presets::FlareParticipant p;
        p.kind = presets::FlareKind::Admin;
        p.name = QStringLiteral("admin@nvidia.com");
        p.org = QStringLiteral("nvidia");
        p.role = role;
        auto files = presets::flareKit(ca, p, clock);
        QCOMPARE(files.ok(), ok);
        if (!ok) {
            QCOMPARE(files.error().field, QStringLiteral("role"));
            return;
        }
        QCOMPARE(names(files.value()), (QStringList{QStringLiteral("client.crt"), QStringLiteral("client.key"), QStringLiteral("rootCA.pem")}));
        Certificate leaf = checkSet(files.value(), QStringLiteral("client.key"), QStringLiteral("client.crt"), QStringLiteral("rootCA.pem"), clock);
        QCOMPARE(leaf.subjectName().commonName, QStringLiteral("admin@nvidia.com"));
        QCOMPARE(leaf.subjectName().unstructuredName, role);
        QVERIFY(leaf.hasClientAuth());
    }

    void flareClient()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        presets::FlareParticipant p;
        p.kind = presets::FlareKind::Client;
        p.name = QStringLiteral("site-1");
        p.org = QStringLiteral("hospital-a");
        auto files = presets::flareKit(ca, p, clock);
        QVERIFY(files.ok());
        Certificate leaf = checkSet(files.value(), QStringLiteral("client.key"), QStringLiteral("client.crt"), QStringLiteral("rootCA.pem"), clock);
        QCOMPARE(leaf.subjectName().commonName, QStringLiteral("site-1"));
        QCOMPARE(leaf.subjectName().organization, QStringLiteral("hospital-a"));
    }

    void openfl()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock, QStringLiteral("openfl-ca"));
        auto director = presets::openflDirector(ca, QStringLiteral("example.com"), clock);
        QVERIFY(director.ok());
        QCOMPARE(names(director.value()), (QStringList{QStringLiteral("director.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")}));
        Certificate d = checkSet(director.value(), QStringLiteral("priv.key"), QStringLiteral("director.crt"), QStringLiteral("root_ca.crt"), clock);
        QCOMPARE(d.subjectName().commonName, QStringLiteral("director.example.com"));
        QVERIFY(d.subjectAltNames().dns.contains(QStringLiteral("director")));

        auto envoy = presets::openflEnvoy(ca, QStringLiteral("envoy-1"), clock);
        QVERIFY(envoy.ok());
        QCOMPARE(names(envoy.value()), (QStringList{QStringLiteral("envoy.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")}));
        Certificate e = checkSet(envoy.value(), QStringLiteral("priv.key"), QStringLiteral("envoy.crt"), QStringLiteral("root_ca.crt"), clock);
        QCOMPARE(e.subjectName().commonName, QStringLiteral("envoy-1"));
        QVERIFY(e.hasClientAuth());

        auto notebook = presets::openflNotebook(ca, QStringLiteral("notebook"), clock);
        QVERIFY(notebook.ok());
        QCOMPARE(names(notebook.value()), (QStringList{QStringLiteral("notebook.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")}));
        QVERIFY(!presets::openflEnvoy(ca, QString(), clock).ok());
    }

    void fate()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock, QStringLiteral("fate-ca"));
        auto eggroll = presets::fateEggroll(ca, QStringLiteral("9999"), QStringLiteral("fate.org"), clock);
        QVERIFY(eggroll.ok());
        QCOMPARE(names(eggroll.value()), (QStringList{QStringLiteral("ca.pem"), QStringLiteral("client.crt"), QStringLiteral("client.key"),
                                                    QStringLiteral("server.crt"), QStringLiteral("server.key")}));
        Certificate c = checkSet(eggroll.value(), QStringLiteral("client.key"), QStringLiteral("client.crt"), QStringLiteral("ca.pem"), clock);
        QCOMPARE(c.subjectName().commonName, QStringLiteral("party-9999-client.fate.org"));
        Certificate s = checkSet(eggroll.value(), QStringLiteral("server.key"), QStringLiteral("server.crt"), QStringLiteral("ca.pem"), clock);
        QCOMPARE(s.subjectName().commonName, QStringLiteral("party-9999-server.fate.org"));

        auto pulsar = presets::fatePulsar(ca, QStringLiteral("9999"), QStringLiteral("fate.org"), clock);
        QVERIFY(pulsar.ok());
        QCOMPARE(names(pulsar.value()), (QStringList{QStringLiteral("broker.cert.pem"), QStringLiteral("broker.key-pk8.pem"), QStringLiteral("ca.cert.pem")}));
        Certificate p = checkSet(pulsar.value(), QStringLiteral("broker.key-pk8.pem"), QStringLiteral("broker.cert.pem"), QStringLiteral("ca.cert.pem"), clock);
        QCOMPARE(p.subjectName().commonName, QStringLiteral("9999.fate.org"));

        auto ats = presets::fateTrafficServer(ca, QStringLiteral("fate.org"), clock);
        QVERIFY(ats.ok());
        QCOMPARE(names(ats.value()), (QStringList{QStringLiteral("ca.cert.pem"), QStringLiteral("proxy.cert.pem"), QStringLiteral("proxy.key.pem")}));
        Certificate t = checkSet(ats.value(), QStringLiteral("proxy.key.pem"), QStringLiteral("proxy.cert.pem"), QStringLiteral("ca.cert.pem"), clock);
        QCOMPARE(t.subjectName().commonName, QStringLiteral("proxy.fate.org"));
    }

    void intermediateChainInCertFile()
    {
        FixedClock clock(kNow);
        CertificateAuthority root = makeRoot(clock);
        CaRequest ir;
        ir.subject.commonName = QStringLiteral("inter");
        auto inter = root.createIntermediate(ir, clock);
        QVERIFY(inter.ok());
        auto files = presets::openflEnvoy(inter.value(), QStringLiteral("envoy-2"), clock);
        QVERIFY(files.ok());
        auto chain = Certificate::listFromPem(find(files.value(), QStringLiteral("envoy.crt"))->data);
        QCOMPARE(chain->size(), 2);
        auto rootFile = Certificate::fromPem(find(files.value(), QStringLiteral("root_ca.crt"))->data);
        QCOMPARE(rootFile.value(), root.certificate());
        QVERIFY(verifyChain(chain->at(0), {chain->at(1)}, {rootFile.value()}, clock).ok());
    }

    void badSanInPresetWritesNothing()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        presets::FlareParticipant p;
        p.kind = presets::FlareKind::Server;
        p.name = QStringLiteral("server1");
        p.hostNames = {QStringLiteral("bad_host!")};
        auto files = presets::flareKit(ca, p, clock);
        QVERIFY(!files.ok());
        QVERIFY(files.error().message.contains(QLatin1String("bad_host!")));
    }

    void writeKit()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto files = presets::openflEnvoy(ca, QStringLiteral("envoy-1"), clock);
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/envoy-cert");
        QVERIFY(writeExportFiles(dir, files.value()).ok());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("envoy.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")}));
        QCOMPARE(QFile::permissions(dir + QStringLiteral("/priv.key")),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }

    void pkcs12Preset()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        LeafRequest r;
        r.subject.commonName = QStringLiteral("svc");
        auto issued = ca.issue(r, clock);
        auto p12 = presets::pkcs12File(issued.value(), QStringLiteral("svc"), "pw");
        QVERIFY(p12.ok());
        QCOMPARE(p12->first().name, QStringLiteral("svc.p12"));
        QCOMPARE(p12->first().mode, 0600);
        auto pem = presets::pemFiles(issued.value(), QStringLiteral("svc"));
        QCOMPARE(names(pem.value()), (QStringList{QStringLiteral("ca.crt"), QStringLiteral("svc.crt"), QStringLiteral("svc.key")}));
    }

    // FLARE's provisioner and OpenFL's tools write keys with Python cryptography's
    // TraditionalOpenSSL format; the kits use the same form for every key type the UI offers, and
    // the openssl CLI reads each one back as the certificate's key.
    void flareKitKeysInTraditionalForm_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("rsa2048") << KeyType::Rsa2048 << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
        QTest::newRow("ec-p256") << KeyType::EcP256 << QByteArray("-----BEGIN EC PRIVATE KEY-----");
        QTest::newRow("ec-p384") << KeyType::EcP384 << QByteArray("-----BEGIN EC PRIVATE KEY-----");
        QTest::newRow("ed25519") << KeyType::Ed25519 << QByteArray("-----BEGIN PRIVATE KEY-----"); // no other form
    }
    void flareKitKeysInTraditionalForm()
    {
        QFETCH(KeyType, type);
        QFETCH(QByteArray, header);
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        presets::FlareParticipant p;
        p.kind = presets::FlareKind::Client;
        p.name = QStringLiteral("site-9");
        p.org = QStringLiteral("hospital-z");
        auto files = presets::flareKit(ca, p, clock, type);
        QVERIFY(files.ok());
        const ExportFile *key = find(files.value(), QStringLiteral("client.key"));
        const ExportFile *cert = find(files.value(), QStringLiteral("client.crt"));
        QVERIFY(key && cert);
        QVERIFY2(key->data.startsWith(header), key->data.left(40).constData());
        QTemporaryDir tmp;
        QVERIFY(writeExportFiles(tmp.path(), files.value()).ok());
        const auto pub = test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), tmp.filePath(QStringLiteral("client.key")),
                                           QStringLiteral("-pubout")});
        QVERIFY2(pub.exitCode == 0, pub.err.constData());
        const auto certPub = test::runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), tmp.filePath(QStringLiteral("client.crt")),
                                               QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QCOMPARE(pub.out, certPub.out);
        if (type == KeyType::Rsa2048) {
            const auto check = test::runOpenssl({QStringLiteral("rsa"), QStringLiteral("-in"), tmp.filePath(QStringLiteral("client.key")),
                                                 QStringLiteral("-check"), QStringLiteral("-noout")});
            QVERIFY2(check.exitCode == 0 && check.out.contains("RSA key ok"), check.out.constData());
        }
        // and our own reader takes it back
        auto back = PrivateKey::fromPem(key->data);
        QVERIFY(back.ok());
        QVERIFY(Certificate::fromPem(cert->data)->checkPrivateKey(back.value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestFrameworkPresets)
#include "tst_frameworkpresets.moc"
