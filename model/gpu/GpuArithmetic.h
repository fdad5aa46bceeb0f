#pragma once

#include "backend/cluster/Resources.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fc {

/// Scheduler-accurate GPU accounting over the compact summaries the watch produces.
///
/// Everything here is pure and cheap (no allocation beyond the result), because the GPU and
/// federation models call it once per pod event. Quantities stay in milli-units as in
/// Resources.h; GPU resources are integers in Kubernetes, so 1 device = 1000.
namespace gpu {

inline constexpr QLatin1StringView kGpu{"nvidia.com/gpu"};
inline constexpr QLatin1StringView kGpuShared{"nvidia.com/gpu.shared"};
inline constexpr QLatin1StringView kMigPrefix{"nvidia.com/mig-"};

inline constexpr QLatin1StringView kLabelProduct{"nvidia.com/gpu.product"};
inline constexpr QLatin1StringView kLabelCount{"nvidia.com/gpu.count"};
inline constexpr QLatin1StringView kLabelReplicas{"nvidia.com/gpu.replicas"};
inline constexpr QLatin1StringView kLabelSharing{"nvidia.com/gpu.sharing-strategy"};
inline constexpr QLatin1StringView kLabelMemory{"nvidia.com/gpu.memory"};
inline constexpr QLatin1StringView kLabelMigStrategy{"nvidia.com/mig.strategy"};
inline constexpr QLatin1StringView kLabelDevicePluginConfig{"nvidia.com/device-plugin.config"};

/// nvidia.com/gpu, nvidia.com/gpu.shared or a MIG profile nvidia.com/mig-<g>g.<mem>gb.
bool isGpuResource(QStringView resource);
/// "nvidia.com/mig-1g.10gb" -> "mig-1g.10gb", "nvidia.com/gpu" -> "gpu".
QString shortResourceName(QStringView resource);

/// Keeps only the GPU resources of a quantity map.
Quantities gpuOnly(const Quantities &q);
/// Sum of all GPU resources in a quantity map (milli-devices).
qint64 gpuTotal(const Quantities &q);
/// Milli-devices as people read them: "2", "0.5" (one decimal when not whole).
QString devicesText(qint64 milli);

/// Effective request of a pod as the scheduler counts it, per resource:
/// max(sum over app containers, max over init containers). A container that sets only a limit
/// for a resource requests that limit (the API server defaults requests to limits).
/// Pod overhead is not in the summary and therefore not added.
Quantities effectiveRequests(const PodInfo &pod);
/// The same rule over limits (the "limited" column of kubectl describe node).
Quantities effectiveLimits(const PodInfo &pod);

/// True when a pod holds its requests on a node: it is bound (spec.nodeName) and not in a
/// terminal phase (Succeeded/Failed pods hold nothing).
bool holdsNodeResources(const PodInfo &pod);
/// True for pods in phase Succeeded or Failed.
bool isTerminated(const PodInfo &pod);

/// A pod the scheduler could not place for lack of GPUs: PodScheduled=False, reason
/// Unschedulable, and a message naming a GPU resource ("0/6 nodes are available:
/// 3 Insufficient nvidia.com/gpu"). Returns the scheduler's message, or an empty string.
QString pendingForGpuMessage(const PodInfo &pod);
/// The scheduler's message for a pod it has not placed, whatever the cause (PodScheduled=False:
/// "0/3 nodes are available: persistentvolumeclaim \"nvflws\" not found", "… Insufficient
/// nvidia.com/gpu"); empty for a scheduled or terminated pod.
QString unschedulableMessage(const PodInfo &pod);

/// Per-resource time-slicing replicas from a device-plugin config (the YAML held in the
/// time-slicing ConfigMap: `sharing.timeSlicing.resources[].{name,replicas}`).
/// A small line scanner: the model layer has no YAML library and the format is fixed.
struct TimeSlicingConfig {
    QHash<QString, int> replicas; ///< resource name -> replicas
    bool renameByDefault = false;
    bool failRequestsGreaterThanOne = false;
    bool isEmpty() const { return replicas.isEmpty(); }
};
TimeSlicingConfig parseTimeSlicingConfig(const QString &yaml);

/// GPU resource totals of one node for one resource.
struct GpuAmounts {
    qint64 capacity = 0;
    qint64 allocatable = 0;
    qint64 requested = 0;
    qint64 limited = 0;
    qint64 free() const { return allocatable > requested ? allocatable - requested : 0; }
};

/// What the node's labels and status say about its GPUs (GPU feature discovery labels).
struct NodeGpuFacts {
    QString product;          ///< nvidia.com/gpu.product, e.g. Tesla-T4-SHARED
    qint64 memoryMiB = 0;     ///< nvidia.com/gpu.memory
    QString sharingStrategy;  ///< none | time-slicing | mps (label), or "" when unknown
    int replicas = 1;         ///< nvidia.com/gpu.replicas, else from the time-slicing config
    QString replicasSource;   ///< "label", "configmap" or "" (no sharing)
    QString migStrategy;      ///< nvidia.com/mig.strategy
    int countLabel = 0;       ///< nvidia.com/gpu.count
    QHash<QString, GpuAmounts> resources; ///< capacity/allocatable filled; requests added later
    /// Physical GPUs: gpu.count label when set, else capacity / replicas (time-sliced
    /// resources advertise each physical GPU `replicas` times).
    int physicalGpus() const;
    /// "time-slicing ×4", "MIG mixed", "mps ×2", "none"
    QString sharingText() const;
};

/// Reads GPU facts from a Node summary. `config` (may be empty) supplies replicas when the
/// node carries no nvidia.com/gpu.replicas label.
NodeGpuFacts nodeGpuFacts(const ObjectSummary &node, const TimeSlicingConfig &config = {});

} // namespace gpu
} // namespace fc
