#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "backend/core/SmallMap.h"
#include "backend/helm/HelmRelease.h"

#include <variant>

namespace fc {

/// The kinds the console lists live. Kind decides which API path a watch uses and which
/// compact summary the worker parses an object into.
enum class Kind {
    Namespace,
    Pod,
    Node,
    Deployment,
    DaemonSet,
    StatefulSet,
    Service,
    ConfigMap,
    Secret,
    Event,
    Other, ///< any other kind discovery names (CRDs…): metadata only; its ResourceType says which
};

/// Resource quantities in milli-units ("2" -> 2000, "500m" -> 500, "1Gi" -> 1073741824000).
using Quantities = SmallMap<QString, qint64>;
/// Labels, annotations, selectors: a few entries each, kept compact.
using Labels = SmallMap<QString, QString>;

struct ContainerPort {
    QString name;
    int containerPort = 0;
    int hostPort = 0;
    QString protocol; ///< TCP when the object left it out
};

struct ContainerSummary {
    QString name;
    QString image;
    bool init = false;       ///< from spec.initContainers
    bool ephemeral = false;  ///< from spec.ephemeralContainers (kubectl debug)
    bool ready = false;
    int restarts = 0;
    QString state;           ///< waiting | running | terminated | "" (no status yet)
    QString reason;          ///< waiting/terminated reason (CrashLoopBackOff, Completed, …)
    Quantities requests;     ///< extended resources only (nvidia.com/gpu, MIG, …): cpu/memory on demand
    Quantities limits;       ///< as requests
    QList<ContainerPort> ports;
    QStringList command;     ///< command followed by args
};

struct PodCondition {
    QString type;
    QString status;
    QString reason;
    QString message;
};

struct PodInfo {
    QString phase;
    QString status;          ///< STATUS column as kubectl computes it
    QString node;
    QString podIP;
    int ready = 0;
    int total = 0;
    int restarts = 0;
    QList<ContainerSummary> containers; ///< init containers first, then app, then ephemeral; flagged
    QList<PodCondition> conditions;
    QStringList secretVolumes;          ///< secret names mounted as volumes
    QStringList configMapVolumes;
    QString schedulerName;
};

struct NodeInfo {
    bool ready = false;
    bool unschedulable = false;
    QStringList roles;
    QString kubeletVersion;
    QString internalIP;
    Quantities capacity;
    Quantities allocatable;
};

struct ServicePort {
    QString name;
    int port = 0;
    int targetPort = 0;      ///< 0 when the target is a named port (see targetPortName)
    QString targetPortName;
    int nodePort = 0;
    QString protocol;
};

struct ServiceInfo {
    QString type;
    QString clusterIP;
    QStringList externalIPs; ///< spec.externalIPs and status.loadBalancer.ingress
    QList<ServicePort> ports;
    Labels selector;
};

struct WorkloadInfo {
    int desired = 0;
    int ready = 0;
    int upToDate = 0;
    int available = 0;
    Labels selector; ///< matchLabels
    QList<ContainerSummary> containers; ///< from the pod template
};

/// ConfigMaps are kept whole (they are few and the federation recognisers read their data).
struct ConfigMapInfo {
    QHash<QString, QString> data;
    QStringList binaryKeys;
};

/// Secrets: metadata only. Values are fetched on demand, never kept in the informer.
struct SecretInfo {
    QString type;
    QStringList keys;
};

/// A Secret of type helm.sh/release.v1, or a ConfigMap labelled owner=helm (Helm's ConfigMap
/// driver): the release revision it stores, decoded on the worker thread, instead of the
/// Secret/ConfigMap details (the payload is not kept).
struct HelmReleaseInfo {
    HelmReleaseSummary release;
    HelmStorageDriver driver = HelmStorageDriver::Secret;
    SecretInfo storage; ///< type and data keys of the storage object, as other secrets keep them
};

struct EventInfo {
    QString type;            ///< Normal | Warning
    QString reason;
    QString message;
    QString involvedKind;
    QString involvedName;
    QString involvedNamespace;
    QString involvedUid;
    int count = 1;
    QDateTime lastTimestamp;
};

/// The compact value the watch worker produces per object. Whole objects are fetched on demand.
struct ObjectSummary {
    Kind kind = Kind::Pod;
    QString uid;
    QString name;
    QString namespace_;
    QString resourceVersion;
    QDateTime created;
    bool deleting = false;   ///< metadata.deletionTimestamp set
    QString ownerKind;
    QString ownerName;
    Labels labels;
    Labels annotations;
    std::variant<std::monostate, PodInfo, NodeInfo, ServiceInfo, WorkloadInfo, ConfigMapInfo, SecretInfo,
                 EventInfo, HelmReleaseInfo>
        info;

    const PodInfo *pod() const { return std::get_if<PodInfo>(&info); }
    const NodeInfo *node() const { return std::get_if<NodeInfo>(&info); }
    const ServiceInfo *service() const { return std::get_if<ServiceInfo>(&info); }
    const WorkloadInfo *workload() const { return std::get_if<WorkloadInfo>(&info); }
    const ConfigMapInfo *configMap() const { return std::get_if<ConfigMapInfo>(&info); }
    const SecretInfo *secret() const { return std::get_if<SecretInfo>(&info); }
    const EventInfo *event() const { return std::get_if<EventInfo>(&info); }
    const HelmReleaseInfo *helmRelease() const { return std::get_if<HelmReleaseInfo>(&info); }
};

} // namespace fc

Q_DECLARE_METATYPE(fc::ObjectSummary)
