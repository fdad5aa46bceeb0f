#pragma once

#include "backend/cluster/YamlCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdlib>

namespace fc::editors::test {

/// One manifest of tests/model/editors/fixtures ("microk8s-ingress/11-…yaml").
inline QJsonObject fixture(const QString &relativePath)
{
    QFile f(QStringLiteral(FC_FIXTURES "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    const Result<QJsonObject> r = yaml::toObject(f.readAll());
    if (!r)
        qFatal("fixture %s: %s", qPrintable(relativePath), qPrintable(r.error().toString()));
    return r.value();
}

/// `o` moved to namespace `ns`, without a resourceVersion: ready to be created there.
inline QJsonObject inNamespace(QJsonObject o, const QString &ns)
{
    QJsonObject md = o.value(QStringLiteral("metadata")).toObject();
    md.insert(QStringLiteral("namespace"), ns);
    md.remove(QStringLiteral("resourceVersion"));
    o.insert(QStringLiteral("metadata"), md);
    return o;
}

inline QJsonObject microk8sTcpMap() { return fixture(QStringLiteral("microk8s-ingress/11-nginx-ingress-tcp-microk8s-conf.yaml")); }
inline QJsonObject microk8sUdpMap() { return fixture(QStringLiteral("microk8s-ingress/12-nginx-ingress-udp-microk8s-conf.yaml")); }
inline QJsonObject microk8sController() { return fixture(QStringLiteral("microk8s-ingress/20-nginx-ingress-microk8s-controller.yaml")); }
inline QJsonObject flareService(const QString &name)
{
    if (name == u"overseer")
        return fixture(QStringLiteral("flare/10-overseer-service.yaml"));
    if (name == u"server1")
        return fixture(QStringLiteral("flare/11-server1-service.yaml"));
    return fixture(QStringLiteral("flare/12-server2-service.yaml"));
}

/// The host ports of a DaemonSet's (or Deployment's) containers, as text.
inline QStringList hostPorts(const QJsonObject &workload)
{
    QStringList out;
    for (const QJsonValue &c : workload[u"spec"][u"template"][u"spec"][u"containers"].toArray())
        for (const QJsonValue &p : c[u"ports"].toArray())
            if (p[u"hostPort"].toInt() != 0)
                out << QString::number(p[u"hostPort"].toInt());
    return out;
}

/// Roles for the local cluster's token user (scripts/local-cluster.sh: fedconsole-token-user)
/// that let it read and write the TCP map in `ingressNs` and read, not write, the controller,
/// and read the Services in `appNs`: exposing gets as far as the controller write.
inline QByteArray mapOnlyRoles(const QString &ingressNs, const QString &appNs)
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"List","items":[
 {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"expose-map-only","namespace":"%1"},
  "rules":[{"apiGroups":[""],"resources":["configmaps"],"verbs":["get","list","update"]},
           {"apiGroups":["apps"],"resources":["daemonsets","deployments"],"verbs":["get","list"]}]},
 {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"expose-map-only","namespace":"%1"},
  "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"expose-map-only"},
  "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"fedconsole-token-user"}]},
 {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"read-services","namespace":"%2"},
  "rules":[{"apiGroups":[""],"resources":["services"],"verbs":["get","list"]}]},
 {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"read-services","namespace":"%2"},
  "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"read-services"},
  "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"fedconsole-token-user"}]}]})")
        .arg(ingressNs, appNs)
        .toUtf8();
}

} // namespace fc::editors::test
