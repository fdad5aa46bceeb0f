// Watch-stream framing (decodeWatchLines): events fed one byte at a time come out whole and in
// order, a line cut at the end of a chunk waits for the rest, garbage lines are skipped, and an
// ERROR 410 that restarts the watch stops decoding with the buffer left as it was.

#include "backend/cluster/WatchStream.h"

#include <QTest>

#include <simdjson.h>

using namespace fc;

namespace {

const QByteArray kEvents =
    R"({"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"a","namespace":"ns","uid":"u1","resourceVersion":"10"},"status":{"phase":"Pending"}}})"
    "\n"
    "not json\n"
    "\n"
    R"({"type":"MODIFIED","object":{"kind":"Pod","metadata":{"name":"a","namespace":"ns","uid":"u1","resourceVersion":"11"},"status":{"phase":"Running"}}})"
    "\n"
    R"({"type":"BOOKMARK","object":{"kind":"Pod","metadata":{"resourceVersion":"12"}}})"
    "\n"
    R"({"type":"DELETED","object":{"kind":"Pod","metadata":{"name":"a","namespace":"ns","uid":"u1","resourceVersion":"13"}}})"
    "\n";

QString describe(const WatchEvent &e)
{
    switch (e.type) {
    case WatchEvent::Type::Upsert: return QStringLiteral("upsert %1 %2 %3").arg(e.object.uid, e.resourceVersion, e.object.pod()->status);
    case WatchEvent::Type::Deleted: return QStringLiteral("deleted %1 %2").arg(e.uid, e.resourceVersion);
    case WatchEvent::Type::Bookmark: return QStringLiteral("bookmark %1").arg(e.resourceVersion);
    case WatchEvent::Type::Error: return QStringLiteral("error %1 %2").arg(e.code).arg(e.message);
    }
    return {};
}

} // namespace

class TestWatchStream final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byteByByte()
    {
        simdjson::dom::parser parser;
        QByteArray buffer;
        QStringList seen;
        for (char c : kEvents) {
            buffer += c;
            QVERIFY(decodeWatchLines(buffer, Kind::Pod, parser, [&seen](WatchEvent &&e) {
                seen << describe(e);
                return true;
            }));
            QVERIFY(!buffer.contains('\n')); // whole lines never wait
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("upsert u1 10 Pending"), QStringLiteral("upsert u1 11 Running"),
                                    QStringLiteral("bookmark 12"), QStringLiteral("deleted u1 13")}));
        QVERIFY(buffer.isEmpty());
    }

    void lineCutAtTheEnd()
    {
        simdjson::dom::parser parser;
        const qsizetype cut = kEvents.indexOf('\n') + 30; // past "not json" and the blank line, into the next event
        QByteArray buffer = kEvents.left(cut);
        int events = 0;
        QVERIFY(decodeWatchLines(buffer, Kind::Pod, parser, [&events](WatchEvent &&) { return ++events, true; }));
        QCOMPARE(events, 1);
        const QByteArray head = kEvents.left(cut);
        QCOMPARE(buffer, head.mid(head.lastIndexOf('\n') + 1)); // the torn line, kept for the next chunk
        QVERIFY(buffer.startsWith("{\"type\":\"MODIFIED"));
    }

    void goneStopsDecoding()
    {
        simdjson::dom::parser parser;
        const QByteArray gone =
            R"js({"type":"ERROR","object":{"kind":"Status","status":"Failure","message":"too old resource version: 5 (20)","reason":"Expired","code":410}})js"
            "\n";
        QByteArray buffer = gone + kEvents;
        QStringList seen;
        QVERIFY(!decodeWatchLines(buffer, Kind::Pod, parser, [&seen](WatchEvent &&e) {
            seen << describe(e);
            return e.code != 410; // the connection relists here
        }));
        QCOMPARE(seen, QStringList{QStringLiteral("error 410 too old resource version: 5 (20)")});
        QCOMPARE(buffer, gone + kEvents); // untouched: the restarted watch starts a new buffer
    }
};

QTEST_GUILESS_MAIN(TestWatchStream)
#include "tst_watchstream.moc"
