// Rollout status of DaemonSets, Deployments and StatefulSets from their status, as
// `kubectl rollout status` judges it.
#include "model/editors/RolloutStatus.h"

#include <QJsonDocument>
#include <QTest>

using namespace fc::editors;

namespace {
QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }
} // namespace

class TestRolloutStatus final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void daemonSet()
    {
        // the controller has not observed generation 3 yet: waiting, whatever the counts say
        auto s = rolloutStatus(json(R"({"kind":"DaemonSet","metadata":{"generation":3},
            "status":{"observedGeneration":2,"desiredNumberScheduled":2,"updatedNumberScheduled":2,"numberReady":2,"numberAvailable":2}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Waiting);
        QVERIFY(!s.finished());
        s = rolloutStatus(json(R"({"kind":"DaemonSet","metadata":{"generation":3},
            "status":{"observedGeneration":3,"desiredNumberScheduled":2,"updatedNumberScheduled":1,"numberReady":2,"numberAvailable":2}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Progressing);
        QVERIFY2(s.summary.contains(QStringLiteral("2 desired · 1 updated · 2 ready")) && s.summary.contains(QStringLiteral("old template")),
                 qPrintable(s.summary));
        s = rolloutStatus(json(R"({"kind":"DaemonSet","metadata":{"generation":3},
            "status":{"observedGeneration":3,"desiredNumberScheduled":2,"updatedNumberScheduled":2,"numberReady":1,"numberAvailable":1}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Progressing);
        QVERIFY2(s.summary.contains(QStringLiteral("not ready")), qPrintable(s.summary));
        s = rolloutStatus(json(R"({"kind":"DaemonSet","metadata":{"generation":3},
            "status":{"observedGeneration":3,"desiredNumberScheduled":2,"updatedNumberScheduled":2,"numberReady":2,"numberAvailable":2}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Done);
        QVERIFY(s.finished());
    }

    void deploymentAndStatefulSet()
    {
        // replicas default to 1; a missing status is nothing updated yet
        auto s = rolloutStatus(json(R"({"kind":"Deployment","metadata":{"generation":1},"spec":{}})"));
        QCOMPARE(s.desired, 1);
        QCOMPARE(s.phase, RolloutStatus::Phase::Waiting);
        s = rolloutStatus(json(R"({"kind":"Deployment","metadata":{"generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":2}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Progressing);
        s = rolloutStatus(json(R"({"kind":"Deployment","metadata":{"generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"updatedReplicas":1,"readyReplicas":3,"availableReplicas":3,
            "conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet x has timed out progressing."}]}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Failed);
        QVERIFY2(s.summary.contains(QStringLiteral("timed out")), qPrintable(s.summary));
        // the surge: all updated and more than enough ready, but an old pod is still there
        s = rolloutStatus(json(R"({"kind":"Deployment","metadata":{"generation":2},"spec":{"replicas":2},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":2,"readyReplicas":3,"availableReplicas":3}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Progressing);
        QVERIFY2(s.summary.contains(QStringLiteral("1 old pod(s) still to go")), qPrintable(s.summary));
        s = rolloutStatus(json(R"({"kind":"StatefulSet","metadata":{"generation":4},"spec":{"replicas":2},
            "status":{"observedGeneration":4,"updatedReplicas":2,"readyReplicas":2}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Done);
        // scaled to zero: nothing to wait for
        s = rolloutStatus(json(R"({"kind":"Deployment","metadata":{"generation":5},"spec":{"replicas":0},"status":{"observedGeneration":5}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::Done);
    }

    void podProblemsNameTheFirstFailingPod()
    {
        const QJsonObject workload = json(R"({"spec":{"selector":{"matchLabels":{"app":"nvflare","role":"server"}}}})");
        QCOMPARE(podSelector(workload), QStringLiteral("app=nvflare,role=server"));
        const QJsonObject fine = json(R"({"metadata":{"name":"a"},"status":{"phase":"Running",
            "containerStatuses":[{"restartCount":0,"state":{"running":{}}}]}})");
        const QJsonObject creating = json(R"({"metadata":{"name":"b"},"status":{"containerStatuses":[{"restartCount":0,
            "state":{"waiting":{"reason":"ContainerCreating"}}}]}})");
        QCOMPARE(podProblems({fine, creating}), QString()); // starting is not failing
        const QJsonObject crashing = json(R"({"metadata":{"name":"d"},"status":{"containerStatuses":[{"restartCount":4,
            "state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 40s restarting failed container"}}}]}})");
        const QJsonObject pulling = json(R"({"metadata":{"name":"c"},"status":{"containerStatuses":[{"restartCount":0,
            "state":{"waiting":{"reason":"ImagePullBackOff","message":"Back-off pulling image nvflare:nope"}}}]}})");
        const QString p = podProblems({crashing, fine, pulling});
        QVERIFY2(p.startsWith(QStringLiteral("1 pod(s) restarted; pod c: ImagePullBackOff: Back-off pulling image nvflare:nope")), qPrintable(p));
        const QJsonObject unschedulable = json(R"({"metadata":{"name":"e"},"status":{"phase":"Pending","conditions":[{"type":"PodScheduled",
            "status":"False","reason":"Unschedulable","message":"0/6 nodes are available: 6 node(s) had no free ports."}]}})");
        QCOMPARE(podProblems({unschedulable}), QStringLiteral("pod e: Unschedulable: 0/6 nodes are available: 6 node(s) had no free ports."));
    }

    void otherKinds()
    {
        auto s = rolloutStatus(json(R"({"kind":"ConfigMap","metadata":{"generation":1}})"));
        QCOMPARE(s.phase, RolloutStatus::Phase::NotAWorkload);
        QVERIFY(s.finished());
    }
};

QTEST_GUILESS_MAIN(TestRolloutStatus)
#include "tst_rolloutstatus.moc"
