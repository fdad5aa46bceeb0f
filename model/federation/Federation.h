#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fc {

enum class Framework { Flare, OpenFL, Fate, Custom };
enum class PartyRole { Overseer, Server, Client, Admin, Director, Envoy, Party, Exchange, Other };
/// Ordered: a worse health compares greater. Unknown: the party's cluster cannot be read now, so
/// its pods are as last seen — not known to be failing, not known to be well.
enum class Health { Green, Amber, Unknown, Red };

QString frameworkName(Framework f);   ///< "NVIDIA FLARE", "OpenFL", "FATE", "Custom"
QString frameworkId(Framework f);     ///< "flare", "openfl", "fate", "custom" (CLI/JSON)
QString roleName(PartyRole r);        ///< "overseer", "server", …
PartyRole roleFromName(QStringView name); ///< inverse of roleName; Other when unknown
QString healthName(Health h);         ///< "green", "amber", "unknown", "red" (identifiers: JSON, CLI, tests)
/// What the UI shows, translated: "healthy", "degraded", "unknown", "failing" — next to the colour, never
/// the colour alone.
QString healthLabel(Health h);
/// A role as the UI shows it: the frameworks' own role words, "party"/"other" translated.
QString roleLabel(PartyRole r);

/// A way to reach a party: a Service port, a hostPort on a node, a NodePort, or an ingress
/// TCP mapping (microk8s nginx-ingress-tcp ConfigMap, FLARE's tcpConfigMapEnabled).
struct Endpoint {
    enum class Type { ServicePort, NodePort, HostPort, ContainerPort, IngressTcp };
    Type type = Type::ServicePort;
    QString object;  ///< service / pod / configmap name
    QString name;    ///< port name
    int port = 0;
    int targetPort = 0;
    QString protocol;
    QString text() const; ///< "svc/server1 8002/TCP (fl-port)", "hostPort 8002", "nodePort 30091 → 9370"
};

/// One participant of a federation: usually one namespace (FATE, OpenFL) or one workload
/// (FLARE overseer/servers share a namespace).
struct Party {
    QString name;
    PartyRole role = PartyRole::Other;
    QString cluster;
    QString namespace_;
    QString partyId;        ///< FATE party id when known
    int podsReady = 0;
    int podsTotal = 0;
    QStringList components; ///< FATE modules / containers seen (sorted)
    QList<Endpoint> endpoints;
    QString certSecret;     ///< certificate secret the party mounts or owns
    QDateTime certNotAfter; ///< invalid when unknown
    /// Milli-devices held: the GPU requests (init-container max rule) of the party's pods bound
    /// to a node and not terminated — what the GPU view counts as in use.
    qint64 gpusHeld = 0;
    /// Milli-devices asked for by pods not (yet) scheduled: they hold nothing, shown apart.
    qint64 gpusPending = 0;
    Health health = Health::Green;
    QStringList reasons;    ///< why the health is not green, for people
    QStringList evidence;   ///< the facts that made it recognisable
    QString directorHost;   ///< envoys: the director they point at
    int directorPort = 0;
    /// The Helm release that installed the party's workloads (their meta.helm.sh/release-name and
    /// -namespace annotations); empty when Helm did not. Revision and status are joined from
    /// Helm's storage by FederationModel (PartyRelease), not kept here.
    QString helmRelease;
    QString helmReleaseNamespace;
    QString key;            ///< stable identity: cluster|namespace|role|name
};

/// A connection between two parties (envoy → director, client → server, party → exchange).
struct FederationEdge {
    FederationEdge() = default;
    FederationEdge(QString from_, QString to_, QString label_, bool resolved_ = true)
        : from(std::move(from_)), to(std::move(to_)), label(std::move(label_)), resolved(resolved_)
    {
    }
    QString from; ///< party key
    QString to;   ///< party key, empty when the target was not found
    QString label; ///< "grpc 50051", "route default", "route 9999"
    bool resolved = true;
    /// An edge between two clusters: what joined them ("label fedconsole.io/federation=x on
    /// both", "envoy's director address"); empty inside one cluster.
    QString crossCluster;
};

/// A federation: the parties that train together, recognised from what is deployed.
struct Federation {
    QString name;
    Framework framework = Framework::Custom;
    QList<Party> parties;
    QList<FederationEdge> edges;
    Health health = Health::Green;
    QStringList reasons;
    QString key; ///< stable identity: framework|name, or framework|identity (FLARE deployments)
    /// What the federation is known by when no label names it, for people: "namespace flare",
    /// "Helm release proj-a" (FLARE deployments); empty otherwise.
    QString identity;

    const Party *party(const QString &name) const;
    const Party *partyByKey(const QString &key) const;
    /// Whether an edge's target answers now, from its pods as last read: "answers (1/1 pods
    /// ready)", "does not answer (0/2 pods ready)", "cannot be read (…)" for a target in a
    /// cluster that cannot be read, "not found". Read when shown, so it is never staler than the pods.
    QString targetState(const FederationEdge &edge) const;
    /// The same as an identifier: "answers", "not-answering", "unknown", "not-found" (JSON, tests).
    QString targetStateId(const FederationEdge &edge) const;
    qint64 gpusHeld() const;
    qint64 gpusPending() const;
    int podsReady() const;
    int podsTotal() const;
};

/// A party's Service that outsiders must reach through the cluster's ingress — NVIDIA FLARE's
/// overseer and servers, as its microk8s guide exposes them by hand — with its TCP ports.
struct PartyService {
    QString federation;
    QString party;
    PartyRole role = PartyRole::Other;
    QString cluster;
    QString namespace_;
    QString service;
    QList<int> ports;
    bool operator==(const PartyService &) const = default;
};
/// Those Services of the recognised federations, FLARE's only (OpenFL and FATE parties dial
/// out or use their own exchange), overseer first, in the federations' order.
QList<PartyService> servicesToExpose(const QList<Federation> &federations);

} // namespace fc

Q_DECLARE_METATYPE(fc::Federation)
