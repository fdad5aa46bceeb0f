// Pod logs against the real local control plane: the logs come through the real kube-apiserver
// from KWOK's kubelet log endpoint (a CRI-format file named by a `Logs` object).

#include "../common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/logs/LogStream.h"
#include "model/cluster/Informer.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/LogModel.h"
#include "model/logs/MultiLogSession.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

namespace {
QString ts(int second, int nanos = 0)
{
    return QStringLiteral("2026-01-02T03:%1:%2.%3Z")
        .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(second % 60, 2, 10, QLatin1Char('0'))
        .arg(nanos, 9, 10, QLatin1Char('0'));
}

struct Collected {
    QStringList texts;
    int reconnects = 0;
};
} // namespace

class TestLiveLogs : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    ConnectionConfig m_config;
    QString m_ns;
    QTemporaryDir m_dir;

    QString logFile(const QString &pod, bool previous = false) const
    {
        return m_dir.filePath(pod + (previous ? QStringLiteral(".prev.log") : QStringLiteral(".log")));
    }

    void appendCri(const QString &pod, const QStringList &lines, bool previous = false)
    {
        QFile f(logFile(pod, previous));
        QVERIFY(f.open(QIODevice::Append));
        for (const QString &l : lines)
            f.write(l.toUtf8() + '\n');
    }

    /// Pod + Logs CR (KWOK serves the file through the kubelet API the apiserver proxies to).
    void createPod(const QString &name, const QString &app, bool withPrevious = false)
    {
        QFile::resize(logFile(name), 0);
        appendCri(name, {});
        if (withPrevious)
            appendCri(name, {}, true);
        const QString prev = withPrevious ? QStringLiteral("\n    previousLogsFile: %1").arg(logFile(name, true)) : QString();
        const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: %1, namespace: %2, labels: {app: %3}}
spec: {containers: [{name: main, image: busybox}]}
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Logs
metadata: {name: %1, namespace: %2}
spec:
  logs:
  - containers: [main]
    logsFile: %4%5
    follow: true
)")
                                 .arg(name, m_ns, app, logFile(name), prev);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml.toUtf8());
        // Running (KWOK) so the kubelet log endpoint answers
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, name,
                                                             QStringLiteral("-o"), QStringLiteral("jsonpath={.status.phase}")}).out),
                                  QStringLiteral("Running"), 60000);
    }

    std::unique_ptr<LogStream> followStream(const QString &pod, Collected *c, LogStreamOptions o = {})
    {
        o.namespace_ = m_ns;
        o.pod = pod;
        o.container = QStringLiteral("main");
        o.follow = true;
        auto s = std::make_unique<LogStream>(m_conn.get(), o);
        connect(s.get(), &LogStream::linesReady, this, [c](const LogBatch &b) {
            for (int i = 0; i < b.size(); ++i)
                c->texts << b.textString(i);
        });
        connect(s.get(), &LogStream::reconnected, this, [c](LogTimestamp) { ++c->reconnects; });
        s->start();
        return s;
    }

    static QString cliPath() { return QStringLiteral(FC_CLI_PATH); }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
        m_ns = QStringLiteral("it-logs-%1").arg(QRandomGenerator::global()->bounded(100000));
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        LocalConnection local = connectLocal();
        QVERIFY2(local, qPrintable(local.error));
        m_config = local.config;
        m_conn = std::move(local.connection);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void appendedLinesArrive()
    {
        createPod(QStringLiteral("follow"), QStringLiteral("single"));
        appendCri(QStringLiteral("follow"), {ts(1) + QStringLiteral(" stdout F first"), ts(2) + QStringLiteral(" stdout F second")});
        Collected c;
        auto s = followStream(QStringLiteral("follow"), &c);
        QTRY_COMPARE_WITH_TIMEOUT(c.texts, (QStringList{QStringLiteral("first"), QStringLiteral("second")}), 20000);
        appendCri(QStringLiteral("follow"), {ts(3) + QStringLiteral(" stdout F third ü")});
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 3, 20000);
        QCOMPARE(c.texts.last(), QStringLiteral("third ü"));
        QCOMPARE(s->state(), LogStream::State::Streaming);
    }

    void backlogThenFollowWithoutDuplicates()
    {
        // a follow stream reads the backlog without follow (large writes) and then follows from
        // its last line: a resume from that whole second, whose 1000 lines come again and must be
        // dropped; no marker for this switch, and lines written afterwards still arrive
        const QString pod = QStringLiteral("backlog");
        createPod(pod, QStringLiteral("single"));
        QStringList lines, expected;
        for (int i = 0; i < 3000; ++i) {
            lines << ts(40 + i / 1000, i % 1000 * 1000) + QStringLiteral(" stdout F line %1").arg(i);
            expected << QStringLiteral("line %1").arg(i);
        }
        appendCri(pod, lines);
        Collected c;
        auto s = followStream(pod, &c);
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 3000, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), LogStream::State::Streaming, 20000);
        appendCri(pod, {ts(42, 999999) + QStringLiteral(" stdout F same second as the backlog's last"),
                        ts(43) + QStringLiteral(" stdout F after")});
        expected << QStringLiteral("same second as the backlog's last") << QStringLiteral("after");
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 3002, 20000);
        QTest::qWait(500);
        QCOMPARE(c.texts, expected);
        QCOMPARE(c.reconnects, 0);
        QCOMPARE(s->reconnectCount(), 0);
    }

    void cancelAndResumeSameSecond()
    {
        const QString pod = QStringLiteral("dedupe");
        // several lines in the same second, two with identical text: sinceTime is whole seconds,
        // so the resume gets them again and must drop exactly those already delivered
        createPod(pod, QStringLiteral("single"));
        appendCri(pod, {ts(10, 1) + QStringLiteral(" stdout F a"), ts(10, 2) + QStringLiteral(" stdout F b"),
                                             ts(10, 2) + QStringLiteral(" stdout F b"), ts(10, 2) + QStringLiteral(" stdout F c")});
        Collected c;
        auto s = followStream(pod, &c);
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 4, 20000);
        QSignalSpy reconnected(s.get(), &LogStream::reconnected);
        s->reconnectNow();
        appendCri(pod, {ts(10, 2) + QStringLiteral(" stdout F d"), ts(11) + QStringLiteral(" stdout F e")});
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 6, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 20000);
        QTest::qWait(500);
        QCOMPARE(c.texts, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("c"),
                                       QStringLiteral("d"), QStringLiteral("e")}));
    }

    void resumesAfterApiserverRestart()
    {
        createPod(QStringLiteral("restart"), QStringLiteral("single"));
        QStringList expected;
        QStringList lines;
        for (int i = 0; i < 50; ++i) {
            lines << ts(20, i) + QStringLiteral(" stdout F before %1").arg(i);
            expected << QStringLiteral("before %1").arg(i);
        }
        appendCri(QStringLiteral("restart"), lines);
        Collected c;
        auto s = followStream(QStringLiteral("restart"), &c);
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 50, 20000);
        const auto r = clusterScript({QStringLiteral("restart-apiserver")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // written while the stream was cut, and after
        lines.clear();
        for (int i = 0; i < 20; ++i) {
            lines << ts(21, i) + QStringLiteral(" stdout F after %1").arg(i);
            expected << QStringLiteral("after %1").arg(i);
        }
        appendCri(QStringLiteral("restart"), lines);
        QTRY_COMPARE_WITH_TIMEOUT(c.texts.size(), 70, 60000);
        QTest::qWait(500);
        QCOMPARE(c.texts, expected); // no duplicates, no gaps
        QVERIFY(s->reconnectCount() >= 1);
        QVERIFY(c.reconnects >= 1);
    }

    void selectorAttachesAndDetaches()
    {
        Informer informer(m_conn.get());
        ResourceStore *pods = informer.store(Kind::Pod);
        QTRY_VERIFY_WITH_TIMEOUT(pods->synced(), 30000);
        createPod(QStringLiteral("sel-a"), QStringLiteral("fl"));
        appendCri(QStringLiteral("sel-a"), {ts(30) + QStringLiteral(" stdout F a1"), ts(32) + QStringLiteral(" stdout F a2")});
        LogBuffer buffer;
        LogModel model(&buffer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogStreamOptions o;
        o.follow = true;
        MultiLogSession session(m_conn.get(), pods, &buffer, LogTarget::forSelector(m_ns, QStringLiteral("app=fl")), o);
        QVERIFY(session.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(session.attachedSources().contains(m_ns + QStringLiteral("/sel-a/main")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(buffer.size(), 3, 20000); // attach marker + 2 lines

        // a pod that starts matching later is attached; its lines interleave by time
        createPod(QStringLiteral("sel-b"), QStringLiteral("fl"));
        appendCri(QStringLiteral("sel-b"), {ts(31) + QStringLiteral(" stdout F b1")});
        QTRY_VERIFY_WITH_TIMEOUT(session.attachedSources().contains(m_ns + QStringLiteral("/sel-b/main")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(buffer.size(), 5, 20000);
        appendCri(QStringLiteral("sel-a"), {ts(33) + QStringLiteral(" stdout F a3")});
        appendCri(QStringLiteral("sel-b"), {ts(33, 5) + QStringLiteral(" stdout F b2")});
        QTRY_COMPARE_WITH_TIMEOUT(buffer.size(), 7, 20000);
        // a pod that does not match stays out
        createPod(QStringLiteral("other"), QStringLiteral("nope"));
        QTest::qWait(500);
        QCOMPARE(session.attachedSources().size(), 2);

        // deleting a pod detaches it with a marker
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, QStringLiteral("sel-b"),
                    QStringLiteral("--wait=false")});
        QTRY_VERIFY_WITH_TIMEOUT(!session.attachedSources().contains(m_ns + QStringLiteral("/sel-b/main")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r).data(LogModel::MarkerRole).toBool()
                    && model.index(r).data().toString().contains(QStringLiteral("detached sel-b/main")))
                    return true;
            return false;
        }(), 20000);
        QCOMPARE(session.attachedSources(), QStringList{m_ns + QStringLiteral("/sel-a/main")});
        QCOMPARE(model.index(model.rowCount() - 1).data(LogModel::SourcePrefixRole).toString(), QStringLiteral("sel-b/main"));

        // save writes every received line, whatever a view shows (b1 came after a2 was shown:
        // merging is per flush, lines already shown are not reordered)
        model.setPaused(true);
        appendCri(QStringLiteral("sel-a"), {ts(34) + QStringLiteral(" stdout F a4")});
        QTRY_COMPARE_WITH_TIMEOUT(model.waitingCount(), 1, 20000);
        const QString path = m_dir.filePath(QStringLiteral("saved.log"));
        LogBuffer::SaveOptions so;
        so.prefix = true;
        auto saved = buffer.saveToFile(path, so);
        QVERIFY(saved.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral("[sel-a/main] a1\n[sel-a/main] a2\n[sel-b/main] b1\n[sel-a/main] a3\n[sel-b/main] b2\n"
                                "[sel-a/main] a4\n"));
    }

    void cliMatchesKubectl_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("plain") << QStringList{};
        QTest::newRow("timestamps") << QStringList{QStringLiteral("--timestamps")};
        QTest::newRow("tail") << QStringList{QStringLiteral("--tail=2")};
        QTest::newRow("tail0") << QStringList{QStringLiteral("--tail=0")};
        QTest::newRow("since-time") << QStringList{QStringLiteral("--since-time=2026-01-02T03:00:41Z")};
        QTest::newRow("previous") << QStringList{QStringLiteral("--previous")};
        QTest::newRow("previous tail") << QStringList{QStringLiteral("--previous"), QStringLiteral("--tail=1")};
        QTest::newRow("prefix") << QStringList{QStringLiteral("--prefix"), QStringLiteral("--timestamps")};
        QTest::newRow("limit-bytes") << QStringList{QStringLiteral("--limit-bytes=30")};
        QTest::newRow("selector") << QStringList{QStringLiteral("-l"), QStringLiteral("app=cli")};
    }
    void cliMatchesKubectl()
    {
        QFETCH(QStringList, options);
        static bool created = false;
        if (!created) {
            createPod(QStringLiteral("cli"), QStringLiteral("cli"), true);
            QStringList lines;
            for (int i = 0; i < 5; ++i)
                lines << ts(40 + i, 123) + QStringLiteral(" stdout F line %1 \u00e9").arg(i);
            appendCri(QStringLiteral("cli"), lines);
            appendCri(QStringLiteral("cli"), {ts(1) + QStringLiteral(" stdout F old 1"), ts(2) + QStringLiteral(" stderr F old 2")}, true);
            created = true;
        }
        QStringList args{QStringLiteral("logs"), QStringLiteral("-n"), m_ns};
        if (!options.contains(QStringLiteral("-l")))
            args << QStringLiteral("cli");
        args << options;
        const auto want = kubectl(args);
        QVERIFY2(want.exitCode == 0, want.err.constData());
        QVERIFY(!want.out.isEmpty() || options.contains(QStringLiteral("--tail=0")));
        const auto got = run(cliPath(), QStringList{QStringLiteral("--kubeconfig"), kubeconfigPath()} + args);
        QVERIFY2(got.exitCode == 0, got.err.constData());
        QCOMPARE(QString::fromUtf8(got.out), QString::fromUtf8(want.out));
    }

    void cliErrors()
    {
        const auto missing = run(cliPath(), {QStringLiteral("--kubeconfig"), kubeconfigPath(), QStringLiteral("logs"), QStringLiteral("-n"),
                                             m_ns, QStringLiteral("no-such-pod")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("not found"), missing.err.constData());
        const auto usage = run(cliPath(), {QStringLiteral("logs")});
        QCOMPARE(usage.exitCode, 1);
        QVERIFY(usage.err.contains("usage:"));
    }
};

QTEST_GUILESS_MAIN(TestLiveLogs)
#include "tst_livelogs.moc"
