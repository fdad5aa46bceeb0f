#include "bench/BenchCluster.h"

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"

#include <QCoreApplication>

#include <ctime>

namespace fc::bench {

namespace {

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
        .arg(benchNamespace())
        .arg(i % 50)
        .arg(i % 7)
        .toUtf8();
}

} // namespace

QString benchNamespace()
{
    return QStringLiteral("bench-pods");
}

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

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool BenchCluster::open()
{
    QTextStream err(stderr);
    m_kubeconfig = qEnvironmentVariable("KUBECONFIG");
    m_context = qEnvironmentVariable("FEDCONSOLE_CONTEXT", QStringLiteral("fedconsole-local"));
    const Kubeconfig kc = Kubeconfig::load({m_kubeconfig});
    auto r = kc.resolve(m_context);
    if (!r) {
        err << r.error().toString() << Qt::endl;
        return false;
    }
    auto cfg = connectionConfigFor(r.value());
    if (!cfg) {
        err << cfg.error().toString() << Qt::endl;
        return false;
    }
    m_conn = std::make_unique<ClusterConnection>(cfg.value());
    return true;
}

int BenchCluster::runParallel(int total, const std::function<ApiRequest(int)> &make, int window)
{
    QTextStream err(stderr);
    int next = 0, done = 0, failed = 0;
    QObject ctx;
    std::function<void()> pump;
    pump = [&] {
        while (next < total && next - done < window) {
            const int i = next++;
            m_conn->send(make(i), &ctx, [&, i](const Result<QByteArray> &r) {
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

int BenchCluster::seed(int n)
{
    ApiRequest ns;
    ns.method = "POST";
    ns.path = QStringLiteral("/api/v1/namespaces");
    ns.contentType = "application/json";
    ns.body = QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"%1"}})").arg(benchNamespace()).toUtf8();
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
        r.path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(benchNamespace());
        r.contentType = "application/json";
        r.body = podJson(i);
        r.timeoutMs = 120000;
        return r;
    });
    QTextStream(stderr) << "seeded " << n << " pods in " << t.elapsed() << " ms (" << failed << " failed)" << Qt::endl;
    return failed ? 2 : 0;
}

int BenchCluster::clean()
{
    // No kubelet confirms deletions on bench-void: delete the pods with grace 0 first, or the
    // namespace stays Terminating for ever.
    runParallel(1, [](int) {
        ApiRequest r;
        r.method = "DELETE";
        r.path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(benchNamespace());
        r.query.addQueryItem(QStringLiteral("gracePeriodSeconds"), QStringLiteral("0"));
        r.timeoutMs = 300000;
        return r;
    });
    runParallel(1, [](int) {
        ApiRequest r;
        r.method = "DELETE";
        r.path = QStringLiteral("/api/v1/namespaces/%1").arg(benchNamespace());
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

void BenchCluster::startChurn(const QList<QPair<QString, QString>> &pods, int events, const QString &token,
                              std::function<void()> done)
{
    m_churnSent = 0;
    m_churnInflight = 0;
    const int n = int(pods.size());
    m_churnPump = [this, pods, n, events, token, done = std::move(done)] {
        while (m_churnSent < events && m_churnInflight < 64) {
            const auto &[ns, name] = pods.at(m_churnSent % n);
            ApiRequest r;
            r.method = "PATCH";
            r.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(ns, name);
            r.contentType = "application/merge-patch+json";
            r.body = QStringLiteral(R"({"metadata":{"labels":{"churn":"%1-%2"}}})").arg(token).arg(m_churnSent / n).toUtf8();
            ++m_churnSent;
            ++m_churnInflight;
            m_conn->send(r, &m_requests, [this, events, done](const Result<QByteArray> &) {
                --m_churnInflight;
                if (m_churnSent >= events && m_churnInflight == 0)
                    done();
                else
                    m_churnPump();
            });
        }
    };
    if (n > 0)
        m_churnPump();
}

StallMeter::StallMeter() : m_schedstat(QStringLiteral("/proc/thread-self/schedstat"))
{
    m_tick.setInterval(1);
    QObject::connect(&m_tick, &QTimer::timeout, &m_tick, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 wait = runQueueWaitNs();
        if (m_last) {
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstGapWait = wait - m_lastWait;
            }
            m_worstBusy = std::max(m_worstBusy, cpu - m_lastCpu);
        }
        ++m_ticks;
        m_last = now;
        m_lastCpu = cpu;
        m_lastWait = wait;
    });
}

void StallMeter::start()
{
    // Linux: the second field is the time this thread spent runnable but waiting for a CPU.
    if (!m_schedstat.isOpen())
        m_haveSchedstat = m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    reset();
    m_tick.start();
}

void StallMeter::reset()
{
    m_clock.start();
    m_ticks = 0;
    m_last = m_worst = m_lastCpu = m_worstBusy = m_lastWait = m_worstGapWait = 0;
}

qint64 StallMeter::runQueueWaitNs()
{
    if (!m_haveSchedstat)
        return 0;
    m_schedstat.seek(0);
    const QList<QByteArray> f = m_schedstat.readAll().split(' ');
    return f.size() > 1 ? f[1].toLongLong() : 0;
}

} // namespace fc::bench
