#include "backend/cluster/ObjectParser.h"
#include "model/gpu/GpuArithmetic.h"
#include "model/gpu/GpuModel.h"

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

const ObjectSummary *find(const QList<ObjectSummary> &all, const QString &name)
{
    for (const auto &o : all)
        if (o.name == name)
            return &o;
    return nullptr;
}

QString cell(const GpuModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

/// Scheduler accounting and the per-node model, one fixture file per case.
class TestGpuModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arithmetic_data();
    void arithmetic();
    void nodeRows_data();
    void nodeRows();
    void pendingForGpu();
    void timeSlicingConfigMap();
    void singlePodEventTouchesOneRow();
    void removeAndReset();
    void partySegments();
};

void TestGpuModel::arithmetic_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<qint64>("request");   // milli nvidia.com/gpu (all GPU resources)
    QTest::addColumn<bool>("holds");

    QTest::newRow("requests-vs-allocatable") << "requests-vs-allocatable.yaml" << "train-a" << qint64(2000) << true;
    QTest::newRow("cpu-only-pod") << "requests-vs-allocatable.yaml" << "cpu-only" << qint64(0) << true;
    QTest::newRow("limits-only") << "limits-only.yaml" << "limits-only" << qint64(2000) << true;
    QTest::newRow("limit-without-request") << "limits-only.yaml" << "request-and-higher-limit" << qint64(1000) << true;
    QTest::newRow("init-max-dominates") << "init-containers.yaml" << "init-dominates" << qint64(4000) << true;
    QTest::newRow("init-apps-dominate") << "init-containers.yaml" << "apps-dominate" << qint64(3000) << true;
    QTest::newRow("mig-slices") << "mig.yaml" << "envoy-mig" << qint64(2000) << true;
    QTest::newRow("terminated-succeeded") << "terminated.yaml" << "job-done" << qint64(4000) << false;
    QTest::newRow("terminated-failed") << "terminated.yaml" << "job-failed" << qint64(2000) << false;
    QTest::newRow("pending-no-node") << "pending-gpu.yaml" << "envoy-big" << qint64(16000) << false;
}

void TestGpuModel::arithmetic()
{
    QFETCH(QString, file);
    QFETCH(QString, pod);
    QFETCH(qint64, request);
    QFETCH(bool, holds);
    const auto objects = load(file);
    const ObjectSummary *p = find(objects, pod);
    QVERIFY(p && p->pod());
    QCOMPARE(gpu::gpuTotal(gpu::effectiveRequests(*p->pod())), request);
    QCOMPARE(gpu::holdsNodeResources(*p->pod()), holds);
}

void TestGpuModel::nodeRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("capacity");
    QTest::addColumn<QString>("allocatable");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("free");
    QTest::addColumn<int>("pods");
    QTest::addColumn<QString>("sharing");
    QTest::addColumn<int>("physical");

    QTest::newRow("requests-vs-allocatable")
        << "requests-vs-allocatable.yaml" << "gpu-h100-0" << "8" << "7" << "5" << "2" << 2 << "none" << 8;
    QTest::newRow("limits-only") << "limits-only.yaml" << "gpu-h100-0" << "8" << "7" << "3" << "4" << 2 << "none" << 8;
    QTest::newRow("init-containers-max")
        << "init-containers.yaml" << "gpu-h100-0" << "8" << "7" << "7" << "0" << 2 << "none" << 8;
    QTest::newRow("time-slicing")
        << "time-slicing.yaml" << "gpu-t4-0" << "4" << "4" << "3" << "1" << 3 << QString::fromUtf8("time-slicing ×4") << 1;
    QTest::newRow("mig") << "mig.yaml" << "gpu-a100-mig" << "gpu 1, mig-1g.10gb 7" << "gpu 1, mig-1g.10gb 7"
                         << "gpu 1, mig-1g.10gb 2" << "gpu 0, mig-1g.10gb 5" << 2 << "MIG mixed" << 2;
    QTest::newRow("terminated-not-counted")
        << "terminated.yaml" << "gpu-h100-0" << "8" << "7" << "1" << "6" << 1 << "none" << 8;
    QTest::newRow("pending-not-on-node")
        << "pending-gpu.yaml" << "gpu-h100-0" << "8" << "7" << "0" << "7" << 0 << "none" << 8;
}

void TestGpuModel::nodeRows()
{
    QFETCH(QString, file);
    QFETCH(QString, node);
    QFETCH(QString, capacity);
    QFETCH(QString, allocatable);
    QFETCH(QString, requested);
    QFETCH(QString, free);
    QFETCH(int, pods);
    QFETCH(QString, sharing);
    QFETCH(int, physical);

    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto nodes = load(QStringLiteral("nodes.yaml"));
    for (const auto &n : nodes)
        model.applyUpsert(n, QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 4); // cpu-0 has no GPUs and gets no row
    for (const auto &p : load(file))
        model.applyUpsert(p, QStringLiteral("lab"));

    const int row = model.rowOf(node, QStringLiteral("lab"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(model, row, GpuModel::CapacityColumn), capacity);
    QCOMPARE(cell(model, row, GpuModel::AllocatableColumn), allocatable);
    QCOMPARE(cell(model, row, GpuModel::RequestedColumn), requested);
    QCOMPARE(cell(model, row, GpuModel::FreeColumn), free);
    QCOMPARE(model.data(model.index(row, GpuModel::PodsColumn)).toInt(), pods);
    QCOMPARE(model.data(model.index(row, GpuModel::ClusterColumn)).toString(), model.data(model.index(row, 0), GpuModel::ClusterRole).toString());
    QCOMPARE(cell(model, row, GpuModel::SharingColumn), sharing);
    QCOMPARE(model.data(model.index(row, 0), GpuModel::PhysicalGpusRole).toInt(), physical);
    // the sort role carries raw numbers
    QCOMPARE(model.data(model.index(row, GpuModel::CapacityColumn), GpuModel::SortRole).toLongLong(),
             model.nodeRow(row)->capacity());
}

void TestGpuModel::pendingForGpu()
{
    const auto objects = load(QStringLiteral("pending-gpu.yaml"));
    const ObjectSummary *big = find(objects, QStringLiteral("envoy-big"));
    const ObjectSummary *affinity = find(objects, QStringLiteral("envoy-affinity"));
    QVERIFY(big && affinity);
    QVERIFY(gpu::pendingForGpuMessage(*big->pod()).contains(QStringLiteral("3 Insufficient nvidia.com/gpu")));
    QVERIFY(gpu::pendingForGpuMessage(*affinity->pod()).isEmpty());

    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&model, &GpuModel::pendingPodsChanged);
    for (const auto &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(spy.count(), 1);
    const auto pending = model.pendingPods();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().name, QStringLiteral("envoy-big"));
    QCOMPARE(pending.first().party, QStringLiteral("openfl-envoy-1"));
    QCOMPARE(pending.first().requested, qint64(16000));
    // pending pods still count as the party's request
    QCOMPARE(model.requestedByParty().value(QStringLiteral("openfl-envoy-1")), qint64(17000));
}

void TestGpuModel::timeSlicingConfigMap()
{
    const auto cms = load(QStringLiteral("time-slicing-configmap.yaml"));
    QCOMPARE(cms.size(), 1);
    const auto *info = cms.first().configMap();
    QVERIFY(info);
    const auto any = gpu::parseTimeSlicingConfig(info->data.value(QStringLiteral("any")));
    QCOMPARE(any.replicas.value(QStringLiteral("nvidia.com/gpu")), 4);
    const auto l4 = gpu::parseTimeSlicingConfig(info->data.value(QStringLiteral("l4")));
    QCOMPARE(l4.replicas.value(QStringLiteral("nvidia.com/gpu")), 10);
    QVERIFY(l4.failRequestsGreaterThanOne);
    QVERIFY(!l4.renameByDefault);

    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeSlicingConfigMap(QStringLiteral("gpu-operator"), QStringLiteral("time-slicing-config"),
                                  QStringLiteral("any"));
    for (const auto &n : load(QStringLiteral("nodes.yaml")))
        model.applyUpsert(n);
    const int l4Row = model.rowOf(QStringLiteral("gpu-l4-cm"));
    QCOMPARE(model.data(model.index(l4Row, 0), GpuModel::PhysicalGpusRole).toInt(), 20);
    model.applyUpsert(cms.first());
    // node label nvidia.com/device-plugin.config=l4 picks the l4 key: 20 / 10 = 2 physical GPUs
    QCOMPARE(model.data(model.index(l4Row, 0), GpuModel::PhysicalGpusRole).toInt(), 2);
    QCOMPARE(cell(model, l4Row, GpuModel::SharingColumn), QString::fromUtf8("time-slicing ×10"));
    // the ConfigMap goes away: back to one replica per device
    model.applyRemove(Kind::ConfigMap, QStringLiteral("cm-ts"));
    QCOMPARE(model.data(model.index(l4Row, 0), GpuModel::PhysicalGpusRole).toInt(), 20);
    model.applyUpsert(cms.first());
    QCOMPARE(model.data(model.index(l4Row, 0), GpuModel::PhysicalGpusRole).toInt(), 2);
    // a labelled node keeps its label's replicas
    const int t4Row = model.rowOf(QStringLiteral("gpu-t4-0"));
    QCOMPARE(model.data(model.index(t4Row, 0), GpuModel::PhysicalGpusRole).toInt(), 1);
}

void TestGpuModel::singlePodEventTouchesOneRow()
{
    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto &n : load(QStringLiteral("nodes.yaml")))
        model.applyUpsert(n);
    const auto pods = load(QStringLiteral("time-slicing.yaml"));
    for (const auto &p : pods)
        model.applyUpsert(p);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ObjectSummary p = pods.first();
    std::get<PodInfo>(p.info).containers[0].limits[QStringLiteral("nvidia.com/gpu")] = 2000;
    model.applyUpsert(p);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(QStringLiteral("gpu-t4-0"));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(cell(model, row, GpuModel::RequestedColumn), QStringLiteral("4"));
    // a pod without GPUs changes nothing
    changed.clear();
    for (const auto &o : load(QStringLiteral("requests-vs-allocatable.yaml")))
        if (o.name == u"cpu-only")
            model.applyUpsert(o);
    QCOMPARE(changed.count(), 0);
}

void TestGpuModel::removeAndReset()
{
    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto nodes = load(QStringLiteral("nodes.yaml"));
    model.resetAll(Kind::Node, nodes, QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 4);
    const auto pods = load(QStringLiteral("requests-vs-allocatable.yaml"));
    model.resetAll(Kind::Pod, pods, QStringLiteral("lab"));
    const int row = model.rowOf(QStringLiteral("gpu-h100-0"), QStringLiteral("lab"));
    QCOMPARE(cell(model, row, GpuModel::RequestedColumn), QStringLiteral("5"));
    model.applyRemove(Kind::Pod, QStringLiteral("pod-train-b"), QStringLiteral("lab"));
    QCOMPARE(cell(model, row, GpuModel::RequestedColumn), QStringLiteral("2"));
    // removing the node keeps the row while a pod still holds GPUs on it
    model.applyRemove(Kind::Node, QStringLiteral("node-h100-0"), QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 4);
    model.applyRemove(Kind::Pod, QStringLiteral("pod-train-a"), QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("gpu-h100-0"), QStringLiteral("lab")), -1);
    // another cluster's node with the same name is another row
    model.applyUpsert(nodes.first(), QStringLiteral("edge"));
    model.applyUpsert(nodes.first(), QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 5);
}

void TestGpuModel::partySegments()
{
    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartyResolver([](const ObjectSummary &pod, const QString &) {
        return pod.namespace_.startsWith(u"fate-") ? QStringLiteral("fate") : pod.namespace_;
    });
    for (const auto &n : load(QStringLiteral("nodes.yaml")))
        model.applyUpsert(n);
    for (const auto &p : load(QStringLiteral("requests-vs-allocatable.yaml")))
        model.applyUpsert(p);
    for (const auto &p : load(QStringLiteral("limits-only.yaml")))
        model.applyUpsert(p);
    const int row = model.rowOf(QStringLiteral("gpu-h100-0"));
    const auto segments = model.nodeRow(row)->segments();
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0).party, QStringLiteral("fate"));
    QCOMPARE(segments.at(0).requested, qint64(5000));
    QCOMPARE(segments.at(1).party, QStringLiteral("openfl-envoy-1"));
    QCOMPARE(segments.at(1).requested, qint64(3000));
    const QVariantList roleSegments = model.data(model.index(row, 0), GpuModel::SegmentsRole).toList();
    QCOMPARE(roleSegments.size(), 2);
    QCOMPARE(roleSegments.at(1).toMap().value(QStringLiteral("requested")).toDouble(), 3.0);
    // 2 + 3 + 2 + 1 = 8 requested on 7 allocatable: free clamps at 0
    QCOMPARE(cell(model, row, GpuModel::FreeColumn), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestGpuModel)
#include "tst_gpumodel.moc"
