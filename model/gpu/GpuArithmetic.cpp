#include "model/gpu/GpuArithmetic.h"

#include <QRegularExpression>

#include <algorithm>

namespace fc::gpu {

bool isGpuResource(QStringView resource)
{
    if (!resource.startsWith(u"nvidia.com/"))
        return false;
    return resource == kGpu || resource == kGpuShared || resource.startsWith(kMigPrefix);
}

QString shortResourceName(QStringView resource)
{
    constexpr QStringView prefix = u"nvidia.com/";
    if (resource.startsWith(prefix))
        return resource.mid(prefix.size()).toString();
    return resource.toString();
}

Quantities gpuOnly(const Quantities &q)
{
    Quantities out;
    for (auto it = q.cbegin(); it != q.cend(); ++it)
        if (isGpuResource(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

qint64 gpuTotal(const Quantities &q)
{
    qint64 sum = 0;
    for (auto it = q.cbegin(); it != q.cend(); ++it)
        if (isGpuResource(it.key()))
            sum += it.value();
    return sum;
}

QString devicesText(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    return QString::number(double(milli) / 1000.0, 'f', 1);
}

namespace {

// Per container: the request, or the limit when the request is absent.
template<typename Pick>
Quantities effective(const PodInfo &pod, Pick pick)
{
    Quantities appSum;
    Quantities initMax;
    for (const ContainerSummary &c : pod.containers) {
        const Quantities values = pick(c);
        Quantities &target = c.init ? initMax : appSum;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (c.init) {
                qint64 &slot = target[it.key()];
                slot = std::max(slot, it.value());
            } else {
                target[it.key()] += it.value();
            }
        }
    }
    for (auto it = initMax.cbegin(); it != initMax.cend(); ++it) {
        qint64 &slot = appSum[it.key()];
        slot = std::max(slot, it.value());
    }
    return appSum;
}

} // namespace

Quantities effectiveRequests(const PodInfo &pod)
{
    return effective(pod, [](const ContainerSummary &c) {
        Quantities q = c.requests;
        for (auto it = c.limits.cbegin(); it != c.limits.cend(); ++it)
            if (!q.contains(it.key()))
                q.insert(it.key(), it.value());
        return q;
    });
}

Quantities effectiveLimits(const PodInfo &pod)
{
    return effective(pod, [](const ContainerSummary &c) { return c.limits; });
}

bool isTerminated(const PodInfo &pod)
{
    return pod.phase == u"Succeeded" || pod.phase == u"Failed";
}

bool holdsNodeResources(const PodInfo &pod)
{
    return !pod.node.isEmpty() && !isTerminated(pod);
}

QString pendingForGpuMessage(const PodInfo &pod)
{
    if (!pod.node.isEmpty() || isTerminated(pod))
        return {};
    for (const PodCondition &c : pod.conditions) {
        if (c.type != u"PodScheduled" || c.status != u"False" || c.reason != u"Unschedulable")
            continue;
        if (c.message.contains(u"nvidia.com/gpu") || c.message.contains(u"nvidia.com/mig-"))
            return c.message;
    }
    return {};
}

QString unschedulableMessage(const PodInfo &pod)
{
    if (!pod.node.isEmpty() || isTerminated(pod))
        return {};
    for (const PodCondition &c : pod.conditions) {
        if (c.type == u"PodScheduled" && c.status == u"False")
            return c.message.isEmpty() ? c.reason : c.message;
    }
    return {};
}

TimeSlicingConfig parseTimeSlicingConfig(const QString &yaml)
{
    // Accepts the device plugin's YAML (and the equivalent flow/JSON spelling of the keys).
    TimeSlicingConfig cfg;
    bool inTimeSlicing = false;
    int timeSlicingIndent = -1;
    QString currentName;
    int pendingReplicas = -1;
    auto flush = [&] {
        if (!currentName.isEmpty() && pendingReplicas > 0)
            cfg.replicas.insert(currentName, pendingReplicas);
    };
    static const QRegularExpression keyValue(QStringLiteral(R"re(^(\s*)(-\s*)?"?([A-Za-z]+)"?\s*:\s*"?([^"#]*?)"?\s*,?\s*(#.*)?$)re"));
    const QStringList lines = yaml.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const int indent = int(m.capturedLength(1));
        const QString key = m.captured(3);
        const QString value = m.captured(4).trimmed();
        if (key == u"timeSlicing") {
            inTimeSlicing = true;
            timeSlicingIndent = indent;
            continue;
        }
        if (inTimeSlicing && indent <= timeSlicingIndent && m.capturedLength(2) == 0) {
            flush();
            currentName.clear();
            pendingReplicas = -1;
            inTimeSlicing = false;
        }
        if (!inTimeSlicing)
            continue;
        if (key == u"renameByDefault")
            cfg.renameByDefault = value == u"true";
        else if (key == u"failRequestsGreaterThanOne")
            cfg.failRequestsGreaterThanOne = value == u"true";
        else if (key == u"name") {
            if (m.capturedLength(2) > 0) { // a new list item starts with its name
                flush();
                pendingReplicas = -1;
            }
            currentName = value;
        } else if (key == u"replicas") {
            if (m.capturedLength(2) > 0) {
                flush();
                currentName.clear();
            }
            pendingReplicas = value.toInt();
        }
    }
    flush();
    return cfg;
}

int NodeGpuFacts::physicalGpus() const
{
    if (countLabel > 0)
        return countLabel;
    qint64 devices = 0;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
        if (it.key().startsWith(kMigPrefix))
            continue; // MIG slices are parts of GPUs, not GPUs
        devices += it.value().capacity / 1000;
    }
    return int(devices / std::max(1, replicas));
}

QString NodeGpuFacts::sharingText() const
{
    QStringList parts;
    if (replicas > 1) {
        const QString strategy = sharingStrategy.isEmpty() || sharingStrategy == u"none"
            ? QStringLiteral("time-slicing")
            : sharingStrategy;
        parts << QStringLiteral("%1 \u00d7%2").arg(strategy).arg(replicas);
    } else if (!sharingStrategy.isEmpty() && sharingStrategy != u"none") {
        parts << sharingStrategy;
    }
    bool hasMig = false;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it)
        hasMig = hasMig || it.key().startsWith(kMigPrefix);
    if (hasMig || (!migStrategy.isEmpty() && migStrategy != u"none"))
        parts << QStringLiteral("MIG %1").arg(migStrategy.isEmpty() ? QStringLiteral("mixed") : migStrategy);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

NodeGpuFacts nodeGpuFacts(const ObjectSummary &node, const TimeSlicingConfig &config)
{
    NodeGpuFacts f;
    f.product = node.labels.value(kLabelProduct);
    f.memoryMiB = node.labels.value(kLabelMemory).toLongLong();
    f.sharingStrategy = node.labels.value(kLabelSharing);
    f.migStrategy = node.labels.value(kLabelMigStrategy);
    f.countLabel = node.labels.value(kLabelCount).toInt();
    if (const NodeInfo *n = node.node()) {
        for (auto it = n->capacity.cbegin(); it != n->capacity.cend(); ++it)
            if (isGpuResource(it.key()))
                f.resources[it.key()].capacity = it.value();
        for (auto it = n->allocatable.cbegin(); it != n->allocatable.cend(); ++it)
            if (isGpuResource(it.key()))
                f.resources[it.key()].allocatable = it.value();
    }
    bool ok = false;
    const int labelReplicas = node.labels.value(kLabelReplicas).toInt(&ok);
    if (ok && labelReplicas > 0) {
        f.replicas = labelReplicas;
        f.replicasSource = labelReplicas > 1 ? QStringLiteral("label") : QString();
    } else if (!config.isEmpty()) {
        int r = config.replicas.value(QString(kGpu), 0);
        if (r == 0)
            r = config.replicas.value(QString(kGpuShared), 0);
        if (r > 1) {
            f.replicas = r;
            f.replicasSource = QStringLiteral("configmap");
        }
    }
    return f;
}

} // namespace fc::gpu
