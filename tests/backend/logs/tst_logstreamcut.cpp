// A log stream cut mid-line (issue 14), against a hand-written HTTP server that answers like the
// kubelet behind the apiserver (lines "RFC3339Nano text\n", sinceTime in whole seconds) and ends
// each response where the test says: in the middle of a line, cleanly (the server closed: an
// apiserver shutting down, a kubelet restart) or by a reset. The real apiserver and KWOK only ever
// send whole lines, so this edge is made here; tst_livelogs covers the real stack.
// Every line must arrive exactly once and whole — never the torn half and then the line again.

#include "backend/cluster/ClusterConnection.h"
#include "backend/logs/LogStream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace fc;

namespace {
enum class End { Clean, Reset, Hold };

struct Step {
    qsizetype bytes = -1; ///< bytes of the body sent before the end (-1: all)
    End end = End::Hold;
};

QByteArray line(int second, const char *text, bool terminated = true)
{
    return QByteArray("2026-01-02T03:00:0") + QByteArray::number(second) + ".000000001Z " + text + (terminated ? "\n" : "");
}

/// Serves /version, GET pod (its phase) and the pod's /log: the log is `content` from the
/// request's sinceTime second on, cut and ended as the next scripted step says.
class FakeKubelet final : public QObject {
public:
    QByteArray content;
    QString phase = QStringLiteral("Running");
    QList<Step> steps;
    QList<QUrlQuery> logRequests;

    FakeKubelet()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;

    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_pending[s];
        buf += s->readAll();
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray requestLine = buf.left(buf.indexOf("\r\n"));
        buf.remove(0, headEnd + 4);
        const QUrl url(QString::fromLatin1(requestLine.split(' ').value(1)));
        const QString path = url.path();
        if (path == u"/version")
            return reply(s, "application/json", R"({"gitVersion":"v1.34.0-fake"})");
        if (path.endsWith(u"/log"))
            return replyLog(s, QUrlQuery(url));
        if (path.startsWith(u"/api/v1/namespaces/ns/pods/"))
            return reply(s, "application/json",
                         QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ns","uid":"u1"},"status":{"phase":"%1"}})")
                             .arg(phase)
                             .toUtf8());
        reply(s, "application/json", R"({"kind":"Status","status":"Failure","reason":"NotFound","code":404})", 404);
    }

    void reply(QTcpSocket *s, const QByteArray &type, const QByteArray &body, int code = 200)
    {
        s->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + type
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void replyLog(QTcpSocket *s, const QUrlQuery &q)
    {
        logRequests << q;
        const Step step = steps.isEmpty() ? Step{} : steps.takeFirst();
        QByteArray body = content;
        if (q.hasQueryItem(QStringLiteral("sinceTime"))) { // whole seconds, as the kubelet reads it
            const QByteArray since = q.queryItemValue(QStringLiteral("sinceTime")).toLatin1().left(19);
            QByteArray kept;
            for (const QByteArray &l : content.split('\n'))
                if (!l.isEmpty() && l.left(19) >= since)
                    kept += l + '\n';
            if (!content.endsWith('\n') && kept.endsWith('\n'))
                kept.chop(1); // the unterminated last line stays unterminated
            body = kept;
        }
        if (step.bytes >= 0)
            body = body.left(step.bytes);
        if (step.end == End::Clean) { // a body read until the server closes: ends without error
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
            return;
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
        if (!body.isEmpty())
            s->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
        s->flush();
        if (step.end == End::Reset) { // mid-chunk stream: the connection drops
            s->write("40\r\nhalf a chunk");
            s->flush();
            s->waitForBytesWritten(1000);
            s->abort();
        }
    }
};

struct Run {
    QStringList texts;
    std::optional<LogStream::EndReason> end;
};
} // namespace

class TestLogStreamCut final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> connectTo(const FakeKubelet &fake)
    {
        ConnectionConfig c;
        c.contextName = QStringLiteral("fake");
        c.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port()));
        return std::make_unique<ClusterConnection>(c);
    }

    std::unique_ptr<LogStream> follow(ClusterConnection *conn, Run *run)
    {
        LogStreamOptions o;
        o.namespace_ = QStringLiteral("ns");
        o.pod = QStringLiteral("p");
        o.container = QStringLiteral("main");
        o.follow = true;
        auto s = std::make_unique<LogStream>(conn, o);
        connect(s.get(), &LogStream::linesReady, this, [run](const LogBatch &b) {
            for (int i = 0; i < b.size(); ++i)
                run->texts << b.textString(i);
        });
        connect(s.get(), &LogStream::finished, this, [run](LogStream::EndReason r, const QString &) { run->end = r; });
        s->start();
        return s;
    }

    const QByteArray m_fourLines = line(1, "one") + line(2, "two") + line(3, "three") + line(4, "four");
    const QStringList m_four{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four")};

private Q_SLOTS:
    void cleanEndMidLineWhileFollowing()
    {
        // the backlog read ends mid-"two"; the followed stream ends cleanly mid-"three" (the
        // server went away); the resume from "two"'s second brings the rest
        FakeKubelet fake;
        fake.content = m_fourLines;
        const qsizetype midTwo = line(1, "one").size() + 10, midThree = line(1, "one").size() + line(2, "two").size() + 33;
        fake.steps = {{midTwo, End::Clean}, {midThree, End::Clean}, {-1, End::Hold}};
        auto conn = connectTo(fake);
        Run run;
        auto s = follow(conn.get(), &run);
        QTRY_COMPARE_WITH_TIMEOUT(run.texts.size(), 4, 10000);
        QTest::qWait(300);
        QCOMPARE(run.texts, m_four); // never "thr" (or "three" cut anywhere) as a line of its own
        QCOMPARE(fake.logRequests.size(), 3);
        QCOMPARE(fake.logRequests.at(2).queryItemValue(QStringLiteral("sinceTime")), QStringLiteral("2026-01-02T03:00:02Z"));
        QVERIFY(!run.end);
    }

    void resetMidLineWhileFollowing()
    {
        FakeKubelet fake;
        fake.content = m_fourLines;
        // the backlog read brings "one" and "two"; the followed stream (from "two"'s second: two,
        // three, four) drops in the middle of "three"
        const qsizetype afterTwo = line(1, "one").size() + line(2, "two").size();
        const qsizetype midThree = line(2, "two").size() + 34;
        fake.steps = {{afterTwo, End::Clean}, {midThree, End::Reset}, {-1, End::Hold}};
        auto conn = connectTo(fake);
        Run run;
        auto s = follow(conn.get(), &run);
        QTRY_COMPARE_WITH_TIMEOUT(run.texts.size(), 4, 10000);
        QTest::qWait(300);
        QCOMPARE(run.texts, m_four);
        QVERIFY(s->reconnectCount() >= 1);
    }

    void cutOnEveryByteOfALine()
    {
        // the backlog read brings "one" and "two"; the followed stream (from "two"'s second) ends
        // cleanly at every byte of "three" in turn
        const qsizetype afterTwo = line(1, "one").size() + line(2, "two").size();
        const qsizetype start = line(2, "two").size();
        for (qsizetype cut = start; cut <= start + line(3, "three").size(); ++cut) {
            FakeKubelet fake;
            fake.content = m_fourLines;
            fake.steps = {{afterTwo, End::Clean}, {cut, End::Clean}, {-1, End::Hold}};
            auto conn = connectTo(fake);
            Run run;
            auto s = follow(conn.get(), &run);
            QTRY_COMPARE_WITH_TIMEOUT(run.texts.size(), 4, 10000);
            QTest::qWait(100);
            QVERIFY2(run.texts == m_four, qPrintable(QStringLiteral("cut after byte %1: %2").arg(cut).arg(run.texts.join(u'|'))));
        }
    }

    void containerEndsWithAnUnterminatedLine()
    {
        // a program's last words without a newline: kept, delivered once, and the stream completes
        FakeKubelet fake;
        fake.content = line(1, "one") + line(2, "two") + line(3, "bye", false);
        fake.phase = QStringLiteral("Succeeded");
        fake.steps = {{-1, End::Clean}, {-1, End::Clean}, {-1, End::Clean}};
        auto conn = connectTo(fake);
        Run run;
        auto s = follow(conn.get(), &run);
        QTRY_VERIFY_WITH_TIMEOUT(run.end.has_value(), 10000);
        QCOMPARE(*run.end, LogStream::EndReason::Completed);
        QCOMPARE(run.texts, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("bye")}));
        QVERIFY(!fake.logRequests.last().hasQueryItem(QStringLiteral("follow"))); // the last read did not follow
    }
};

QTEST_GUILESS_MAIN(TestLogStreamCut)
#include "tst_logstreamcut.moc"
