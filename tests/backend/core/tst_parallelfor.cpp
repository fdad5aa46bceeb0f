#include "backend/core/ParallelFor.h"

#include <QMutex>
#include <QSet>
#include <QTest>

#include <chrono>

using namespace fc;

class TestParallelFor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachIndexOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << 0 << 4;
        QTest::newRow("one") << 1 << 4;
        QTest::newRow("more threads than jobs") << 3 << 8;
        QTest::newRow("many") << 200 << 3;
        QTest::newRow("single thread") << 10 << 1;
        QTest::newRow("ideal") << 17 << 0;
    }
    void eachIndexOnce()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> hits(static_cast<size_t>(count));
        parallelFor(count, [&](int i) { ++hits[size_t(i)]; }, ParallelOptions{threads});
        for (int i = 0; i < count; ++i)
            QCOMPARE(hits[size_t(i)].load(), 1);
    }

    // never more jobs at once than threads, and more than one when asked for (on any machine:
    // the jobs sleep, so they overlap even on one core)
    void concurrencyBounded()
    {
        std::atomic<int> running{0}, peak{0};
        QSet<Qt::HANDLE> threadIds;
        QMutex lock;
        parallelFor(
            12,
            [&](int) {
                const int now = ++running;
                int seen = peak.load();
                while (now > seen && !peak.compare_exchange_weak(seen, now)) {
                }
                {
                    QMutexLocker l(&lock);
                    threadIds.insert(QThread::currentThreadId());
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                --running;
            },
            ParallelOptions{3});
        QCOMPARE(peak.load(), 3);
        QCOMPARE(threadIds.size(), 3);
        QVERIFY(threadIds.contains(QThread::currentThreadId())); // the caller works too
    }

    // inside a job, a nested loop stays on the job's thread (no oversubscription); outside, it spreads
    void nestedRunsInline()
    {
        std::atomic<int> strayInner{0};
        parallelFor(
            4,
            [&](int) {
                const Qt::HANDLE outer = QThread::currentThreadId();
                parallelFor(
                    3,
                    [&](int) {
                        if (QThread::currentThreadId() != outer)
                            ++strayInner;
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    },
                    ParallelOptions{3});
            },
            ParallelOptions{2});
        QCOMPARE(strayInner.load(), 0);
        QSet<Qt::HANDLE> after;
        QMutex lock;
        parallelFor(
            6,
            [&](int) {
                QMutexLocker l(&lock);
                after.insert(QThread::currentThreadId());
                l.unlock();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            },
            ParallelOptions{2});
        QCOMPARE(after.size(), 2); // the flag was reset when the outer loop ended
    }

    void stopBeforeAndDuring()
    {
        std::atomic<bool> stop{true};
        int ran = 0;
        parallelFor(5, [&](int) { ++ran; }, ParallelOptions{1, &stop});
        QCOMPARE(ran, 0);
        stop = false;
        std::atomic<int> started{0};
        parallelFor(
            50,
            [&](int) {
                if (++started == 4)
                    stop = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            },
            ParallelOptions{2, &stop});
        // the job that set stop and at most one already running on the other thread
        QVERIFY2(started >= 4 && started <= 5, qPrintable(QString::number(started.load())));
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "tst_parallelfor.moc"
