// LogLineSplitter, timestamps and the log request LogStream sends.

#include "backend/logs/LogLineSplitter.h"
#include "backend/logs/LogStream.h"

#include <QTest>

using namespace fc;

class TestLogLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ns");
        QTest::newRow("nano") << QByteArray("2026-01-02T03:04:05.123456789Z") << qint64(1767323045123456789LL);
        QTest::newRow("seconds") << QByteArray("2026-01-02T03:04:05Z") << qint64(1767323045000000000LL);
        QTest::newRow("short fraction") << QByteArray("2026-01-02T03:04:05.5Z") << qint64(1767323045500000000LL);
        QTest::newRow("offset") << QByteArray("2026-01-02T05:04:05.000000001+02:00") << qint64(1767323045000000001LL);
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    }
    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ns);
        LogTimestamp ts = -1;
        QVERIFY(parseLogTimestamp(text, &ts));
        QCOMPARE(ts, ns);
        LogTimestamp back = -1;
        QVERIFY(parseLogTimestamp(formatLogTimestamp(ts), &back));
        QCOMPARE(back, ts);
        QCOMPARE(logTimestampToDateTime(ts).toMSecsSinceEpoch(), ns / 1000000);
    }
    void badTimestamps()
    {
        LogTimestamp ts;
        // (years past 2262 do not fit nanoseconds since the epoch: refused, not overflowed — fuzz_loglines)
        for (const char *bad : {"", "hello world", "2026-13-02T03:04:05Z", "2026-01-02T03:04:05", "2026-01-02T03:04:05.Z",
                                "4052-01-02T03:04:05Z", "9999-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z"})
            QVERIFY2(!parseLogTimestamp(QByteArrayView(bad), &ts), bad);
        QVERIFY(parseLogTimestamp(QByteArrayView("2262-01-01T00:00:00Z"), &ts));
        QCOMPARE(formatLogTimestamp(ts), QByteArray("2262-01-01T00:00:00.000000000Z"));
        QCOMPARE(formatLogTimestamp(1767323045123456789LL), QByteArray("2026-01-02T03:04:05.123456789Z"));
        QCOMPARE(formatLogTimestampSeconds(1767323045923456789LL), QStringLiteral("2026-01-02T03:04:05Z"));
    }

    void splitAcrossChunks()
    {
        const QByteArray all = "2026-01-02T03:04:05.000000001Z first line\n"
                               "2026-01-02T03:04:05.000000002Z second\n"
                               "2026-01-02T03:04:06Z third ü\n";
        // every split position, and byte-by-byte
        for (int cut = 0; cut <= all.size(); ++cut) {
            LogLineSplitter s;
            LogBatch b;
            s.feed(all.left(cut), b);
            s.feed(all.mid(cut), b);
            QCOMPARE(b.size(), 3);
            QCOMPARE(b.textString(0), QStringLiteral("first line"));
            QCOMPARE(b.textString(1), QStringLiteral("second"));
            QCOMPARE(b.textString(2), QStringLiteral("third ü"));
            QCOMPARE(b.timestamp(1), qint64(1767323045000000002LL));
            QCOMPARE(b.rawLine(2), QByteArrayView("2026-01-02T03:04:06Z third ü"));
        }
        LogLineSplitter s;
        LogBatch b;
        for (char c : all)
            s.feed(QByteArray(1, c), b);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.textString(2), QStringLiteral("third ü"));
    }

    void unterminatedAndEmpty()
    {
        LogLineSplitter s(false);
        LogBatch b;
        s.feed("a\n\nb", b);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.textString(1), QString());
        QCOMPARE(s.pendingBytes(), 1);
        s.finish(b);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.textString(2), QStringLiteral("b"));
        QVERIFY(b.lines[1].terminated);
        QVERIFY(!b.lines[2].terminated);
        s.feed("cut", b);
        s.reset();
        s.feed("x\n", b);
        QCOMPARE(b.textString(3), QStringLiteral("x"));
    }

    void oneMegabyteLine()
    {
        QByteArray line(1 << 20, 'x');
        line[1000] = 'y';
        const QByteArray all = "2026-01-02T03:04:05Z " + line + "\nnext\n";
        LogLineSplitter s;
        LogBatch out;
        int chunks = 0;
        for (qsizetype off = 0; off < all.size(); off += 16384, ++chunks) {
            LogBatch b;
            s.feed(all.mid(off, 16384), b);
            for (int i = 0; i < b.size(); ++i)
                out.append(b.timestamp(i), b.text(i));
        }
        QVERIFY(chunks > 60);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.text(0).size(), line.size());
        QCOMPARE(out.text(0).toByteArray(), line);
        QCOMPARE(out.textString(1), QStringLiteral("next")); // no timestamp: whole line is text
        QCOMPARE(out.timestamp(1), 0);
    }

    void invalidUtf8()
    {
        LogLineSplitter s;
        LogBatch b;
        s.feed(QByteArray("2026-01-02T03:04:05Z ok \xff\xfe bad \xc3", 32), b);
        s.feed(QByteArray("\xa9 split\n"), b); // é split across chunks stays é
        QCOMPARE(b.size(), 1);
        const QString t = b.textString(0);
        QCOMPARE(t, QStringLiteral("ok \uFFFD\uFFFD bad é split"));
    }

    void requestParameters()
    {
        LogStreamOptions o;
        o.namespace_ = QStringLiteral("ns");
        o.pod = QStringLiteral("p");
        o.container = QStringLiteral("c");
        o.follow = true;
        o.tailLines = 10;
        o.sinceSeconds = 60;
        ApiRequest first = LogStream::request(o, false, 0);
        QCOMPARE(first.path, QStringLiteral("/api/v1/namespaces/ns/pods/p/log"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("container")), QStringLiteral("c"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("follow")), QStringLiteral("true"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("timestamps")), QStringLiteral("true"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("tailLines")), QStringLiteral("10"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("sinceSeconds")), QStringLiteral("60"));
        ApiRequest resume = LogStream::request(o, true, 1767323045923456789LL);
        QVERIFY(!resume.query.hasQueryItem(QStringLiteral("tailLines")));
        QVERIFY(!resume.query.hasQueryItem(QStringLiteral("sinceSeconds")));
        QCOMPARE(resume.query.queryItemValue(QStringLiteral("sinceTime")), QStringLiteral("2026-01-02T03:04:05Z"));
        o.previous = true;
        o.sinceSeconds = 0;
        o.sinceTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6), Qt::UTC);
        o.limitBytes = 100;
        ApiRequest prev = LogStream::request(o, false, 0);
        QCOMPARE(prev.query.queryItemValue(QStringLiteral("previous")), QStringLiteral("true"));
        QCOMPARE(prev.query.queryItemValue(QStringLiteral("sinceTime")), QStringLiteral("2026-01-02T03:04:06Z"));
        QCOMPARE(prev.query.queryItemValue(QStringLiteral("limitBytes")), QStringLiteral("100"));
        QVERIFY(!prev.query.hasQueryItem(QStringLiteral("timestamps"))); // bytes count as the user sees them
    }
};

QTEST_GUILESS_MAIN(TestLogLines)
#include "tst_loglines.moc"
