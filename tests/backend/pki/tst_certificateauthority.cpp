#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/ChainVerifier.h"
#include "backend/pki/ExportFile.h"
#include "backend/pki/Pkcs12.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc::pki;

Q_DECLARE_METATYPE(fc::pki::KeyType)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);

CertificateAuthority makeRoot(const Clock &clock, KeyType type = KeyType::EcP256, int days = 3650)
{
    CaRequest req;
    req.subject = {QStringLiteral("Test Root"), QStringLiteral("FedConsole"), QStringLiteral("QA"),
                   QStringLiteral("DE"), QStringLiteral("Berlin"), QStringLiteral("Berlin"), {}};
    req.keyType = type;
    req.validityDays = days;
    auto ca = CertificateAuthority::createRoot(req, clock);
    if (!ca)
        qFatal("root: %s", qPrintable(ca.error().message));
    return std::move(ca).value();
}

LeafRequest serverRequest(KeyType type = KeyType::EcP256)
{
    LeafRequest r;
    r.subject.commonName = QStringLiteral("server1.example.org");
    r.subject.organization = QStringLiteral("Org A");
    r.sans.dns = {QStringLiteral("server1.example.org"), QStringLiteral("server1")};
    r.sans.ips = {QStringLiteral("10.0.0.5"), QStringLiteral("::1")};
    r.usage = LeafUsage::Server;
    r.keyType = type;
    return r;
}

void addKeyTypes()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::newRow("rsa2048") << KeyType::Rsa2048 << QStringLiteral("RSA") << 2048;
    QTest::newRow("rsa3072") << KeyType::Rsa3072 << QStringLiteral("RSA") << 3072;
    QTest::newRow("rsa4096") << KeyType::Rsa4096 << QStringLiteral("RSA") << 4096;
    QTest::newRow("ec-p256") << KeyType::EcP256 << QStringLiteral("EC") << 256;
    QTest::newRow("ec-p384") << KeyType::EcP384 << QStringLiteral("EC") << 384;
    QTest::newRow("ed25519") << KeyType::Ed25519 << QStringLiteral("Ed25519") << 256;
}

} // namespace

class TestCertificateAuthority : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generateKey_data() { addKeyTypes(); }
    void generateKey()
    {
        QFETCH(KeyType, type);
        QFETCH(QString, algorithm);
        QFETCH(int, bits);
        auto key = PrivateKey::generate(type);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->algorithm(), algorithm);
        QCOMPARE(key->bits(), bits);
        QCOMPARE(keyTypeFromName(keyTypeName(type)), std::optional<KeyType>(type));
    }

    void rootCa()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        const CertificateInfo info = ca.certificate().info();
        QVERIFY(info.isCA);
        QVERIFY(info.selfSigned);
        QCOMPARE(info.subjectName.commonName, QStringLiteral("Test Root"));
        QCOMPARE(info.subjectName.organization, QStringLiteral("FedConsole"));
        QCOMPARE(info.subjectName.organizationalUnit, QStringLiteral("QA"));
        QCOMPARE(info.subjectName.country, QStringLiteral("DE"));
        QCOMPARE(info.subjectName.state, QStringLiteral("Berlin"));
        QCOMPARE(info.subjectName.locality, QStringLiteral("Berlin"));
        QCOMPARE(info.keyUsage, (QStringList{QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
        QVERIFY(info.extendedKeyUsage.isEmpty());
        QCOMPARE(info.notBefore, kNow);
        QCOMPARE(info.notAfter, kNow.addDays(3650));
        QCOMPARE(info.sha256Fingerprint.size(), 32 * 3 - 1);
        QVERIFY(verifyChain(ca.certificate(), {}, {ca.certificate()}, clock).ok());
    }

    void issueLeaf_data() { addKeyTypes(); }
    void issueLeaf()
    {
        QFETCH(KeyType, type);
        QFETCH(QString, algorithm);
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock, type);
        auto issued = ca.issue(serverRequest(type), clock);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        const CertificateInfo info = issued->certificate.info();
        QVERIFY(!info.isCA);
        QCOMPARE(info.keyAlgorithm, algorithm);
        QCOMPARE(info.subjectName.commonName, QStringLiteral("server1.example.org"));
        QCOMPARE(info.issuer, ca.certificate().info().subject);
        QCOMPARE(info.sans.dns, (QStringList{QStringLiteral("server1.example.org"), QStringLiteral("server1")}));
        QCOMPARE(info.sans.ips, (QStringList{QStringLiteral("10.0.0.5"), QStringLiteral("::1")}));
        QCOMPARE(info.extendedKeyUsage, QStringList{QStringLiteral("serverAuth")});
        QStringList ku{QStringLiteral("digitalSignature")};
        if (algorithm == QLatin1String("RSA"))
            ku << QStringLiteral("keyEncipherment");
        QCOMPARE(info.keyUsage, ku);
        // 128 random bits (serialsHave128RandomBits): at most 32 hex digits, fewer when the draw
        // starts with zero bytes
        QVERIFY2(info.serialHex.size() >= 2 && info.serialHex.size() <= 32, qPrintable(info.serialHex));
        QVERIFY(issued->certificate.checkPrivateKey(issued->key).ok());
        QCOMPARE(issued->chain.size(), 1);
        auto verified = verifyChain(issued->certificate, {}, {ca.certificate()}, clock);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    }

    void serialsDiffer()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto a = ca.issue(serverRequest(), clock);
        auto b = ca.issue(serverRequest(), clock);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->certificate.serialHex() != b->certificate.serialHex());
    }

    // 128 random bits: positive, never zero, and the top bit is random too (a serial whose top bit
    // is set is 17 DER octets with the sign byte). 64 serials all missing one value of that bit:
    // 2^-63 by chance.
    void serialsHave128RandomBits()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        QList<LeafRequest> requests(64, serverRequest());
        auto issued = ca.issueAll(requests, clock);
        int topBitSet = 0;
        for (const auto &r : issued) {
            QVERIFY(r.ok());
            const ASN1_INTEGER *serial = X509_get0_serialNumber(r->certificate.get());
            QCOMPARE(ASN1_STRING_type(serial), V_ASN1_INTEGER); // positive
            QVERIFY(ASN1_STRING_length(serial) <= 16);
            QVERIFY(r->certificate.serialHex().size() <= 32);
            QVERIFY(r->certificate.serialHex() != QLatin1String("0"));
            if (ASN1_STRING_length(serial) == 16 && (ASN1_STRING_get0_data(serial)[0] & 0x80))
                ++topBitSet;
        }
        QVERIFY2(topBitSet > 0 && topBitSet < 64, qPrintable(QString::number(topBitSet)));
    }

    // a batch over several threads: request order kept, each result its own, keys and serials distinct
    void issueAllKeepsOrderAndErrors()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        QList<LeafRequest> requests;
        for (int i = 0; i < 7; ++i) {
            LeafRequest r = serverRequest(i % 2 ? KeyType::Rsa2048 : KeyType::EcP256);
            r.subject.commonName = QStringLiteral("party-%1.example.org").arg(i);
            r.sans.dns = {r.subject.commonName};
            if (i == 3)
                r.sans.dns = {QStringLiteral("bad_name")};
            requests << r;
        }
        const auto results = ca.issueAll(requests, clock, fc::ParallelOptions{3});
        QCOMPARE(results.size(), size_t(7));
        QSet<QString> serials, keys;
        for (int i = 0; i < 7; ++i) {
            const auto &r = results[size_t(i)];
            if (i == 3) {
                QVERIFY(!r.ok());
                QCOMPARE(r.error().reason, QStringLiteral("BadSan"));
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->certificate.info().subjectName.commonName, QStringLiteral("party-%1.example.org").arg(i));
            QCOMPARE(r->key.algorithm(), i % 2 ? QStringLiteral("RSA") : QStringLiteral("EC"));
            QVERIFY(r->certificate.checkPrivateKey(r->key).ok());
            QVERIFY(verifyChain(r->certificate, {}, {ca.certificate()}, clock).ok());
            serials.insert(r->certificate.serialHex());
            keys.insert(QString::fromLatin1(r->key.publicKeyPem()));
        }
        QCOMPARE(serials.size(), 6);
        QCOMPARE(keys.size(), 6);
    }

    void issueAllStops()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        QList<LeafRequest> requests(5, serverRequest());
        std::atomic<bool> stop{true};
        auto none = ca.issueAll(requests, clock, fc::ParallelOptions{2, &stop});
        QCOMPARE(none.size(), size_t(5));
        for (const auto &r : none) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().reason, QStringLiteral("Cancelled"));
        }
        // one thread, stopped from inside the run after the second certificate: the rest are cancelled
        int started = 0;
        std::atomic<bool> later{false};
        fc::parallelFor(5, [&](int) { if (++started == 2) later = true; }, fc::ParallelOptions{1, &later});
        QCOMPARE(started, 2);
    }

    void usages_data()
    {
        QTest::addColumn<LeafUsage>("usage");
        QTest::addColumn<QStringList>("eku");
        QTest::newRow("server") << LeafUsage::Server << QStringList{QStringLiteral("serverAuth")};
        QTest::newRow("client") << LeafUsage::Client << QStringList{QStringLiteral("clientAuth")};
        QTest::newRow("both") << LeafUsage::ServerAndClient
                              << QStringList{QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    }
    void usages()
    {
        QFETCH(LeafUsage, usage);
        QFETCH(QStringList, eku);
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        LeafRequest r = serverRequest();
        r.usage = usage;
        auto issued = ca.issue(r, clock);
        QVERIFY(issued.ok());
        QCOMPARE(issued->certificate.info().extendedKeyUsage, eku);
    }

    void intermediate()
    {
        FixedClock clock(kNow);
        CertificateAuthority root = makeRoot(clock);
        CaRequest ir;
        ir.subject.commonName = QStringLiteral("Test Intermediate");
        ir.pathLength = 0;
        ir.keyType = KeyType::EcP384;
        auto inter = root.createIntermediate(ir, clock);
        QVERIFY(inter.ok());
        QCOMPARE(inter->certificate().info().pathLength, 0);
        QCOMPARE(inter->chain().size(), 2);
        QCOMPARE(inter->root(), root.certificate());
        auto leaf = inter->issue(serverRequest(), clock);
        QVERIFY(leaf.ok());
        QCOMPARE(leaf->chain.size(), 2);
        QVERIFY(verifyChain(leaf->certificate, {inter->certificate()}, {root.certificate()}, clock).ok());
        auto noIntermediate = verifyChain(leaf->certificate, {}, {root.certificate()}, clock);
        QVERIFY(!noIntermediate.ok());
        QVERIFY(noIntermediate.error().message.contains(QLatin1String("unable to get local issuer")));
        // pathlen 0: it may not sign another CA
        auto sub = inter->createIntermediate(ir, clock);
        QVERIFY(!sub.ok());
        QCOMPARE(sub.error().reason, QStringLiteral("PathLength"));
    }

    // RFC 5280 4.2.1.9: below a CA with pathlen N a CA may allow at most N - 1 levels
    void intermediatePathLengthInheritsTheLimit()
    {
        FixedClock clock(kNow);
        CertificateAuthority root = makeRoot(clock);
        CaRequest limited;
        limited.subject.commonName = QStringLiteral("Limited Intermediate");
        limited.pathLength = 1;
        auto top = root.createIntermediate(limited, clock);
        QVERIFY(top.ok());
        QCOMPARE(top->certificate().info().pathLength, 1);
        CaRequest unlimited;
        unlimited.subject.commonName = QStringLiteral("Issuing CA");
        auto issuing = top->createIntermediate(unlimited, clock); // asks for no limit: gets 0
        QVERIFY(issuing.ok());
        QCOMPARE(issuing->certificate().info().pathLength, 0);
        CaRequest tooMuch = unlimited;
        tooMuch.pathLength = 1;
        auto refused = top->createIntermediate(tooMuch, clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().reason, QStringLiteral("PathLength"));
        QVERIFY2(refused.error().message.contains(QLatin1String("allows below it (0)")), qPrintable(refused.error().message));
        // under the unlimited root, an unlimited request stays unlimited
        auto free = root.createIntermediate(unlimited, clock);
        QVERIFY(free.ok());
        QCOMPARE(free->certificate().info().pathLength, -1);
    }

    void validityCappedAtIssuer()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock, KeyType::EcP256, 30);
        LeafRequest r = serverRequest();
        r.validityDays = 365;
        auto issued = ca.issue(r, clock);
        QVERIFY(issued.ok());
        QCOMPARE(issued->certificate.notAfter(), ca.certificate().notAfter());
    }

    void expiredIssuerRefused()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock, KeyType::EcP256, 10);
        clock.advanceDays(11);
        auto issued = ca.issue(serverRequest(), clock);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().reason, QStringLiteral("Expired"));
        QVERIFY(issued.error().message.contains(QLatin1String("expired")));
        // and the chain check at that time reports the expiry
        clock.setNow(kNow);
        auto leaf = ca.issue(serverRequest(), clock);
        QVERIFY(leaf.ok());
        clock.advanceDays(11);
        auto v = verifyChain(leaf->certificate, {}, {ca.certificate()}, clock);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QLatin1String("expired")));
    }

    void nonCaIssuerRefused()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto leaf = ca.issue(serverRequest(), clock);
        QVERIFY(leaf.ok());
        CertificateAuthority fake(leaf->certificate, leaf->key);
        auto issued = fake.issue(serverRequest(), clock);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().reason, QStringLiteral("NotCA"));
        QVERIFY(issued.error().message.contains(QLatin1String("not a CA")));
        auto loaded = CertificateAuthority::fromPem(leaf->certificate.toPem(), leaf->key.toPem().value());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().reason, QStringLiteral("NotCA"));
    }

    void badSan_data()
    {
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty-label") << QStringList{QStringLiteral("a..b")} << QStringList{} << QStringLiteral("a..b");
        QTest::newRow("leading-dash") << QStringList{QStringLiteral("-a.example")} << QStringList{} << QStringLiteral("-a.example");
        QTest::newRow("underscore") << QStringList{QStringLiteral("my_host")} << QStringList{} << QStringLiteral("my_host");
        QTest::newRow("space") << QStringList{QStringLiteral("a b")} << QStringList{} << QStringLiteral("a b");
        QTest::newRow("comma-injection") << QStringList{QStringLiteral("a,IP:1.2.3.4")} << QStringList{} << QStringLiteral("a,IP:1.2.3.4");
        QTest::newRow("long-label") << QStringList{QString(64, QLatin1Char('a'))} << QStringList{} << QString(64, QLatin1Char('a'));
        QTest::newRow("ip-octet") << QStringList{} << QStringList{QStringLiteral("300.1.1.1")} << QStringLiteral("300.1.1.1");
        QTest::newRow("ip-short") << QStringList{} << QStringList{QStringLiteral("1.2.3")} << QStringLiteral("1.2.3");
        QTest::newRow("ip-name") << QStringList{} << QStringList{QStringLiteral("localhost")} << QStringLiteral("localhost");
        QTest::newRow("ipv6-bad") << QStringList{} << QStringList{QStringLiteral("fe80:::1")} << QStringLiteral("fe80:::1");
        QTest::newRow("email-no-at") << QStringList{QStringLiteral("email:ops.example.org")} << QStringList{} << QStringLiteral("ops.example.org");
        QTest::newRow("email-space") << QStringList{QStringLiteral("email:a b@example.org")} << QStringList{} << QStringLiteral("a b@example.org");
        QTest::newRow("uri-relative") << QStringList{QStringLiteral("uri:/just/a/path")} << QStringList{} << QStringLiteral("/just/a/path");
        QTest::newRow("uri-no-rest") << QStringList{QStringLiteral("uri:spiffe:")} << QStringList{} << QStringLiteral("spiffe:");
    }
    void badSan()
    {
        QFETCH(QStringList, dns);
        QFETCH(QStringList, ips);
        QFETCH(QString, named);
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        LeafRequest r = serverRequest();
        r.sans = {};
        r.sans.ips = ips;
        for (const QString &d : dns) { // "email:" and "uri:" rows test the other two kinds
            if (d.startsWith(QLatin1String("email:")))
                r.sans.emails << d.mid(6);
            else if (d.startsWith(QLatin1String("uri:")))
                r.sans.uris << d.mid(4);
            else
                r.sans.dns << d;
        }
        auto issued = ca.issue(r, clock);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().reason, QStringLiteral("BadSan"));
        QVERIFY2(issued.error().message.contains(QLatin1Char('"') + named + QLatin1Char('"')), qPrintable(issued.error().message));
    }

    void goodSans()
    {
        QVERIFY(isValidDnsName(QStringLiteral("*.example.org")));
        QVERIFY(isValidDnsName(QStringLiteral("director")));
        QVERIFY(isValidDnsName(QStringLiteral("party-9999-client.fate.org")));
        QVERIFY(isValidIpAddress(QStringLiteral("192.168.1.1")));
        QVERIFY(isValidIpAddress(QStringLiteral("2001:db8::1")));
        QVERIFY(isValidEmailAddress(QStringLiteral("ops@example.org")));
        QVERIFY(isValidUri(QStringLiteral("spiffe://fl.example.org/ns/site-a/sa/envoy")));
        QVERIFY(isValidUri(QStringLiteral("https://flare.example.org:8443/")));
    }

    // e-mail and URI SANs are issued, read back, printed as openssl does, and survive a renewal
    void emailAndUriSans()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        LeafRequest r = serverRequest();
        r.sans.emails = {QStringLiteral("ops@example.org")};
        r.sans.uris = {QStringLiteral("spiffe://fl.example.org/ns/site-a/sa/envoy")};
        auto issued = ca.issue(r, clock);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        const SubjectAltNames sans = issued->certificate.subjectAltNames();
        QCOMPARE(sans, r.sans);
        QVERIFY(sans.toString().contains(QLatin1String("email:ops@example.org")));
        QVERIFY(sans.toString().contains(QLatin1String("URI:spiffe://fl.example.org/ns/site-a/sa/envoy")));
        RenewOptions o;
        o.newKeyType = KeyType::EcP256;
        auto renewed = ca.renew(issued->certificate, o, clock);
        QVERIFY(renewed.ok());
        QCOMPARE(renewed->certificate.subjectAltNames(), r.sans);
    }

    // SANs as people and CLI flags give them: openssl's prefixes, or the kind told by the shape
    void addSubjectAltNameEntries()
    {
        SubjectAltNames sans;
        for (const char *entry : {"DNS:flare.example.org", "director", "IP:10.0.0.1", "10.0.0.2", "::1", "email:ops@example.org",
                                  "lead@hospital.example", "URI:spiffe://fl.example/ns/a/sa/envoy", "spiffe://fl.example/ns/b",
                                  "dns:DIRECTOR.example", "director"}) {
            auto a = addSubjectAltName(sans, QString::fromLatin1(entry));
            QVERIFY2(a.ok(), entry);
        }
        QCOMPARE(sans.dns, (QStringList{QStringLiteral("flare.example.org"), QStringLiteral("director"), QStringLiteral("DIRECTOR.example")}));
        QCOMPARE(sans.ips, (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("::1")}));
        QCOMPARE(sans.emails, (QStringList{QStringLiteral("ops@example.org"), QStringLiteral("lead@hospital.example")}));
        QCOMPARE(sans.uris, (QStringList{QStringLiteral("spiffe://fl.example/ns/a/sa/envoy"), QStringLiteral("spiffe://fl.example/ns/b")}));
        for (const char *bad : {"bad_name!", "IP:director", "10.0.0.300", "email:no-at-sign", "URI:/relative/path", "a b@c.org"}) {
            SubjectAltNames none;
            auto a = addSubjectAltName(none, QString::fromLatin1(bad));
            QVERIFY2(!a.ok(), bad);
            QCOMPARE(a.error().reason, QStringLiteral("BadSan"));
            QVERIFY(none.isEmpty());
        }
    }

    // Issue 10: the release build (-O2) crashed or corrupted the heap here — the list an entry goes
    // to was picked through a member pointer into a local SubjectAltNames, and GCC loaded that
    // list's size before the local was zero-initialised. Each shape alone, many times, as
    // `cert issue --san` and the dialogs call it; ASan's -O1 build never showed it.
    void addSubjectAltNameOneOfEachShape_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("kind"); // 0 DNS, 1 IP, 2 e-mail, 3 URI
        QTest::addColumn<QString>("stored");
        QTest::newRow("issue10-email") << QStringLiteral("a@b.example") << 2 << QStringLiteral("a@b.example");
        QTest::newRow("issue10-spiffe") << QStringLiteral("spiffe://x/y") << 3 << QStringLiteral("spiffe://x/y");
        QTest::newRow("issue10-dns") << QStringLiteral("site-1.example") << 0 << QStringLiteral("site-1.example");
        QTest::newRow("issue10-localhost") << QStringLiteral("localhost") << 0 << QStringLiteral("localhost");
        QTest::newRow("issue10-ipv4") << QStringLiteral("10.1.2.3") << 1 << QStringLiteral("10.1.2.3");
        QTest::newRow("issue10-prefixed-uri") << QStringLiteral(" URI:spiffe://fl/ns/a ") << 3 << QStringLiteral("spiffe://fl/ns/a");
        QTest::newRow("issue10-prefixed-email") << QStringLiteral("EMAIL:ops@x.org") << 2 << QStringLiteral("ops@x.org");
    }
    void addSubjectAltNameOneOfEachShape()
    {
        QFETCH(QString, entry);
        QFETCH(int, kind);
        QFETCH(QString, stored);
        for (int round = 0; round < 500; ++round) {
            SubjectAltNames sans;
            auto a = addSubjectAltName(sans, entry);
            QVERIFY2(a.ok(), qPrintable(entry));
            QVERIFY(addSubjectAltName(sans, entry).ok()); // a duplicate is dropped
            const QStringList lists[] = {sans.dns, sans.ips, sans.emails, sans.uris};
            for (int k = 0; k < 4; ++k)
                QCOMPARE(lists[k], k == kind ? QStringList{stored} : QStringList());
            QVERIFY(sans.validate().ok());
        }
    }

    void keyTypeOfCertificate_data() { addKeyTypes(); }
    void keyTypeOfCertificate()
    {
        QFETCH(KeyType, type);
        FixedClock clock(kNow);
        static const CertificateAuthority ca = makeRoot(clock);
        auto issued = ca.issue(serverRequest(type), clock);
        QVERIFY(issued.ok());
        QCOMPARE(issued->certificate.keyType(), std::optional<KeyType>(type));
    }

    void signCsr()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto key = PrivateKey::generate(KeyType::Rsa2048);
        QVERIFY(key.ok());
        DistinguishedName dn;
        dn.commonName = QStringLiteral("envoy-1");
        dn.organization = QStringLiteral("Org B");
        auto csr = CertificateRequest::create(dn, {{QStringLiteral("envoy-1")}, {QStringLiteral("192.168.1.9")}, {}, {}}, key.value());
        QVERIFY(csr.ok());
        auto parsed = CertificateRequest::fromPem(csr->toPem());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->verifySignature().ok());
        QCOMPARE(parsed->subjectName(), dn);
        QVERIFY(parsed->subject().contains(QLatin1String("CN = envoy-1")));
        QCOMPARE(parsed->subjectAltNames().dns, QStringList{QStringLiteral("envoy-1")});
        QCOMPARE(parsed->subjectAltNames().ips, QStringList{QStringLiteral("192.168.1.9")});
        auto cert = ca.signRequest(parsed.value(), LeafUsage::Client, 100, clock);
        QVERIFY(cert.ok());
        QCOMPARE(cert->subjectName(), dn);
        QCOMPARE(cert->subjectAltNames().dns, QStringList{QStringLiteral("envoy-1")});
        QVERIFY(cert->checkPrivateKey(key.value()).ok());
        QVERIFY(cert->hasClientAuth() && !cert->hasServerAuth());
    }

    void csrBadSignatureRefused()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto key = PrivateKey::generate(KeyType::EcP256);
        DistinguishedName dn;
        dn.commonName = QStringLiteral("tampered");
        auto csr = CertificateRequest::create(dn, {}, key.value());
        QVERIFY(csr.ok());
        // swap the public key for another one: the signature no longer matches
        auto other = PrivateKey::generate(KeyType::EcP256);
        X509_REQ_set_pubkey(csr->get(), other->get());
        auto reparsed = CertificateRequest::fromPem(csr->toPem());
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->verifySignature().error().reason, QStringLiteral("BadSignature"));
        auto cert = ca.signRequest(reparsed.value(), LeafUsage::Server, 30, clock);
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().reason, QStringLiteral("BadSignature"));
        QVERIFY(cert.error().message.contains(QLatin1String("bad signature")));
    }

    void renew()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        LeafRequest r = serverRequest();
        r.usage = LeafUsage::ServerAndClient;
        auto first = ca.issue(r, clock);
        QVERIFY(first.ok());
        clock.advanceDays(200);
        RenewOptions same;
        same.validityDays = 90;
        same.existingKey = &first->key;
        auto renewed = ca.renew(first->certificate, same, clock);
        QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : renewed.error().message));
        QCOMPARE(renewed->certificate.subjectName(), first->certificate.subjectName());
        QCOMPARE(renewed->certificate.subjectAltNames(), first->certificate.subjectAltNames());
        QCOMPARE(renewed->certificate.info().extendedKeyUsage, first->certificate.info().extendedKeyUsage);
        QCOMPARE(renewed->certificate.notAfter(), kNow.addDays(290));
        QVERIFY(renewed->certificate.checkPrivateKey(first->key).ok());
        QVERIFY(renewed->certificate.serialHex() != first->certificate.serialHex());

        RenewOptions fresh;
        fresh.newKeyType = KeyType::Ed25519;
        auto rekeyed = ca.renew(first->certificate, fresh, clock);
        QVERIFY(rekeyed.ok());
        QVERIFY(!rekeyed->certificate.checkPrivateKey(first->key).ok());
        QCOMPARE(rekeyed->certificate.info().keyAlgorithm, QStringLiteral("Ed25519"));
    }

    // Renewing with a CA that did not issue the certificate would re-root the party: refused
    // unless asked for, even when the other CA has the very same subject name.
    void renewRefusesAnotherIssuer()
    {
        FixedClock clock(kNow);
        CertificateAuthority issuer = makeRoot(clock);
        CertificateAuthority lookalike = makeRoot(clock); // same subject, another key
        QCOMPARE(issuer.certificate().info().subject, lookalike.certificate().info().subject);
        auto first = issuer.issue(serverRequest(), clock);
        QVERIFY(first.ok());
        QVERIFY(first->certificate.isIssuedBy(issuer.certificate()));
        QVERIFY(!first->certificate.isIssuedBy(lookalike.certificate()));
        RenewOptions o;
        o.newKeyType = KeyType::EcP256;
        auto refused = lookalike.renew(first->certificate, o, clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().reason, QStringLiteral("DifferentIssuer"));
        QVERIFY2(refused.error().message.contains(QLatin1String("not by this CA")), qPrintable(refused.error().message));
        o.allowDifferentIssuer = true;
        auto reissued = lookalike.renew(first->certificate, o, clock);
        QVERIFY(reissued.ok());
        QVERIFY(reissued->certificate.isIssuedBy(lookalike.certificate()));
        QVERIFY(verifyChain(reissued->certificate, {}, {lookalike.certificate()}, clock).ok());
        QVERIFY(!verifyChain(reissued->certificate, {}, {issuer.certificate()}, clock).ok());
    }

    void malformedPem_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not PEM");
        QTest::newRow("garbage") << QByteArray("hello world") << QStringLiteral("not PEM");
        QTest::newRow("bad-base64") << QByteArray("-----BEGIN CERTIFICATE-----\n!!!notbase64***\n-----END CERTIFICATE-----\n")
                                    << QStringLiteral("malformed PEM");
        QTest::newRow("truncated") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n") << QStringLiteral("malformed PEM");
        QTest::newRow("key-not-cert") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                      << QStringLiteral("does not hold a certificate");
    }
    void malformedPem()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, expected);
        auto cert = Certificate::fromPem(pem);
        QVERIFY(!cert.ok());
        QVERIFY2(cert.error().message.contains(expected), qPrintable(cert.error().message));
        auto key = PrivateKey::fromPem(pem);
        QVERIFY(!key.ok());
        auto csr = CertificateRequest::fromPem(pem);
        QVERIFY(!csr.ok());
    }

    void encryptedKey_data()
    {
        QTest::addColumn<KeyDerivation>("kdf");
        QTest::newRow("scrypt") << KeyDerivation::Scrypt;
        QTest::newRow("pbkdf2") << KeyDerivation::Pbkdf2;
    }
    void encryptedKey()
    {
        QFETCH(KeyDerivation, kdf);
        auto key = PrivateKey::generate(KeyType::EcP256);
        auto pem = key->toPem("s3cret", kdf);
        QVERIFY(pem.ok());
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        auto back = PrivateKey::fromPem(pem.value(), "s3cret");
        QVERIFY(back.ok());
        QVERIFY(back->samePublicKey(key->get()));
        auto wrong = PrivateKey::fromPem(pem.value(), "wrong");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().reason, QStringLiteral("WrongPassphrase"));
        QVERIFY(wrong.error().message.contains(QLatin1String("wrong passphrase")));
        auto none = PrivateKey::fromPem(pem.value());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().reason, QStringLiteral("PassphraseRequired"));
        auto plain = key->toPem();
        QVERIFY(plain->startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void mismatchedKey()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto other = PrivateKey::generate(KeyType::EcP256);
        auto check = ca.certificate().checkPrivateKey(other.value());
        QVERIFY(!check.ok());
        QCOMPARE(check.error().reason, QStringLiteral("KeyMismatch"));
        QVERIFY(check.error().message.contains(QLatin1String("does not match")));
        auto loaded = CertificateAuthority::fromPem(ca.certificate().toPem(), other->toPem().value());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().reason, QStringLiteral("KeyMismatch"));
        auto p12 = exportPkcs12(ca.certificate(), other.value(), {}, "pw");
        QVERIFY(!p12.ok());
    }

    void pkcs12RoundTrip()
    {
        FixedClock clock(kNow);
        CertificateAuthority ca = makeRoot(clock);
        auto leaf = ca.issue(serverRequest(), clock);
        auto p12 = exportPkcs12(leaf->certificate, leaf->key, leaf->chain, "pw", QStringLiteral("server1"));
        QVERIFY(p12.ok());
        auto back = importPkcs12(p12.value(), "pw");
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->certificate, leaf->certificate);
        QVERIFY(back->certificate.checkPrivateKey(back->key).ok());
        QCOMPARE(back->chain.size(), 1);
        auto wrong = importPkcs12(p12.value(), "nope");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().reason, QStringLiteral("WrongPassphrase"));
        QVERIFY(!exportPkcs12(leaf->certificate, leaf->key, {}, {}).ok());
    }

    void chainFromOtherCaRejected()
    {
        FixedClock clock(kNow);
        CertificateAuthority a = makeRoot(clock);
        CertificateAuthority b = makeRoot(clock);
        auto leaf = a.issue(serverRequest(), clock);
        auto v = verifyChain(leaf->certificate, {}, {b.certificate()}, clock);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().reason, QStringLiteral("ChainInvalid"));
        QVERIFY(!v.error().message.isEmpty());
    }

    void bundleParsing()
    {
        FixedClock clock(kNow);
        CertificateAuthority root = makeRoot(clock);
        CaRequest ir;
        ir.subject.commonName = QStringLiteral("Inter");
        auto inter = root.createIntermediate(ir, clock);
        QByteArray bundle = inter->certificate().toPem() + root.certificate().toPem();
        auto list = Certificate::listFromPem(bundle);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        auto reloaded = CertificateAuthority::fromPem(bundle, inter->key().toPem("x").value(), "x");
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->chain().size(), 2);
    }

    void writeExportFilesAllOrNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/kit");
        QVERIFY(writeExportFiles(dir, {{QStringLiteral("a.key"), "secret", 0600}, {QStringLiteral("a.crt"), "cert", 0644}}).ok());
        QCOMPARE(QFile::permissions(dir + QStringLiteral("/a.key")), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(QFile::permissions(dir + QStringLiteral("/a.crt")) & QFile::ReadOther);
        // a bad second name: nothing of the set is written
        const QString dir2 = tmp.path() + QStringLiteral("/kit2");
        auto bad = writeExportFiles(dir2, {{QStringLiteral("ok.crt"), "x", 0644}, {QStringLiteral("../evil"), "y", 0600}});
        QVERIFY(!bad.ok());
        QVERIFY(!QFile::exists(dir2 + QStringLiteral("/ok.crt")));
        // target directory is a file: error, and no temporaries left behind
        QFile f(tmp.path() + QStringLiteral("/file"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!writeExportFiles(f.fileName(), {{QStringLiteral("a.key"), "x", 0600}}).ok());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // a directory where the second file should go: the first is not written either
        const QString dir3 = tmp.path() + QStringLiteral("/kit3");
        QVERIFY(QDir().mkpath(dir3 + QStringLiteral("/b.crt")));
        auto blocked = writeExportFiles(dir3, {{QStringLiteral("a.key"), "x", 0600}, {QStringLiteral("b.crt"), "y", 0644}});
        QVERIFY(!blocked.ok());
        QVERIFY(blocked.error().file.endsWith(QLatin1String("b.crt")));
        QCOMPARE(QDir(dir3).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
