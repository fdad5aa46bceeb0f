// ProcessRunner: output streamed line by line while the process runs, stdin data, timeout,
// cancel = SIGTERM first and SIGKILL only after the grace period, 0600 temporary files removed
// whichever way the run ends (also when the runner is destroyed while the process still runs).

#include "backend/core/ProcessRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fc;

namespace {

ProcessSpec shell(const QString &script)
{
    ProcessSpec s;
    s.program = QStringLiteral("/bin/sh");
    s.arguments = {QStringLiteral("-c"), script};
    return s;
}

ProcessResult resultOf(const QSignalSpy &spy) { return spy.first().first().value<ProcessResult>(); }

} // namespace

class TestProcessRunner : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QStringList leftovers() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void streamsLinesWhileRunning()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        QStringList out, err;
        bool firstLineWhileRunning = false;
        connect(&runner, &ProcessRunner::stdoutLine, this, [&](const QString &line) {
            if (out.isEmpty())
                firstLineWhileRunning = runner.isRunning();
            out << line;
        });
        connect(&runner, &ProcessRunner::stderrLine, this, [&](const QString &line) { err << line; });
        // the first line comes a second before the process ends; the last has no line break
        runner.start(shell(QStringLiteral("echo one; echo warn >&2; sleep 1; printf 'two\\r\\nthr\\303\\251e'")));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QVERIFY2(firstLineWhileRunning, "the first line arrived only after the process had ended");
        QCOMPARE(out, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("thr\u00e9e")}));
        QCOMPARE(err, QStringList{QStringLiteral("warn")});
        const ProcessResult r = resultOf(done);
        QVERIFY(r.ok());
        QCOMPARE(r.end, ProcessEnd::Exited);
        QCOMPARE(r.stdoutData, QByteArray("one\ntwo\r\nthr\xc3\xa9" "e"));
        QVERIFY(r.elapsedMs >= 900);
    }

    void stdinAndExitCode()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        ProcessSpec spec = shell(QStringLiteral("cat; exit 4"));
        spec.stdinData = "values: from stdin\n";
        runner.start(spec);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const ProcessResult r = resultOf(done);
        QCOMPARE(r.end, ProcessEnd::Exited);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.ok());
        QCOMPARE(r.stdoutData, QByteArray("values: from stdin\n"));
    }

    void timeoutStopsWithSigterm()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        ProcessSpec spec = shell(QStringLiteral("trap 'echo term; exit 7' TERM; while :; do sleep 0.05; done"));
        spec.timeoutMs = 300;
        spec.killGraceMs = 10000;
        QElapsedTimer clock;
        clock.start();
        runner.start(spec);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const ProcessResult r = resultOf(done);
        QCOMPARE(r.end, ProcessEnd::TimedOut);
        QVERIFY2(!r.killed, "SIGKILL sent although the process stopped on SIGTERM");
        QCOMPARE(r.exitCode, 7);                      // its own TERM handler ran: it got SIGTERM
        QCOMPARE(r.stdoutData, QByteArray("term\n"));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void sigkillAfterGracePeriod()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        QSignalSpy lines(&runner, &ProcessRunner::stdoutLine);
        // ignores SIGTERM (says so), so only SIGKILL ends it
        ProcessSpec spec = shell(QStringLiteral("trap 'echo ignoring-term' TERM; echo ready; while :; do sleep 0.05; done"));
        spec.killGraceMs = 700;
        runner.start(spec);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 10000);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const qint64 took = clock.elapsed();
        const ProcessResult r = resultOf(done);
        QCOMPARE(r.end, ProcessEnd::Cancelled);
        QVERIFY(r.killed);
        QVERIFY2(r.stdoutData.contains("ignoring-term"), r.stdoutData.constData()); // SIGTERM came first
        QVERIFY2(took >= 650, qPrintable(QString::number(took)));                  // SIGKILL only after the grace
    }

    void crashIsReported()
    {
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.start(shell(QStringLiteral("kill -KILL $$")));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(resultOf(done).end, ProcessEnd::Crashed);
    }

    void tempFileIsPrivateAndRemoved_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("exit") << QStringLiteral("exit");
        QTest::newRow("cancel") << QStringLiteral("cancel");
        QTest::newRow("timeout") << QStringLiteral("timeout");
        QTest::newRow("failed to start") << QStringLiteral("failed");
    }
    void tempFileIsPrivateAndRemoved()
    {
        QFETCH(QString, how);
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::finished);
        QSignalSpy lines(&runner, &ProcessRunner::stdoutLine);
        const auto path = runner.createTempFile("token: s3cret\n", QStringLiteral("kubeconfig-XXXXXX"), m_dir->path());
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message));
        QVERIFY(path->startsWith(m_dir->path()));
        QCOMPARE(QFile(*path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(leftovers().size(), 1);
        ProcessSpec spec = shell(QStringLiteral("cat \"$0\"; [ \"$1\" = exit ] && exit 0; while :; do sleep 0.05; done"));
        spec.arguments << *path << how;
        if (how == u"timeout")
            spec.timeoutMs = 500;
        if (how == u"failed")
            spec.program = m_dir->path() + QStringLiteral("/no-such-program");
        runner.start(spec);
        if (how == u"cancel") {
            QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 10000);
            QVERIFY(QFile::exists(*path)); // there while the process runs
            runner.cancel();
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const ProcessResult r = resultOf(done);
        if (how != u"failed")
            QCOMPARE(r.stdoutData, QByteArray("token: s3cret\n")); // the process could read it
        else
            QCOMPARE(r.end, ProcessEnd::FailedToStart);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u',')));
        QVERIFY(runner.tempFiles().isEmpty());
    }

    void destroyedWhileRunning()
    {
        auto runner = std::make_unique<ProcessRunner>();
        QSignalSpy lines(runner.get(), &ProcessRunner::stdoutLine);
        const auto path = runner->createTempFile("secret", QStringLiteral("kubeconfig-XXXXXX"), m_dir->path());
        QVERIFY(path.ok());
        QTemporaryDir pidDir;
        const QString pidFile = pidDir.path() + QStringLiteral("/pid");
        ProcessSpec spec = shell(QStringLiteral("echo $$ > \"$0\"; trap 'sleep 0.5; exit 0' TERM; echo ready; while :; do sleep 0.05; done"));
        spec.arguments << pidFile;
        spec.killGraceMs = 5000;
        runner->start(spec);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 10000);
        QFile pf(pidFile);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pf.readAll().trimmed());
        QVERIFY(QFileInfo::exists(proc));
        QElapsedTimer clock;
        clock.start();
        runner.reset(); // no wait in the destructor
        QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
        // the process got SIGTERM and takes its 0.5 s; the file goes when the process is gone
        QVERIFY(QFile::exists(*path));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(*path), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(proc), 10000); // ended and reaped, not orphaned
    }

    void neverStartedRemovesFiles()
    {
        QString path;
        {
            ProcessRunner runner;
            const auto p = runner.createTempFile("x", QStringLiteral("unused-XXXXXX"), m_dir->path());
            QVERIFY(p.ok());
            path = *p;
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
