#include "EditorTestUtil.h"

#include "model/editors/EditableDocument.h"
#include "model/editors/IngressStreamMap.h"
#include "model/editors/IngressTcpMapModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using namespace fc::editors;
using fc::editors::test::fixture;

namespace {

QList<LiveService> flareServices()
{
    return {liveServiceFromJson(test::flareService(QStringLiteral("overseer"))),
            liveServiceFromJson(test::flareService(QStringLiteral("server1"))),
            liveServiceFromJson(test::flareService(QStringLiteral("server2")))};
}

/// An EndpointSlice of a Service with `ready` ready and `notReady` unready endpoints.
QJsonObject slice(const QString &service, const QStringList &portNames, int ready, int notReady)
{
    QJsonArray endpoints;
    for (int i = 0; i < ready + notReady; ++i)
        endpoints.append(QJsonObject{{QStringLiteral("addresses"), QJsonArray{QStringLiteral("10.1.0.%1").arg(i + 1)}},
                                     {QStringLiteral("conditions"), QJsonObject{{QStringLiteral("ready"), i < ready}}}});
    QJsonArray ports;
    for (const QString &n : portNames)
        ports.append(QJsonObject{{QStringLiteral("name"), n}, {QStringLiteral("port"), 8000}, {QStringLiteral("protocol"), QStringLiteral("TCP")}});
    return {{QStringLiteral("apiVersion"), QStringLiteral("discovery.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("EndpointSlice")},
            {QStringLiteral("addressType"), QStringLiteral("IPv4")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QString(service + QStringLiteral("-abcde"))},
                                                     {QStringLiteral("namespace"), QStringLiteral("flare")},
                                                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("kubernetes.io/service-name"), service}}}}},
            {QStringLiteral("endpoints"), endpoints},
            {QStringLiteral("ports"), ports}};
}

QList<ServiceEndpoints> flareEndpoints()
{
    // server1 ready; server2's only endpoint not ready; overseer through legacy Endpoints, ready
    const QJsonObject overseer{
        {QStringLiteral("kind"), QStringLiteral("Endpoints")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("overseer")}, {QStringLiteral("namespace"), QStringLiteral("flare")}}},
        {QStringLiteral("subsets"), QJsonArray{QJsonObject{{QStringLiteral("addresses"), QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.1.0.9")}}}},
                                                           {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("port"), 8443}}}}}}}};
    return {serviceEndpointsFromJson(slice(QStringLiteral("server1"), {QStringLiteral("fl-port"), QStringLiteral("admin-port")}, 1, 0)),
            serviceEndpointsFromJson(slice(QStringLiteral("server2"), {QStringLiteral("fl-port"), QStringLiteral("admin-port")}, 0, 1)),
            serviceEndpointsFromJson(overseer)};
}

QStringList problemTexts(const StreamMapEntry &e)
{
    QStringList out;
    for (const auto &p : e.problems)
        out << p.message;
    return out;
}

} // namespace

/// ingress-nginx's TCP/UDP services maps: the controller's grammar, the live checks, the form
/// model over microk8s' map, and the maps a controller's arguments name.
class TestIngressTcpMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grammar_data();
    void grammar();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void liveChecks_data();
    void liveChecks();
    void flareGuideRowsWithUndo();
    void refusesWithReasons_data();
    void refusesWithReasons();
    void editsThroughSetData();
    void udpMapHasNoProxy();
    void liveStateFlagsRows();
    void immutableMapRefused();
    void controllerArgs_data();
    void controllerArgs();
};

void TestIngressTcpMap::grammar_data()
{
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("target"); // ns/svc:servicePort as parsed
    QTest::addColumn<bool>("decode");
    QTest::addColumn<bool>("encode");
    QTest::addColumn<bool>("skipped");
    QTest::addColumn<QString>("problem"); // substring of the problems; empty: none

    const QString ok = QStringLiteral("flare/server1:8002");
    QTest::newRow("port to service port number") << false << "8002" << ok << 8002 << ok << false << false << false << QString();
    QTest::newRow("service port by name") << false << "8003" << "flare/server1:admin-port" << 8003 << "flare/server1:admin-port" << false << false << false << QString();
    QTest::newRow("key not a number") << false << "fl" << ok << 0 << ok << false << false << true << "“fl” is not a TCP port number";
    QTest::newRow("key out of range") << false << "70000" << ok << 0 << ok << false << false << true << "not a port (1-65535)";
    QTest::newRow("key zero") << false << "0" << ok << 0 << ok << false << false << true << "not a port (1-65535)";
    const int reserved[] = {80, 443, 442, 10254, 8181, 10245, 10246, 10247};
    for (int r : reserved)
        QTest::addRow("reserved %d", r) << false << QString::number(r) << ok << r << ok << false << false << true << "is reserved for";
    QTest::newRow("fewer than two fields") << false << "8002" << "flare/server1" << 8002 << "/:" << false << false << true << "is not namespace/service:port";
    QTest::newRow("no namespace") << false << "8002" << "server1:8002" << 8002 << "/:8002" << false << false << true << "“server1” is not namespace/service";
    QTest::newRow("two slashes") << false << "8002" << "a/b/c:8002" << 8002 << "/:8002" << false << false << true << "is not namespace/service";
    QTest::newRow("service name not a DNS label") << false << "8002" << "flare/Server1:8002" << 8002 << "flare/Server1:8002" << false << false << true << "the Service name “Server1”";
    QTest::newRow("empty service port") << false << "8002" << "flare/server1:" << 8002 << "flare/server1:" << false << false << true << "no Service port";
    QTest::newRow("service port out of range") << false << "8002" << "flare/server1:99999" << 8002 << "flare/server1:99999" << false << false << true << "99999 is not a port";
    QTest::newRow("service port neither number nor IANA name") << false << "8002" << "flare/server1:Admin_Port" << 8002 << "flare/server1:Admin_Port" << false << false << true << "neither a port number nor a port name";
    QTest::newRow("PROXY decodes") << false << "8002" << "flare/server1:8002:PROXY" << 8002 << ok << true << false << false << QString();
    QTest::newRow("proxy is case-insensitive") << false << "8002" << "flare/server1:8002:proxy" << 8002 << ok << true << false << false << QString();
    QTest::newRow("second PROXY encodes") << false << "8002" << "flare/server1:8002:PROXY:PROXY" << 8002 << ok << true << true << false << QString();
    QTest::newRow("encode only with an empty first flag") << false << "8002" << "flare/server1:8002::PROXY" << 8002 << ok << false << true << false << QString();
    QTest::newRow("a flag that is not PROXY is ignored") << false << "8002" << "flare/server1:8002:PROXI" << 8002 << ok << false << false << false << "“PROXI” is not PROXY";
    QTest::newRow("five fields: the second PROXY is ignored") << false << "8002" << "flare/server1:8002:PROXY:PROXY:x" << 8002 << ok << true << false << false << "more than two flags";
    QTest::newRow("PROXY in the UDP map is ignored") << true << "5353" << "flare/dns:53:PROXY" << 5353 << "flare/dns:53" << false << false << false << "applies to TCP only";
    QTest::newRow("UDP row") << true << "5353" << "flare/dns:dns" << 5353 << "flare/dns:dns" << false << false << false << QString();
}

void TestIngressTcpMap::grammar()
{
    QFETCH(bool, udp);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, port);
    QFETCH(QString, target);
    QFETCH(bool, decode);
    QFETCH(bool, encode);
    QFETCH(bool, skipped);
    QFETCH(QString, problem);
    const StreamMapEntry e = parseStreamMapEntry(key, value, udp ? StreamProtocol::Udp : StreamProtocol::Tcp);
    QCOMPARE(e.port, port);
    QCOMPARE(e.namespace_ + u'/' + e.service + u':' + e.servicePort, target);
    QCOMPARE(e.proxyDecode, decode);
    QCOMPARE(e.proxyEncode, encode);
    QCOMPARE(e.skipped(), skipped);
    const QString all = problemTexts(e).join(u'|');
    if (problem.isEmpty())
        QVERIFY2(all.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(problem), qPrintable(all));
    if (skipped) {
        bool saysSkip = false;
        for (const auto &p : e.problems)
            saysSkip = saysSkip || (p.skipsRow && (p.message.startsWith(QStringLiteral("the controller skips this row")) || p.message.contains(QStringLiteral("nginx cannot listen"))));
        QVERIFY2(saysSkip, qPrintable(all));
    }
}

void TestIngressTcpMap::formatRoundTrip_data()
{
    QTest::addColumn<bool>("decode");
    QTest::addColumn<bool>("encode");
    QTest::addColumn<QString>("value");
    QTest::newRow("no flags") << false << false << "flare/server1:8002";
    QTest::newRow("decode") << true << false << "flare/server1:8002:PROXY";
    QTest::newRow("decode and encode") << true << true << "flare/server1:8002:PROXY:PROXY";
    QTest::newRow("encode only") << false << true << "flare/server1:8002::PROXY";
}

void TestIngressTcpMap::formatRoundTrip()
{
    QFETCH(bool, decode);
    QFETCH(bool, encode);
    QFETCH(QString, value);
    QCOMPARE(formatStreamTarget(QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("8002"), decode, encode), value);
    const StreamMapEntry e = parseStreamMapEntry(QStringLiteral("8002"), value, StreamProtocol::Tcp);
    QCOMPARE(e.proxyDecode, decode);
    QCOMPARE(e.proxyEncode, encode);
    QVERIFY(e.problems.isEmpty());
}

void TestIngressTcpMap::liveChecks_data()
{
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("withEndpoints");
    QTest::addColumn<QString>("problem");
    QTest::newRow("service and port exist, endpoints ready") << false << "flare/server1:8002" << true << QString();
    QTest::newRow("port by name") << false << "flare/server1:admin-port" << true << QString();
    QTest::newRow("service does not exist") << false << "flare/server3:8002" << true << "Service flare/server3 does not exist";
    QTest::newRow("namespace differs") << false << "default/server1:8002" << true << "Service default/server1 does not exist";
    QTest::newRow("port not on the service") << false << "flare/server1:9000" << true << "has no TCP port 9000 (it has 8002/TCP (fl-port), 8003/TCP (admin-port))";
    QTest::newRow("port name not on the service") << false << "flare/server1:metrics" << true << "has no TCP port metrics";
    QTest::newRow("service port has the other protocol") << true << "flare/server1:8002" << true << "has no UDP port 8002 (its port 8002 is TCP)";
    QTest::newRow("endpoint not ready") << false << "flare/server2:8102" << true << "Service flare/server2 has no ready endpoints for port 8102/TCP (fl-port)";
    QTest::newRow("unnamed port through legacy Endpoints") << false << "flare/overseer:8443" << true << QString();
    QTest::newRow("readiness unknown: not flagged") << false << "flare/server2:8102" << false << QString();
}

void TestIngressTcpMap::liveChecks()
{
    QFETCH(bool, udp);
    QFETCH(QString, value);
    QFETCH(bool, withEndpoints);
    QFETCH(QString, problem);
    const StreamProtocol protocol = udp ? StreamProtocol::Udp : StreamProtocol::Tcp;
    const StreamMapEntry e = parseStreamMapEntry(QStringLiteral("9100"), value, protocol);
    QVERIFY(!e.skipped());
    const QList<ServiceEndpoints> endpoints = flareEndpoints();
    const auto problems = liveProblems(e, protocol, flareServices(), withEndpoints ? &endpoints : nullptr);
    if (problem.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).skipsRow);
    QVERIFY(problems.at(0).live);
    QVERIFY2(problems.at(0).message.startsWith(QStringLiteral("the controller skips this row: ")), qPrintable(problems.at(0).message));
    QVERIFY2(problems.at(0).message.contains(problem), qPrintable(problems.at(0).message));
}

void TestIngressTcpMap::flareGuideRowsWithUndo()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(test::microk8sTcpMap());
    IngressTcpMapModel model(&doc, StreamProtocol::Tcp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    // NVIDIA FLARE's microk8s guide, by hand: five rows
    QVERIFY(model.addEntry(8443, QStringLiteral("flare"), QStringLiteral("overseer"), QStringLiteral("8443")).ok());
    QVERIFY(model.addEntry(8002, QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("8002")).ok());
    QVERIFY(model.addEntry(8003, QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("8003")).ok());
    QVERIFY(model.addEntry(8102, QStringLiteral("flare"), QStringLiteral("server2"), QStringLiteral("8102")).ok());
    QVERIFY(model.addEntry(10000, QStringLiteral("flare"), QStringLiteral("server2"), QStringLiteral("admin-port"), true).ok());
    QCOMPARE(model.rowCount(), 5);
    // numeric order, not the ConfigMap's text order ("10000" < "8002")
    QCOMPARE(model.entry(0).port, 8002);
    QCOMPARE(model.entry(3).port, 8443);
    QCOMPARE(model.entry(4).port, 10000);
    QCOMPARE(model.data(model.index(4, 0), IngressTcpMapModel::SummaryRole).toString(),
             QStringLiteral("10000 \u2192 flare/server2:admin-port PROXY"));
    QCOMPARE(model.data(model.index(0, IngressTcpMapModel::StatusColumn)).toString(), QStringLiteral("OK"));
    const QJsonObject data = doc.edited().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("8002")).toString(), QStringLiteral("flare/server1:8002"));
    QCOMPARE(data.value(QStringLiteral("10000")).toString(), QStringLiteral("flare/server2:admin-port:PROXY"));
    QVERIFY(model.messages().isEmpty());

    QVERIFY(model.removeEntry(model.rowOfPort(8003)).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(doc.undoStack()->count(), 6);
    doc.undoStack()->undo();
    QCOMPARE(model.rowOfPort(8003), 1);
    for (int i = 0; i < 5; ++i)
        doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.edited().contains(QStringLiteral("data")));
    doc.undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).port, 8443);
}

void TestIngressTcpMap::refusesWithReasons_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("namespace_");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("servicePort");
    QTest::addColumn<QString>("reason");
    QTest::newRow("reserved 10254") << 10254 << "flare" << "server1" << "8002" << "reserved for the controller's health check";
    QTest::newRow("reserved 443") << 443 << "flare" << "server1" << "8002" << "reserved for the controller's HTTPS listener";
    QTest::newRow("port taken by another row") << 8002 << "flare" << "server2" << "8102" << "Port 8002 already forwards to flare/server1:8002";
    QTest::newRow("port out of range") << 65536 << "flare" << "server1" << "8002" << "not a port (1-65535)";
    QTest::newRow("namespace not a label") << 9000 << "Flare" << "server1" << "8002" << "the namespace must consist of lower-case";
    QTest::newRow("service port not a name") << 9000 << "flare" << "server1" << "--x" << "neither a number nor a port name";
}

void TestIngressTcpMap::refusesWithReasons()
{
    QFETCH(int, port);
    QFETCH(QString, namespace_);
    QFETCH(QString, service);
    QFETCH(QString, servicePort);
    QFETCH(QString, reason);
    QJsonObject cm = test::microk8sTcpMap();
    cm.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")}});
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(cm);
    IngressTcpMapModel model(&doc, StreamProtocol::Tcp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<void> r = model.addEntry(port, namespace_, service, servicePort);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    QVERIFY(r.error().field.startsWith(QStringLiteral("data[")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestIngressTcpMap::editsThroughSetData()
{
    QJsonObject cm = test::microk8sTcpMap();
    cm.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")},
                                                  {QStringLiteral("8003"), QStringLiteral("flare/server1:8003")}});
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(cm);
    IngressTcpMapModel model(&doc, StreamProtocol::Tcp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(model.setData(model.index(0, IngressTcpMapModel::ServiceColumn), QStringLiteral("server2")));
    QVERIFY(model.setData(model.index(0, IngressTcpMapModel::ProxyDecodeColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, IngressTcpMapModel::PortColumn), QStringLiteral("9003")));
    QVERIFY(!model.setData(model.index(0, IngressTcpMapModel::PortColumn), QStringLiteral("9003")));
    QVERIFY(model.lastError().message.contains(QStringLiteral("already forwards")));
    QVERIFY(!model.setData(model.index(0, IngressTcpMapModel::PortColumn), QStringLiteral("80")));
    QVERIFY(model.lastError().message.contains(QStringLiteral("reserved")));
    const QJsonObject data = doc.edited().value(QStringLiteral("data")).toObject();
    QCOMPARE(data, (QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server2:8002:PROXY")},
                                {QStringLiteral("9003"), QStringLiteral("flare/server1:8003")}}));
    QCOMPARE(model.data(model.index(0, IngressTcpMapModel::ProxyDecodeColumn), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(model.index(0, IngressTcpMapModel::ProxyDecodeColumn)) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.rowForField(QStringLiteral("data[9003]")), 1);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestIngressTcpMap::udpMapHasNoProxy()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(test::microk8sUdpMap());
    IngressTcpMapModel model(&doc, StreamProtocol::Udp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<void> r = model.addEntry(5353, QStringLiteral("kube-system"), QStringLiteral("kube-dns"), QStringLiteral("dns"), true);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("TCP only")));
    QVERIFY(model.addEntry(5353, QStringLiteral("kube-system"), QStringLiteral("kube-dns"), QStringLiteral("dns")).ok());
    QVERIFY(!(model.flags(model.index(0, IngressTcpMapModel::ProxyDecodeColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.data(model.index(0, IngressTcpMapModel::ProxyDecodeColumn), Qt::CheckStateRole).isValid());
}

void TestIngressTcpMap::liveStateFlagsRows()
{
    QJsonObject cm = test::microk8sTcpMap();
    cm.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")},
                                                  {QStringLiteral("8102"), QStringLiteral("flare/server2:8102")},
                                                  {QStringLiteral("8443"), QStringLiteral("flare/overseer:8443")},
                                                  {QStringLiteral("9000"), QStringLiteral("flare/gone:9000")},
                                                  {QStringLiteral("80"), QStringLiteral("flare/server1:8002")}});
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(cm);
    IngressTcpMapModel model(&doc, StreamProtocol::Tcp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // grammar only: just the reserved port
    QCOMPARE(model.messages().size(), 1);
    QCOMPARE(model.messages().at(0).severity, FieldMessage::Severity::Error);
    QCOMPARE(model.messages().at(0).path, pathFromServerField(QStringLiteral("data[80]"), cm));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServices(flareServices());
    QVERIFY(changed.count() > 0);
    const int gone = model.rowOfPort(9000);
    QVERIFY(model.data(model.index(gone, 0), IngressTcpMapModel::SkippedRole).toBool());
    QVERIFY(model.data(model.index(gone, IngressTcpMapModel::ServiceColumn), ProblemRole).toString().contains(QStringLiteral("does not exist")));
    QCOMPARE(model.data(model.index(gone, IngressTcpMapModel::ServiceColumn), SeverityRole).toInt(), int(FieldMessage::Severity::Warning));
    QVERIFY(model.data(model.index(gone, IngressTcpMapModel::PortColumn), ProblemRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(model.rowOfPort(8102), 0), IngressTcpMapModel::SkippedRole).toBool());

    model.setEndpoints(flareEndpoints());
    QVERIFY(model.data(model.index(model.rowOfPort(8102), 0), IngressTcpMapModel::SkippedRole).toBool());
    QVERIFY(model.data(model.index(model.rowOfPort(8102), IngressTcpMapModel::StatusColumn)).toString().contains(QStringLiteral("no ready endpoints")));
    QVERIFY(!model.data(model.index(model.rowOfPort(8002), 0), IngressTcpMapModel::SkippedRole).toBool());
    QVERIFY(!model.data(model.index(model.rowOfPort(8443), 0), IngressTcpMapModel::SkippedRole).toBool());
    QCOMPARE(model.messages().size(), 3); // reserved 80, missing Service, unready endpoints
}

void TestIngressTcpMap::immutableMapRefused()
{
    QJsonObject cm = test::microk8sTcpMap();
    cm.insert(QStringLiteral("immutable"), true);
    cm.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("8002"), QStringLiteral("flare/server1:8002")}});
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(cm);
    IngressTcpMapModel model(&doc, StreamProtocol::Tcp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Result<void> &r : {model.addEntry(9000, QStringLiteral("flare"), QStringLiteral("server1"), QStringLiteral("8003")),
                                  model.setPort(0, 9001), model.removeEntry(0),
                                  model.setTarget(0, QStringLiteral("flare"), QStringLiteral("server2"), QStringLiteral("8102"), false, false)}) {
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("immutable")));
    }
    QVERIFY(!(model.flags(model.index(0, IngressTcpMapModel::PortColumn)) & Qt::ItemIsEditable));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestIngressTcpMap::controllerArgs_data()
{
    QTest::addColumn<QJsonObject>("workload");
    QTest::addColumn<QStringList>("maps"); // "TCP ns/name"

    const QJsonObject microk8s = test::microk8sController();
    QTest::newRow("microk8s: $(POD_NAMESPACE) from the env's fieldRef")
        << microk8s << QStringList{QStringLiteral("TCP ingress/nginx-ingress-tcp-microk8s-conf"), QStringLiteral("UDP ingress/nginx-ingress-udp-microk8s-conf")};

    auto withArgs = [](const QJsonObject &base, const QJsonArray &args, const QJsonArray &env) {
        QJsonObject w = base;
        QJsonObject spec = w.value(QStringLiteral("spec")).toObject();
        QJsonObject tmpl = spec.value(QStringLiteral("template")).toObject();
        QJsonObject pod = tmpl.value(QStringLiteral("spec")).toObject();
        QJsonArray containers = pod.value(QStringLiteral("containers")).toArray();
        QJsonObject c = containers.at(0).toObject();
        c.insert(QStringLiteral("args"), args);
        c.insert(QStringLiteral("env"), env);
        containers.replace(0, c);
        pod.insert(QStringLiteral("containers"), containers);
        tmpl.insert(QStringLiteral("spec"), pod);
        spec.insert(QStringLiteral("template"), tmpl);
        w.insert(QStringLiteral("spec"), spec);
        return w;
    };
    QTest::newRow("$(POD_NAMESPACE) without env is the workload's namespace")
        << withArgs(microk8s, {QStringLiteral("--tcp-services-configmap=$(POD_NAMESPACE)/tcp")}, {})
        << QStringList{QStringLiteral("TCP ingress/tcp")};
    QTest::newRow("flag and value as two arguments")
        << withArgs(microk8s, {QStringLiteral("--udp-services-configmap"), QStringLiteral("ingress-nginx/udp-services")}, {})
        << QStringList{QStringLiteral("UDP ingress-nginx/udp-services")};
    QTest::newRow("a literal env variable")
        << withArgs(microk8s, {QStringLiteral("--tcp-services-configmap=$(MAPS_NS)/tcp")},
                    {QJsonObject{{QStringLiteral("name"), QStringLiteral("MAPS_NS")}, {QStringLiteral("value"), QStringLiteral("edge")}}})
        << QStringList{QStringLiteral("TCP edge/tcp")};
    QTest::newRow("unknown variable: not a map reference the controller could read")
        << withArgs(microk8s, {QStringLiteral("--tcp-services-configmap=$(NOPE)")}, {}) << QStringList{};
    QTest::newRow("no namespace: refused like ParseNameNS")
        << withArgs(microk8s, {QStringLiteral("--tcp-services-configmap=tcp")}, {}) << QStringList{};
    QTest::newRow("traefik has none") << fixture(QStringLiteral("traefik/20-traefik-daemonset.yaml")) << QStringList{};
}

void TestIngressTcpMap::controllerArgs()
{
    QFETCH(QJsonObject, workload);
    QFETCH(QStringList, maps);
    QStringList got;
    for (const StreamMapRef &r : streamMapsOfController(workload)) {
        got << protocolName(r.protocol) + u' ' + r.namespace_ + u'/' + r.name;
        QCOMPARE(r.workload, QStringLiteral("ingress/") + workload.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(got, maps);
}

QTEST_GUILESS_MAIN(TestIngressTcpMap)
#include "tst_ingresstcpmap.moc"
