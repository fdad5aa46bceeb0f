#include "EditorTestUtil.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/FateRouteTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace fc;
using namespace fc::editors;

namespace {

QJsonObject rollsite()
{
    return test::fixture(QStringLiteral("fate/rollsite-config.yaml"));
}

QJsonObject withRouteTable(const QString &json)
{
    QJsonObject cm = rollsite();
    cm.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("route_table.json"), json}});
    return cm;
}

QStringList rows(const FateRouteTableModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << QStringLiteral("%1/%2 %3:%4").arg(m.data(m.index(r, 0)).toString(), m.data(m.index(r, 1)).toString(),
                                                 m.data(m.index(r, 2)).toString(), m.data(m.index(r, 3)).toString());
    return out;
}

QJsonObject routeTable(const EditableDocument &doc)
{
    return QJsonDocument::fromJson(configmap::text(doc.edited(), QStringLiteral("route_table.json")).toUtf8()).object();
}

} // namespace

/// KubeFATE's rollsite route table as a form: rows from the real chart's JSON, the checks,
/// undoable edits that keep what the form does not show.
class TestFateRouteTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFromKubeFateChart();
    void partyRule_data();
    void partyRule();
    void hostRule_data();
    void hostRule();
    void editsUndoRedo();
    void partyWithoutDefaultRouteWarned();
    void pollingClientRoute();
    void invalidJsonRefusesEdits();
};

void TestFateRouteTable::rowsFromKubeFateChart()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(rollsite());
    FateRouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.parseError());
    // "default" first, then party ids in numeric order (9999 before 10000), default service first
    QCOMPARE(rows(model), (QStringList{QStringLiteral("default/default rollsite:9370"), QStringLiteral("9999/default rollsite:9370"),
                                       QStringLiteral("9999/fateflow fateflow:9360"), QStringLiteral("10000/default 192.168.10.1:30101")}));
    QCOMPARE(model.parties(), (QStringList{QStringLiteral("default"), QStringLiteral("9999"), QStringLiteral("10000")}));
    QVERIFY(model.defaultAllow());
    QVERIFY2(model.messages().isEmpty(), qPrintable(model.messages().value(0).message));
    QCOMPARE(model.data(model.index(0, FateRouteTableModel::StatusColumn)).toString(), QStringLiteral("OK"));
}

void TestFateRouteTable::partyRule_data()
{
    QTest::addColumn<QString>("party");
    QTest::addColumn<bool>("valid");
    QTest::newRow("numeric party id") << "9999" << true;
    QTest::newRow("default") << "default" << true;
    QTest::newRow("a name is not a party id") << "fate-9999" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("negative") << "-1" << false;
}

void TestFateRouteTable::partyRule()
{
    QFETCH(QString, party);
    QFETCH(bool, valid);
    QCOMPARE(FateRouteTableModel::partyProblem(party).isEmpty(), valid);
}

void TestFateRouteTable::hostRule_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("service name") << "rollsite" << true;
    QTest::newRow("fully qualified") << "rollsite.fate-9999.svc.cluster.local" << true;
    QTest::newRow("ipv4") << "192.168.10.1" << true;
    QTest::newRow("ipv4 octet above 255") << "192.168.10.256" << false;
    QTest::newRow("ipv6") << "fd00::1" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("with a port") << "rollsite:9370" << false;
    QTest::newRow("with a space") << "roll site" << false;
    QTest::newRow("trailing dash") << "rollsite-" << false;
}

void TestFateRouteTable::hostRule()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(FateRouteTableModel::hostProblem(host).isEmpty(), valid);
}

void TestFateRouteTable::editsUndoRedo()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    const QJsonObject start = rollsite();
    doc.load(start);
    FateRouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int party10000 = 3;
    QVERIFY(model.setData(model.index(party10000, FateRouteTableModel::HostColumn), QStringLiteral("10.0.0.7")));
    QVERIFY(model.setData(model.index(party10000, FateRouteTableModel::PortColumn), 30109));
    QVERIFY(!model.setData(model.index(party10000, FateRouteTableModel::PortColumn), 70000));
    QVERIFY(model.lastError().message.contains(QStringLiteral("not a port")));
    QVERIFY(!model.setData(model.index(party10000, FateRouteTableModel::PartyColumn), QStringLiteral("fate-10000")));
    QVERIFY(model.addRoute(QStringLiteral("8888"), QStringLiteral("default"), QStringLiteral("192.168.8.1"), 30081).ok());
    QVERIFY(!model.addRoute(QStringLiteral("8888"), QStringLiteral("default"), QStringLiteral("bad host"), 30081));
    QVERIFY(model.setDefaultAllow(false).ok());
    QCOMPARE(rows(model).last(), QStringLiteral("10000/default 10.0.0.7:30109"));
    QCOMPARE(rows(model).at(1), QStringLiteral("8888/default 192.168.8.1:30081")); // numeric: 8888 < 9999

    // a party renamed: its route moves to the new party
    QVERIFY(model.setParty(1, QStringLiteral("8889")).ok());
    const QJsonObject table = routeTable(doc).value(QStringLiteral("route_table")).toObject();
    QVERIFY(!table.contains(QStringLiteral("8888")));
    QCOMPARE(table.value(QStringLiteral("8889")).toObject().value(QStringLiteral("default")).toArray().at(0).toObject().value(QStringLiteral("ip")).toString(),
             QStringLiteral("192.168.8.1"));
    QCOMPARE(routeTable(doc).value(QStringLiteral("permission")).toObject().value(QStringLiteral("default_allow")).toBool(), false);

    QVERIFY(model.removeRoute(model.rowCount() - 1).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(doc.undoStack()->count(), 6);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.edited(), start); // byte for byte: the chart's own text back
    QVERIFY(model.defaultAllow());
    doc.undoStack()->redo();
    QCOMPARE(rows(model).last(), QStringLiteral("10000/default 10.0.0.7:30101"));
}

void TestFateRouteTable::partyWithoutDefaultRouteWarned()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withRouteTable(QStringLiteral(R"({"route_table": {"9999": {"default": [{"ip": "rollsite", "port": 9370}]},
        "10000": {"fateflow": [{"ip": "10.0.0.2", "port": 9360}]}}, "permission": {"default_allow": true}})")));
    FateRouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = 1; // 10000/fateflow
    QVERIFY(model.data(model.index(row, FateRouteTableModel::PartyColumn), ProblemRole).toString().contains(QStringLiteral("no “default” route")));
    QCOMPARE(model.data(model.index(row, FateRouteTableModel::PartyColumn), SeverityRole).toInt(), int(FieldMessage::Severity::Warning));
    const QList<FieldMessage> messages = model.messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).severity, FieldMessage::Severity::Warning);
    QCOMPARE(messages.at(0).path, (ObjectPath{QStringLiteral("data"), QStringLiteral("route_table.json"), QStringLiteral("route_table"),
                                              QStringLiteral("10000"), QStringLiteral("fateflow"), QStringLiteral("#0")}));
    // adding the default route clears it
    QVERIFY(model.addRoute(QStringLiteral("10000"), QStringLiteral("default"), QStringLiteral("10.0.0.2"), 9370).ok());
    QVERIFY(model.messages().isEmpty());
}

void TestFateRouteTable::pollingClientRoute()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withRouteTable(QStringLiteral(R"({"route_table": {"9999": {"default": [{"port": -1, "ip": "", "is_polling": true}]}}})")));
    FateRouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.data(model.index(0, 0), FateRouteTableModel::PollingRole).toBool());
    QCOMPARE(model.data(model.index(0, FateRouteTableModel::HostColumn)).toString(), QStringLiteral("(polling client)"));
    QVERIFY(model.messages().isEmpty());
    QVERIFY(!(model.flags(model.index(0, FateRouteTableModel::HostColumn)) & Qt::ItemIsEditable));
    // moving it keeps the polling fields
    QVERIFY(model.setParty(0, QStringLiteral("9998")).ok());
    const QJsonObject route = routeTable(doc).value(QStringLiteral("route_table")).toObject().value(QStringLiteral("9998")).toObject()
                                  .value(QStringLiteral("default")).toArray().at(0).toObject();
    QCOMPARE(route.value(QStringLiteral("is_polling")).toBool(), true);
    QCOMPARE(route.value(QStringLiteral("port")).toInt(), -1);
}

void TestFateRouteTable::invalidJsonRefusesEdits()
{
    EditableDocument doc(nullptr, ResourceType::of(Kind::ConfigMap));
    doc.load(withRouteTable(QStringLiteral("{\n  \"route_table\": {\n    \"9999\": {,}\n  }\n}\n")));
    FateRouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.parseError());
    QCOMPARE(model.parseError()->line, 3);
    const Result<void> r = model.addRoute(QStringLiteral("1"), QStringLiteral("default"), QStringLiteral("h"), 1);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("Fix route_table.json")));
    QCOMPARE(model.messages().size(), 1);

    // and a JSON document that is no route table
    EditableDocument other(nullptr, ResourceType::of(Kind::ConfigMap));
    other.load(withRouteTable(QStringLiteral("{\"routes\": {}}")));
    FateRouteTableModel notATable(&other);
    QVERIFY(notATable.parseError());
    QVERIFY(notATable.parseError()->message.contains(QStringLiteral("no \"route_table\"")));
}

QTEST_GUILESS_MAIN(TestFateRouteTable)
#include "tst_fateroutetable.moc"
