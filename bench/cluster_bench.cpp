// Benchmarks of the live pod list on the real local control plane (see bench/run-cluster.sh):
//   seed N       create N pods (namespace bench-pods) bound to an unmanaged node, in parallel
//   list         connect, list+watch pods into the informer behind a table model and proxy;
//                print time to a fully populated model and peak RSS as JSON
//   churn N      list, then apply N watch events (label patches from this process's own
//                connection) and print events/s applied and the worst event-loop stall
//   clean        delete the bench namespace
// This is the harness figure; bench/window_bench.cpp measures the real MainWindow on the same pods.

#include "bench/BenchCluster.h"
#include "model/cluster/Informer.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace fc;
using namespace fc::bench;

namespace {

struct Bench {
    BenchCluster cluster;
    QTextStream out{stdout};

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
        Informer informer(cluster.connection());
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
        Informer informer(cluster.connection());
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
        StallMeter stall;
        stall.start();
        QElapsedTimer t;
        t.start();
        QList<QPair<QString, QString>> targets;
        for (int i = 0; i < n; ++i)
            targets.append({pods->at(i).namespace_, pods->at(i).name});
        cluster.startChurn(targets, events, token, [] {});
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
        stall.stop();

        // Replay: the same store/table/proxy fed batches of modified pods as fast as they can be
        // applied (what the UI thread does per watch batch), without the apiserver's patch rate
        // in the way. The longest batch is the stall a burst would cause.
        QList<ObjectSummary> snapshot;
        for (int i = 0; i < n; ++i)
            snapshot.append(pods->at(i));
        qint64 replayed = 0, worstBatchNs = 0;
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
                                         {QStringLiteral("worst_stall_ms"), stall.worstGapMs()},
                                         {QStringLiteral("worst_busy_ms"), stall.worstBusyMs()},
                                         {QStringLiteral("worst_stall_runqueue_ms"), stall.worstGapRunQueueMs()}})
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
    if (!b.cluster.open())
        return 2;
    const QString mode = args.first();
    if (mode == u"seed")
        return b.cluster.seed(args.value(1, QStringLiteral("10000")).toInt());
    if (mode == u"list")
        return b.listMode();
    if (mode == u"churn")
        return b.churnMode(args.value(1, QStringLiteral("10000")).toInt());
    if (mode == u"clean")
        return b.cluster.clean();
    return 1;
}
