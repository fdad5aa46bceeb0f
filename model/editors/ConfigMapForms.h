#pragma once

#include "model/editors/IngressStreamMap.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fc::editors {

/// The forms FedConsole has for ConfigMaps it recognises; the key/value table
/// (ConfigMapModel) is always there besides them.
enum class ConfigMapForm {
    IngressTcpMap,  ///< whole ConfigMap: IngressTcpMapModel(StreamProtocol::Tcp)
    IngressUdpMap,  ///< whole ConfigMap: IngressTcpMapModel(StreamProtocol::Udp)
    FateRouteTable, ///< one key: FateRouteTableModel
    TimeSlicing,    ///< one key: TimeSlicingModel
    YamlTree,       ///< one key: YamlTreeModel (OpenFL's envoy/director configs)
};

/// A form that fits a ConfigMap, for one key or (empty key) the whole map, and why it was chosen.
struct RecognisedForm {
    ConfigMapForm form = ConfigMapForm::YamlTree;
    QString key;
    QString reason; ///< "named by ingress/nginx-ingress-microk8s-controller's --tcp-services-configmap"
    bool operator==(const RecognisedForm &) const = default;
};

/// Which forms a ConfigMap gets, best first: ingress-nginx stream maps by microk8s' names
/// (namespace `ingress`) or because a controller's arguments name them (`controllerMaps`, from
/// streamMapsOfController over the cluster's DaemonSets/Deployments); per key, KubeFATE's
/// route_table.json, the device plugin's time-slicing config (a document with
/// sharing.timeSlicing), and OpenFL's envoy/director configs (envoy_config.yaml,
/// director_config.yaml, a document with shard_descriptor, or any YAML key of a ConfigMap
/// labelled openfl). Values above 256 KiB are not looked into.
QList<RecognisedForm> recogniseConfigMap(const QJsonObject &configMap, const QList<StreamMapRef> &controllerMaps = {});

} // namespace fc::editors
