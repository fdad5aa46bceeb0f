#pragma once
// What the cluster benchmarks share: a connection from KUBECONFIG/FEDCONSOLE_CONTEXT, bounded
// parallel requests, seeding and removing the bench pods, RSS readings and an event-loop stall
// meter (run by bench/run-cluster.sh and bench/run-window.sh on the local control plane).

#include "backend/cluster/ClusterConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

namespace fc::bench {

/// The namespace the bench pods live in.
QString benchNamespace();
/// A kilobyte figure of /proc/self/status ("VmRSS:", "VmHWM:"), -1 when unreadable.
long rssKb(const char *field);
/// This thread's CPU time in nanoseconds.
qint64 threadCpuNs();

class BenchCluster {
public:
    /// Connects to KUBECONFIG's context FEDCONSOLE_CONTEXT (default fedconsole-local).
    bool open();
    ClusterConnection *connection() const { return m_conn.get(); }
    const QString &kubeconfig() const { return m_kubeconfig; }
    const QString &context() const { return m_context; }
    /// Runs `total` requests with at most `window` in flight; returns the number that failed.
    int runParallel(int total, const std::function<ApiRequest(int)> &make, int window = 64);
    /// Creates N pods (labelled into one federation of 50 parties, one GPU each) on an unmanaged node.
    int seed(int n);
    /// Deletes the bench pods, namespace and node.
    int clean();
    /// Sends `events` label patches to the pods of `pods` (one watch event each), round robin,
    /// with `token` in the value so every patch is a change. Returns at once; done() runs after
    /// the last reply.
    void startChurn(const QList<QPair<QString, QString>> &pods, int events, const QString &token,
                    std::function<void()> done);

private:
    std::unique_ptr<ClusterConnection> m_conn;
    QString m_kubeconfig;
    QString m_context;
    QObject m_requests; ///< context of the churn's requests
    int m_churnSent = 0;
    int m_churnInflight = 0;
    std::function<void()> m_churnPump;
};

/// Ticks a 1 ms timer on the calling thread and records the largest gap between ticks (wall),
/// the thread's own CPU time in that gap, and how long the thread waited for a CPU in it
/// (/proc/thread-self/schedstat) — a gap can be our work or the OS running someone else.
class StallMeter {
public:
    StallMeter();
    void start();
    void stop() { m_tick.stop(); }
    void reset();
    double worstGapMs() const { return double(m_worst) / 1e6 - 1.0; }
    double worstBusyMs() const { return double(m_worstBusy) / 1e6; }
    double worstGapRunQueueMs() const { return m_haveSchedstat ? double(m_worstGapWait) / 1e6 : -1.0; }
    /// Ticks seen since start() or reset().
    qint64 ticks() const { return m_ticks; }

private:
    qint64 runQueueWaitNs();
    QTimer m_tick;
    QElapsedTimer m_clock;
    QFile m_schedstat;
    bool m_haveSchedstat = false;
    qint64 m_ticks = 0;
    qint64 m_last = 0, m_worst = 0, m_lastCpu = 0, m_worstBusy = 0, m_lastWait = 0, m_worstGapWait = 0;
};

} // namespace fc::bench
