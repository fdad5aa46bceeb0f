#include "model/editors/RolloutStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace fc::editors {

namespace {
/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::editors::RolloutStatus)
};
} // namespace

RolloutStatus rolloutStatus(const QJsonObject &workload)
{
    RolloutStatus out;
    const QString kind = workload.value(QStringLiteral("kind")).toString();
    const QJsonObject spec = workload.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = workload.value(QStringLiteral("status")).toObject();
    auto number = [&](const char *key) { return status.value(QLatin1String(key)).toInt(); };
    if (kind == u"DaemonSet") {
        out.desired = number("desiredNumberScheduled");
        out.updated = number("updatedNumberScheduled");
        out.ready = number("numberReady");
        out.available = number("numberAvailable");
    } else if (kind == u"Deployment" || kind == u"StatefulSet") {
        out.desired = spec.value(QStringLiteral("replicas")).toInt(1); // the API's default is 1
        out.updated = number("updatedReplicas");
        out.ready = number("readyReplicas");
        out.available = kind == u"Deployment" ? number("availableReplicas") : out.ready;
    } else {
        out.summary = Tr::tr("%1 has no rollout").arg(kind.isEmpty() ? Tr::tr("this object") : kind);
        return out;
    }
    const qint64 generation = workload.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInteger();
    const qint64 observed = status.value(QStringLiteral("observedGeneration")).toInteger();
    // Deployments and StatefulSets count all their pods in status.replicas: more than the updated ones
    // means old pods are still there (kubectl rollout status waits for them to go, ready or not)
    const int total = kind == u"DaemonSet" ? out.updated : number("replicas");
    QString waitingFor;
    if (observed < generation) {
        out.phase = RolloutStatus::Phase::Waiting;
        waitingFor = Tr::tr("the controller has not seen the change yet");
    } else {
        // a Deployment that ran out of its progress deadline says so in a condition
        for (const QJsonValue &c : status.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            if (cond.value(QStringLiteral("type")).toString() == u"Progressing"
                && cond.value(QStringLiteral("reason")).toString() == u"ProgressDeadlineExceeded") {
                out.phase = RolloutStatus::Phase::Failed;
                waitingFor = cond.value(QStringLiteral("message")).toString();
            }
        }
        if (out.phase != RolloutStatus::Phase::Failed) {
            if (out.updated < out.desired) {
                out.phase = RolloutStatus::Phase::Progressing;
                waitingFor = Tr::tr("%n pod(s) still run the old template", nullptr, out.desired - out.updated);
            } else if (total > out.updated) {
                out.phase = RolloutStatus::Phase::Progressing;
                waitingFor = Tr::tr("%n old pod(s) still to go", nullptr, total - out.updated);
            } else if (out.ready < out.desired || out.available < out.desired) {
                out.phase = RolloutStatus::Phase::Progressing;
                waitingFor = Tr::tr("%n pod(s) not ready yet", nullptr, out.desired - std::min(out.ready, out.available));
            } else {
                out.phase = RolloutStatus::Phase::Done;
            }
        }
    }
    out.summary = Tr::tr("%1 desired · %2 updated · %3 ready").arg(out.desired).arg(out.updated).arg(out.ready);
    if (out.phase == RolloutStatus::Phase::Done)
        out.summary += Tr::tr(" — rolled out");
    else if (!waitingFor.isEmpty())
        out.summary += QStringLiteral(" — ") + waitingFor;
    return out;
}

QString podSelector(const QJsonObject &workload)
{
    const QJsonObject labels =
        workload.value(QStringLiteral("spec")).toObject().value(QStringLiteral("selector")).toObject().value(QStringLiteral("matchLabels")).toObject();
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(u',');
}

QString podProblems(const QList<QJsonObject> &pods)
{
    QList<QJsonObject> sorted = pods;
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()
               < b.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    });
    int restarting = 0;
    QString first;
    for (const QJsonObject &pod : std::as_const(sorted)) {
        const QString name = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
        bool restarted = false;
        QString problem;
        for (const QJsonValue &c : status.value(QStringLiteral("containerStatuses")).toArray()) {
            const QJsonObject cs = c.toObject();
            if (cs.value(QStringLiteral("restartCount")).toInt() > 0)
                restarted = true;
            const QJsonObject waiting = cs.value(QStringLiteral("state")).toObject().value(QStringLiteral("waiting")).toObject();
            const QString reason = waiting.value(QStringLiteral("reason")).toString();
            if (problem.isEmpty() && !reason.isEmpty() && reason != u"ContainerCreating" && reason != u"PodInitializing") {
                const QString message = waiting.value(QStringLiteral("message")).toString();
                problem = message.isEmpty() ? reason : reason + QStringLiteral(": ") + message;
            }
        }
        if (problem.isEmpty()) {
            for (const QJsonValue &c : status.value(QStringLiteral("conditions")).toArray()) {
                const QJsonObject cond = c.toObject();
                if (cond.value(QStringLiteral("type")).toString() == u"PodScheduled" && cond.value(QStringLiteral("status")).toString() == u"False")
                    problem = cond.value(QStringLiteral("reason")).toString() + QStringLiteral(": ") + cond.value(QStringLiteral("message")).toString();
            }
        }
        if (restarted)
            ++restarting;
        if (first.isEmpty() && !problem.isEmpty())
            first = Tr::tr("pod %1: %2").arg(name, problem);
    }
    QStringList out;
    if (restarting > 0)
        out << Tr::tr("%n pod(s) restarted", nullptr, restarting);
    if (!first.isEmpty())
        out << first;
    return out.join(QStringLiteral("; "));
}

} // namespace fc::editors
