// Pod log benchmark on the real local control plane (see bench/run-logs.sh):
//  1. end to end, the same KWOK log stream through the apiserver: kubectl logs -f,
//     fedconsole-cli logs -f, and the viewer's stream+buffer+model+proxy in process;
//  2. the model alone (LogBuffer + LogModel + LogFilterProxy, 1M cap, drops included);
//  3. the worst UI event-loop stall of a shown LogViewer ingesting 50,000 lines/s;
//  4. memory per stored line at 1M lines.
// Prints a markdown table.

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"
#include "gui/logs/LogViewer.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/LogFilterProxy.h"
#include "model/logs/LogModel.h"
#include "model/logs/MultiLogSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace fc;

namespace {
const QString kNs = QStringLiteral("bench-logs");
const QString kPod = QStringLiteral("bench-0");

QByteArray lineText(qint64 i)
{
    return QByteArrayLiteral("round ") + QByteArray::number(i) + " client=party-" + QByteArray::number(i % 8)
        + " loss=0." + QByteArray::number(1000 + i % 8999) + " acc=0." + QByteArray::number(1000 + (i * 7) % 8999)
        + " msg=aggregating weights from 8 parties";
}

QByteArray ts(qint64 i)
{
    return formatLogTimestamp(1767323045000000000LL + i * 1000000LL); // 1000 lines per second of log time
}

int sh(const QString &program, const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s %s: %s\n", qPrintable(program), qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.exitCode();
}

/// One end-to-end run: wall seconds until `lines` lines arrived, and the client's own cost in
/// that time (CPU seconds of all its threads, context switches): the server side is shared and
/// varies between runs, the client's cost per line does not.
struct RunResult {
    double secs = -1;
    double cpu = 0;
    qint64 switches = 0;
};

/// CPU seconds (user+system, all threads) and context switches (voluntary+involuntary) of a process.
void processCost(qint64 pid, double *cpu, qint64 *switches)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        *cpu = (f.value(11).toLongLong() + f.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    *switches = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &t : tasks) {
        QFile st(QStringLiteral("/proc/%1/task/%2/status").arg(pid).arg(t));
        if (!st.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : st.readAll().split('\n'))
            if (line.contains("ctxt_switches:"))
                *switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
}

/// Runs `program args` until `lines` lines came out on stdout (its startup included).
RunResult timeToLines(const QString &program, const QStringList &args, qint64 lines)
{
    QProcess p;
    qint64 seen = 0;
    QElapsedTimer t;
    QEventLoop loop;
    RunResult r;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, [&] {
        const QByteArray chunk = p.readAllStandardOutput();
        seen += chunk.count('\n');
        if (seen >= lines && r.secs < 0) {
            r.secs = t.nsecsElapsed() / 1e9;
            processCost(p.processId(), &r.cpu, &r.switches);
            loop.quit();
        }
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    t.start();
    p.start(program, args);
    loop.exec();
    p.kill();
    p.waitForFinished();
    if (r.secs < 0)
        std::fprintf(stderr, "%s: only %lld of %lld lines\n", qPrintable(program), static_cast<long long>(seen),
                     static_cast<long long>(lines));
    return r;
}

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

LogBatch makeBatch(qint64 first, int n)
{
    LogBatch b;
    for (int i = 0; i < n; ++i)
        b.append(1767323045000000000LL + (first + i) * 1000LL, lineText(first + i));
    return b;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const QString &name, const QString &def) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const qint64 lines = opt(QStringLiteral("--lines"), QStringLiteral("200000")).toLongLong();
    const QString cli = opt(QStringLiteral("--cli"), QStringLiteral("fedconsole-cli"));
    const QString kubeconfig = qEnvironmentVariable("KUBECONFIG");
    const int stallSeconds = opt(QStringLiteral("--stall-seconds"), QStringLiteral("24")).toInt();
    const QString dir = opt(QStringLiteral("--dir"), QStringLiteral("/tmp/fedconsole-log-bench"));
    struct Row {
        QString what, value, goal;
    };
    QList<Row> rows;

    QList<Row> memRows;
    // ---- 4. memory per stored line (first, while the heap is fresh) ----
    {
        const qint64 before = rssBytes();
        auto *buffer = new LogBuffer;
        qint64 textBytes = 0;
        for (qint64 i = 0; i < 1000000; i += 1000) {
            LogBatch b = makeBatch(i, 1000);
            textBytes += b.data.size();
            buffer->appendBatch(b, 0);
        }
        const qint64 after = rssBytes();
        const double perLine = double(after - before) / 1e6;
        const double avgText = double(textBytes) / 1e6;
        memRows.append({QStringLiteral("memory per stored line at 1M lines (RSS delta), bytes"), QString::number(perLine, 'f', 1),
                     QStringLiteral("text + < 100")});
        memRows.append({QStringLiteral("… of which the line's own text (average), bytes"), QString::number(avgText, 'f', 1), QString()});
        memRows.append({QStringLiteral("… overhead per line, bytes"), QString::number(perLine - avgText, 'f', 1), QStringLiteral("< 100")});
        delete buffer;
    }

    // ---- the log stream: one pod, a CRI file of `lines` lines (KWOK serves it, follow on) ----
    std::fprintf(stderr, "writing %lld lines\n", static_cast<long long>(lines));
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/bench-0.log");
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        QByteArray buf;
        for (qint64 i = 0; i < lines; ++i) {
            buf += ts(i) + " stdout F " + lineText(i) + '\n';
            if (buf.size() > (1 << 20)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    sh(QStringLiteral("kubectl"), {QStringLiteral("create"), QStringLiteral("namespace"), kNs});
    const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: %1, namespace: %2}
spec: {containers: [{name: main, image: busybox}]}
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Logs
metadata: {name: %1, namespace: %2}
spec:
  logs:
  - containers: [main]
    logsFile: %3
    follow: true
)").arg(kPod, kNs, file);
    if (sh(QStringLiteral("kubectl"), {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml.toUtf8()) != 0)
        return 2;
    sh(QStringLiteral("kubectl"), {QStringLiteral("wait"), QStringLiteral("-n"), kNs, QStringLiteral("--for=condition=Ready"),
                                   QStringLiteral("pod/") + kPod, QStringLiteral("--timeout=60s")});

    // ---- 1. end to end ----
    const QStringList logArgs{QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-n"), kNs, kPod};
    auto viewerPipeline = [&]() {
        RunResult result;
        double tv = -1;
        const Kubeconfig kc = Kubeconfig::load({kubeconfig});
        auto resolved = kc.resolve();
        auto cfg = resolved ? connectionConfigFor(resolved.value()) : Result<ConnectionConfig>(resolved.error());
        if (!cfg) {
            std::fprintf(stderr, "%s\n", qPrintable(cfg.error().toString()));
            return result;
        }
        ClusterConnection conn(cfg.value());
        LogBuffer buffer;
        LogModel model(&buffer);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        LogStreamOptions o;
        o.follow = true;
        MultiLogSession session(&conn, nullptr, &buffer, LogTarget::forPod(kNs, kPod, QStringLiteral("main")), o);
        QEventLoop loop;
        QElapsedTimer t;
        QObject::connect(&buffer, &LogBuffer::linesAppended, &loop, [&] {
            if (buffer.endSeq() >= lines && tv < 0) {
                tv = t.nsecsElapsed() / 1e9;
                loop.quit();
            }
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        double cpu0 = 0;
        qint64 sw0 = 0;
        processCost(QCoreApplication::applicationPid(), &cpu0, &sw0);
        t.start();
        (void)session.start();
        loop.exec();
        result.secs = tv;
        processCost(QCoreApplication::applicationPid(), &result.cpu, &result.switches);
        result.cpu -= cpu0;
        result.switches -= sw0;
        return result;
    };
    // The machine is shared and the server side varies a lot between runs (KWOK flushes every
    // line; whether the apiserver forwards lines one by one or in batches depends on how busy the
    // cores are at that moment): 5 rounds, the order rotated each round so no client always runs
    // first or last, medians of each.
    const QStringList cliArgs = QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + logArgs + QStringList{QStringLiteral("-c"), QStringLiteral("main")};
    std::vector<RunResult> k, c, v;
    const int rounds = args.contains(QStringLiteral("--skip-e2e")) ? 0 : opt(QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    for (int round = 0; round < rounds; ++round) {
        for (int j = 0; j < 3; ++j) {
            switch ((round + j) % 3) {
            case 0: k.push_back(timeToLines(QStringLiteral("kubectl"), logArgs, lines)); break;
            case 1: c.push_back(timeToLines(cli, cliArgs, lines)); break;
            case 2: v.push_back(viewerPipeline()); break;
            }
        }
        std::fprintf(stderr, "round %d: kubectl %.2fs (cpu %.2fs, %lld cs)  cli %.2fs (cpu %.2fs, %lld cs)  viewer %.2fs (cpu %.2fs, %lld cs)\n",
                     round, k.back().secs, k.back().cpu, static_cast<long long>(k.back().switches), c.back().secs, c.back().cpu,
                     static_cast<long long>(c.back().switches), v.back().secs, v.back().cpu, static_cast<long long>(v.back().switches));
    }
    auto median = [](const std::vector<RunResult> &runs, double RunResult::*field) {
        std::vector<double> x;
        for (const RunResult &r : runs)
            x.push_back(r.*field);
        if (x.empty())
            return -1.0;
        std::sort(x.begin(), x.end());
        return x[x.size() / 2];
    };
    auto rate = [&](double secs) { return secs > 0 ? QString::number(qint64(lines / secs)) : QStringLiteral("n/a"); };
    auto range = [&](const std::vector<RunResult> &runs) {
        double lo = 1e9, hi = 0;
        for (const RunResult &r : runs) {
            lo = std::min(lo, r.secs);
            hi = std::max(hi, r.secs);
        }
        return runs.empty() ? QString() : QStringLiteral("runs %1–%2 lines/s").arg(rate(hi), rate(lo));
    };
    auto cost = [&](const std::vector<RunResult> &runs) {
        return QStringLiteral("%1 µs CPU/line").arg(median(runs, &RunResult::cpu) * 1e6 / double(lines), 0, 'f', 2);
    };
    rows.append({QStringLiteral("`kubectl logs -f` (same stream, %1 lines, median of %2, %3; %4), lines/s").arg(lines).arg(rounds).arg(range(k), cost(k)),
                 rate(median(k, &RunResult::secs)), QStringLiteral("baseline")});
    rows.append({QStringLiteral("`fedconsole-cli logs -f` (%1; %2), lines/s").arg(range(c), cost(c)), rate(median(c, &RunResult::secs)),
                 QStringLiteral("≥ kubectl")});
    rows.append({QStringLiteral("viewer: stream → session → buffer → model → proxy (%1; %2, bench process), lines/s").arg(range(v), cost(v)),
                 rate(median(v, &RunResult::secs)), QStringLiteral("≥ kubectl")});

    // ---- 2. model alone ----
    {
        const qint64 n = 2000000;
        std::vector<LogBatch> batches;
        for (qint64 i = 0; i < 200000; i += 1000)
            batches.push_back(makeBatch(i, 1000));
        LogBuffer buffer;
        LogModel model(&buffer);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        const int src = buffer.addSource(kNs, kPod, QStringLiteral("main"));
        QElapsedTimer t;
        t.start();
        for (qint64 done = 0; done < n; done += 1000)
            buffer.appendBatch(batches[size_t(done / 1000) % batches.size()], src);
        const double secs = t.nsecsElapsed() / 1e9;
        rows.append({QStringLiteral("model alone: buffer + model + proxy, 2M lines into a 1M cap, lines/s"),
                     QString::number(qint64(n / secs)), QStringLiteral("≥ 500,000")});
    }

    // ---- 3. UI stall while a shown viewer ingests 50,000 lines/s ----
    {
        LogViewer viewer(nullptr, nullptr);
        viewer.resize(1200, 800);
        viewer.show();
        LogBuffer *buffer = viewer.buffer();
        const int src = buffer->addSource(kNs, kPod, QStringLiteral("main"));
        (void)viewer.proxy()->setSearch(QStringLiteral("party-3"));
        qint64 produced = 0;
        QElapsedTimer clock;
        QTimer producer;
        producer.setTimerType(Qt::PreciseTimer);
        producer.setInterval(10);
        QObject::connect(&producer, &QTimer::timeout, [&] {
            // catch up to 50,000 lines/s of wall time, in ~30 ms batches like MultiLogSession
            const qint64 due = clock.elapsed() * 50;
            if (due - produced < 1500)
                return;
            const int n = int(due - produced);
            buffer->appendBatch(makeBatch(produced, n), src);
            produced += n;
        });
        qint64 worst = 0;
        qint64 last = 0;
        qint64 windowWorst = 0;
        qint64 window = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        QElapsedTimer beat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = beat.nsecsElapsed();
            if (last) {
                worst = std::max(worst, now - last);
                windowWorst = std::max(windowWorst, now - last);
            }
            last = now;
            if (now / 2000000000 != window) {
                if (qEnvironmentVariableIsSet("FC_BENCH_STALL_TRACE"))
                    std::fprintf(stderr, "t=%llds rows=%lld worst=%.1fms\n", static_cast<long long>(now / 1000000000),
                                 static_cast<long long>(buffer->size()), windowWorst / 1e6);
                window = now / 2000000000;
                windowWorst = 0;
            }
        });
        QEventLoop loop;
        QTimer::singleShot(stallSeconds * 1000, &loop, &QEventLoop::quit);
        clock.start();
        beat.start();
        producer.start();
        heartbeat.start();
        loop.exec();
        rows.append({QStringLiteral("worst UI event-loop stall, shown LogViewer ingesting 50,000 lines/s for %1 s (%2 lines, 1M cap), ms")
                         .arg(stallSeconds).arg(produced),
                     QString::number(worst / 1e6, 'f', 1), QStringLiteral("≤ 16")});
    }

    sh(QStringLiteral("kubectl"), {QStringLiteral("delete"), QStringLiteral("namespace"), kNs, QStringLiteral("--wait=false")});
    rows += memRows;
    std::printf("| Measurement | Value | Goal |\n|---|---:|---|\n");
    for (const Row &r : rows)
        std::printf("| %s | %s | %s |\n", qPrintable(r.what), qPrintable(r.value), qPrintable(r.goal));
    return 0;
}
