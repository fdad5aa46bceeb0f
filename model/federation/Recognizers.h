#pragma once

#include "backend/cluster/Resources.h"
#include "model/federation/Federation.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fc {

/// What one pod (or one workload's pod template) says about the federation it belongs to.
///
/// The recognisers look only at the object itself and its namespace's labels, so the result
/// can be cached per pod and recomputed in microseconds on every pod event. Relations between
/// parties (envoy → director, routes) are resolved later, over the whole inventory.
struct Classification {
    bool matched = false;
    Framework framework = Framework::Custom;
    PartyRole role = PartyRole::Other;
    QString federation;   ///< explicit federation name (fedconsole.io/federation); empty: default
    QString party;        ///< party name
    QString component;    ///< FATE module, FLARE/OpenFL component
    QString partyId;      ///< FATE party id
    QString directorHost; ///< OpenFL envoys, when the command names it literally
    int directorPort = 0;
    bool byNamespace = false; ///< the party is a whole namespace (FATE, OpenFL, labelled)
    QStringList evidence;

    /// cluster|namespace|role|party
    QString partyKey(const QString &cluster, const QString &namespace_) const;
};

/// Well-known labels.
namespace fedlabels {
inline constexpr QLatin1StringView kFederation{"fedconsole.io/federation"};
inline constexpr QLatin1StringView kParty{"fedconsole.io/party"};
inline constexpr QLatin1StringView kRole{"fedconsole.io/role"};
inline constexpr QLatin1StringView kFramework{"fedconsole.io/framework"};
} // namespace fedlabels

/// What Helm writes on every object it installs (Helm >= 3.2), naming the release it belongs to.
namespace helmannotations {
inline constexpr QLatin1StringView kReleaseName{"meta.helm.sh/release-name"};
inline constexpr QLatin1StringView kReleaseNamespace{"meta.helm.sh/release-namespace"};
} // namespace helmannotations

/// Classifies a Pod, Deployment, StatefulSet or DaemonSet (workloads are read through their
/// labels, selector and pod template). `namespaceLabels` lets a labelled namespace group
/// everything in it.
Classification classifyObject(const ObjectSummary &object, const Labels &namespaceLabels = {});

/// "server1-7675668544-xvfvp" owned by ReplicaSet "server1-7675668544" -> "server1".
QString workloadNameOf(const ObjectSummary &pod);

/// The components a FATE party (or exchange) of the generation its `present` components show
/// must have, each as alternatives joined by '|'. KubeFATE's generations: 1.x (proxy, roll, egg,
/// meta-service, federation, with python, mysql, redis; its exchange runs proxy only), 1.5+
/// (rollsite, nodemanager, clustermanager — eggroll), 1.9+/2.x (osx or nginx, spark/pulsar
/// variants). A layout with none of these is judged as the 1.5+ one (the gateway named).
QStringList fateRequiredComponents(const QStringList &present, bool exchange);

/// Secret names the frameworks use for their TLS material.
bool isKnownCertificateSecretName(QStringView name);
/// A FLARE startup kit secret (rootCA.pem plus a participant certificate).
bool isFlareKitSecret(const ObjectSummary &secret);

/// A FATE rollsite route table (ConfigMap rollsite-config, key route_table.json).
struct FateRoute {
    QString destination; ///< party id, or "default"
    QString ip;
    int port = 0;
};
QList<FateRoute> parseFateRouteTable(const ConfigMapInfo &configMap);

/// Director address an OpenFL envoy is configured with, read from a ConfigMap in its
/// namespace (cluster values directorFqdn/directorIp/directorPort/aggPort, or director_host/
/// director_port in an envoy config).
struct DirectorAddress {
    QString fqdn;
    QString ip;
    int port = 0;
    int aggPort = 0;
    bool isEmpty() const { return fqdn.isEmpty() && ip.isEmpty(); }
};
DirectorAddress directorAddressFromConfigMap(const ConfigMapInfo &configMap);

/// An nginx ingress TCP services ConfigMap entry ("8002": "default/server1:8002").
struct IngressTcpRoute {
    int externalPort = 0;
    QString namespace_;
    QString service;
    int servicePort = 0;
};
/// Entries of a ConfigMap that looks like an nginx ingress TCP services map; empty otherwise.
QList<IngressTcpRoute> parseIngressTcpConfigMap(const ObjectSummary &configMap);

} // namespace fc
