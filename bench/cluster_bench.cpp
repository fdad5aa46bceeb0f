// Benchmarks of the live pod list on the real local control plane (see bench/run-cluster.sh):
//   seed N       create N pods (namespace bench-pods) bound to an unmanaged node, in parallel
//   list         connect, list+watch pods into the informer behind a table model and proxy;
//                print time to a fully populated model and peak RSS as JSON
//   churn N      list, then apply N watch events (label patches from this process's own
//                connection) and print events/s applied and the worst event-loop stall
//   clean        delete the bench namespace

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"
#include "model/cluster/Informer.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace fc;

namespace {

const QString kNs = QStringLiteral("bench-pods");

long rssKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

QByteArray podJson(int i)
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"bench-%1","namespace":"%2",
 "labels":{"app":"bench","fedconsole.io/federation":"bench","fedconsole.io/party":"site-%3","shard":"%4"},
 "annotations":{"bench.fedconsole.io/note":"a realistic annotation of some length to carry bytes like real pods do"}},
 "spec":{"nodeName":"bench-void","tolerations":[{"operator":"Exists"}],
  "containers":[{"name":"trainer","image":"nvcr.io/nvidia/nvflare:2.5.0","command":["/bin/bash","-c","python3 -u -m nvflare.private.fed.app.client.client_train -m /workspace -s fed_client.json"],
    "ports":[{"containerPort":8002,"name":"fl"},{"containerPort":8003,"name":"admin"}],
    "env":[{"name":"SITE","value":"site-%3"},{"name":"NVIDIA_VISIBLE_DEVICES","value":"all"}],
    "resources":{"requests":{"cpu":"500m","memory":"1Gi"},"limits":{"nvidia.com/gpu":"1"}},
    "volumeMounts":[{"name":"workspace","mountPath":"/workspace"}]},
   {"name":"sidecar","image":"busybox:1.36","command":["sleep","infinity"],"resources":{"requests":{"cpu":"10m"}}}],
  "volumes":[{"name":"workspace","emptyDir":{}}]}})")
        .arg(i)
        .arg(kNs)
        .arg(i % 50)
        .arg(i % 7)
        .toUtf8();
}

struct Bench {
    std::unique_ptr<ClusterConnection> conn;
    QTextStream out{stdout};
    QTextStream err{stderr};

    bool open(const QString &kubeconfig, const QString &context)
    {
        const Kubeconfig kc = Kubeconfig::load({kubeconfig});
        auto r = kc.resolve(context);
        if (!r) {
            err << r.error().toString() << Qt::endl;
            return false;
        }
        auto cfg = connectionConfigFor(r.value());
        if (!cfg) {
            err << cfg.error().toString() << Qt::endl;
            return false;
        }
        conn = std::make_unique<ClusterConnection>(cfg.value());
        return true;
    }

    // Bounded parallel requests (HTTP/2 multiplexes them on one connection).
    int runParallel(int total, const std::function<ApiRequest(int)> &make, int window = 64)
    {
        int next = 0, done = 0, failed = 0;
        QObject ctx;
        std::function<void()> pump;
        pump = [&] {
            while (next < total && next - done < window) {
                const int i = next++;
                conn->send(make(i), &ctx, [&, i](const Result<QByteArray> &r) {
                    if (!r && r.error().httpStatus != 409) {
                        if (++failed < 5)
                            err << "request " << i << ": " << r.error().toString() << Qt::endl;
                    }
                    ++done;
                    if (done == total)
                        QCoreApplication::exit(0);
                    else
                        pump();
                });
            }
        };
        pump();
        if (total > 0)
            QCoreApplication::exec();
        return failed;
    }

    int seed(int n)
    {
        ApiRequest ns;
        ns.method = "POST";
        ns.path = QStringLiteral("/api/v1/namespaces");
        ns.contentType = "application/json";
        ns.body = QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"%1"}})").arg(kNs).toUtf8();
        ApiRequest node = ns;
        node.path = QStringLiteral("/api/v1/nodes");
        // no kwok annotation: nobody manages this node, so the pods stay as created
        node.body = R"({"apiVersion":"v1","kind":"Node","metadata":{"name":"bench-void","labels":{"fedconsole.io/bench":"true"}},
                        "spec":{"taints":[{"key":"fedconsole.io/bench","effect":"NoSchedule"}]}})";
        runParallel(2, [&](int i) { return i == 0 ? ns : node; });
        QElapsedTimer t;
        t.start();
        const int failed = runParallel(n, [](int i) {
            ApiRequest r;
            r.method = "POST";
            r.path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(kNs);
            r.contentType = "application/json";
            r.body = podJson(i);
            r.timeoutMs = 120000;
            return r;
        });
        err << "seeded " << n << " pods in " << t.elapsed() << " ms (" << failed << " failed)" << Qt::endl;
        return failed ? 2 : 0;
    }

    int clean()
    {
        // No kubelet confirms deletions on bench-void: delete the pods with grace 0 first, or the
        // namespace stays Terminating for ever.
        runParallel(1, [](int) {
            ApiRequest r;
            r.method = "DELETE";
            r.path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(kNs);
            r.query.addQueryItem(QStringLiteral("gracePeriodSeconds"), QStringLiteral("0"));
            r.timeoutMs = 300000;
            return r;
        });
        runParallel(1, [](int) {
            ApiRequest r;
            r.method = "DELETE";
            r.path = QStringLiteral("/api/v1/namespaces/%1").arg(kNs);
            return r;
        });
        runParallel(1, [](int) {
            ApiRequest r;
            r.method = "DELETE";
            r.path = QStringLiteral("/api/v1/nodes/bench-void");
            return r;
        });
        return 0;
    }

    /// Lists into the same informer/table/proxy stack the GUI uses; returns ms to synced.
    qint64 list(Informer &informer, ResourceTableModel &table, ResourceFilterProxy &proxy)
    {
        QElapsedTimer t;
        t.start();
        ResourceStore *pods = informer.store(Kind::Pod);
        table.setStore(pods);
        proxy.setSourceModel(&table);
        proxy.sort(1);
        QObject::connect(pods, &ResourceStore::syncedChanged, qApp, [](bool s) {
            if (s)
                QCoreApplication::exit(0);
        });
        QCoreApplication::exec();
        return t.elapsed();
    }

    int listMode()
    {
        const long baseRss = rssKb("VmRSS:");
        Informer informer(conn.get());
        ResourceTableModel table;
        ResourceFilterProxy proxy;
        const qint64 ms = list(informer, table, proxy);
        const int rows = informer.store(Kind::Pod)->size();
        const long peak = rssKb("VmHWM:");
        const long retained = rssKb("VmRSS:");
        out << QJsonDocument(QJsonObject{{QStringLiteral("pods"), rows},
                                         {QStringLiteral("ms_to_populated"), ms},
                                         {QStringLiteral("base_rss_kb"), qint64(baseRss)},
                                         {QStringLiteral("peak_rss_kb"), qint64(peak)},
                                         {QStringLiteral("rss_after_kb"), qint64(retained)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return rows > 0 ? 0 : 2;
    }

    int churnMode(int events)
    {
        Informer informer(conn.get());
        ResourceTableModel table;
        ResourceFilterProxy proxy;
        list(informer, table, proxy);
        ResourceStore *pods = informer.store(Kind::Pod);
        const int n = pods->size();
        if (n == 0)
            return 2;
        qint64 applied = 0;
        // a token per run, so every patch is a change (and a watch event) even on a reused cluster
        const QString token = QString::number(QDateTime::currentMSecsSinceEpoch());
        QObject::connect(pods, &ResourceStore::objectUpserted, qApp, [&](const ObjectSummary &o) {
            if (o.labels.value(QStringLiteral("churn")).startsWith(token))
                ++applied;
        });
        // event-loop stall: the largest gap between ticks of a 1 ms timer, minus its interval
        // ... and how much of that gap the UI thread itself was running (its CPU time): on 2 cores
        // shared with the apiserver and etcd, a gap can also be the OS running someone else.
        QElapsedTimer loopClock;
        loopClock.start();
        qint64 last = 0, worst = 0, lastCpu = 0, worstBusy = 0, lastWait = 0, worstGapWait = 0;
        auto threadCpuNs = [] {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
        };
        // Linux: /proc/thread-self/schedstat's second field is the time this thread spent runnable
        // but waiting for a CPU. Its share of the worst gap says "OS scheduling" vs "our work".
        QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
        const bool haveSchedstat = schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        auto runQueueWaitNs = [&]() -> qint64 {
            if (!haveSchedstat)
                return 0;
            schedstat.seek(0);
            const QList<QByteArray> f = schedstat.readAll().split(' ');
            return f.size() > 1 ? f[1].toLongLong() : 0;
        };
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, qApp, [&] {
            const qint64 now = loopClock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 wait = runQueueWaitNs();
            if (last) {
                if (now - last > worst) {
                    worst = now - last;
                    worstGapWait = wait - lastWait;
                }
                worstBusy = std::max(worstBusy, cpu - lastCpu);
            }
            last = now;
            lastCpu = cpu;
            lastWait = wait;
        });
        tick.start();
        QElapsedTimer t;
        t.start();
        int sent = 0;
        QObject ctx;
        std::function<void()> pump;
        int inflight = 0;
        pump = [&] {
            while (sent < events && inflight < 64) {
                const ObjectSummary &o = pods->at(sent % n);
                ApiRequest r;
                r.method = "PATCH";
                r.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(o.namespace_, o.name);
                r.contentType = "application/merge-patch+json";
                r.body = QStringLiteral(R"({"metadata":{"labels":{"churn":"%1-%2"}}})").arg(token).arg(sent / n).toUtf8();
                ++sent;
                ++inflight;
                conn->send(r, &ctx, [&](const Result<QByteArray> &) {
                    --inflight;
                    pump();
                });
            }
        };
        pump();
        QTimer done;
        done.setInterval(20);
        QObject::connect(&done, &QTimer::timeout, qApp, [&] {
            if (applied >= events || t.elapsed() > 600000)
                QCoreApplication::exit(0);
        });
        done.start();
        QCoreApplication::exec();
        const double secs = double(t.elapsed()) / 1000.0;
        const qint64 liveApplied = applied;
        tick.stop();

        // Replay: the same store/table/proxy fed batches of modified pods as fast as they can be
        // applied (what the UI thread does per watch batch), without the apiserver's patch rate
        // in the way. The longest batch is the stall a burst would cause.
        QList<ObjectSummary> snapshot;
        for (int i = 0; i < n; ++i)
            snapshot.append(pods->at(i));
        qint64 replayed = 0, worstBatchNs = 0;
        QElapsedTimer rt;
        rt.start();
        qint64 applyNs = 0;
        for (int round = 0; round < 5; ++round) {
            for (int first = 0; first < n; first += 2000) { // kMaxBatch in ClusterConnection
                WatchBatch b;
                b.kind = Kind::Pod;
                for (int i = first; i < std::min(n, first + 2000); ++i) {
                    ObjectSummary o = snapshot[i];
                    o.labels.insert(QStringLiteral("replay"), QString::number(round));
                    b.upserts.append(std::move(o));
                }
                QElapsedTimer bt;
                bt.start();
                pods->apply(b);
                const qint64 ns = bt.nsecsElapsed();
                applyNs += ns;
                worstBatchNs = std::max(worstBatchNs, ns);
                replayed += b.upserts.size();
            }
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("replayed_events"), replayed},
                                         {QStringLiteral("replay_events_per_s"), double(replayed) / (double(applyNs) / 1e9)},
                                         {QStringLiteral("replay_worst_batch_ms"), double(worstBatchNs) / 1e6},
                                         {QStringLiteral("events"), liveApplied},
                                         {QStringLiteral("seconds"), secs},
                                         {QStringLiteral("events_per_s"), double(liveApplied) / secs},
                                         {QStringLiteral("worst_stall_ms"), double(worst) / 1e6 - 1.0},
                                         {QStringLiteral("worst_busy_ms"), double(worstBusy) / 1e6},
                                         {QStringLiteral("worst_stall_runqueue_ms"),
                                          haveSchedstat ? double(worstGapWait) / 1e6 : -1.0}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: cluster_bench seed N | list | churn N | clean   (KUBECONFIG, FEDCONSOLE_CONTEXT)\n");
        return 1;
    }
    Bench b;
    const QString kubeconfig = qEnvironmentVariable("KUBECONFIG");
    const QString context = qEnvironmentVariable("FEDCONSOLE_CONTEXT", QStringLiteral("fedconsole-local"));
    if (!b.open(kubeconfig, context))
        return 2;
    const QString mode = args.first();
    if (mode == u"seed")
        return b.seed(args.value(1, QStringLiteral("10000")).toInt());
    if (mode == u"list")
        return b.listMode();
    if (mode == u"churn")
        return b.churnMode(args.value(1, QStringLiteral("10000")).toInt());
    if (mode == u"clean")
        return b.clean();
    return 1;
}
