#include "model/cluster/LabelSelector.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceStore.h"
#include "model/cluster/ResourceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {
ObjectSummary pod(const QString &uid, const QString &ns, const QString &name, const QString &status = QStringLiteral("Running"),
                  Labels labels = {})
{
    ObjectSummary o;
    o.kind = Kind::Pod;
    o.uid = uid;
    o.namespace_ = ns;
    o.name = name;
    o.labels = std::move(labels);
    o.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    PodInfo p;
    p.status = status;
    p.ready = status == u"Running" ? 1 : 0;
    p.total = 1;
    o.info = p;
    return o;
}
WatchBatch batch(QList<ObjectSummary> up, QStringList removed = {}, bool begin = false, bool end = false)
{
    WatchBatch b;
    b.kind = Kind::Pod;
    b.upserts = std::move(up);
    b.removedUids = std::move(removed);
    b.listBegin = begin;
    b.listEnd = end;
    return b;
}
} // namespace

class TestResourceTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Issue 14: a store fed by one watch per namespace (the cluster-wide list was forbidden)
    // reconciles each namespace's relist on its own, is synced once every namespace has listed,
    // and drops a namespace no longer fed.
    void perNamespaceScopesReconcileApart()
    {
        ResourceStore store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        store.setScopes({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(!store.synced());
        store.apply(batch({pod(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("a1")), pod(QStringLiteral("2"), QStringLiteral("a"), QStringLiteral("a2"))},
                          {}, true, true),
                    QStringLiteral("a"));
        QVERIFY(!store.synced()); // b has not listed
        store.apply(batch({pod(QStringLiteral("3"), QStringLiteral("b"), QStringLiteral("b1"))}, {}, true, false), QStringLiteral("b"));
        // a relist of a (after a 410) that no longer has a2 interleaves with b's list
        store.apply(batch({pod(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("a1"))}, {}, true, true), QStringLiteral("a"));
        store.apply(batch({pod(QStringLiteral("4"), QStringLiteral("b"), QStringLiteral("b2"))}, {}, false, true), QStringLiteral("b"));
        QVERIFY(store.synced());
        QCOMPARE(store.size(), 3);
        QVERIFY(store.find(QStringLiteral("2")) == nullptr); // gone from a's relist
        QVERIFY(store.find(QStringLiteral("3")) && store.find(QStringLiteral("4"))); // b's rows untouched by a's relist
        store.setScopes({QStringLiteral("b")}); // a no longer allowed
        QCOMPARE(store.size(), 2);
        QVERIFY(store.find(QStringLiteral("1")) == nullptr);
        store.setScopes({}); // nowhere: empty and known to be empty
        QCOMPARE(store.size(), 0);
        QVERIFY(store.synced());
        QCOMPARE(resets.size(), 0);
        StoreAccess none;
        none.scope = StoreAccess::Scope::None;
        none.reason = QStringLiteral("forbidden: no");
        QSignalSpy access(&store, &ResourceStore::accessChanged);
        store.setAccess(none);
        store.setAccess(none);
        QCOMPARE(access.size(), 1);
        QVERIFY(!store.access().complete());
    }

    void incrementalUpdatesNeverReset()
    {
        ResourceStore store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);

        store.apply(batch({pod(QStringLiteral("a"), QStringLiteral("ns1"), QStringLiteral("pa")),
                           pod(QStringLiteral("b"), QStringLiteral("ns1"), QStringLiteral("pb"))}, {}, true, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserts.count(), 1); // one block, not one per row
        QVERIFY(store.synced());

        store.apply(batch({pod(QStringLiteral("b"), QStringLiteral("ns1"), QStringLiteral("pb"), QStringLiteral("CrashLoopBackOff"))}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("CrashLoopBackOff"));

        store.apply(batch({pod(QStringLiteral("c"), QStringLiteral("ns2"), QStringLiteral("pc"))}, {QStringLiteral("a")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(store.rowOf(QStringLiteral("c")), 1);
        QCOMPARE(store.rowOf(QStringLiteral("b")), 0);
        QCOMPARE(resets.count(), 0);
    }

    void relistReconcilesWithoutDuplicates()
    {
        ResourceStore store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.apply(batch({pod(QStringLiteral("a"), {}, QStringLiteral("a")), pod(QStringLiteral("b"), {}, QStringLiteral("b")),
                           pod(QStringLiteral("c"), {}, QStringLiteral("c"))}, {}, true, true));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // relist in two pages: b is gone, c changed, d is new
        store.apply(batch({pod(QStringLiteral("a"), {}, QStringLiteral("a"))}, {}, true, false));
        store.apply(batch({pod(QStringLiteral("c"), {}, QStringLiteral("c"), QStringLiteral("Pending")),
                           pod(QStringLiteral("d"), {}, QStringLiteral("d"))}, {}, false, true));
        QCOMPARE(model.rowCount(), 3);
        QStringList names;
        for (int r = 0; r < store.size(); ++r)
            names << store.at(r).name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(store.find(QStringLiteral("c"))->pod()->status, QStringLiteral("Pending"));
        QCOMPARE(resets.count(), 0);
    }

    void proxyFilters()
    {
        ResourceStore store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(&store);
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.apply(batch({pod(QStringLiteral("1"), QStringLiteral("flare"), QStringLiteral("overseer"), QStringLiteral("Running"),
                               {{QStringLiteral("system"), QStringLiteral("overseer")}}),
                           pod(QStringLiteral("2"), QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("Running"),
                               {{QStringLiteral("system"), QStringLiteral("server1")}}),
                           pod(QStringLiteral("3"), QStringLiteral("fate-9999"), QStringLiteral("fateflow-0"))}, {}, true, true));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setNamespaceFilter(QStringLiteral("flare"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(QStringLiteral("SERV"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter({});
        QVERIFY(proxy.setLabelSelector(QStringLiteral("system in (overseer, other)")).ok());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("overseer"));
        QVERIFY(!proxy.setLabelSelector(QStringLiteral("bad key!=x")).ok());
        QCOMPARE(proxy.rowCount(), 1); // the previous selector stays
        proxy.setNamespaceFilter({});
        QVERIFY(proxy.setLabelSelector({}).ok());
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("server1"));
    }

    // Issue 15: one kind over several clusters (kubectl get -A across contexts): the rows of each
    // cluster's store one block after the other, a CLUSTER column first, each store's changes
    // shifted by the rows before it, and filters and label selectors across all of them.
    void severalClustersInOneTable()
    {
        ResourceStore a(Kind::Pod, QStringLiteral("lab-a"));
        ResourceStore b(Kind::Pod, QStringLiteral("lab-b"));
        a.apply(batch({pod(QStringLiteral("a1"), QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("Running"),
                           {{QStringLiteral("system"), QStringLiteral("server1")}})}, {}, true, true));
        b.apply(batch({pod(QStringLiteral("b1"), QStringLiteral("flare-site-1"), QStringLiteral("site-1"), QStringLiteral("Running"),
                           {{QStringLiteral("system"), QStringLiteral("site-1")}}),
                       pod(QStringLiteral("b2"), QStringLiteral("fate-9999"), QStringLiteral("rollsite-0"), QStringLiteral("Pending"))},
                      {}, true, true));
        ResourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStores({&a, &b}, &b);
        QVERIFY(model.multiCluster());
        QCOMPARE(model.store(), &b);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("CLUSTER"));
        QCOMPARE(model.headerData(model.nameColumn(), Qt::Horizontal).toString(), QStringLiteral("NAME"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("lab-a"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("lab-b"));
        QCOMPARE(model.index(2, model.nameColumn()).data().toString(), QStringLiteral("rollsite-0"));
        QCOMPARE(model.index(1, 0).data(ResourceTableModel::ClusterRole).toString(), QStringLiteral("lab-b"));
        QCOMPARE(model.objectAt(1)->name, QStringLiteral("site-1"));
        QCOMPARE(model.index(2, model.nameColumn() + 2).data(StatusLevelRole).toInt(), int(StatusLevel::Progressing)); // STATUS
        // a row arriving in the first cluster lands before the second cluster's rows
        a.apply(batch({pod(QStringLiteral("a2"), QStringLiteral("flare"), QStringLiteral("server2"))}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, model.nameColumn()).data().toString(), QStringLiteral("server2"));
        QCOMPARE(model.index(2, model.nameColumn()).data().toString(), QStringLiteral("site-1"));
        // a change and a removal in the second cluster reach the right rows
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        b.apply(batch({pod(QStringLiteral("b2"), QStringLiteral("fate-9999"), QStringLiteral("rollsite-0"), QStringLiteral("Running"))}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 3);
        b.apply(batch({}, {QStringLiteral("b1")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, model.nameColumn()).data().toString(), QStringLiteral("rollsite-0"));
        // filters across clusters: namespace, text (the cluster's name too), label selector
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTextFilter(QStringLiteral("lab-b"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter({});
        proxy.setNamespaceFilter(QStringLiteral("flare"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setNamespaceFilter({});
        QVERIFY(proxy.setLabelSelector(QStringLiteral("system")).ok());
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.setLabelSelector({}).ok());
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("lab-b"));
        // another cluster becomes the current one: no reset, the rows stay
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPrimary(&a);
        QCOMPARE(model.store(), &a);
        QCOMPARE(reset.count(), 0);
        // one store only: the single-cluster table, no CLUSTER column
        model.setStore(&a);
        QVERIFY(!model.multiCluster());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("NAMESPACE"));
        QCOMPARE(model.rowCount(), 2);
    }

    void statusLevels()
    {
        // the STATUS column's icon level, as its colour says: Running ok, Pending progressing,
        // anything else failed; no level for other columns
        ResourceStore store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(&store);
        store.apply(batch({pod(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("ok"), QStringLiteral("Running")),
                           pod(QStringLiteral("2"), QStringLiteral("a"), QStringLiteral("wait"), QStringLiteral("Pending")),
                           pod(QStringLiteral("3"), QStringLiteral("a"), QStringLiteral("bad"), QStringLiteral("CrashLoopBackOff"))},
                          {}, true, true));
        int status = -1;
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.headerData(c, Qt::Horizontal).toString() == u"STATUS")
                status = c;
        QVERIFY(status >= 0);
        QHash<QString, int> levels;
        for (int r = 0; r < model.rowCount(); ++r) {
            levels.insert(model.index(r, 0).data(ResourceTableModel::NameRole).toString(), model.index(r, status).data(StatusLevelRole).toInt());
            QVERIFY(!model.index(r, 0).data(StatusLevelRole).isValid());
        }
        QCOMPARE(levels.value(QStringLiteral("ok")), int(StatusLevel::Ok));
        QCOMPARE(levels.value(QStringLiteral("wait")), int(StatusLevel::Progressing));
        QCOMPARE(levels.value(QStringLiteral("bad")), int(StatusLevel::Failed));
    }

    void selector_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equals") << QStringLiteral("app=flare") << true;
        QTest::newRow("double-equals") << QStringLiteral("app==flare") << true;
        QTest::newRow("not-equals") << QStringLiteral("app!=flare") << false;
        QTest::newRow("in") << QStringLiteral("tier in (a, server)") << true;
        QTest::newRow("notin") << QStringLiteral("tier notin (server)") << false;
        QTest::newRow("exists") << QStringLiteral("tier") << true;
        QTest::newRow("not-exists") << QStringLiteral("!gpu") << true;
        QTest::newRow("and") << QStringLiteral("app=flare,tier=client") << false;
        QTest::newRow("missing-key-notequals") << QStringLiteral("gpu!=yes") << true;
    }
    void selector()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matches);
        const auto s = LabelSelector::parse(selector);
        QVERIFY(s.ok());
        QCOMPARE(s->matches({{QStringLiteral("app"), QStringLiteral("flare")}, {QStringLiteral("tier"), QStringLiteral("server")}}),
                 matches);
    }

    void age_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
        QTest::newRow("minutes-seconds") << qint64(303) << QStringLiteral("5m3s");
        QTest::newRow("minutes") << qint64(3000) << QStringLiteral("50m");
        QTest::newRow("hours-minutes") << qint64(4 * 3600 + 120) << QStringLiteral("4h2m");
        QTest::newRow("hours") << qint64(20 * 3600) << QStringLiteral("20h");
        QTest::newRow("days-hours") << qint64(3 * 86400 + 7200) << QStringLiteral("3d2h");
        QTest::newRow("days") << qint64(100 * 86400) << QStringLiteral("100d");
    }
    void age()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(ResourceTableModel::formatAge(secs), text);
    }
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
