#include "model/editors/ConfigMapForms.h"

#include "backend/cluster/YamlCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fc::editors {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConfigMapForms)
};

constexpr qsizetype kMaxInspected = 256 * 1024;

bool isYamlKey(const QString &key)
{
    const QString k = key.toLower();
    return k.endsWith(QStringLiteral(".yaml")) || k.endsWith(QStringLiteral(".yml"));
}

/// The value as a document when it is one (YAML or JSON), else empty.
QJsonObject document(const QString &key, const QString &value)
{
    if (value.size() > kMaxInspected)
        return {};
    const bool json = key.toLower().endsWith(QStringLiteral(".json")) || yaml::guessSyntax(value) == yaml::Syntax::Json;
    if (json)
        return QJsonDocument::fromJson(value.toUtf8()).object();
    if (!isYamlKey(key) && !value.contains(u'\n'))
        return {};
    const Result<QJsonObject> o = yaml::toObject(value.toUtf8());
    return o ? o.value() : QJsonObject();
}

} // namespace

QList<RecognisedForm> recogniseConfigMap(const QJsonObject &configMap, const QList<StreamMapRef> &controllerMaps)
{
    QList<RecognisedForm> out;
    const QJsonObject metadata = configMap.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();

    for (const StreamMapRef &ref : controllerMaps) {
        if (ref.namespace_ != ns || ref.name != name)
            continue;
        const bool tcp = ref.protocol == StreamProtocol::Tcp;
        out.append({tcp ? ConfigMapForm::IngressTcpMap : ConfigMapForm::IngressUdpMap, QString(),
                    Tr::tr("named by %1's %2").arg(ref.workload, tcp ? QStringLiteral("--tcp-services-configmap") : QStringLiteral("--udp-services-configmap"))});
        return out;
    }
    if (ns == microk8s::kNamespace && name == microk8s::kTcpMap)
        return {{ConfigMapForm::IngressTcpMap, QString(), Tr::tr("microk8s' ingress TCP map")}};
    if (ns == microk8s::kNamespace && name == microk8s::kUdpMap)
        return {{ConfigMapForm::IngressUdpMap, QString(), Tr::tr("microk8s' ingress UDP map")}};

    const bool openfl = metadata.value(QLatin1String("labels")).toObject().contains(QLatin1String("openfl"));
    const QJsonObject data = configMap.value(QLatin1String("data")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString();
        if (key == u"route_table.json") {
            out.append({ConfigMapForm::FateRouteTable, key, Tr::tr("KubeFATE's rollsite route table")});
            continue;
        }
        if (key == u"envoy_config.yaml" || key == u"director_config.yaml") {
            out.append({ConfigMapForm::YamlTree, key, Tr::tr("OpenFL's %1").arg(key == u"envoy_config.yaml" ? Tr::tr("envoy configuration") : Tr::tr("director configuration"))});
            continue;
        }
        const QJsonObject doc = document(key, value);
        if (doc.value(QLatin1String("route_table")).isObject()) {
            out.append({ConfigMapForm::FateRouteTable, key, Tr::tr("a FATE route table (route_table)")});
        } else if (doc.value(QLatin1String("sharing")).toObject().contains(QLatin1String("timeSlicing"))) {
            out.append({ConfigMapForm::TimeSlicing, key, Tr::tr("the NVIDIA device plugin's time-slicing configuration")});
        } else if (doc.contains(QLatin1String("shard_descriptor"))) {
            out.append({ConfigMapForm::YamlTree, key, Tr::tr("an OpenFL envoy configuration (shard_descriptor)")});
        } else if (openfl && isYamlKey(key) && !doc.isEmpty()) {
            out.append({ConfigMapForm::YamlTree, key, Tr::tr("OpenFL configuration")});
        }
    }
    return out;
}

} // namespace fc::editors
