// LogBuffer (ring, dropped count, save), LogModel (batched inserts, pause), ANSI, LogFilterProxy.

#include "model/logs/AnsiText.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/LogFilterProxy.h"
#include "model/logs/LogModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace fc;

namespace {
LogBatch batchOf(const QStringList &lines, LogTimestamp firstTs = 1000)
{
    LogBatch b;
    for (int i = 0; i < lines.size(); ++i)
        b.append(firstTs + i, lines[i].toUtf8());
    return b;
}
} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ringCapAndDropped()
    {
        LogBuffer buf(5);
        const int src = buf.addSource(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"));
        QCOMPARE(buf.addSource(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c")), src);
        buf.appendBatch(batchOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}), src);
        QCOMPARE(buf.size(), 3);
        QCOMPARE(buf.droppedCount(), 0);
        buf.appendBatch(batchOf({QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")}), src);
        QCOMPARE(buf.size(), 5);
        QCOMPARE(buf.droppedCount(), 2);
        QCOMPARE(buf.firstSeq(), 2);
        QCOMPARE(buf.text(2), QByteArrayView("c"));
        QCOMPARE(buf.text(6), QByteArrayView("g"));
        buf.setCapacity(2);
        QCOMPARE(buf.droppedCount(), 5);
        QCOMPARE(buf.text(5), QByteArrayView("f"));
    }

    void chunksAreFreedAndBigLines()
    {
        LogBuffer buf(3);
        const QByteArray big(3 << 20, 'z');
        LogBatch b;
        for (int i = 0; i < 10; ++i)
            b.append(i + 1, big);
        buf.appendBatch(b, 0);
        QCOMPARE(buf.size(), 3);
        QCOMPARE(buf.textBytes(), qint64(3) * big.size());
        QCOMPARE(buf.text(9).size(), big.size());
    }

    void stableColours()
    {
        QCOMPARE(logSourceColour(QStringLiteral("ns/a/main")), logSourceColour(QStringLiteral("ns/a/main")));
        LogBuffer buf;
        const int id = buf.addSource(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("main"));
        QCOMPARE(buf.source(id).prefix, QStringLiteral("a/main"));
        QVERIFY(buf.source(id).colour.isValid());
        QCOMPARE(buf.source(id).colour, logSourceColour(QStringLiteral("ns/a/main"))); // the first keeps its own
    }

    void distinctColoursPerBuffer()
    {
        // up to the palette's 12 sources in one view never share a colour, and the same sources
        // added in the same order get the same colours again
        LogBuffer a, b;
        QSet<QRgb> seen;
        for (int i = 0; i < 12; ++i) {
            const QString pod = QStringLiteral("site-%1").arg(i);
            const int ia = a.addSource(QStringLiteral("flare"), pod, QStringLiteral("main"));
            const int ib = b.addSource(QStringLiteral("flare"), pod, QStringLiteral("main"));
            QCOMPARE(a.source(ia).colour, b.source(ib).colour);
            seen.insert(a.source(ia).colour.rgb());
        }
        QCOMPARE(seen.size(), 12);
        // a 13th has to reuse one, but still gets a valid colour
        QVERIFY(a.source(a.addSource(QStringLiteral("flare"), QStringLiteral("site-12"), QStringLiteral("main"))).colour.isValid());
    }

    void modelBatchesAndTester()
    {
        LogBuffer buf(100);
        LogModel model(&buf);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int src = buf.addSource(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"));
        QStringList lines;
        for (int i = 0; i < 60; ++i)
            lines << QStringLiteral("line %1").arg(i);
        buf.appendBatch(batchOf(lines), src);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 60);
        buf.appendBatch(batchOf(lines), src); // 120 > 100: one insert, one removal
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 20"));
        QCOMPARE(model.index(0).data(LogModel::SourcePrefixRole).toString(), QStringLiteral("p/c"));
        QCOMPARE(model.index(0).data(LogModel::TimestampRole).toLongLong(), 1020);
        QCOMPARE(resets.count(), 0);
        buf.appendMarker(src, 0, QStringLiteral("— reconnected —"));
        QVERIFY(model.index(model.rowCount() - 1).data(LogModel::MarkerRole).toBool());
    }

    void pauseKeepsView()
    {
        LogBuffer buf(10);
        LogModel model(&buf);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy waiting(&model, &LogModel::waitingCountChanged);
        buf.appendBatch(batchOf({QStringLiteral("a"), QStringLiteral("b")}), 0);
        model.setPaused(true);
        buf.appendBatch(batchOf({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.waitingCount(), 3);
        QCOMPARE(waiting.last().first().toLongLong(), 3);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.waitingCount(), 0);
        // paused while the cap drops the whole frozen view
        model.setPaused(true);
        QStringList many;
        for (int i = 0; i < 25; ++i)
            many << QString::number(i);
        buf.appendBatch(batchOf(many), 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.waitingCount(), 10);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("15"));
    }

    void ansi()
    {
        const AnsiText t = AnsiText::parse(QStringLiteral("\x1b[1;31mERROR\x1b[0m plain \x1b[38;5;46mgreen\x1b[m\x1b]0;title\x07!"));
        QCOMPARE(t.text, QStringLiteral("ERROR plain green!"));
        QCOMPARE(t.spans.size(), 2);
        QCOMPARE(t.spans[0].start, 0);
        QCOMPARE(t.spans[0].length, 5);
        QVERIFY(t.spans[0].bold);
        QCOMPARE(t.spans[0].foreground, QColor(0xcd, 0x31, 0x31));
        QCOMPARE(t.spans[1].start, 12);
        QCOMPARE(t.spans[1].foreground, QColor(0, 255, 0));
        QCOMPARE(AnsiText::strip(QStringLiteral("a\x1b[2Kb\x1b[31mc")), QStringLiteral("abc"));
        QCOMPARE(AnsiText::strip(QStringLiteral("no escapes")), QStringLiteral("no escapes"));

        LogBuffer buf;
        LogModel model(&buf);
        buf.appendBatch(batchOf({QStringLiteral("\x1b[32mok\x1b[0m done\r")}), 0);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ok done"));
        QCOMPARE(model.index(0).data(LogModel::AnsiSpansRole).value<QList<AnsiSpan>>().size(), 1);
        model.setAnsiMode(LogModel::AnsiMode::Strip);
        QCOMPARE(model.index(0).data(LogModel::AnsiSpansRole).value<QList<AnsiSpan>>().size(), 0);
    }

    void filterAndSearch()
    {
        LogBuffer buf;
        LogModel model(&buf);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        buf.appendBatch(batchOf({QStringLiteral("epoch 1 loss=0.9"), QStringLiteral("warning: slow"),
                                 QStringLiteral("epoch 2 loss=0.7"), QStringLiteral("done")}), 0);
        QVERIFY(proxy.setSearch(QStringLiteral("EPOCH")).ok());
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.findMatch(-1, true), 0);
        QCOMPARE(proxy.findMatch(0, true), 2);
        QCOMPARE(proxy.findMatch(2, true), 0); // wraps
        QCOMPARE(proxy.findMatch(0, false), 2);
        QCOMPARE(proxy.matchCount(), 2);
        proxy.setShowOnlyMatching(true);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.setSearch(QStringLiteral("loss=0\\.[0-8]"), true).ok());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("epoch 2 loss=0.7"));
        const auto bad = proxy.setSearch(QStringLiteral("loss=(0"), true);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("invalid regular expression")), qPrintable(bad.error().message));
        QCOMPARE(proxy.rowCount(), 1); // previous search stays
        // new lines are filtered as they arrive
        buf.appendBatch(batchOf({QStringLiteral("epoch 3 loss=0.5"), QStringLiteral("noise")}), 0);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.matcher().ranges(QStringLiteral("loss=0.5 loss=0.1")).size(), 2);
        buf.appendMarker(0, 0, QStringLiteral("— reconnected —"));
        QCOMPARE(proxy.rowCount(), 3); // markers always shown
        proxy.setShowOnlyMatching(false);
        QCOMPARE(proxy.rowCount(), 7);
    }

    void saveEverything()
    {
        LogBuffer buf;
        LogModel model(&buf);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        const int a = buf.addSource(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("main"));
        buf.appendBatch(batchOf({QStringLiteral("one"), QStringLiteral("two ü")}, 1767323045000000001LL), a);
        buf.appendMarker(a, 0, QStringLiteral("marker"));
        QVERIFY(proxy.setSearch(QStringLiteral("one")).ok());
        proxy.setShowOnlyMatching(true);
        model.setPaused(true);
        buf.appendBatch(batchOf({QStringLiteral("three")}), a);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.log"));
        auto n = buf.saveToFile(path, {});
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("one\ntwo \xc3\xbc\nthree\n"));
        QBuffer mem;
        mem.open(QIODevice::WriteOnly);
        LogBuffer::SaveOptions o;
        o.timestamps = true;
        o.prefix = true;
        QVERIFY(buf.save(&mem, o).ok());
        QVERIFY(mem.data().startsWith("[a/main] 2026-01-02T03:04:05.000000001Z one\n"));
        auto bad = buf.saveToFile(QStringLiteral("/nonexistent-dir/x.log"), {});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().file, QStringLiteral("/nonexistent-dir/x.log"));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
