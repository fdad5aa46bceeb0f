// Run by ctest twice (see secrets.cmake):
//  FC_KEYCHAIN_EXPECT=available — inside dbus-run-session with an unlocked gnome-keyring;
//  FC_KEYCHAIN_EXPECT=none      — with DBUS_SESSION_BUS_ADDRESS pointing nowhere.
#include "backend/secrets/Keychain.h"
#include "model/pki/CaStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace fc;

class TestKeychain : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    bool m_expectAvailable = true;
    QString m_service = QStringLiteral("fedconsole-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    /// Every file under the fake home (data, config, cache) that contains needle.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << path;
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Everything the process could write lands under one directory we can search afterwards.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        m_expectAvailable = qgetenv("FC_KEYCHAIN_EXPECT") != "none";
        if (m_expectAvailable) {
            if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
                || QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
                QFAIL("gnome-keyring or dbus is missing: apt-get install gnome-keyring dbus");
            if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
                QFAIL("no D-Bus session: run this test through ctest (dbus-run-session + gnome-keyring-daemon --unlock)");
        }
    }

    void roundTrip()
    {
        if (!m_expectAvailable)
            QFAIL("this function needs the Secret Service run (FC_KEYCHAIN_EXPECT=available); ctest selects the functions per run");
        // the daemon registers on the bus asynchronously after --unlock
        QTRY_VERIFY_WITH_TIMEOUT(Keychain::isAvailable(), 10000);
        Keychain keychain(m_service);
        const QString key = QStringLiteral("ca/test-root");
        const QByteArray secret("correct horse battery staple \xe2\x9c\x93");

        std::optional<Result<void>> written;
        keychain.writeSecret(key, secret, this, [&](Result<void> r) { written = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));

        std::optional<Result<QByteArray>> read;
        keychain.readSecret(key, this, [&](Result<QByteArray> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
        QCOMPARE(read->value(), secret);

        std::optional<Result<void>> deleted;
        keychain.deleteSecret(key, this, [&](Result<void> r) { deleted = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
        QVERIFY(deleted->ok());

        std::optional<Result<QByteArray>> gone;
        keychain.readSecret(key, this, [&](Result<QByteArray> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().reason, QStringLiteral("NotFound"));
        // the secret went to the keyring, not to any file of ours
        QVERIFY(filesContaining(secret).isEmpty());
    }

    void callbackDroppedWithContext()
    {
        if (!m_expectAvailable)
            QFAIL("this function needs the Secret Service run (FC_KEYCHAIN_EXPECT=available); ctest selects the functions per run");
        Keychain keychain(m_service);
        bool called = false;
        {
            QObject context;
            keychain.readSecret(QStringLiteral("whatever"), &context, [&](Result<QByteArray>) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void noKeychainReported()
    {
        if (m_expectAvailable)
            QFAIL("this function needs the no-bus run (FC_KEYCHAIN_EXPECT=none); ctest selects the functions per run");
        QVERIFY(!Keychain::isAvailable());
        const QByteArray passphrase("plain-text-must-not-appear-4711");

        // the app's flow: a CA is stored encrypted, then the passphrase is offered to the keychain
        CaStore store(m_home.filePath(QStringLiteral("data/FedConsole/pki")));
        pki::CaRequest req;
        req.subject.commonName = QStringLiteral("No Keychain Root");
        auto created = store.createRoot(QStringLiteral("nokeychain"), req, passphrase);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));

        Keychain keychain(m_service);
        std::optional<Result<void>> written;
        keychain.writeSecret(QStringLiteral("ca/nokeychain"), passphrase, this, [&](Result<void> r) { written = std::move(r); });
        QVERIFY(!written.has_value()); // always asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY(!written->ok());
        QCOMPARE(written->error().reason, QStringLiteral("NoKeychain"));
        QVERIFY(written->error().message.startsWith(QLatin1String("no keychain: passphrase will be asked each time")));

        std::optional<Result<QByteArray>> read;
        keychain.readSecret(QStringLiteral("ca/nokeychain"), this, [&](Result<QByteArray> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->error().reason, QStringLiteral("NoKeychain"));

        const QStringList leaks = filesContaining(passphrase);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        // the store did write the CA, key encrypted
        QVERIFY(QFile::exists(store.dataDir() + QStringLiteral("/cas/nokeychain/ca.crt")));
        QVERIFY(filesContaining("BEGIN ENCRYPTED PRIVATE KEY").size() == 1);
        QVERIFY(filesContaining("BEGIN PRIVATE KEY").isEmpty());
        QVERIFY(filesContaining("BEGIN RSA PRIVATE KEY").isEmpty() && filesContaining("BEGIN EC PRIVATE KEY").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
