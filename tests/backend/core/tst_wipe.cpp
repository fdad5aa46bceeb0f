// wipe(): the bytes of a buffer held alone are overwritten where they are (checked through a raw
// pointer into that very buffer), and the QByteArray is emptied; a buffer shared with another
// QByteArray is not touched (the other holder still reads the secret) and only released.

#include "backend/core/Wipe.h"

#include <QTest>

#include <algorithm>

using namespace fc;

class TestWipe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ownedBufferIsZeroedInPlace()
    {
        QByteArray secret("-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
        secret.detach();
        const char *where = secret.constData();
        const qsizetype size = secret.size();
        QByteArray view = QByteArray::fromRawData(where, size); // reads the same memory, owns nothing
        QVERIFY(view.startsWith("-----BEGIN"));
        // The overwrite is checked while the buffer is still alive (reading it after wipe()
        // released it would be a use-after-free, as ASan told us), then wipe() must empty it.
        QVERIFY(zeroInPlace(secret));
        QCOMPARE(secret.constData(), where); // zeroed where it was, not in a copy
        QCOMPARE(secret.size(), size);
        QVERIFY(std::all_of(view.cbegin(), view.cend(), [](char c) { return c == 0; }));
        QVERIFY(wipe(secret));
        QVERIFY(secret.isEmpty());
    }

    void sharedBufferIsLeftToItsOtherHolder()
    {
        QByteArray token("eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.payload.signature");
        token.detach();
        QByteArray other = token; // implicitly shared: one buffer, two holders
        const char *where = other.constData();
        QVERIFY(!zeroInPlace(token));
        QCOMPARE(token, other);
        QVERIFY(!wipe(token));
        QVERIFY(token.isEmpty());
        QCOMPARE(other.constData(), where); // not copied
        QCOMPARE(other, QByteArray("eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.payload.signature"));
        QVERIFY(wipe(other)); // now held alone
    }

    void textHeldAloneOrShared()
    {
        QString token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.") + QString::number(42); // built at run time: heap, held alone
        QString copy = token; // shared: left to its other holder
        QVERIFY(!wipe(token));
        QVERIFY(token.isEmpty());
        QCOMPARE(copy, QStringLiteral("eyJhbGciOiJSUzI1NiJ9.42"));
        QVERIFY(wipe(copy)); // the last holder overwrites it
        QVERIFY(copy.isEmpty());
        QString literal = QStringLiteral("static"); // read-only data: never written to
        QVERIFY(!wipe(literal));
    }

    void emptyAndLiteral()
    {
        QByteArray empty;
        QVERIFY(!wipe(empty));
        QByteArray literal = QByteArrayLiteral("static-bytes"); // read-only data: never written to
        QVERIFY(!wipe(literal));
        QVERIFY(literal.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
