// FederationService: recognition and GPU accounting on a thread of their own, fed by stores
// (issue 10: the UI thread only copies a batch's events and shows the results).
#include "backend/cluster/ObjectParser.h"
#include "model/cluster/ResourceStore.h"
#include "model/federation/FederationModel.h"
#include "model/federation/FederationService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

QList<ObjectSummary> load(const QString &name)
{
    QFile f(QStringLiteral(FC_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    auto r = parseManifests(f.readAll(), name);
    if (!r)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(r.error().toString()));
    return r.value();
}

WatchBatch batchOf(Kind kind, const QList<ObjectSummary> &objects, bool list = false)
{
    WatchBatch b;
    b.kind = kind;
    b.listBegin = list;
    b.listEnd = list;
    for (const ObjectSummary &o : objects)
        if (o.kind == kind)
            b.upserts.append(o);
    return b;
}

const Federation *find(const QList<Federation> &feds, const QString &name)
{
    for (const Federation &f : feds)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestFederationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchesReachTheModels()
    {
        const QList<ObjectSummary> objects = load(QStringLiteral("flare-complete.yaml"));
        ResourceStore pods(Kind::Pod, QStringLiteral("lab"));
        ResourceStore deployments(Kind::Deployment, QStringLiteral("lab"));
        ResourceStore services(Kind::Service, QStringLiteral("lab"));
        FederationService service;
        FederationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&service, &FederationService::federationsChanged, &model, &FederationModel::setFederations);
        QSignalSpy published(&service, &FederationService::federationsChanged);
        service.addStore(&pods);
        service.addStore(&deployments);
        service.addStore(&services);

        deployments.apply(batchOf(Kind::Deployment, objects, true));
        services.apply(batchOf(Kind::Service, objects, true));
        pods.apply(batchOf(Kind::Pod, objects, true));
        QTRY_VERIFY(find(model.federations(), QStringLiteral("flare")));
        QTRY_COMPARE(find(model.federations(), QStringLiteral("flare"))->health, Health::Green);
        // the three batches arrive within the publishing interval: one or two results, not one per event
        QVERIFY2(published.count() <= 2, qPrintable(QString::number(published.count())));

        // a pod of server1 goes away: the party turns red, shown through the model
        QString uid;
        for (const ObjectSummary &o : objects)
            if (o.kind == Kind::Pod && o.name.startsWith(u"server1"))
                uid = o.uid;
        QVERIFY(!uid.isEmpty());
        WatchBatch gone;
        gone.kind = Kind::Pod;
        gone.removedUids = {uid};
        pods.apply(gone);
        QTRY_COMPARE(find(model.federations(), QStringLiteral("flare"))->health, Health::Red);
        QVERIFY(find(model.federations(), QStringLiteral("flare"))->reasons.join(u' ').contains(QStringLiteral("server1")));
    }

    // a store that already holds objects when it is added is sent as a relist
    void existingObjectsAreRelisted()
    {
        const QList<ObjectSummary> objects = load(QStringLiteral("openfl-complete.yaml"));
        ResourceStore pods(Kind::Pod, QStringLiteral("lab"));
        pods.apply(batchOf(Kind::Pod, objects, true));
        FederationService service;
        QList<Federation> latest;
        connect(&service, &FederationService::federationsChanged, this, [&](const QList<Federation> &f) { latest = f; });
        service.addStore(&pods);
        QTRY_VERIFY(!latest.isEmpty());
        QCOMPARE(latest.first().framework, Framework::OpenFL);
    }

    void gpuRowsFollowPods()
    {
        const QList<ObjectSummary> objects = load(QStringLiteral("flare-complete.yaml"));
        ResourceStore pods(Kind::Pod, QStringLiteral("lab"));
        ResourceStore nodes(Kind::Node, QStringLiteral("lab"));
        FederationService service;
        GpuModel gpus;
        QAbstractItemModelTester tester(&gpus, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&service, &FederationService::gpusChanged, &gpus, [&](const GpuSnapshot &g) { gpus.setSnapshot(g.rows, g.pending); });
        service.addStore(&pods);
        service.addStore(&nodes);
        ObjectSummary node;
        node.kind = Kind::Node;
        node.uid = QStringLiteral("node-uid");
        node.name = QStringLiteral("gpu-0");
        NodeInfo n;
        n.ready = true;
        n.capacity.insert(QStringLiteral("nvidia.com/gpu"), 4000);
        n.allocatable.insert(QStringLiteral("nvidia.com/gpu"), 4000);
        node.info = n;
        nodes.apply(batchOf(Kind::Node, {node}, true));
        QTRY_COMPARE(gpus.rowCount(), 1);
        ObjectSummary pod;
        pod.kind = Kind::Pod;
        pod.uid = QStringLiteral("trainer");
        pod.name = QStringLiteral("trainer");
        pod.namespace_ = QStringLiteral("flare");
        PodInfo p;
        p.phase = QStringLiteral("Running");
        p.node = QStringLiteral("gpu-0");
        ContainerSummary c;
        c.name = QStringLiteral("train");
        c.limits.insert(QStringLiteral("nvidia.com/gpu"), 2000);
        p.containers = {c};
        pod.info = p;
        pods.apply(batchOf(Kind::Pod, {pod}));
        QTRY_COMPARE(gpus.nodeRow(0)->requested(), qint64(2000));
        WatchBatch gone;
        gone.kind = Kind::Node;
        gone.removedUids = {node.uid};
        nodes.apply(gone);
        gone.kind = Kind::Pod;
        gone.removedUids = {pod.uid};
        pods.apply(gone);
        QTRY_COMPARE(gpus.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFederationService)
#include "tst_federationservice.moc"
