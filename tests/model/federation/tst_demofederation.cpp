#include "backend/cluster/ObjectParser.h"
#include "cli/FederationCommand.h"
#include "model/federation/FederationModel.h"
#include "model/gpu/GpuModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTest>

using namespace fc;

/// Integration: seeds the demo federation into the local control plane with
/// scripts/demo-federation.sh and recognises it from what the API server returns.
class TestDemoFederation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void federations();
    void cliAgrees();
    void gpus();
    void cleanupTestCase();

private:
    QList<ObjectSummary> m_objects;
    QString m_pki;
};

static QByteArray run(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed (exit %d)", qPrintable(program), qPrintable(args.join(u' ')), p.exitCode());
    return p.readAllStandardOutput();
}

void TestDemoFederation::initTestCase()
{
    const QString source = qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR", QStringLiteral(FC_SOURCE_DIR));
    if (qEnvironmentVariableIsEmpty("KUBECONFIG")) {
        const QString state = qEnvironmentVariable("FEDCONSOLE_CLUSTER_DIR", QStringLiteral("/tmp/fedconsole-local-cluster"));
        qputenv("KUBECONFIG", QString(state + QStringLiteral("/kubeconfig")).toUtf8());
    }
    m_pki = QDir::tempPath() + QStringLiteral("/fedconsole-demo-pki-test");
    qputenv("FEDCONSOLE_DEMO_PKI", m_pki.toUtf8());
    run(source + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--wait"), QStringLiteral("--broken")});
    const QByteArray json = run(QStringLiteral("kubectl"),
                                {QStringLiteral("get"), QStringLiteral("namespaces,nodes,pods,services,configmaps,secrets,deployments,statefulsets"),
                                 QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
    auto parsed = parseManifests(json, QStringLiteral("kubectl get -A -o json"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    m_objects = parsed.value();
    QVERIFY(m_objects.size() > 50);
}

void TestDemoFederation::federations()
{
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // certificate expiry from the demo's PKI (the certificate inventory does this in the app)
    const QString pki = m_pki;
    model.setCertExpiryLookup([pki](const QString &, const QString &ns, const QString &) {
        const QString file = ns.startsWith(u"fate-") ? ns : QString();
        if (file.isEmpty())
            return QDateTime();
        const auto certs = QSslCertificate::fromPath(pki + QLatin1Char('/') + file + QStringLiteral(".crt"));
        return certs.isEmpty() ? QDateTime() : certs.first().expiryDate();
    });
    QHash<Kind, QList<ObjectSummary>> byKind;
    for (const ObjectSummary &o : std::as_const(m_objects))
        byKind[o.kind].append(o);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        model.resetAll(it.key(), it.value(), QStringLiteral("local"));

    qInfo().noquote() << '\n' + federationsTable(model.federations());
    QHash<QString, const Federation *> byName;
    for (const Federation &f : model.federations())
        byName.insert(f.name, &f);
    QVERIFY2(byName.contains(QStringLiteral("flare")), qPrintable(byName.keys().join(u',')));
    QVERIFY(byName.contains(QStringLiteral("mnist-federation")));
    QVERIFY(byName.contains(QStringLiteral("fate")));
    QVERIFY(byName.contains(QStringLiteral("director.other-lab.example.org")));

    const Federation *flare = byName.value(QStringLiteral("flare"));
    QCOMPARE(flare->parties.size(), 6);
    QCOMPARE(flare->health, Health::Amber);
    const Party *site3 = flare->party(QStringLiteral("site-3"));
    QVERIFY(site3);
    QCOMPARE(site3->health, Health::Red);
    QVERIFY2(std::any_of(site3->reasons.cbegin(), site3->reasons.cend(),
                         [](const QString &r) { return r.contains(u"Insufficient nvidia.com/gpu"); }),
             qPrintable(site3->reasons.join(u';')));
    QCOMPARE(flare->party(QStringLiteral("server1"))->health, Health::Green);
    QCOMPARE(flare->party(QStringLiteral("site-1"))->certSecret, QStringLiteral("site-1-startup"));

    const Federation *openfl = byName.value(QStringLiteral("mnist-federation"));
    QCOMPARE(openfl->health, Health::Green);
    QCOMPARE(openfl->parties.size(), 3);
    QCOMPARE(openfl->gpusHeld(), qint64(2000));
    QCOMPARE(byName.value(QStringLiteral("director.other-lab.example.org"))->health, Health::Red);

    const Federation *fate = byName.value(QStringLiteral("fate"));
    QCOMPARE(fate->parties.size(), 3);
    QCOMPARE(fate->health, Health::Amber);
    const Party *p10000 = fate->party(QStringLiteral("fate-10000"));
    QCOMPARE(p10000->health, Health::Amber);
    QVERIFY2(p10000->reasons.value(0).startsWith(QStringLiteral("certificate secret eggroll-certs expires in ")),
             qPrintable(p10000->reasons.join(u';')));
    QCOMPARE(p10000->podsReady, 5);
    QCOMPARE(fate->party(QStringLiteral("fate-9999"))->health, Health::Green);
}

// `fedconsole-cli federations -o json` on the live cluster (its own list + cert secrets) says
// what the model says about the same cluster.
void TestDemoFederation::cliAgrees()
{
    const QByteArray out = run(QStringLiteral(FC_CLI), {QStringLiteral("--kubeconfig"), qEnvironmentVariable("KUBECONFIG"),
                                                       QStringLiteral("federations"), QStringLiteral("-o"), QStringLiteral("json")});
    const QJsonArray cliFeds = QJsonDocument::fromJson(out).object().value(QLatin1String("federations")).toArray();
    QVERIFY2(!cliFeds.isEmpty(), out.constData());
    FederationModel model;
    QHash<Kind, QList<ObjectSummary>> byKind;
    for (const ObjectSummary &o : std::as_const(m_objects))
        byKind[o.kind].append(o);
    const QString pki = m_pki;
    model.setCertExpiryLookup([pki](const QString &, const QString &ns, const QString &) {
        const auto certs = ns.startsWith(u"fate-") ? QSslCertificate::fromPath(pki + QLatin1Char('/') + ns + QStringLiteral(".crt"))
                                                   : QList<QSslCertificate>();
        return certs.isEmpty() ? QDateTime() : certs.first().expiryDate();
    });
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        model.resetAll(it.key(), it.value(), QStringLiteral("local"));
    QMap<QString, QString> fromModel, fromCli;
    for (const Federation &f : model.federations())
        fromModel.insert(f.name, healthName(f.health) + QStringLiteral("/%1 parties").arg(f.parties.size()));
    for (const auto &v : cliFeds) {
        const QJsonObject f = v.toObject();
        fromCli.insert(f.value(QLatin1String("name")).toString(),
                       f.value(QLatin1String("health")).toString()
                           + QStringLiteral("/%1 parties").arg(f.value(QLatin1String("parties")).toArray().size()));
    }
    QCOMPARE(fromCli, fromModel);
}

void TestDemoFederation::gpus()
{
    GpuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ObjectSummary> nodes, pods;
    for (const ObjectSummary &o : std::as_const(m_objects))
        (o.kind == Kind::Node ? nodes : pods).append(o);
    model.resetAll(Kind::Node, nodes, QStringLiteral("local"));
    model.resetAll(Kind::Pod, pods, QStringLiteral("local"));
    qInfo().noquote() << '\n' + gpusTable(model.rows());
    QCOMPARE(model.rowCount(), 3); // gpu-h100-0, gpu-h100-1, gpu-t4-0
    qint64 requested = 0, allocatable = 0;
    for (const auto &r : model.rows()) {
        requested += r.requested();
        allocatable += r.allocatable();
    }
    QCOMPARE(allocatable, qint64(20000));
    QVERIFY(requested >= 5000); // site-1 2, site-2 1, envoys 2, fate-10000 1 (other users may add more)
    const int t4 = model.rowOf(QStringLiteral("gpu-t4-0"), QStringLiteral("local"));
    QCOMPARE(model.data(model.index(t4, 0), GpuModel::PhysicalGpusRole).toInt(), 1);
    const auto pending = model.pendingPods();
    QVERIFY(std::any_of(pending.cbegin(), pending.cend(), [](const PendingGpuPod &p) { return p.namespace_ == u"flare-site-3"; }));
}

void TestDemoFederation::cleanupTestCase()
{
    // leave the shared local cluster as we found it for the other integration tests
    if (qEnvironmentVariableIsSet("FC_KEEP_DEMO"))
        return;
    const QString source = qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR", QStringLiteral(FC_SOURCE_DIR));
    run(source + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--delete"), QStringLiteral("--wait")});
}

QTEST_GUILESS_MAIN(TestDemoFederation)
#include "tst_demofederation.moc"
