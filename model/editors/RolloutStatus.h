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

} // namespace fc::editors
