// Benchmark: federation and GPU views over 200 nodes and 10,000 pods — a full recompute, a
// relist, and single pod events (goal: a pod event updates the views in <= 1 ms). Prints its
// figures; run by bench/run-federation.sh. Correctness is asserted by tests/model.
#include "model/federation/FederationModel.h"
#include "model/gpu/GpuModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace fc;

namespace {

ContainerSummary container(const QString &name, const QStringList &command, qint64 gpus = 0)
{
    ContainerSummary c;
    c.name = name;
    c.image = QStringLiteral("registry.example/%1:1.0").arg(name);
    c.command = command;
    c.ready = true;
    c.state = QStringLiteral("running");
    if (gpus > 0)
        c.limits.insert(QStringLiteral("nvidia.com/gpu"), gpus * 1000);
    return c;
}

ObjectSummary pod(const QString &ns, const QString &name, const Labels &labels,
                  QList<ContainerSummary> containers, const QString &node)
{
    ObjectSummary o;
    o.kind = Kind::Pod;
    o.uid = ns + QLatin1Char('/') + name;
    o.name = name;
    o.namespace_ = ns;
    o.labels = labels;
    o.ownerKind = QStringLiteral("ReplicaSet");
    o.ownerName = name.section(u'-', 0, -2);
    PodInfo p;
    p.phase = QStringLiteral("Running");
    p.node = node;
    p.total = int(containers.size());
    p.ready = p.total;
    p.containers = std::move(containers);
    o.info = std::move(p);
    return o;
}

ObjectSummary gpuNode(int i)
{
    ObjectSummary o;
    o.kind = Kind::Node;
    o.uid = QStringLiteral("node-%1").arg(i);
    o.name = QStringLiteral("node-%1").arg(i);
    NodeInfo n;
    n.ready = true;
    if (i % 4 == 0) {
        n.capacity.insert(QStringLiteral("nvidia.com/gpu"), 8000);
        n.allocatable.insert(QStringLiteral("nvidia.com/gpu"), 8000);
        o.labels.insert(QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("NVIDIA-H100-80GB-HBM3"));
    }
    n.capacity.insert(QStringLiteral("cpu"), 64000);
    o.info = std::move(n);
    return o;
}

// 200 nodes, 10 000 pods: 100 FATE parties (8 pods each), 50 OpenFL envoys (2 pods each) and a
// director, a FLARE project with 200 client pods, the rest ordinary workloads.
QList<ObjectSummary> cluster(QList<ObjectSummary> &nodes)
{
    QList<ObjectSummary> pods;
    for (int i = 0; i < 200; ++i)
        nodes.append(gpuNode(i));
    auto nodeFor = [](int i) { return QStringLiteral("node-%1").arg((i * 4) % 200); };
    int n = 0;
    for (int party = 0; party < 100; ++party) {
        const QString ns = QStringLiteral("fate-%1").arg(10000 + party);
        for (const char *module : {"python", "rollsite", "clustermanager", "mysql"}) {
            Labels labels{{QStringLiteral("fateMoudle"), QLatin1String(module)},
                                           {QStringLiteral("partyId"), QString::number(10000 + party)}};
            pods.append(pod(ns, QStringLiteral("%1-abc-%2").arg(QLatin1String(module)).arg(n), labels,
                            {container(QLatin1String(module), {}, qstrcmp(module, "python") == 0 ? 1 : 0)}, nodeFor(n)));
            ++n;
        }
        for (int egg = 0; egg < 4; ++egg) {
            pods.append(pod(ns, QStringLiteral("nodemanager-%1").arg(egg),
                            {{QStringLiteral("fateMoudle"), QStringLiteral("nodemanager")}}, {container(QStringLiteral("nodemanager"), {})},
                            nodeFor(n)));
            ++n;
        }
    }
    pods.append(pod(QStringLiteral("openfl-director"), QStringLiteral("director-abc-1"), {{QStringLiteral("openfl"), QStringLiteral("director")}},
                    {container(QStringLiteral("director"), {QStringLiteral("fx director start")})}, nodeFor(n++)));
    for (int e = 0; e < 50; ++e)
        for (int r = 0; r < 2; ++r)
            pods.append(pod(QStringLiteral("openfl-envoy-%1").arg(e), QStringLiteral("envoy-abc-%1").arg(r), {{QStringLiteral("openfl"), QStringLiteral("envoy")}},
                            {container(QStringLiteral("envoy"), {QStringLiteral("fx envoy start --shard-name env%1").arg(e)}, 1)},
                            nodeFor(n++)));
    pods.append(pod(QStringLiteral("flare"), QStringLiteral("server1-abc-1"), {{QStringLiteral("system"), QStringLiteral("server1")}},
                    {container(QStringLiteral("server1"), {QStringLiteral("-m"), QStringLiteral("nvflare.private.fed.app.server.server_train")})},
                    nodeFor(n++)));
    for (int c = 0; c < 200; ++c)
        pods.append(pod(QStringLiteral("site-%1").arg(c / 4), QStringLiteral("site-%1-abc-%2").arg(c / 4).arg(c % 4), {},
                        {container(QStringLiteral("client"),
                                   {QStringLiteral("-m"), QStringLiteral("nvflare.private.fed.app.client.client_train"),
                                    QStringLiteral("uid=site-%1").arg(c / 4)},
                                   1)},
                        nodeFor(n++)));
    int app = 0;
    while (pods.size() < 10000) {
        pods.append(pod(QStringLiteral("team-%1").arg(app % 150), QStringLiteral("web-abc-%1").arg(app),
                        {{QStringLiteral("app"), QStringLiteral("web")}},
                        {container(QStringLiteral("web"), {QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")})},
                        QStringLiteral("node-%1").arg(app % 200)));
        ++app;
    }
    return pods;
}

} // namespace

/// Cost of recognition at 200 nodes / 10 000 pods: one full pass vs. one pod event.
class TestFederationScale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void federationScale();
    void gpuScale();
};

void TestFederationScale::federationScale()
{
    QList<ObjectSummary> nodes;
    const QList<ObjectSummary> pods = cluster(nodes);
    QCOMPARE(pods.size(), 10000);
    FederationModel model; // the tester is attached after the timing: it walks the model on every signal
    QElapsedTimer t;
    t.start();
    model.resetAll(Kind::Pod, pods, QStringLiteral("big"));
    const double relist = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    model.engine().recompute();
    const double full = double(t.nsecsElapsed()) / 1e6;
    model.refresh();
    QCOMPARE(model.federations().size(), 3);
    const int passes = model.engine().fullPasses();

    // federated pod flips readiness: only its party and federation are touched
    constexpr int events = 2000;
    ObjectSummary fedPod = pods.at(8 * 37); // fate-10037 python
    ObjectSummary noisePod = pods.last();
    t.restart();
    for (int i = 0; i < events; ++i) {
        PodInfo &p = std::get<PodInfo>(fedPod.info);
        p.ready = (i % 2) ? p.total : 0;
        model.applyUpsert(fedPod, QStringLiteral("big"));
    }
    const double perFedEvent = double(t.nsecsElapsed()) / 1e3 / events;
    t.restart();
    for (int i = 0; i < events; ++i) {
        std::get<PodInfo>(noisePod.info).restarts = i;
        model.applyUpsert(noisePod, QStringLiteral("big"));
    }
    const double perNoiseEvent = double(t.nsecsElapsed()) / 1e3 / events;
    QCOMPARE(model.engine().fullPasses(), passes);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 10; ++i) {
            std::get<PodInfo>(fedPod.info).ready = i % 2;
            model.applyUpsert(fedPod, QStringLiteral("big"));
        }
        model.refresh();
    }
    qInfo().noquote() << QStringLiteral("federation: relist of 10000 pods %1 ms, full pass %2 ms, federated pod event %3 µs, "
                                        "other pod event %4 µs")
                             .arg(relist, 0, 'f', 1)
                             .arg(full, 0, 'f', 1)
                             .arg(perFedEvent, 0, 'f', 1)
                             .arg(perNoiseEvent, 0, 'f', 1);
}

void TestFederationScale::gpuScale()
{
    QList<ObjectSummary> nodes;
    const QList<ObjectSummary> pods = cluster(nodes);
    GpuModel model;
    QElapsedTimer t;
    t.start();
    model.resetAll(Kind::Node, nodes, QStringLiteral("big"));
    model.resetAll(Kind::Pod, pods, QStringLiteral("big"));
    const double relist = double(t.nsecsElapsed()) / 1e6;
    QCOMPARE(model.rowCount(), 50);
    constexpr int events = 2000;
    ObjectSummary gpuPod = pods.at(8 * 37);
    t.restart();
    for (int i = 0; i < events; ++i) {
        std::get<PodInfo>(gpuPod.info).containers[0].limits[QStringLiteral("nvidia.com/gpu")] = 1000 + (i % 2) * 1000;
        model.applyUpsert(gpuPod, QStringLiteral("big"));
    }
    const double perEvent = double(t.nsecsElapsed()) / 1e3 / events;
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 10; ++i)
            model.applyUpsert(gpuPod, QStringLiteral("big"));
        model.resetAll(Kind::Pod, pods, QStringLiteral("big"));
    }
    qInfo().noquote() << QStringLiteral("gpu: relist of 200 nodes + 10000 pods %1 ms, GPU pod event %2 µs")
                             .arg(relist, 0, 'f', 1)
                             .arg(perEvent, 0, 'f', 1);
}

QTEST_GUILESS_MAIN(TestFederationScale)
#include "federation_bench.moc"
