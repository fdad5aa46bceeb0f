#pragma once

#include "backend/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc::editors {

/// What serves ingress in a namespace and what FedConsole can do there: microk8s' ingress-nginx
/// addon (≤ 1.34), another ingress-nginx, or Traefik (microk8s ≥ 1.35's addon).
struct IngressDetection {
    enum class Flavour { None, Microk8sNginx, IngressNginx, Traefik };
    Flavour flavour = Flavour::None;
    QString namespace_;
    QString controllerKind;  ///< DaemonSet, Deployment
    QString controllerName;
    QString container;       ///< the controller's container
    QString tcpMap;          ///< "namespace/name" its --tcp-services-configmap names; empty when none
    QString udpMap;
    /// planExpose() applies: an ingress-nginx controller with a TCP map that exists and ports
    /// opened on the node as hostPorts (as microk8s' DaemonSet does).
    bool canExpose = false;
    QString message;         ///< what FedConsole supports here, in a sentence or three
};

/// Looks at one namespace's DaemonSets and Deployments, ConfigMaps and Helm release Secrets
/// (`sh.helm.release.v1.NAME.vN`, only their metadata is read).
IngressDetection detectIngress(const QList<QJsonObject> &workloads, const QList<QJsonObject> &configMaps,
                               const QList<QJsonObject> &helmReleaseSecrets = {});

/// Exposing a Service's TCP ports through ingress-nginx's TCP map, as NVIDIA FLARE's microk8s
/// guide does by hand: for each port P a map row `"P": ns/svc:P` and, on the controller
/// container, `{containerPort: P, hostPort: P, protocol: TCP, name}` — the two writes the
/// wizard and `fedconsole-cli expose` make (map first; the controller's pods restart).
struct ExposeRequest {
    QJsonObject service;     ///< the Service
    QList<int> ports;        ///< its spec.ports[].port to expose; empty: all its TCP ports
    QJsonObject tcpMap;      ///< the controller's TCP map ConfigMap as read
    QJsonObject controller;  ///< the controller's DaemonSet (or Deployment) as read
    QString container;       ///< the controller container; empty: the one naming the map, else the first
};

/// The two objects as they should be, and what changes.
struct ExposePlan {
    QJsonObject tcpMap;      ///< with the rows added (or removed) and the exposure annotation
    QJsonObject controller;  ///< with the ports added (or removed)
    QList<int> rows;         ///< external ports whose map rows are added (or removed)
    QList<int> hostPorts;    ///< containerPort/hostPort pairs added (or removed)
    QStringList skipped;     ///< what is already as asked (or was changed since and is left alone)
    bool changesTcpMap = false;
    bool changesController = false;
    bool isEmpty() const { return !changesTcpMap && !changesController; }
};

/// The edits that expose the chosen ports; refused as a whole, with every reason (one
/// Error::causes entry per port, field "data[P]" or the container port's path), when a port is
/// not on the Service, not TCP, reserved by the controller, forwarded elsewhere, or its host port
/// is taken. What is there already is skipped (exposing twice changes nothing). The map
/// records the exposure in the annotation exposureAnnotation(ns, svc).
Result<ExposePlan> planExpose(const ExposeRequest &request);
/// The inverse: removes only what that exposure added (by the annotation), or — for maps edited
/// by hand, without the annotation — the rows that forward exactly to the Service and the
/// container ports with the same number as host and container port that no remaining row
/// uses. `ports` empty: all of the Service's. A row or port changed since is left alone.
Result<ExposePlan> planUnexpose(const ExposeRequest &request);

/// The annotation on the TCP map recording one Service's exposure:
/// "fedconsole.io/exposed-<namespace>.<service>" (shortened with a hash past 63 characters);
/// its value is JSON: {"service": "ns/svc", "rows": [8002], "hostPorts": [8002], "container": "…"}.
QString exposureAnnotation(const QString &namespace_, const QString &service);

} // namespace fc::editors
