// ReleaseListModel over ResourceStores fed with WatchBatches as the connection delivers them:
// one row per release (its latest revision), history, live updates by ranges, error rows,
// stuck releases with their recovery. QAbstractItemModelTester watches every change.

#include "model/cluster/ResourceTableModel.h"
#include "model/helm/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

ObjectSummary helmObject(Kind kind, const QString &ns, const QString &name, int revision, const QString &status,
                         const QString &uid = {})
{
    ObjectSummary o;
    o.kind = kind;
    o.uid = uid.isEmpty() ? QStringLiteral("%1-%2-%3").arg(ns, name).arg(revision) : uid;
    o.name = QStringLiteral("sh.helm.release.v1.%1.v%2").arg(name).arg(revision);
    o.namespace_ = ns;
    HelmReleaseInfo info;
    info.driver = kind == Kind::Secret ? HelmStorageDriver::Secret : HelmStorageDriver::ConfigMap;
    info.storage.type = kind == Kind::Secret ? QStringLiteral("helm.sh/release.v1") : QString();
    info.storage.keys = {QStringLiteral("release")};
    HelmReleaseSummary &s = info.release;
    s.name = name;
    s.namespace_ = ns;
    s.revision = revision;
    s.status = status;
    s.chartName = QStringLiteral("flare");
    s.chartVersion = QStringLiteral("0.1.%1").arg(revision);
    s.appVersion = QStringLiteral("2.4.0");
    s.updated = QDateTime(QDate(2026, 1, 1), QTime(10, revision, 0), Qt::UTC);
    s.description = revision == 1 ? QStringLiteral("Install complete") : QStringLiteral("Upgrade complete");
    o.info = info;
    return o;
}

ObjectSummary plainSecret(const QString &ns, const QString &name)
{
    ObjectSummary o;
    o.kind = Kind::Secret;
    o.uid = ns + name;
    o.name = name;
    o.namespace_ = ns;
    o.info = SecretInfo{QStringLiteral("kubernetes.io/tls"), {QStringLiteral("tls.crt")}};
    return o;
}

WatchBatch list(Kind kind, const QList<ObjectSummary> &objects)
{
    WatchBatch b;
    b.kind = kind;
    b.listBegin = b.listEnd = true;
    b.upserts = objects;
    return b;
}

WatchBatch upsert(Kind kind, const QList<ObjectSummary> &objects)
{
    WatchBatch b;
    b.kind = kind;
    b.upserts = objects;
    return b;
}

WatchBatch removal(Kind kind, const QStringList &uids)
{
    WatchBatch b;
    b.kind = kind;
    b.removedUids = uids;
    return b;
}

QString cell(const ReleaseListModel &m, int row, int column) { return m.index(row, column).data().toString(); }

} // namespace

class TestReleaseListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowPerReleaseWithHistory()
    {
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addStore(&secrets);
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, QStringLiteral("flare"), QStringLiteral("nvflare"), 1, QStringLiteral("superseded")),
                                          plainSecret(QStringLiteral("flare"), QStringLiteral("overseer-startup")),
                                          helmObject(Kind::Secret, QStringLiteral("flare"), QStringLiteral("nvflare"), 3, QStringLiteral("deployed")),
                                          helmObject(Kind::Secret, QStringLiteral("flare"), QStringLiteral("nvflare"), 2, QStringLiteral("superseded")),
                                          helmObject(Kind::Secret, QStringLiteral("fate-9999"), QStringLiteral("fate-9999"), 1, QStringLiteral("deployed"))}));
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(QStringLiteral("flare"), QStringLiteral("nvflare"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, ReleaseListModel::NameColumn), QStringLiteral("nvflare"));
        QCOMPARE(cell(model, row, ReleaseListModel::NamespaceColumn), QStringLiteral("flare"));
        QCOMPARE(cell(model, row, ReleaseListModel::RevisionColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, row, ReleaseListModel::StatusColumn), QStringLiteral("deployed"));
        QCOMPARE(cell(model, row, ReleaseListModel::ChartColumn), QStringLiteral("flare-0.1.3"));
        QCOMPARE(cell(model, row, ReleaseListModel::AppVersionColumn), QStringLiteral("2.4.0"));
        QCOMPARE(model.index(row, ReleaseListModel::UpdatedColumn).data(ReleaseListModel::SortRole).toDateTime(),
                 QDateTime(QDate(2026, 1, 1), QTime(10, 3, 0), Qt::UTC));
        QCOMPARE(model.index(row, ReleaseListModel::RevisionColumn).data(ReleaseListModel::SortRole).toInt(), 3);
        QCOMPARE(model.headerData(ReleaseListModel::AppVersionColumn, Qt::Horizontal).toString(), QStringLiteral("APP VERSION"));
        const QList<HelmReleaseSummary> history = model.history(row);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].revision, 1);
        QCOMPARE(history[2].revision, 3);
        QCOMPARE(history[2].status, QStringLiteral("deployed"));
        QVERIFY(!model.index(row, 0).data(ReleaseListModel::StuckRole).toBool());
        const auto ref = model.storageOf(QStringLiteral("flare"), QStringLiteral("nvflare"), 2);
        QVERIFY(ref);
        QCOMPARE(ref->objectName, QStringLiteral("sh.helm.release.v1.nvflare.v2"));
        QVERIFY(!model.storageOf(QStringLiteral("flare"), QStringLiteral("nvflare"), 9));
    }

    void liveRevisionsChangeRowsInPlace()
    {
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addStore(&secrets);
        const QString ns = QStringLiteral("openfl-envoy-1");
        const QString name = QStringLiteral("envoy-1");
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, ns, name, 1, QStringLiteral("deployed")),
                                          helmObject(Kind::Secret, QStringLiteral("x"), QStringLiteral("other"), 1, QStringLiteral("deployed"))}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy releaseChanged(&model, &ReleaseListModel::releaseChanged);

        // an upgrade as helm writes it: revision 2 pending, then deployed with 1 superseded
        secrets.apply(upsert(Kind::Secret, {helmObject(Kind::Secret, ns, name, 2, QStringLiteral("pending-upgrade"))}));
        const int row = model.rowOf(ns, name);
        QCOMPARE(cell(model, row, ReleaseListModel::RevisionColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, row, ReleaseListModel::StatusColumn), QStringLiteral("pending-upgrade"));
        QVERIFY(model.index(row, 0).data(ReleaseListModel::StuckRole).toBool());
        secrets.apply(upsert(Kind::Secret, {helmObject(Kind::Secret, ns, name, 1, QStringLiteral("superseded")),
                                            helmObject(Kind::Secret, ns, name, 2, QStringLiteral("deployed"))}));
        QCOMPARE(cell(model, row, ReleaseListModel::StatusColumn), QStringLiteral("deployed"));
        QCOMPARE(model.history(row).first().status, QStringLiteral("superseded"));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(releaseChanged.size(), 2);
        QCOMPARE(releaseChanged.last().at(1).toString(), name);

        // uninstall: helm deletes every revision; the row goes, the other stays
        secrets.apply(removal(Kind::Secret, {QStringLiteral("%1-%2-1").arg(ns, name), QStringLiteral("%1-%2-2").arg(ns, name)}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(ns, name), -1);
        QCOMPARE(cell(model, 0, ReleaseListModel::NameColumn), QStringLiteral("other"));
        QCOMPARE(reset.size(), 0);

        // a relist that no longer has "other" but a new release: reconciled, no reset
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, QStringLiteral("y"), QStringLiteral("new"), 1, QStringLiteral("deployed"))}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ReleaseListModel::NameColumn), QStringLiteral("new"));
        QCOMPARE(reset.size(), 0);

        secrets.clear(); // a store reset is the one time the model resets
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void headStartLetGoKeepsTheRows()
    {
        // the Releases page's head start: each release's latest revision from a one-off list,
        // then the full store; when the head start store goes, the rows stay where they are
        // (no reset: a selection survives) and the histories are whole
        const QString ns = QStringLiteral("flare");
        auto head = std::make_unique<ResourceStore>(Kind::Secret);
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addStore(head.get());
        model.addStore(&secrets);
        head->apply(list(Kind::Secret, {helmObject(Kind::Secret, ns, QStringLiteral("b"), 3, QStringLiteral("deployed")),
                                        helmObject(Kind::Secret, ns, QStringLiteral("a"), 2, QStringLiteral("failed"))}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.history(model.rowOf(ns, QStringLiteral("b"))).size(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy releaseChanged(&model, &ReleaseListModel::releaseChanged);
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, ns, QStringLiteral("a"), 1, QStringLiteral("deployed")),
                                          helmObject(Kind::Secret, ns, QStringLiteral("a"), 2, QStringLiteral("failed")),
                                          helmObject(Kind::Secret, ns, QStringLiteral("b"), 1, QStringLiteral("superseded")),
                                          helmObject(Kind::Secret, ns, QStringLiteral("b"), 2, QStringLiteral("superseded")),
                                          helmObject(Kind::Secret, ns, QStringLiteral("b"), 3, QStringLiteral("deployed"))}));
        const int rowB = model.rowOf(ns, QStringLiteral("b"));
        QCOMPARE(model.history(rowB).size(), 3);
        releaseChanged.clear();
        head.reset();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ns, QStringLiteral("b")), rowB);
        QCOMPARE(model.history(rowB).size(), 3);
        QCOMPARE(cell(model, model.rowOf(ns, QStringLiteral("a")), ReleaseListModel::StatusColumn), QStringLiteral("failed"));
        QCOMPARE(releaseChanged.size(), 0); // same revisions, from the other store now

        // a head start that saw a release the full list no longer has (uninstalled meanwhile)
        auto stale = std::make_unique<ResourceStore>(Kind::Secret);
        model.addStore(stale.get());
        stale->apply(list(Kind::Secret, {helmObject(Kind::Secret, ns, QStringLiteral("gone"), 1, QStringLiteral("deployed"))}));
        QCOMPARE(model.rowCount(), 3);
        stale.reset();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ns, QStringLiteral("gone")), -1);
    }

    void configMapDriverAndSecretsTogether()
    {
        ResourceStore secrets(Kind::Secret);
        ResourceStore configMaps(Kind::ConfigMap);
        ResourceStore pods(Kind::Pod);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, QStringLiteral("a"), QStringLiteral("s"), 1, QStringLiteral("deployed"))}));
        model.addStore(&secrets); // objects already in the store are taken over
        model.addStore(&configMaps);
        model.addStore(&pods);    // ignored
        QCOMPARE(model.rowCount(), 1);
        configMaps.apply(list(Kind::ConfigMap, {helmObject(Kind::ConfigMap, QStringLiteral("a"), QStringLiteral("c"), 4, QStringLiteral("failed"))}));
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(QStringLiteral("a"), QStringLiteral("c"));
        QCOMPARE(cell(model, row, ReleaseListModel::StatusColumn), QStringLiteral("failed"));
        QCOMPARE(model.storageOf(QStringLiteral("a"), QStringLiteral("c"), 4)->driver, HelmStorageDriver::ConfigMap);
    }

    void unreadableRevisionIsAnErrorRow()
    {
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addStore(&secrets);
        ObjectSummary bad = helmObject(Kind::Secret, QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 2, QStringLiteral("deployed"));
        auto info = *bad.helmRelease();
        info.release.chartName.clear();
        info.release.error = QStringLiteral("Secret fate-10000/sh.helm.release.v1.fate-10000.v2: gzip data is truncated");
        bad.info = info;
        secrets.apply(list(Kind::Secret, {helmObject(Kind::Secret, QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 1,
                                                     QStringLiteral("superseded")),
                                          bad}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ReleaseListModel::RevisionColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, ReleaseListModel::StatusColumn), QStringLiteral("unreadable"));
        QCOMPARE(model.index(0, 0).data(ReleaseListModel::StatusRole).toString(), QStringLiteral("deployed"));
        QVERIFY(model.index(0, 0).data(ReleaseListModel::ErrorRole).toString().contains(QLatin1String("truncated")));
        QVERIFY(model.index(0, ReleaseListModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("sh.helm.release.v1.fate-10000.v2")));
    }

    // The Secrets and ConfigMaps tables still show a release's storage object as kubectl does
    // (TYPE helm.sh/release.v1, DATA 1) although the worker kept the release instead of SecretInfo.
    void storageObjectsInTheKindTables()
    {
        const ObjectSummary secret = helmObject(Kind::Secret, QStringLiteral("a"), QStringLiteral("r"), 1, QStringLiteral("deployed"));
        QVERIFY(ResourceTableModel::columnsFor(Kind::Secret).contains(QStringLiteral("TYPE")));
        QCOMPARE(ResourceTableModel::cell(secret, QStringLiteral("TYPE"), {}), QStringLiteral("helm.sh/release.v1"));
        QCOMPARE(ResourceTableModel::cell(secret, QStringLiteral("DATA"), {}), QStringLiteral("1"));
        const ObjectSummary cm = helmObject(Kind::ConfigMap, QStringLiteral("a"), QStringLiteral("r"), 1, QStringLiteral("deployed"));
        QVERIFY(ResourceTableModel::columnsFor(Kind::ConfigMap).contains(QStringLiteral("DATA")));
        QCOMPARE(ResourceTableModel::cell(cm, QStringLiteral("DATA"), {}), QStringLiteral("1"));
    }

    void stuckReleases_data()
    {
        QTest::addColumn<QStringList>("statuses"); // revision i+1 has statuses[i]
        QTest::addColumn<bool>("stuck");
        QTest::addColumn<int>("recovery");
        QTest::addColumn<int>("rollbackTo");
        QTest::newRow("deployed") << QStringList{QStringLiteral("superseded"), QStringLiteral("deployed")} << false
                                  << int(StuckRelease::Recovery::None) << 0;
        QTest::newRow("failed is not stuck") << QStringList{QStringLiteral("deployed"), QStringLiteral("failed")} << false
                                             << int(StuckRelease::Recovery::None) << 0;
        QTest::newRow("pending-upgrade -> last deployed")
            << QStringList{QStringLiteral("superseded"), QStringLiteral("deployed"), QStringLiteral("pending-upgrade")} << true
            << int(StuckRelease::Recovery::Rollback) << 2;
        QTest::newRow("pending-rollback, none deployed -> last superseded")
            << QStringList{QStringLiteral("superseded"), QStringLiteral("superseded"), QStringLiteral("failed"),
                           QStringLiteral("pending-rollback")}
            << true << int(StuckRelease::Recovery::Rollback) << 2;
        QTest::newRow("pending-install -> uninstall") << QStringList{QStringLiteral("pending-install")} << true
                                                      << int(StuckRelease::Recovery::Uninstall) << 0;
        QTest::newRow("pending-upgrade after only failures -> uninstall")
            << QStringList{QStringLiteral("failed"), QStringLiteral("pending-upgrade")} << true << int(StuckRelease::Recovery::Uninstall) << 0;
    }
    void stuckReleases()
    {
        QFETCH(QStringList, statuses);
        QFETCH(bool, stuck);
        QFETCH(int, recovery);
        QFETCH(int, rollbackTo);
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addStore(&secrets);
        QList<ObjectSummary> objects;
        for (int i = 0; i < statuses.size(); ++i)
            objects.append(helmObject(Kind::Secret, QStringLiteral("flare"), QStringLiteral("nvflare"), i + 1, statuses[i]));
        secrets.apply(list(Kind::Secret, objects));
        const StuckRelease s = model.stuck(0);
        QCOMPARE(s.stuck, stuck);
        QCOMPARE(int(s.recovery), recovery);
        QCOMPARE(s.rollbackRevision, rollbackTo);
        QCOMPARE(model.index(0, 0).data(ReleaseListModel::StuckRole).toBool(), stuck);
        if (stuck) {
            QCOMPARE(s.status, statuses.last());
            QVERIFY(s.meaning.contains(QLatin1String("another operation is in progress")));
            QVERIFY(s.meaning.contains(QString::number(statuses.size())));
            QCOMPARE(model.index(0, 0).data(ReleaseListModel::RecoveryRole).toString(), s.recoveryText);
            if (rollbackTo > 0)
                QVERIFY(s.recoveryText.contains(QString::number(rollbackTo)));
            else
                QVERIFY(s.recoveryText.startsWith(QLatin1String("Uninstall")));
        } else {
            QVERIFY(model.index(0, 0).data(ReleaseListModel::RecoveryRole).toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestReleaseListModel)
#include "tst_releaselistmodel.moc"
