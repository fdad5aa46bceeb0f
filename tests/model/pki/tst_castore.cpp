#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"

#include <QAbstractItemModelTester>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
constexpr auto kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

pki::CaRequest rootRequest(const QString &cn)
{
    pki::CaRequest r;
    r.subject.commonName = cn;
    r.subject.organization = QStringLiteral("FedConsole");
    r.keyType = pki::KeyType::EcP256;
    return r;
}
} // namespace

class TestCaStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createListLoad()
    {
        QTemporaryDir tmp;
        pki::FixedClock clock(kNow);
        CaStore store(tmp.filePath(QStringLiteral("pki")));
        auto ca = store.createRoot(QStringLiteral("flare-root"), rootRequest(QStringLiteral("fl-project")), "pw", clock);
        QVERIFY(ca.ok());
        QVERIFY(store.contains(QStringLiteral("flare-root")));
        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("flare-root"));
        QCOMPARE(list->first().certificate, ca->certificate());

        auto loaded = store.load(QStringLiteral("flare-root"), "pw");
        QVERIFY(loaded.ok());
        QVERIFY(loaded->key().samePublicKey(ca->key().get()));
        auto wrong = store.load(QStringLiteral("flare-root"), "nope");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().reason, QStringLiteral("WrongPassphrase"));
        QVERIFY(wrong.error().file.endsWith(QLatin1String("ca.key")));
        auto none = store.load(QStringLiteral("flare-root"), {});
        QCOMPARE(none.error().reason, QStringLiteral("PassphraseRequired"));

        // permissions: dirs 0700, files 0600, key encrypted
        for (const QString &d : QStringList{store.dataDir(), QString(store.dataDir() + QStringLiteral("/cas")), QString(store.dataDir() + QStringLiteral("/cas/flare-root"))})
            QCOMPARE(QFile::permissions(d), kOwnerOnlyDir);
        for (const QString &f : QStringList{QStringLiteral("/cas/flare-root/ca.key"), QStringLiteral("/cas/flare-root/ca.crt")})
            QCOMPARE(QFile::permissions(store.dataDir() + f), kOwnerOnlyFile);
        QFile key(store.dataDir() + QStringLiteral("/cas/flare-root/ca.key"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    }

    // A folder without ca.crt is no CA and does not hide the others; a damaged CA is reported by
    // list() but the other CAs still verify chains.
    void strayAndDamagedFolders()
    {
        QTemporaryDir tmp;
        pki::FixedClock clock(kNow);
        CaStore store(tmp.filePath(QStringLiteral("pki")));
        auto good = store.createRoot(QStringLiteral("good-root"), rootRequest(QStringLiteral("good")), "pw", clock);
        QVERIFY(good.ok());
        QVERIFY(QDir().mkpath(store.dataDir() + QStringLiteral("/cas/aaa-empty")));
        // a copy made by hand under a name FedConsole never gives (with a ca.crt inside)
        QVERIFY(QDir().mkpath(store.dataDir() + QStringLiteral("/cas/good-root copy")));
        QVERIFY(QFile::copy(store.dataDir() + QStringLiteral("/cas/good-root/ca.crt"),
                            store.dataDir() + QStringLiteral("/cas/good-root copy/ca.crt")));
        auto list = store.list();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("good-root"));

        QVERIFY(store.createRoot(QStringLiteral("bad-root"), rootRequest(QStringLiteral("bad")), "pw", clock).ok());
        QFile damaged(store.dataDir() + QStringLiteral("/cas/bad-root/ca.crt"));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        damaged.close();
        auto broken = store.list();
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().file.endsWith(QLatin1String("bad-root/ca.crt")), qPrintable(broken.error().toString()));
        QCOMPARE(store.caCertificates(), QList<pki::Certificate>{good->certificate()});
        QStringList problems;
        const QList<CaStore::Entry> readable = store.readableEntries(&problems);
        QCOMPARE(readable.size(), 1);
        QCOMPARE(readable.first().name, QStringLiteral("good-root"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("bad-root/ca.crt")), qPrintable(problems.first()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no-passphrase") << QStringLiteral("ok") << QByteArray() << QStringLiteral("PassphraseRequired");
        QTest::newRow("dup") << QStringLiteral("existing") << QByteArray("pw") << QStringLiteral("AlreadyExists");
        QTest::newRow("slash") << QStringLiteral("../escape") << QByteArray("pw") << QString();
        QTest::newRow("dot") << QStringLiteral(".hidden") << QByteArray("pw") << QString();
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        CaStore store(tmp.filePath(QStringLiteral("pki")));
        QVERIFY(store.createRoot(QStringLiteral("existing"), rootRequest(QStringLiteral("x")), "pw").ok());
        auto r = store.createRoot(name, rootRequest(QStringLiteral("y")), passphrase);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, reason);
        QCOMPARE(store.list()->size(), 1);
    }

    void importCa_data()
    {
        QTest::addColumn<QByteArray>("keyPassphrase");
        QTest::newRow("plain-key") << QByteArray();
        QTest::newRow("encrypted-key") << QByteArray("import-pw");
    }
    void importCa()
    {
        QFETCH(QByteArray, keyPassphrase);
        QTemporaryDir tmp;
        // a CA made by the openssl CLI, as in the OpenFL guide
        const QString key = tmp.filePath(QStringLiteral("ca.key.pem"));
        const QString crt = tmp.filePath(QStringLiteral("ca.cert.pem"));
        QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("7300"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=openfl-ca/O=Example")};
        if (keyPassphrase.isEmpty())
            args << QStringLiteral("-nodes");
        else
            args << QStringLiteral("-passout") << QStringLiteral("pass:") + QString::fromUtf8(keyPassphrase);
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile k(key), c(crt);
        QVERIFY(k.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        const QByteArray keyPem = k.readAll(), certPem = c.readAll();

        CaStore store(tmp.filePath(QStringLiteral("pki")));
        if (!keyPassphrase.isEmpty()) {
            auto wrong = store.importCa(QStringLiteral("imported"), certPem, keyPem, "wrong", "store-pw");
            QCOMPARE(wrong.error().reason, QStringLiteral("WrongPassphrase"));
            QVERIFY(!store.contains(QStringLiteral("imported")));
        }
        auto ca = store.importCa(QStringLiteral("imported"), certPem, keyPem, keyPassphrase, "store-pw");
        QVERIFY2(ca.ok(), qPrintable(ca.ok() ? QString() : ca.error().message));
        auto loaded = store.load(QStringLiteral("imported"), "store-pw");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->certificate().subjectName().commonName, QStringLiteral("openfl-ca"));
        auto leaf = loaded->issue({});
        QVERIFY(!leaf.ok()); // empty subject refused
        pki::LeafRequest lr;
        lr.subject.commonName = QStringLiteral("envoy-1");
        QVERIFY(loaded->issue(lr).ok());
    }

    void importMismatchedWritesNothing()
    {
        QTemporaryDir tmp;
        auto a = pki::CertificateAuthority::createRoot(rootRequest(QStringLiteral("a")));
        auto b = pki::CertificateAuthority::createRoot(rootRequest(QStringLiteral("b")));
        CaStore store(tmp.filePath(QStringLiteral("pki")));
        auto r = store.importCa(QStringLiteral("mixed"), a->certificate().toPem(), b->key().toPem().value(), {}, "pw");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("KeyMismatch"));
        auto m = store.importCa(QStringLiteral("mixed"), "garbage", b->key().toPem().value(), {}, "pw");
        QCOMPARE(m.error().reason, QStringLiteral("MalformedPem"));
        QVERIFY(!QDir(store.dataDir() + QStringLiteral("/cas/mixed")).exists());
    }

    void intermediateAndIssued()
    {
        QTemporaryDir tmp;
        pki::FixedClock clock(kNow);
        CaStore store(tmp.filePath(QStringLiteral("pki")));
        QVERIFY(store.createRoot(QStringLiteral("root"), rootRequest(QStringLiteral("Root")), "pw", clock).ok());
        auto inter = store.createIntermediate(QStringLiteral("root"), "pw", QStringLiteral("inter"), rootRequest(QStringLiteral("Inter")), "pw2", clock);
        QVERIFY(inter.ok());
        auto e = store.entry(QStringLiteral("inter"));
        QCOMPARE(e->issuers.size(), 1);
        QCOMPARE(store.caCertificates().size(), 2);
        pki::LeafRequest lr;
        lr.subject.commonName = QStringLiteral("leaf");
        auto leaf = inter->issue(lr, clock);
        QVERIFY(store.addIssued(leaf->certificate).ok());
        auto issued = store.issued();
        QCOMPARE(issued->size(), 1);
        QCOMPARE(issued->first(), leaf->certificate);
        QCOMPARE(QFile::permissions(store.dataDir() + QStringLiteral("/issued")), kOwnerOnlyDir);

        CertificateInventory inventory(clock);
        QAbstractItemModelTester tester(&inventory, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(inventory.loadFrom(store).ok());
        QCOMPARE(inventory.rowCount(), 3); // inter, root, leaf
        for (int row = 0; row < inventory.rowCount(); ++row)
            QVERIFY2(inventory.index(row, CertificateInventory::ChainColumn).data(CertificateInventory::ChainVerifiedRole).toBool(),
                     qPrintable(inventory.index(row, 0).data().toString()));
    }

    // `fedconsole-cli cert --data-dir d` (relative): issued certificates went to d/d/issued, which
    // failed ("not recorded in the inventory: …/d/issued/…: No such file or directory")
    void relativeDataDir()
    {
        QTemporaryDir tmp;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(tmp.path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
        pki::FixedClock clock(kNow);
        CaStore store(QStringLiteral("d"));
        QVERIFY(store.createRoot(QStringLiteral("root"), rootRequest(QStringLiteral("Root")), "pw", clock).ok());
        auto ca = store.load(QStringLiteral("root"), "pw");
        QVERIFY(ca.ok());
        pki::LeafRequest lr;
        lr.subject.commonName = QStringLiteral("leaf");
        auto leaf = ca->issue(lr, clock);
        const auto added = store.addIssued(leaf->certificate);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(store.issued()->size(), 1);
        QVERIFY(QDir(tmp.filePath(QStringLiteral("d/issued"))).exists());
        QVERIFY(!QDir(tmp.filePath(QStringLiteral("d/d"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCaStore)
#include "tst_castore.moc"
