// The real main window on the live pod list (see bench/run-window.sh): MainWindow with every page
// constructed — Resources, Federations, GPUs, Certificates and an open log tab — on the local
// control plane's bench pods (cluster_bench seed N), one page shown.
//   window_bench list  [--page P]   time from start to a populated, responsive window
//   window_bench churn N [--page P] the same window while N watch events arrive
// P: resources (default), federations, gpus, certificates, logs.
// Prints JSON: the UI thread's CPU time per event (the worst watch batch, the worst event of any
// kind and what it was), the worst wall-clock gap between 1 ms timer ticks and how much of it the
// UI thread was busy, and peak RSS. "Populated" means the pod table holds every pod and the
// federation view counts every pod of the bench federation; "responsive" is the first timer tick
// after that.

#include "bench/BenchCluster.h"
#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/ObjectParser.h"
#include "gui/federation/FederationsPage.h"
#include "gui/logs/LogViewer.h"
#include "gui/main/MainWindow.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/federation/FederationModel.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace fc;
using namespace fc::bench;

namespace {

/// Times every event the UI thread delivers (its own CPU time, outermost delivery only).
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // the receiver may be gone after delivery (deleteLater, single-shot timers): look first
        const QEvent::Type type = event->type();
        const char *receiverClass = receiver->metaObject()->className();
        // a watch batch: the connection's queued delivery (ClusterConnection hands each batch from
        // its worker thread to itself, then emits it: everything the stores, models and pages do)
        const bool batch = type == QEvent::MetaCall && receiver->inherits("fc::ClusterConnection");
        ++m_depth;
        const qint64 start = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = threadCpuNs() - start;
        --m_depth;
        if (!m_measuring)
            return handled;
        if (batch) {
            ++m_batches;
            m_batchNs += ns;
            m_worstBatchNs = std::max(m_worstBatchNs, ns);
            m_batchTimes.append(ns);
        }
        if (m_trace && ns > 8000000)
            std::fprintf(stderr, "slow event: %.1f ms, type %d to %s %s\n", double(ns) / 1e6, int(type), receiverClass,
                         batch ? qPrintable(lastBatch) : "");
        if (ns > m_worstEventNs) {
            m_worstEventNs = ns;
            m_worstEventWhat = QStringLiteral("event type %1 to %2").arg(int(type)).arg(QString::fromLatin1(receiverClass));
        }
        return handled;
    }

    void startMeasuring()
    {
        m_measuring = true;
        m_batches = 0;
        m_batchNs = m_worstBatchNs = m_worstEventNs = 0;
        m_worstEventWhat.clear();
        m_batchTimes.clear();
        m_trace = qEnvironmentVariableIsSet("FEDCONSOLE_BENCH_TRACE");
    }
    void stopMeasuring() { m_measuring = false; }

    QJsonObject figures() const
    {
        QList<qint64> sorted = m_batchTimes;
        std::sort(sorted.begin(), sorted.end());
        auto percentile = [&](double q) { return sorted.isEmpty() ? 0.0 : double(sorted.at(qsizetype(q * double(sorted.size() - 1)))) / 1e6; };
        const qint64 over = std::count_if(sorted.cbegin(), sorted.cend(), [](qint64 ns) { return ns > 8000000; });
        return {{QStringLiteral("batches"), m_batches},
                {QStringLiteral("median_batch_cpu_ms"), percentile(0.5)},
                {QStringLiteral("p95_batch_cpu_ms"), percentile(0.95)},
                {QStringLiteral("batches_over_8ms"), over},
                {QStringLiteral("worst_batch_cpu_ms"), double(m_worstBatchNs) / 1e6},
                {QStringLiteral("mean_batch_cpu_ms"), m_batches ? double(m_batchNs) / 1e6 / double(m_batches) : 0.0},
                {QStringLiteral("worst_event_cpu_ms"), double(m_worstEventNs) / 1e6},
                {QStringLiteral("worst_event"), m_worstEventWhat}};
    }

private:
    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_batches = 0, m_batchNs = 0, m_worstBatchNs = 0, m_worstEventNs = 0;
    QString m_worstEventWhat;
    QList<qint64> m_batchTimes;
    bool m_trace = false;

public:
    QString lastBatch; ///< what the last watch batch held (FEDCONSOLE_BENCH_TRACE)
};

int pageIndex(const QString &page)
{
    const QStringList pages{QStringLiteral("resources"), QStringLiteral("federations"), QStringLiteral("gpus"),
                            QStringLiteral("certificates")};
    return int(pages.indexOf(page));
}

const Federation *benchFederation(const FederationModel *model)
{
    for (const Federation &f : model->federations())
        if (f.name == u"bench")
            return &f;
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString page = QStringLiteral("resources");
    if (const int i = int(args.indexOf(QStringLiteral("--page"))); i >= 0 && i + 1 < args.size()) {
        page = args.at(i + 1);
        args.remove(i, 2);
    }
    const QString mode = args.value(0);
    if (mode != u"list" && mode != u"churn") {
        std::fprintf(stderr, "usage: window_bench list|churn N [--page resources|federations|gpus|certificates|logs]\n");
        return 1;
    }
    const int churnEvents = args.value(1, QStringLiteral("5000")).toInt();

    BenchCluster cluster; // the churn's own connection, as a second client would
    if (!cluster.open())
        return 2;
    QTemporaryDir state;
    qputenv("FEDCONSOLE_PKI_DIR", (state.path() + QStringLiteral("/pki")).toLocal8Bit());
    QSettings settings(state.path() + QStringLiteral("/fedconsole.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("session/context"), cluster.context());
    const long baseRss = rssKb("VmRSS:");
    const Kubeconfig kubeconfig = Kubeconfig::load({cluster.kubeconfig()});

    StallMeter stall;
    QElapsedTimer clock;
    clock.start();
    MainWindow window(kubeconfig, &settings);
    window.resize(1280, 800);
    window.show();
    window.switchNamespace(QString()); // all namespaces: the bench pods are in their own
    // the event loop's work from here on (the constructor and first show are not watch batches)
    QTimer::singleShot(0, &window, [&] {
        stall.start();
        app.startMeasuring();
    });
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
    ResourceStore *pods = window.currentInformer()->store(Kind::Pod);
    QObject::connect(window.currentInformer()->connection(), &ClusterConnection::batchReady, &window, [&](const WatchBatch &b) {
        app.lastBatch = QStringLiteral("(%1: %2 upserts, %3 removals%4%5)")
                            .arg(QString::fromLatin1(kindInfo(b.kind).name))
                            .arg(b.upserts.size())
                            .arg(b.removedUids.size())
                            .arg(b.listBegin ? QStringLiteral(", list begin") : QString())
                            .arg(b.listEnd ? QStringLiteral(", list end") : QString());
    });
    const FederationModel *federations = window.federationsPage()->federationModel();

    // the log tab, opened on the first pod to arrive (bench pods have no kubelet: it shows that)
    LogViewer *logs = nullptr;
    // (a user's click: its own event, not part of the batch that brought the first rows)
    bool logsAsked = false;
    QObject::connect(pods, &ResourceStore::rowsInserted, &window, [&] {
        if (std::exchange(logsAsked, true))
            return;
        QTimer::singleShot(0, &window, [&] {
            table->selectRow(0);
            logs = window.openLogsForSelection();
            if (page != u"logs")
                window.showPage(pageIndex(page) < 0 ? 0 : pageIndex(page));
        });
    });

    qint64 populatedMs = -1, responsiveMs = -1;
    const QString token = QString::number(QDateTime::currentMSecsSinceEpoch());
    int expected = -1;
    auto populated = [&] {
        if (!pods->synced() || window.proxy()->sourceModel()->rowCount() != pods->size())
            return false;
        const Federation *f = benchFederation(federations);
        return f && f->podsTotal() == expected;
    };
    // the expected count: the bench namespace's pods as the apiserver lists them once synced
    QTimer poll;
    poll.setInterval(1);
    int phase = 0; // 0 listing, 1 populated (wait for a tick), 2 churning
    qint64 applied = 0;
    QJsonObject listFigures;
    double listStall = 0, listBusy = 0, listRunQueue = 0;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (phase == 0) {
            if (expected < 0 && pods->synced()) {
                expected = 0;
                for (int i = 0; i < pods->size(); ++i)
                    expected += pods->at(i).namespace_ == benchNamespace() ? 1 : 0;
            }
            if (expected >= 0 && populated()) {
                populatedMs = clock.elapsed();
                phase = 1;
            }
        } else if (phase == 1) {
            // this tick ran: the window answers again after populating
            responsiveMs = clock.elapsed();
            app.stopMeasuring();
            listFigures = app.figures();
            listStall = stall.worstGapMs();
            listBusy = stall.worstBusyMs();
            listRunQueue = stall.worstGapRunQueueMs();
            if (mode == u"list") {
                QApplication::exit(0);
                return;
            }
            phase = 2;
            QList<QPair<QString, QString>> targets;
            for (int i = 0; i < pods->size(); ++i)
                if (pods->at(i).namespace_ == benchNamespace())
                    targets.append({pods->at(i).namespace_, pods->at(i).name});
            QObject::connect(pods, &ResourceStore::objectUpserted, &window, [&](const ObjectSummary &o) {
                if (o.labels.value(QStringLiteral("churn")).startsWith(token))
                    ++applied;
            });
            stall.reset();
            app.startMeasuring();
            clock.restart();
            cluster.startChurn(targets, churnEvents, token, [] {});
        } else if (applied >= churnEvents || clock.elapsed() > 600000) {
            QApplication::exit(0);
        }
    });
    poll.start();
    QTimer::singleShot(1800000, &app, [] { QApplication::exit(3); }); // 30 min: something is wrong
    const int rc = QApplication::exec();
    stall.stop();
    QJsonObject out{{QStringLiteral("pods"), expected},
                    {QStringLiteral("page"), page},
                    {QStringLiteral("log_tab"), logs != nullptr},
                    {QStringLiteral("ms_to_populated"), populatedMs},
                    {QStringLiteral("ms_to_responsive"), responsiveMs},
                    {QStringLiteral("list"), listFigures},
                    {QStringLiteral("list_worst_stall_ms"), listStall},
                    {QStringLiteral("list_worst_busy_ms"), listBusy},
                    {QStringLiteral("list_worst_stall_runqueue_ms"), listRunQueue},
                    {QStringLiteral("base_rss_kb"), qint64(baseRss)},
                    {QStringLiteral("peak_rss_kb"), qint64(rssKb("VmHWM:"))},
                    {QStringLiteral("tabs"), tabs ? tabs->count() : 0}};
    if (mode == u"churn") {
        app.stopMeasuring();
        const double secs = double(clock.elapsed()) / 1000.0;
        out.insert(QStringLiteral("churn"), app.figures());
        out.insert(QStringLiteral("churn_events"), applied);
        out.insert(QStringLiteral("churn_events_per_s"), double(applied) / secs);
        out.insert(QStringLiteral("churn_worst_stall_ms"), stall.worstGapMs());
        out.insert(QStringLiteral("churn_worst_busy_ms"), stall.worstBusyMs());
        out.insert(QStringLiteral("churn_worst_stall_runqueue_ms"), stall.worstGapRunQueueMs());
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return rc == 0 && populatedMs >= 0 ? 0 : 2;
}
