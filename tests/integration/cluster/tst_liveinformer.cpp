// Against the real local control plane (scripts/local-cluster.sh): the informer follows what
// kubectl does, survives an apiserver restart, a forced 410 and the apiserver gone for a minute
// without duplicate or stale rows.

#include "../common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "model/cluster/Informer.h"
#include "model/cluster/ResourceTableModel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>

using namespace fc;
using namespace fc::test;

namespace {
QByteArray podManifest(const QString &ns, const QString &name)
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"%1","namespace":"%2","labels":{"app":"it"}},
      "spec":{"containers":[{"name":"main","image":"busybox"}]}})")
        .arg(name, ns)
        .toUtf8();
}
} // namespace

class TestLiveInformer : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<Informer> m_informer;
    QString m_ns;

    std::unique_ptr<ClusterConnection> connect(const QString &context) { return openLocal(context); }

    QSet<QString> kubectlPodUids()
    {
        const auto r = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"),
                                QStringLiteral("jsonpath={.items[*].metadata.uid}")});
        QSet<QString> out;
        for (const QString &u : QString::fromUtf8(r.out).split(u' ', Qt::SkipEmptyParts))
            out.insert(u);
        return out;
    }

    /// Waits until the store holds exactly the pods kubectl lists, comparing one snapshot of both
    /// sides per round. (QTRY_VERIFY evaluates its expression again after it turned true; other
    /// tests create pods concurrently, so that second look could see a pod the watch had not yet
    /// delivered and fail with "the timeout was too short".) Returns why not on timeout.
    QString waitStoreMatchesCluster(ResourceStore *pods, int timeoutMs)
    {
        QSet<QString> inStore, inCluster;
        const QDeadlineTimer deadline(timeoutMs);
        do {
            inStore = storeUids(pods);
            inCluster = kubectlPodUids();
            if (inStore == inCluster)
                return {};
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        const QSet<QString> missing = QSet<QString>(inCluster).subtract(inStore);
        const QSet<QString> stale = QSet<QString>(inStore).subtract(inCluster);
        return QStringLiteral("after %1 ms the store lacks %2 pod(s) kubectl lists (%3) and holds %4 it does not (%5)")
            .arg(timeoutMs)
            .arg(missing.size())
            .arg(QStringList(missing.begin(), missing.end()).join(u','))
            .arg(stale.size())
            .arg(QStringList(stale.begin(), stale.end()).join(u','));
    }

    QSet<QString> storeUids(ResourceStore *s, int *dups = nullptr)
    {
        QSet<QString> out;
        int d = 0;
        for (int r = 0; r < s->size(); ++r)
            if (!out.contains(s->at(r).uid))
                out.insert(s->at(r).uid);
            else
                ++d;
        if (dups)
            *dups = d;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-informer-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY2(createNamespace(m_ns), "namespace without a default ServiceAccount after 60 s");
        m_conn = connect(QStringLiteral("fedconsole-local"));
        m_informer = std::make_unique<Informer>(m_conn.get());
        ResourceStore *pods = m_informer->store(Kind::Pod);
        QTRY_VERIFY_WITH_TIMEOUT(pods->synced(), 30000);
        QCOMPARE(m_conn->state(), ConnectionState::Connected);
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void listOfManyPagesIsWhole()
    {
        // 1,200 ConfigMaps: three pages of 500, the next one requested while the last is read;
        // the store holds each exactly once, as kubectl lists them
        QJsonArray items;
        for (int i = 0; i < 1200; ++i)
            items.append(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                                     {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("page-%1").arg(i)},
                                                                              {QStringLiteral("namespace"), m_ns}}},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("i"), QString::number(i)}}}});
        const QJsonObject list{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("List")}, {QStringLiteral("items"), items}};
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, QJsonDocument(list).toJson(QJsonDocument::Compact));
        Informer fresh(m_conn.get());
        ResourceStore *maps = fresh.store(Kind::ConfigMap);
        QTRY_VERIFY_WITH_TIMEOUT(maps->synced(), 60000);
        int dups = 0;
        (void)storeUids(maps, &dups);
        QCOMPARE(dups, 0);
        int inNs = 0;
        for (int row = 0; row < maps->size(); ++row)
            inNs += maps->at(row).namespace_ == m_ns ? 1 : 0;
        QCOMPARE(inNs, 1200 + 1); // and kube-root-ca.crt
        // the rest of the cluster too (one snapshot of each side per round: namespaces of earlier
        // tests are still being deleted)
        QSet<QString> inStore, listed;
        const QDeadlineTimer deadline(20000);
        do {
            inStore = storeUids(maps);
            const auto r = kubectl({QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-A"), QStringLiteral("-o"),
                                    QStringLiteral("jsonpath={.items[*].metadata.uid}")});
            const QStringList uids = QString::fromUtf8(r.out).split(u' ', Qt::SkipEmptyParts);
            listed = QSet<QString>(uids.begin(), uids.end());
        } while (inStore != listed && !deadline.hasExpired() && (QTest::qWait(100), true));
        QVERIFY(listed.size() > 1200);
        QCOMPARE(inStore, listed);
    }

    void headStartListsOnceThenGoes()
    {
        // a labelled one-off list into its own store, before the kind's store has listed the
        // whole cluster; it has no watch and is let go once the kind's store has synced
        for (int i = 0; i < 4; ++i)
            FC_KUBECTL({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("head-%1").arg(i), QStringLiteral("-n"), m_ns});
        FC_KUBECTL({QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("head-0"), QStringLiteral("head-1"),
                    QStringLiteral("head-2"), QStringLiteral("-n"), m_ns, QStringLiteral("fc-head=%1").arg(m_ns)});
        Informer fresh(m_conn.get());
        QPointer<ResourceStore> head = fresh.headStart(Kind::ConfigMap, QStringLiteral("fc-head=%1").arg(m_ns));
        QVERIFY(head);
        ResourceStore *maps = fresh.store(Kind::ConfigMap); // already listing: headStart started it
        QTRY_VERIFY_WITH_TIMEOUT(head.isNull() || head->synced(), 30000);
        if (head) { // still there (the full list has not finished): exactly the labelled three
            QStringList names;
            for (int row = 0; row < head->size(); ++row)
                names << head->at(row).name;
            names.sort();
            QCOMPARE(names, (QStringList{QStringLiteral("head-0"), QStringLiteral("head-1"), QStringLiteral("head-2")}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(maps->synced(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(head.isNull(), 5000); // let go once the kind's store is whole
        QVERIFY(fresh.headStart(Kind::ConfigMap, QStringLiteral("fc-head=%1").arg(m_ns)) == nullptr);
        int inNs = 0;
        for (int row = 0; row < maps->size(); ++row)
            inNs += maps->at(row).namespace_ == m_ns && maps->at(row).name.startsWith(QLatin1String("head-")) ? 1 : 0;
        QCOMPARE(inNs, 4);
    }

    void headStartOnlyUntilTheFullStore()
    {
        // the head start holds what one list saw: a labelled map created after it is not added
        // to it (no watch), while the kind's store, which watches, gets it
        Informer fresh(m_conn.get());
        const QString selector = QStringLiteral("fc-late=%1").arg(m_ns);
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("late-0"), QStringLiteral("-n"), m_ns});
        FC_KUBECTL({QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("late-0"), QStringLiteral("-n"), m_ns, selector});
        QPointer<ResourceStore> head = fresh.headStart(Kind::ConfigMap, selector);
        QVERIFY(head);
        QSignalSpy headBatches(head.data(), &ResourceStore::batchApplied);
        QTRY_VERIFY_WITH_TIMEOUT(fresh.store(Kind::ConfigMap)->synced(), 60000);
        const int batchesAtSync = int(headBatches.size());
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("late-1"), QStringLiteral("-n"), m_ns});
        FC_KUBECTL({QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("late-1"), QStringLiteral("-n"), m_ns, selector});
        ResourceStore *maps = fresh.store(Kind::ConfigMap);
        const auto hasLate = [maps, this] {
            const ObjectSummary *o = nullptr;
            for (int row = 0; row < maps->size() && !o; ++row)
                o = maps->at(row).name == u"late-1" && maps->at(row).namespace_ == m_ns ? &maps->at(row) : nullptr;
            return o != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasLate(), 30000);
        QCOMPARE(int(headBatches.size()), batchesAtSync);
        QTRY_VERIFY_WITH_TIMEOUT(head.isNull(), 5000);
    }

    void podLifecycle()
    {
        ResourceStore *pods = m_informer->store(Kind::Pod);
        ResourceTableModel model;
        model.setStore(pods);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("lifecycle")));
        const QString uid = QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns,
                                                       QStringLiteral("lifecycle"), QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")}).out);
        QVERIFY(!uid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(pods->find(uid) != nullptr, 30000);
        const int row = pods->rowOf(uid);
        // The scheduler binds it to a KWOK node, KWOK makes it Running: the same row changes in place.
        QTRY_COMPARE_WITH_TIMEOUT(pods->find(uid)->pod()->status, QStringLiteral("Running"), 60000);
        QCOMPARE(pods->rowOf(uid), row);
        QVERIFY(!pods->find(uid)->pod()->node.isEmpty());
        QCOMPARE(model.index(row, 3).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("1/1"));
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, QStringLiteral("lifecycle"),
                          QStringLiteral("--wait=false")});
        QTRY_VERIFY_WITH_TIMEOUT(pods->find(uid) == nullptr, 60000);
        QCOMPARE(resets.count(), 0);
    }

    void tokenAndCertificateUsersList()
    {
        for (const QString &ctx : {QStringLiteral("fedconsole-local"), QStringLiteral("fedconsole-local-token")}) {
            auto conn = connect(ctx);
            Informer informer(conn.get());
            ResourceStore *pods = informer.store(Kind::Pod);
            QTRY_VERIFY2_WITH_TIMEOUT(pods->synced(), qPrintable(ctx + QStringLiteral(" did not list pods")), 30000);
            QCOMPARE(conn->state(), ConnectionState::Connected);
            // Other tests create pods concurrently: the list and kubectl's may be a moment apart.
            const QString mismatch = waitStoreMatchesCluster(pods, 30000);
            QVERIFY2(mismatch.isEmpty(), qPrintable(ctx + QStringLiteral(": ") + mismatch));
        }
    }


    void apiserverRestartResyncs()
    {
        ResourceStore *pods = m_informer->store(Kind::Pod);
        QSignalSpy states(m_conn.get(), &ClusterConnection::stateChanged);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("survivor")));
        const QString mismatch1 = waitStoreMatchesCluster(pods, 30000);
        QVERIFY2(mismatch1.isEmpty(), qPrintable(mismatch1));

        const auto restart = clusterScript({QStringLiteral("restart-apiserver")});
        QVERIFY2(restart.exitCode == 0, restart.err.constData());
        // While the client reconnects, change the cluster: one pod gone, one new.
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, QStringLiteral("survivor"),
                          QStringLiteral("--wait=false")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("newcomer")));
        const QString mismatch2 = waitStoreMatchesCluster(pods, 90000);
        QVERIFY2(mismatch2.isEmpty(), qPrintable(mismatch2));
        int dups = 0;
        storeUids(pods, &dups);
        QCOMPARE(dups, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), ConnectionState::Connected, 30000);
        bool sawReconnecting = false;
        for (const auto &args : std::as_const(states))
            if (args.at(0).value<ConnectionState>() == ConnectionState::Reconnecting)
                sawReconnecting = true;
        QVERIFY2(sawReconnecting, "the status bar never showed the connection as reconnecting");
    }
    void forced410Relists()
    {
        ResourceStore *pods = m_informer->store(Kind::Pod);
        QSignalSpy errors(m_conn.get(), &ClusterConnection::watchError);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("before-410")));
        const QString mismatch3 = waitStoreMatchesCluster(pods, 30000);
        QVERIFY2(mismatch3.isEmpty(), qPrintable(mismatch3));
        bool sawListBegin = false;
        auto c = QObject::connect(m_conn.get(), &ClusterConnection::batchReady, this, [&](const WatchBatch &b) {
            if (b.kind == Kind::Pod && b.listBegin)
                sawListBegin = true;
        });
        // Runs after the apiserver restart: its watch cache starts at a recent version, and etcd
        // compacted at its head answers for anything older, so resourceVersion 1 is 410 Gone
        // whichever of the two serves the watch.
        QVERIFY2(compactEtcd(), "cannot compact the local etcd (curl to its client port)");
        m_conn->forceExpireForTest(m_informer->watchId(Kind::Pod));
        QTRY_VERIFY_WITH_TIMEOUT(sawListBegin, 30000); // the server said 410 and the client relisted
        QObject::disconnect(c);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("after-410")));
        const QString mismatch4 = waitStoreMatchesCluster(pods, 30000);
        QVERIFY2(mismatch4.isEmpty(), qPrintable(mismatch4));
        int dups = 0;
        storeUids(pods, &dups);
        QCOMPARE(dups, 0);
    }

    void connectionLostForAMinute()
    {
        // The apiserver is gone for 60 s (killed and left down: a dropped VPN, a control plane
        // upgrade). Meanwhile the store keeps what it showed, the connection says it is
        // reconnecting with the time of its next attempt, and the event loop never stalls; when
        // the apiserver is back the store catches up with what changed, without duplicates.
        ResourceStore *pods = m_informer->store(Kind::Pod);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("before-outage")));
        const QString before = waitStoreMatchesCluster(pods, 30000);
        QVERIFY2(before.isEmpty(), qPrintable(before));
        const int rowsBefore = pods->size();

        struct StartAgain { // whatever happens below, the next tests find an apiserver
            bool armed = true;
            ~StartAgain()
            {
                if (armed)
                    clusterScript({QStringLiteral("start-apiserver"), QStringLiteral("--restart-controllers")});
            }
        } guard;
        const auto stop = clusterScript({QStringLiteral("stop-apiserver")});
        QVERIFY2(stop.exitCode == 0, stop.err.constData());

        QElapsedTimer outage;
        outage.start();
        qint64 worstGapMs = 0, last = 0;
        bool sawCountdown = false;
        QTimer tick;
        tick.setInterval(20);
        QObject::connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = outage.elapsed();
            worstGapMs = std::max(worstGapMs, now - last);
            last = now;
            if (m_conn->state() == ConnectionState::Reconnecting && m_conn->nextRetry() > QDateTime::currentDateTimeUtc())
                sawCountdown = true;
        });
        tick.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), ConnectionState::Reconnecting, 15000);
        while (outage.elapsed() < 60000) {
            QTest::qWait(1000);
            QCOMPARE(pods->size(), rowsBefore); // what was shown stays shown
            QVERIFY2(m_conn->state() == ConnectionState::Reconnecting,
                     qPrintable(QStringLiteral("state %1 after %2 s without an apiserver")
                                    .arg(connectionStateName(m_conn->state()))
                                    .arg(outage.elapsed() / 1000)));
        }
        tick.stop();
        QVERIFY2(sawCountdown, "no next attempt ahead was ever known (nothing for \"reconnecting in N s\")");
        QVERIFY2(worstGapMs < 500, qPrintable(QStringLiteral("the event loop stalled %1 ms during the outage").arg(worstGapMs)));

        // the controllers and KWOK sat a minute in client-go's backoff: restarted with it, so the
        // tests after this one find a cluster that schedules and runs pods at once
        const auto start = clusterScript({QStringLiteral("start-apiserver"), QStringLiteral("--restart-controllers")});
        QVERIFY2(start.exitCode == 0, start.err.constData());
        guard.armed = false;
        const qint64 downMs = outage.elapsed();
        QElapsedTimer back;
        back.start();
        // changed once the apiserver is back: one pod gone, one new
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, QStringLiteral("before-outage"),
                    QStringLiteral("--wait=false")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, podManifest(m_ns, QStringLiteral("after-outage")));
        const QString after = waitStoreMatchesCluster(pods, 90000); // retries back off to 30 s at most
        QVERIFY2(after.isEmpty(), qPrintable(after));
        int dups = 0;
        storeUids(pods, &dups);
        QCOMPARE(dups, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), ConnectionState::Connected, 30000);
        qInfo("apiserver down %lld ms: worst event-loop gap %lld ms; store equal to kubectl %lld ms after the apiserver was ready",
              static_cast<long long>(downMs), static_cast<long long>(worstGapMs),
              static_cast<long long>(back.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestLiveInformer)
#include "tst_liveinformer.moc"
