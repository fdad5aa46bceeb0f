#pragma once

#include <QJsonObject>
#include <QString>

namespace fc::editors {

/// Where a DaemonSet, Deployment or StatefulSet stands in rolling out its latest spec, read from
/// the object as the server returns it — what `kubectl rollout status` waits for: the controller
/// has seen the latest generation, every pod it wants runs the new template, and all are ready.
struct RolloutStatus {
    enum class Phase { Waiting, Progressing, Done, Failed, NotAWorkload };
    Phase phase = Phase::NotAWorkload;
    int desired = 0;
    int updated = 0;
    int ready = 0;
    int available = 0;
    QString summary; ///< "3 desired · 2 updated · 2 ready" plus what is being waited for
    bool finished() const { return phase == Phase::Done || phase == Phase::Failed || phase == Phase::NotAWorkload; }
};

RolloutStatus rolloutStatus(const QJsonObject &workload);

/// The workload's pod selector as a label selector ("app=x,tier=y"; matchExpressions are left out:
/// the pods they would exclude only make the problem report below less specific).
QString podSelector(const QJsonObject &workload);

/// What is wrong with a rollout's pods, for the line under the editor: how many restarted, and the
/// first pod (by name) that is failing with its reason — a container waiting in CrashLoopBackOff,
/// ImagePullBackOff, ErrImagePull, CreateContainerConfigError…, or a pod the scheduler cannot place.
/// Empty when every pod is fine.
QString podProblems(const QList<QJsonObject> &pods);

} // namespace fc::editors
