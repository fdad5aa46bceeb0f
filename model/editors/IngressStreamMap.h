#pragma once

#include "backend/cluster/Resources.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc::editors {

/// Which of ingress-nginx's two stream maps: --tcp-services-configmap or --udp-services-configmap.
enum class StreamProtocol { Tcp, Udp };
QString protocolName(StreamProtocol protocol); ///< "TCP", "UDP"

/// The ports ingress-nginx keeps for itself (HTTP, HTTPS, SSL proxy, health, default backend,
/// profiler, status, stream): a map row on one of them is skipped.
const QList<int> &reservedIngressPorts();
/// What the controller uses a reserved port for ("the controller's HTTPS listener"), empty when
/// the port is free.
QString reservedPortUse(int port);

/// One row of a TCP/UDP services map, read with the controller's own grammar
/// (internal/ingress/controller/controller.go, getStreamServices): the key is the external
/// port; the value `<namespace>/<service>:<port>[:PROXY[:PROXY]]`, the port being the Service's
/// spec.ports[].port or a port name; the first PROXY decodes the PROXY protocol, the second
/// (only with exactly four fields) encodes it; TCP only; case-insensitive.
struct StreamMapEntry {
    /// A problem and the part of the row it concerns (the form's column).
    struct Problem {
        enum class Part { Port, Namespace, Service, ServicePort, Proxy };
        Part part = Part::Port;
        QString message;
        bool skipsRow = true; ///< the controller drops the row (else it only ignores a part of it)
        bool live = false;    ///< found against the live Services/endpoints, not in the text
        bool operator==(const Problem &) const = default;
    };

    QString key;
    QString value;
    int port = 0;        ///< the external port, 0 when the key is not a number
    QString namespace_;
    QString service;
    QString servicePort; ///< a number or a port name, as written
    bool proxyDecode = false;
    bool proxyEncode = false;
    QList<Problem> problems;

    bool skipped() const; ///< the controller skips this row
    /// "8002 → default/server1:8002 PROXY"
    QString summary() const;
    bool operator==(const StreamMapEntry &) const = default;
};

StreamMapEntry parseStreamMapEntry(const QString &key, const QString &value, StreamProtocol protocol);
/// The value for a target: "ns/svc:port", ":PROXY" for decoding, ":PROXY" again for encoding
/// (":" + ":PROXY" when only encoding).
QString formatStreamTarget(const QString &namespace_, const QString &service, const QString &servicePort,
                           bool proxyDecode = false, bool proxyEncode = false);

/// A Service port as the stream maps refer to it.
struct LiveServicePort {
    QString name;
    int port = 0;
    QString protocol = QStringLiteral("TCP");
    bool operator==(const LiveServicePort &) const = default;
};
/// The live Service a row points at (from the cluster's Service list).
struct LiveService {
    QString namespace_;
    QString name;
    QString type = QStringLiteral("ClusterIP"); ///< ExternalName needs no endpoints
    QList<LiveServicePort> ports;
    bool operator==(const LiveService &) const = default;
};
LiveService liveServiceFromJson(const QJsonObject &service);
/// From the informer's Service summary (the list the GUI already holds).
LiveService liveServiceFromSummary(const ObjectSummary &service);

/// Ready endpoints of a Service per Service port name ("" for an unnamed port), from an
/// Endpoints object or one EndpointSlice (several slices of a Service are added up).
struct ServiceEndpoints {
    QString namespace_;
    QString service;
    QHash<QString, int> readyByPortName;
    bool operator==(const ServiceEndpoints &) const = default;
};
ServiceEndpoints serviceEndpointsFromJson(const QJsonObject &endpointsOrSlice);

/// Why the controller skips an entry that parsed fine, given the live Services and endpoints
/// (each message starts "the controller skips this row: "; each problem is `live`).
/// `endpoints` null: readiness not checked.
QList<StreamMapEntry::Problem> liveProblems(const StreamMapEntry &entry, StreamProtocol protocol,
                                            const QList<LiveService> &services, const QList<ServiceEndpoints> *endpoints);

/// A TCP or UDP map named by an ingress-nginx controller's arguments.
struct StreamMapRef {
    QString namespace_;
    QString name;
    StreamProtocol protocol = StreamProtocol::Tcp;
    QString workload;  ///< "namespace/name" of the controller
    QString container; ///< the container whose args name the map
    bool operator==(const StreamMapRef &) const = default;
};
/// The maps a DaemonSet/Deployment/StatefulSet's containers name with
/// --tcp-services-configmap=NS/NAME and --udp-services-configmap=NS/NAME (also as two
/// arguments), with $(VAR) expanded as the kubelet does from the container's env — literal
/// values and the metadata.namespace field — and $(POD_NAMESPACE) always the workload's namespace.
QList<StreamMapRef> streamMapsOfController(const QJsonObject &workload);

/// microk8s' ingress addon (≤ 1.34): namespace `ingress`, these names.
namespace microk8s {
inline const QString kNamespace = QStringLiteral("ingress");
inline const QString kTcpMap = QStringLiteral("nginx-ingress-tcp-microk8s-conf");
inline const QString kUdpMap = QStringLiteral("nginx-ingress-udp-microk8s-conf");
inline const QString kLoadBalancerMap = QStringLiteral("nginx-load-balancer-microk8s-conf");
inline const QString kController = QStringLiteral("nginx-ingress-microk8s-controller");
inline const QString kContainer = QStringLiteral("nginx-ingress-microk8s");
} // namespace microk8s

} // namespace fc::editors
