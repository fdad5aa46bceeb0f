// Soak under faults (issue 14) on the real local control plane: N pods under label churn, three
// followed log streams, while the apiserver is killed and restarted K times and etcd restarted
// E times (scripts/local-cluster.sh restart-apiserver / restart-etcd). Afterwards the informer's
// pod store must equal `kubectl get pods -A -o json` (0 missing, 0 stale, 0 duplicate rows) and
// every log stream must hold each line written exactly once, in order; the worst event-loop stall
// of the process is reported. Run by bench/run-soak.sh.
//   soak_bench --pods N --apiserver-kills K --etcd-restarts E --source DIR [--clean]
#include "BenchCluster.h"

#include "backend/logs/LogLine.h"
#include "model/cluster/Informer.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/MultiLogSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace fc;
using namespace fc::bench;

namespace {
const QString kLogNs = QStringLiteral("soak-logs");
constexpr int kStreams = 3;

int sh(const QString &program, const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Appends numbered lines to a CRI log file KWOK serves for one pod (follow: true).
struct LogWriter {
    QString path;
    qint64 written = 0;
    void append(int lines)
    {
        QFile f(path);
        f.open(QIODevice::Append);
        QByteArray buf;
        for (int i = 0; i < lines; ++i, ++written)
            buf += formatLogTimestamp(logTimestampFromDateTime(QDateTime::currentDateTimeUtc()) + written % 1000) + " stdout F soak line "
                   + QByteArray::number(written) + '\n';
        f.write(buf);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const QString &name, const QString &fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int pods = opt(QStringLiteral("--pods"), QStringLiteral("10000")).toInt();
    const int kills = opt(QStringLiteral("--apiserver-kills"), QStringLiteral("10")).toInt();
    const int etcdRestarts = opt(QStringLiteral("--etcd-restarts"), QStringLiteral("2")).toInt();
    const QString source = opt(QStringLiteral("--source"), QStringLiteral("."));
    const QString script = source + QStringLiteral("/scripts/local-cluster.sh");

    BenchCluster cluster;
    if (!cluster.open())
        return 2;
    std::fprintf(stderr, "seeding %d pods\n", pods);
    cluster.clean();
    if (cluster.seed(pods) != 0)
        return 2;

    // three pods whose logs KWOK serves from files this process appends to
    QTemporaryDir dir;
    sh(QStringLiteral("kubectl"), {QStringLiteral("delete"), QStringLiteral("namespace"), kLogNs, QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=true")});
    sh(QStringLiteral("kubectl"), {QStringLiteral("create"), QStringLiteral("namespace"), kLogNs});
    std::vector<LogWriter> writers(kStreams);
    QByteArray yaml;
    for (int i = 0; i < kStreams; ++i) {
        writers[size_t(i)].path = dir.filePath(QStringLiteral("soak-%1.log").arg(i));
        QFile(writers[size_t(i)].path).open(QIODevice::WriteOnly);
        yaml += QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: soak-%1, namespace: %2}\nspec: {containers: [{name: main, image: busybox}]}\n---\n"
                               "apiVersion: kwok.x-k8s.io/v1alpha1\nkind: Logs\nmetadata: {name: soak-%1, namespace: %2}\n"
                               "spec:\n  logs:\n  - containers: [main]\n    logsFile: %3\n    follow: true\n---\n")
                    .arg(i)
                    .arg(kLogNs, writers[size_t(i)].path)
                    .toUtf8();
    }
    if (sh(QStringLiteral("kubectl"), {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml) != 0)
        return 2;
    sh(QStringLiteral("kubectl"), {QStringLiteral("wait"), QStringLiteral("-n"), kLogNs, QStringLiteral("--for=condition=Ready"), QStringLiteral("pod"),
                                   QStringLiteral("--all"), QStringLiteral("--timeout=120s")});

    Informer informer(cluster.connection());
    ResourceStore *store = informer.store(Kind::Pod);
    QElapsedTimer t;
    t.start();
    while (!store->synced() && t.elapsed() < 300000)
        waitMs(100);
    std::fprintf(stderr, "store synced: %d pods in %lld ms\n", store->size(), static_cast<long long>(t.elapsed()));

    std::vector<std::unique_ptr<LogBuffer>> buffers;
    std::vector<std::unique_ptr<MultiLogSession>> sessions;
    for (int i = 0; i < kStreams; ++i) {
        buffers.push_back(std::make_unique<LogBuffer>());
        LogStreamOptions o;
        o.follow = true;
        sessions.push_back(std::make_unique<MultiLogSession>(cluster.connection(), nullptr, buffers.back().get(),
                                                             LogTarget::forPod(kLogNs, QStringLiteral("soak-%1").arg(i), QStringLiteral("main")), o));
        (void)sessions.back()->start();
    }
    QTimer writeTimer;
    writeTimer.setInterval(50);
    QObject::connect(&writeTimer, &QTimer::timeout, [&] {
        for (LogWriter &w : writers)
            w.append(5); // 100 lines/s per stream
    });
    writeTimer.start();

    // churn: label patches round robin over the seeded pods, round after round, for the whole soak
    QList<QPair<QString, QString>> churnPods;
    for (int i = 0; i < pods; ++i)
        churnPods.append({benchNamespace(), QStringLiteral("bench-%1").arg(i)});
    bool churning = true;
    int round = 0;
    std::function<void()> nextRound = [&] {
        if (churning)
            cluster.startChurn(churnPods, std::min(pods, 2000), QStringLiteral("r%1").arg(++round), nextRound);
    };
    nextRound();

    StallMeter stall;
    stall.start();
    // the faults: one every ~6 s, etcd restarts spread among the apiserver kills
    QElapsedTimer soak;
    soak.start();
    int killsDone = 0, etcdDone = 0;
    for (int step = 0; step < kills + etcdRestarts; ++step) {
        waitMs(6000);
        const bool etcd = etcdDone < etcdRestarts && (step + 1) % std::max(1, (kills + etcdRestarts) / std::max(1, etcdRestarts)) == 0;
        QProcess fault;
        fault.start(script, {etcd ? QStringLiteral("restart-etcd") : QStringLiteral("restart-apiserver")});
        QEventLoop loop;
        QObject::connect(&fault, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        loop.exec();
        if (fault.exitCode() != 0) {
            std::fprintf(stderr, "fault step %d failed: %s\n", step, fault.readAllStandardError().constData());
            return 2;
        }
        (etcd ? etcdDone : killsDone)++;
        std::fprintf(stderr, "[%5.1f s] %s restarted (%d apiserver kills, %d etcd restarts so far)\n", soak.elapsed() / 1000.0,
                     etcd ? "etcd" : "kube-apiserver", killsDone, etcdDone);
    }
    while (killsDone < kills) { // when the spacing left some out
        sh(script, {QStringLiteral("restart-apiserver")});
        ++killsDone;
    }
    churning = false;
    waitMs(3000);
    writeTimer.stop();
    stall.stop();

    // the store against kubectl, until equal or 120 s
    auto compare = [&](int *missing, int *stale, int *duplicate, int *extra) {
        QByteArray out;
        sh(QStringLiteral("kubectl"), {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")}, {}, &out);
        QHash<QString, QString> truth;
        for (const QJsonValue &v : QJsonDocument::fromJson(out).object().value(QLatin1String("items")).toArray()) {
            const QJsonObject m = v.toObject().value(QLatin1String("metadata")).toObject();
            truth.insert(m.value(QLatin1String("uid")).toString(), m.value(QLatin1String("resourceVersion")).toString());
        }
        QSet<QString> seen;
        *missing = *stale = *duplicate = *extra = 0;
        for (int r = 0; r < store->size(); ++r) {
            const ObjectSummary &o = store->at(r);
            if (seen.contains(o.uid))
                ++*duplicate;
            seen.insert(o.uid);
            const auto it = truth.constFind(o.uid);
            if (it == truth.cend())
                ++*extra;
            else if (*it != o.resourceVersion)
                ++*stale;
        }
        for (auto it = truth.cbegin(); it != truth.cend(); ++it)
            if (!seen.contains(it.key()))
                ++*missing;
        return int(truth.size());
    };
    int missing = 0, stale = 0, duplicate = 0, extra = 0, total = 0;
    QElapsedTimer settle;
    settle.start();
    do {
        waitMs(2000);
        total = compare(&missing, &stale, &duplicate, &extra);
    } while ((missing || stale || duplicate || extra) && settle.elapsed() < 120000);

    // every log line exactly once, in order
    waitMs(5000); // the last lines written reach the streams
    int logProblems = 0;
    QStringList logRows;
    for (int i = 0; i < kStreams; ++i) {
        const LogBuffer &b = *buffers[size_t(i)];
        qint64 expect = 0, dup = 0, gaps = 0, markers = 0;
        for (qint64 seq = b.firstSeq(); seq < b.endSeq(); ++seq) {
            if (b.flags(seq) & LogBuffer::Marker) { // "— reconnected —": the viewer's marker, not a line of the log
                ++markers;
                continue;
            }
            const QByteArrayView text = b.text(seq);
            const qsizetype at = text.lastIndexOf(' ');
            const qint64 n = text.sliced(at + 1).toByteArray().toLongLong();
            if (n < expect) {
                if (dup < 3) // the first few, with their neighbours, for whoever has to find out why
                    std::fprintf(stderr, "stream %d: duplicate line %lld after %lld: '%.*s' at %s (previous '%.*s' at %s)\n", i,
                                 static_cast<long long>(n), static_cast<long long>(expect - 1), int(text.size()), text.data(),
                                 formatLogTimestamp(b.timestamp(seq)).constData(), int(b.text(seq - 1).size()), b.text(seq - 1).data(),
                                 formatLogTimestamp(b.timestamp(seq - 1)).constData());
                ++dup;
            }
            else if (n > expect)
                gaps += n - expect;
            expect = std::max(expect, n + 1);
        }
        const qint64 missingTail = writers[size_t(i)].written - expect;
        logProblems += int(dup + gaps + std::max<qint64>(0, missingTail));
        logRows << QStringLiteral("stream %1: %2 lines written, %3 received (and %6 reconnect markers), %4 duplicate, %5 missing")
                       .arg(i)
                       .arg(writers[size_t(i)].written)
                       .arg(b.size() - markers)
                       .arg(dup)
                       .arg(gaps + std::max<qint64>(0, missingTail))
                       .arg(markers);
    }

    std::printf("soak: %d pods under churn (%d rounds of label patches), %d followed log streams; %d kube-apiserver kills, %d etcd restarts in %.0f s\n",
                pods, round, kStreams, killsDone, etcdDone, soak.elapsed() / 1000.0);
    std::printf("store vs kubectl get pods -A -o json (%d pods): %d missing, %d stale, %d duplicate, %d extra (settled %.1f s after the last fault)\n",
                total, missing, stale, duplicate, extra, settle.elapsed() / 1000.0);
    for (const QString &row : std::as_const(logRows))
        std::printf("%s\n", qPrintable(row));
    std::printf("worst event-loop stall: %.1f ms (UI thread busy %.1f ms of it)\n", stall.worstGapMs(), stall.worstBusyMs());
    sessions.clear();
    if (args.contains(QStringLiteral("--clean"))) {
        cluster.clean();
        sh(QStringLiteral("kubectl"), {QStringLiteral("delete"), QStringLiteral("namespace"), kLogNs, QStringLiteral("--wait=false")});
    }
    return (missing || stale || duplicate || extra || logProblems) ? 1 : 0;
}
