#include "EditorTestUtil.h"

#include "model/editors/ConfigMapForms.h"

#include <QTest>

using namespace fc;
using namespace fc::editors;

Q_DECLARE_METATYPE(QList<fc::editors::StreamMapRef>)

namespace {

QJsonObject configMap(const QString &ns, const QString &name, const QJsonObject &data = {}, const QJsonObject &labels = {})
{
    QJsonObject md{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}};
    if (!labels.isEmpty())
        md.insert(QStringLiteral("labels"), labels);
    QJsonObject o{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("ConfigMap")}, {QStringLiteral("metadata"), md}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

QString describe(const QList<RecognisedForm> &forms)
{
    QStringList out;
    for (const RecognisedForm &f : forms) {
        QString name;
        switch (f.form) {
        case ConfigMapForm::IngressTcpMap: name = QStringLiteral("tcp"); break;
        case ConfigMapForm::IngressUdpMap: name = QStringLiteral("udp"); break;
        case ConfigMapForm::FateRouteTable: name = QStringLiteral("fate"); break;
        case ConfigMapForm::TimeSlicing: name = QStringLiteral("timeslicing"); break;
        case ConfigMapForm::YamlTree: name = QStringLiteral("tree"); break;
        }
        out << (f.key.isEmpty() ? name : name + u':' + f.key);
    }
    return out.join(u' ');
}

} // namespace

/// Which form a ConfigMap gets: by name, by a controller's arguments, by its keys and content.
class TestConfigMapForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognise_data();
    void recognise();
    void reasonsNameTheEvidence();
};

void TestConfigMapForms::recognise_data()
{
    QTest::addColumn<QJsonObject>("configMap");
    QTest::addColumn<QList<StreamMapRef>>("controllerMaps");
    QTest::addColumn<QString>("forms");

    const QList<StreamMapRef> microk8sArgs = streamMapsOfController(test::microk8sController());
    QTest::newRow("microk8s TCP map by name") << test::microk8sTcpMap() << QList<StreamMapRef>{} << "tcp";
    QTest::newRow("microk8s UDP map by name") << test::microk8sUdpMap() << QList<StreamMapRef>{} << "udp";
    QTest::newRow("microk8s TCP map through the controller's args") << test::microk8sTcpMap() << microk8sArgs << "tcp";
    QTest::newRow("microk8s load balancer config is no stream map")
        << test::fixture(QStringLiteral("microk8s-ingress/10-nginx-load-balancer-microk8s-conf.yaml")) << microk8sArgs << "";
    QTest::newRow("any map a controller names")
        << configMap(QStringLiteral("ingress-nginx"), QStringLiteral("tcp-services"))
        << QList<StreamMapRef>{{QStringLiteral("ingress-nginx"), QStringLiteral("tcp-services"), StreamProtocol::Tcp,
                                QStringLiteral("ingress-nginx/ingress-nginx-controller"), QStringLiteral("controller")}}
        << "tcp";
    QTest::newRow("same name in another namespace is not that map")
        << configMap(QStringLiteral("default"), QStringLiteral("nginx-ingress-tcp-microk8s-conf")) << microk8sArgs << "";
    QTest::newRow("KubeFATE rollsite route table") << test::fixture(QStringLiteral("fate/rollsite-config.yaml")) << QList<StreamMapRef>{} << "fate:route_table.json";
    QTest::newRow("a route table under another key name")
        << configMap(QStringLiteral("fate-9999"), QStringLiteral("routes"), {{QStringLiteral("routes.json"), QStringLiteral("{\"route_table\": {}}")}})
        << QList<StreamMapRef>{} << "fate:routes.json";
    QTest::newRow("time-slicing, one form per key") << test::fixture(QStringLiteral("gpu/time-slicing.yaml")) << QList<StreamMapRef>{}
                                                    << "timeslicing:a100-mig timeslicing:gpu-time-slicing-config.yaml";
    QTest::newRow("OpenFL envoy config") << test::fixture(QStringLiteral("openfl/envoy-config.yaml")) << QList<StreamMapRef>{} << "tree:envoy_config.yaml";
    QTest::newRow("a shard descriptor under another key")
        << configMap(QStringLiteral("openfl-envoy-2"), QStringLiteral("cfg"), {{QStringLiteral("envoy.yaml"), QStringLiteral("shard_descriptor:\n  template: x\n")}})
        << QList<StreamMapRef>{} << "tree:envoy.yaml";
    QTest::newRow("YAML keys of a ConfigMap labelled openfl")
        << configMap(QStringLiteral("openfl-director"), QStringLiteral("director"), {{QStringLiteral("settings.yaml"), QStringLiteral("listen_port: 50051\n")}},
                     {{QStringLiteral("openfl"), QStringLiteral("director")}})
        << QList<StreamMapRef>{} << "tree:settings.yaml";
    QTest::newRow("an ordinary ConfigMap: the table only")
        << configMap(QStringLiteral("default"), QStringLiteral("settings"), {{QStringLiteral("app.yaml"), QStringLiteral("level: info\nport: 80\n")}, {QStringLiteral("motd"), QStringLiteral("hello")}})
        << QList<StreamMapRef>{} << "";
    QTest::newRow("broken JSON under route_table.json still gets the form (to show the error)")
        << configMap(QStringLiteral("fate-9999"), QStringLiteral("rollsite-config"), {{QStringLiteral("route_table.json"), QStringLiteral("{")}})
        << QList<StreamMapRef>{} << "fate:route_table.json";
}

void TestConfigMapForms::recognise()
{
    QFETCH(QJsonObject, configMap);
    QFETCH(QList<StreamMapRef>, controllerMaps);
    QFETCH(QString, forms);
    QCOMPARE(describe(recogniseConfigMap(configMap, controllerMaps)), forms);
}

void TestConfigMapForms::reasonsNameTheEvidence()
{
    const QList<StreamMapRef> args = streamMapsOfController(test::microk8sController());
    const QList<RecognisedForm> byArgs = recogniseConfigMap(test::microk8sTcpMap(), args);
    QCOMPARE(byArgs.size(), 1);
    QCOMPARE(byArgs.at(0).reason, QStringLiteral("named by ingress/nginx-ingress-microk8s-controller's --tcp-services-configmap"));
    QCOMPARE(recogniseConfigMap(test::microk8sTcpMap()).at(0).reason, QStringLiteral("microk8s' ingress TCP map"));
}

QTEST_GUILESS_MAIN(TestConfigMapForms)
#include "tst_configmapforms.moc"
