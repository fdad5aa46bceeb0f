#include "backend/cluster/ObjectParser.h"
#include "model/federation/FederationEngine.h"
#include "model/federation/FederationModel.h"

#include <QRandomGenerator>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

QList<ObjectSummary> load(const QStringList &files)
{
    QList<ObjectSummary> out;
    QHash<QString, qsizetype> byUid;
    for (const QString &name : files) {
        QFile f(QStringLiteral(FC_FIXTURES "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open fixture %s", qPrintable(f.fileName()));
        auto r = parseManifests(f.readAll(), name);
        if (!r)
            qFatal("fixture %s: %s", qPrintable(name), qPrintable(r.error().toString()));
        for (const ObjectSummary &o : r.value()) {
            // later files replace objects of earlier ones (same uid)
            if (const auto it = byUid.constFind(o.uid); it != byUid.cend()) {
                out[*it] = o;
            } else {
                byUid.insert(o.uid, out.size());
                out.append(o);
            }
        }
    }
    return out;
}

const Federation *findFederation(const QList<Federation> &feds, const QString &name)
{
    for (const Federation &f : feds)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList partyList(const Federation &f)
{
    QStringList out;
    for (const Party &p : f.parties)
        out << p.name + QLatin1Char('/') + roleName(p.role);
    return out;
}

QString dump(const QList<Federation> &feds)
{
    QStringList lines;
    for (const Federation &f : feds) {
        lines << QStringLiteral("%1 [%2] %3: %4").arg(f.name, frameworkId(f.framework), healthName(f.health), f.reasons.join(QStringLiteral("; ")));
        for (const Party &p : f.parties)
            lines << QStringLiteral("  %1/%2 %3 %4/%5 %6: %7 | evidence: %8")
                         .arg(p.name, roleName(p.role), p.namespace_)
                         .arg(p.podsReady)
                         .arg(p.podsTotal)
                         .arg(healthName(p.health), p.reasons.join(QStringLiteral("; ")), p.evidence.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Federation recognition and health over YAML fixtures written from the frameworks' charts.
class TestFederation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognise_data();
    void recognise();
    void endpointsAndEdges();
    void incrementalPodEvent();
    void crashLoopIsIncremental();
    void multiCluster();
    void treeModel();
    void gpuPartyResolver();
    void gpusHeldApartFromPending();
    void pendingReasonIsTheSchedulers();
    void fateGenerations();
    void workloadJoinsItsPodsParty();
    void flareDeploymentsKeepTheirIdentity();
    void batchRunsOnePass();
    void tallyMatchesFullPass();
    void unreadableClusterIsUnknown();
};

void TestFederation::recognise_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("federation");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QStringList>("parties");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("reason");       // substring of a federation reason; "" = no reasons
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("partyHealth");
    QTest::addColumn<QString>("partyReason");  // substring of a party reason; "" = no reasons
    QTest::addColumn<QString>("evidence");     // one evidence line of that party
    QTest::addColumn<QDateTime>("certNotAfter"); // injected expiry of every certificate secret

    const QDateTime noCert;
    QTest::newRow("flare-complete")
        << QStringList{"flare-complete.yaml"} << "flare" << "flare"
        << QStringList{"overseer/overseer", "server1/server", "server2/server", "site-1/client", "site-2/client"}
        << "green" << "" << "server1" << "green" << "" << "container command contains server_train" << noCert;
    QTest::newRow("flare-overseer-evidence")
        << QStringList{"flare-complete.yaml"} << "flare" << "flare"
        << QStringList{"overseer/overseer", "server1/server", "server2/server", "site-1/client", "site-2/client"}
        << "green" << "" << "overseer" << "green" << "" << "pod label system=overseer" << noCert;
    QTest::newRow("flare-service-port-evidence")
        << QStringList{"flare-complete.yaml"} << "flare" << "flare"
        << QStringList{"overseer/overseer", "server1/server", "server2/server", "site-1/client", "site-2/client"}
        << "green" << "" << "overseer" << "green" << "" << "service port 8443" << noCert;
    QTest::newRow("flare-kit-secret")
        << QStringList{"flare-complete.yaml"} << "flare" << "flare"
        << QStringList{"overseer/overseer", "server1/server", "server2/server", "site-1/client", "site-2/client"}
        << "green" << "" << "site-1" << "green" << "" << "secret site-1-startup" << noCert;
    QTest::newRow("flare-server-missing")
        << QStringList{"flare-no-server.yaml"} << "flare" << "flare"
        << QStringList{"overseer/overseer", "site-1/client", "site-2/client"} << "red"
        << "no FLARE server found (overseer, site-1, site-2 cannot connect)" << "site-1" << "green" << ""
        << "container command contains client_train" << noCert;
    QTest::newRow("flare-2.8-deploy-prepare")
        << QStringList{"flare-deploy-prepare.yaml"} << "nvflare-server" << "flare" << QStringList{"server1/server", "site-1/client"}
        << "green" << "" << "server1" << "green" << "" << QString::fromUtf8("ingress tcp port 8002 → nvflare-server/server1:8002")
        << noCert;
    QTest::newRow("openfl-complete")
        << QStringList{"openfl-complete.yaml"} << "mnist-director" << "openfl"
        << QStringList{"mnist-director/director", "envoy-1/envoy", "openfl-envoy-2/envoy"} << "green" << ""
        << "openfl-envoy-2" << "green" << "" << "configmap envoy-config names director director" << noCert;
    QTest::newRow("openfl-fedlcm-labels")
        << QStringList{"openfl-complete.yaml"} << "mnist-director" << "openfl"
        << QStringList{"mnist-director/director", "envoy-1/envoy", "openfl-envoy-2/envoy"} << "green" << ""
        << "mnist-director" << "green" << "" << "label owner=kubefate, cluster=openfl-director (FedLCM/KubeFATE chart)"
        << noCert;
    QTest::newRow("openfl-envoy-unknown-director")
        << QStringList{"openfl-complete.yaml", "openfl-unknown-director.yaml"} << "director.other-lab.example.org"
        << "openfl" << QStringList{"envoy-3/envoy"} << "red" << "no OpenFL director 'director.other-lab.example.org' found"
        << "envoy-3" << "red" << "envoy points at director director.other-lab.example.org:50051, which was not found"
        << "envoy command names director director.other-lab.example.org" << noCert;
    QTest::newRow("fate-complete")
        << QStringList{"fate-complete.yaml"} << "fate" << "fate"
        << QStringList{"fate-exchange/exchange", "fate-10000/party", "fate-9999/party"} << "green" << "" << "fate-10000"
        << "green" << "" << "label fateMoudle=python" << noCert;
    QTest::newRow("fate-cert-expired")
        << QStringList{"fate-complete.yaml"} << "fate" << "fate"
        << QStringList{"fate-exchange/exchange", "fate-10000/party", "fate-9999/party"} << "amber"
        << "party fate-10000 is red: certificate secret eggroll-certs expired on 2026-11-01" << "fate-10000" << "red"
        << "certificate secret eggroll-certs expired on 2026-11-01" << "secret eggroll-certs"
        << QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("fate-cert-expiring")
        << QStringList{"fate-complete.yaml"} << "fate" << "fate"
        << QStringList{"fate-exchange/exchange", "fate-10000/party", "fate-9999/party"} << "amber"
        << "party fate-10000 is amber" << "fate-10000" << "amber"
        << "certificate secret eggroll-certs expires in 10 days (2026-12-03)" << "namespace fate-10000"
        << QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QTest::newRow("fate-crashloop")
        << QStringList{"fate-complete.yaml", "fate-crashloop.yaml"} << "fate" << "fate"
        << QStringList{"fate-exchange/exchange", "fate-10000/party", "fate-9999/party"} << "amber"
        << "party fate-9999 is amber: 1 of 5 pods not ready" << "fate-9999" << "amber"
        << "pod python-6d9f7c8b5-x2k4q: container python in CrashLoopBackOff (12 restarts)" << "label partyId=9999" << noCert;
    QTest::newRow("fate-missing-mysql-and-exchange")
        << QStringList{"fate-partial.yaml"} << "fate" << "fate" << QStringList{"fate-8888/party"} << "red"
        << "no FATE exchange found (party fate-8888 routes default traffic to 192.168.1.1:30000)" << "fate-8888" << "red"
        << "required component mysql missing" << "configmap rollsite-config (route table)" << noCert;
    QTest::newRow("fedconsole-labels-custom")
        << QStringList{"fedconsole-labels.yaml"} << "cancer-study" << "custom"
        << QStringList{"aggregator/server", "hospital-a/client"} << "green" << "" << "hospital-a" << "green" << ""
        << "namespace label fedconsole.io/federation=cancer-study" << noCert;
    QTest::newRow("fedconsole-label-regroups-flare")
        << QStringList{"fedconsole-labels.yaml"} << "flare-prod" << "flare" << QStringList{"server/server"} << "green" << ""
        << "server" << "green" << "" << "label fedconsole.io/federation=flare-prod" << noCert;
}

void TestFederation::recognise()
{
    QFETCH(QStringList, files);
    QFETCH(QString, federation);
    QFETCH(QString, framework);
    QFETCH(QStringList, parties);
    QFETCH(QString, health);
    QFETCH(QString, reason);
    QFETCH(QString, party);
    QFETCH(QString, partyHealth);
    QFETCH(QString, partyReason);
    QFETCH(QString, evidence);
    QFETCH(QDateTime, certNotAfter);

    const auto objects = load(files);
    const auto lookup = [certNotAfter](const QString &, const QString &, const QString &) { return certNotAfter; };
    const auto clock = [] { return kNow; };

    // event by event through the model (exercises the incremental paths) …
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertExpiryLookup(lookup);
    model.setClock(clock);
    for (const ObjectSummary &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    // … and in one pass: both must agree
    const QList<Federation> oneShot = recognizeFederations(objects, QStringLiteral("lab"), lookup, clock);
    QCOMPARE(dump(model.federations()), dump(oneShot));

    if (qEnvironmentVariableIsSet("FC_DUMP"))
        qInfo().noquote() << dump(model.federations());
    const Federation *f = findFederation(model.federations(), federation);
    if (!f)
        qWarning().noquote() << dump(model.federations());
    QVERIFY(f);
    QCOMPARE(frameworkId(f->framework), framework);
    QCOMPARE(partyList(*f), parties);
    if (healthName(f->health) != health)
        qWarning().noquote() << dump(model.federations());
    QCOMPARE(healthName(f->health), health);
    if (reason.isEmpty()) {
        QCOMPARE(f->reasons, QStringList());
    } else {
        const bool found = std::any_of(f->reasons.cbegin(), f->reasons.cend(), [&](const QString &r) { return r.contains(reason); });
        if (!found)
            qWarning().noquote() << f->reasons;
        QVERIFY(found);
    }
    const Party *p = f->party(party);
    QVERIFY(p);
    QCOMPARE(healthName(p->health), partyHealth);
    if (partyReason.isEmpty()) {
        QCOMPARE(p->reasons, QStringList());
    } else {
        if (!p->reasons.contains(partyReason))
            qWarning().noquote() << p->reasons;
        QVERIFY(p->reasons.contains(partyReason));
    }
    if (!p->evidence.contains(evidence))
        qWarning().noquote() << p->evidence;
    QVERIFY(p->evidence.contains(evidence));
}

void TestFederation::endpointsAndEdges()
{
    const auto feds = recognizeFederations(load({QStringLiteral("flare-complete.yaml"), QStringLiteral("flare-deploy-prepare.yaml"),
                                                 QStringLiteral("openfl-complete.yaml"), QStringLiteral("fate-complete.yaml")}),
                                           QStringLiteral("lab"));
    // HelmChartBuilder's deployment (namespace flare) and the 2.8 one (nvflare-server) are two
    // federations, each known by its namespace, each with its own server1
    const Federation *flare = findFederation(feds, QStringLiteral("flare"));
    const Federation *flare28 = findFederation(feds, QStringLiteral("nvflare-server"));
    QVERIFY(flare && flare28);
    QCOMPARE(flare->identity, QStringLiteral("namespace flare"));
    QCOMPARE(partyList(*flare), (QStringList{"overseer/overseer", "server1/server", "server2/server", "site-1/client"}));
    QCOMPARE(partyList(*flare28), (QStringList{"server1/server", "site-1/client"}));
    // the 2.8 site joins by the image it shares with its server; the HelmChartBuilder site-1 too
    QVERIFY2(flare28->party(QStringLiteral("site-1"))->evidence.join(u'|').contains(QStringLiteral("runs image nvflare/nvflare:2.8.0")),
             qPrintable(flare28->party(QStringLiteral("site-1"))->evidence.join(u'|')));
    // site-2 runs an image neither server runs: which one it dials is not known, and it says so
    const Federation *unattached = findFederation(feds, QStringLiteral("nvflare"));
    QVERIFY(unattached);
    QCOMPARE(partyList(*unattached), QStringList{"site-2/client"});
    QVERIFY2(unattached->parties.first().reasons.join(u'|').contains(
                 QStringLiteral("cannot tell which of the 2 FLARE deployments in view (flare, nvflare-server) this client connects to")),
             qPrintable(unattached->parties.first().reasons.join(u'|')));
    const Party *server2 = flare->party(QStringLiteral("server2"));
    const Party *hostPortServer = flare28->party(QStringLiteral("server1"));
    QVERIFY(server2 && hostPortServer);
    QStringList texts;
    for (const Endpoint &e : server2->endpoints)
        texts << e.text();
    QVERIFY2(texts.contains(QStringLiteral("svc/server2 8102/TCP (fl-port)")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QString::fromUtf8("ingress tcp 8103 → flare/server2:8103 (configmap ingress/nginx-ingress-tcp-microk8s-conf)")),
             qPrintable(texts.join(u'|')));
    texts.clear();
    for (const Endpoint &e : hostPortServer->endpoints)
        texts << e.text();
    QVERIFY2(texts.contains(QString::fromUtf8("hostPort 8002 → 8002/TCP (pod server1-6b5d8c7f9-q2w3e)")), qPrintable(texts.join(u'|')));
    QCOMPARE(hostPortServer->certSecret, QStringLiteral("server1-startup"));
    // clients connect to the overseer and to every server
    const int clientEdges = int(std::count_if(flare->edges.cbegin(), flare->edges.cend(), [](const FederationEdge &e) {
        return e.from == u"lab|site-1|client|site-1";
    }));
    QCOMPARE(clientEdges, 1 + 2);

    // what "Expose through ingress" offers: the overseer first, then each server's Service with
    // its TCP ports; no clients, and nothing of OpenFL or FATE
    const QList<PartyService> offered = servicesToExpose(feds);
    QStringList offeredTexts;
    for (const PartyService &s : offered) {
        QStringList ports;
        for (int port : s.ports)
            ports << QString::number(port);
        offeredTexts << QStringLiteral("%1 %2 %3/%4 %5").arg(roleName(s.role), s.party, s.namespace_, s.service, ports.join(u','));
        QVERIFY2(s.federation == u"flare" || s.federation == u"nvflare-server", qPrintable(s.federation));
    }
    QVERIFY2(!offeredTexts.isEmpty() && offeredTexts.first().startsWith(QStringLiteral("overseer ")), qPrintable(offeredTexts.join(u'|')));
    QVERIFY2(offeredTexts.contains(QStringLiteral("server server2 flare/server2 8102,8103")), qPrintable(offeredTexts.join(u'|')));
    for (const QString &t : std::as_const(offeredTexts))
        QVERIFY2(t.startsWith(QStringLiteral("overseer ")) || t.startsWith(QStringLiteral("server ")), qPrintable(t));

    const Federation *openfl = findFederation(feds, QStringLiteral("mnist-director"));
    QVERIFY(openfl);
    QCOMPARE(openfl->edges.size(), 2);
    for (const FederationEdge &e : openfl->edges) {
        QVERIFY(e.resolved);
        QVERIFY(e.to.endsWith(u"|director|mnist-director"));
    }
    QCOMPARE(openfl->gpusHeld(), qint64(2000));

    const Federation *fate = findFederation(feds, QStringLiteral("fate"));
    QVERIFY(fate);
    QStringList edges;
    for (const FederationEdge &e : fate->edges)
        edges << e.from.section(u'|', 1, 1) + QStringLiteral(" -> ") + e.to.section(u'|', 1, 1) + QStringLiteral(" (") + e.label + u')';
    edges.sort();
    QCOMPARE(edges, (QStringList{QString::fromUtf8("fate-10000 -> fate-exchange (route default → 192.168.11.4:30000)"),
                                 QString::fromUtf8("fate-9999 -> fate-exchange (route default → 192.168.11.4:30000)"),
                                 QString::fromUtf8("fate-exchange -> fate-10000 (route 10000 → 192.168.11.2:30101)"),
                                 QString::fromUtf8("fate-exchange -> fate-9999 (route 9999 → 192.168.11.3:30091)")}));
    const Party *p10000 = fate->party(QStringLiteral("fate-10000"));
    QVERIFY(p10000);
    QCOMPARE(p10000->partyId, QStringLiteral("10000"));
    QCOMPARE(p10000->components,
             (QStringList{"clustermanager", "mysql", "nodemanager", "python", "rollsite"}));
    QCOMPARE(p10000->gpusHeld, qint64(1000));
}

void TestFederation::gpusHeldApartFromPending()
{
    // issue 15: a Pending pod asking for 16 GPUs made a party show 17 while the GPU view said 1
    const auto objects = load({QStringLiteral("openfl-complete.yaml"), QStringLiteral("openfl-pending-gpus.yaml")});
    const auto feds = recognizeFederations(objects, QStringLiteral("lab"));
    const Federation *openfl = findFederation(feds, QStringLiteral("mnist-director"));
    QVERIFY(openfl);
    const Party *envoy2 = nullptr;
    for (const Party &p : openfl->parties)
        if (p.namespace_ == u"openfl-envoy-2")
            envoy2 = &p;
    QVERIFY(envoy2);
    QCOMPARE(envoy2->gpusHeld, qint64(1000));
    QCOMPARE(envoy2->gpusPending, qint64(16000));
    QCOMPARE(openfl->gpusHeld(), qint64(2000));
    QCOMPARE(openfl->gpusPending(), qint64(16000));
    QVERIFY2(envoy2->reasons.join(u'|').contains(QStringLiteral("Insufficient nvidia.com/gpu")), qPrintable(envoy2->reasons.join(u'|')));

    // the same in the tree (text and sort value) and in the CLI's table and JSON
    FederationModel model;
    model.setClock([] { return kNow; });
    model.resetAll(Kind::Pod, {}, QStringLiteral("lab"));
    for (const ObjectSummary &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    QModelIndex fedIndex;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, FederationModel::NameColumn).data().toString() == u"mnist-director")
            fedIndex = model.index(r, 0);
    QVERIFY(fedIndex.isValid());
    QCOMPARE(model.index(fedIndex.row(), FederationModel::GpusColumn).data().toString(), QStringLiteral("2 (+16 pending)"));
    QCOMPARE(model.index(fedIndex.row(), FederationModel::GpusColumn).data(FederationModel::SortRole).toLongLong(), 2000);
    bool sawParty = false;
    for (int r = 0; r < model.rowCount(fedIndex); ++r) {
        if (model.index(r, FederationModel::NamespaceColumn, fedIndex).data().toString() != u"openfl-envoy-2")
            continue;
        sawParty = true;
        QCOMPARE(model.index(r, FederationModel::GpusColumn, fedIndex).data().toString(), QStringLiteral("1 (+16 pending)"));
    }
    QVERIFY(sawParty);
}

void TestFederation::pendingReasonIsTheSchedulers()
{
    // issue 15: a pod Pending for a reason the scheduler states was shown only as "no pod ready"
    const auto feds = recognizeFederations(load({QStringLiteral("openfl-complete.yaml"), QStringLiteral("openfl-pending-pvc.yaml")}),
                                           QStringLiteral("lab"));
    const Federation *openfl = findFederation(feds, QStringLiteral("mnist-director"));
    QVERIFY(openfl);
    const Party *envoy1 = nullptr;
    for (const Party &p : openfl->parties)
        if (p.namespace_ == u"openfl-envoy-1")
            envoy1 = &p;
    QVERIFY(envoy1);
    QCOMPARE(envoy1->health, Health::Red);
    const QString reasons = envoy1->reasons.join(u'|');
    QVERIFY2(reasons.contains(QStringLiteral("no pod ready (0/1)")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("pod envoy-6a7b8c9d0-ccccc pending: 0/3 nodes are available: persistentvolumeclaim \"nvflws\" not found")),
             qPrintable(reasons));
    QCOMPARE(envoy1->gpusHeld, qint64(0));
}

void TestFederation::fateGenerations()
{
    // issue 15: FATE 1.x (seed 002: proxy is that generation's gateway) was red for "required
    // component rollsite or nginx or osx missing"; each generation is judged by its own parts
    QCOMPARE(fateRequiredComponents({"proxy"}, true), QStringList{"proxy"});
    QCOMPARE(fateRequiredComponents({"egg", "federation", "meta-service", "proxy", "roll", "redis", "mysql", "python"}, false),
             (QStringList{"python|fateflow", "proxy", "roll", "egg", "meta-service", "federation", "mysql", "redis"}));
    QCOMPARE(fateRequiredComponents({"python", "rollsite", "nodemanager", "clustermanager", "mysql"}, false),
             (QStringList{"python|fateflow", "rollsite|nginx|osx", "mysql", "nodemanager", "clustermanager"}));
    QCOMPARE(fateRequiredComponents({"python", "osx", "mysql", "spark-master", "spark-worker", "pulsar"}, false),
             (QStringList{"python|fateflow", "rollsite|nginx|osx", "mysql"}));
    QCOMPARE(fateRequiredComponents({"rollsite"}, true), QStringList{"rollsite|nginx|osx|trafficserver|proxy"});

    const auto objects = load({QStringLiteral("fate-1x.yaml")});
    const auto feds = recognizeFederations(objects, QStringLiteral("lab"));
    const Federation *fate = findFederation(feds, QStringLiteral("fate"));
    QVERIFY(fate);
    QCOMPARE(fate->parties.size(), 3);
    for (const Party &p : fate->parties) {
        const QString reasons = p.reasons.join(u'|');
        QVERIFY2(!reasons.contains(QStringLiteral("required component")), qPrintable(p.name + u": " + reasons));
        QCOMPARE(p.podsReady, p.podsTotal);
        if (p.role == PartyRole::Exchange)
            QCOMPARE(p.components, QStringList{"proxy"});
        else
            QCOMPARE(p.components, (QStringList{"egg", "federation", "meta-service", "mysql", "proxy", "python", "redis", "roll"}));
    }

    // the same party without its roll: red, naming what that generation misses
    QList<ObjectSummary> withoutRoll;
    for (const ObjectSummary &o : objects)
        if (o.uid != u"pod-fate-9999-roll")
            withoutRoll << o;
    const auto feds2 = recognizeFederations(withoutRoll, QStringLiteral("lab"));
    const Party *p9999 = findFederation(feds2, QStringLiteral("fate"))->party(QStringLiteral("fate-9999"));
    QVERIFY(p9999);
    QCOMPARE(p9999->health, Health::Red);
    QVERIFY2(p9999->reasons.contains(QStringLiteral("required component roll missing")), qPrintable(p9999->reasons.join(u'|')));
    QVERIFY2(!p9999->reasons.join(u'|').contains(QStringLiteral("rollsite")), qPrintable(p9999->reasons.join(u'|')));
}

void TestFederation::workloadJoinsItsPodsParty()
{
    // issue 15: FedLCM's envoy Deployment (labelled name=envoy-2; its pods only openfl=envoy) made
    // a second, red party next to the healthy one its pod formed
    const auto feds = recognizeFederations(load({QStringLiteral("openfl-complete.yaml"), QStringLiteral("openfl-fedlcm-deployment.yaml")}),
                                           QStringLiteral("lab"));
    const Federation *openfl = findFederation(feds, QStringLiteral("mnist-director"));
    QVERIFY(openfl);
    QList<const Party *> inNamespace;
    for (const Federation &f : feds)
        for (const Party &p : f.parties)
            if (p.namespace_ == u"openfl-envoy-2")
                inNamespace << &p;
    QCOMPARE(inNamespace.size(), 1);
    const Party *envoy2 = inNamespace.first();
    QCOMPARE(envoy2->role, PartyRole::Envoy);
    QCOMPARE(envoy2->podsReady, 1);
    QVERIFY2(envoy2->health != Health::Red, qPrintable(envoy2->reasons.join(u'|')));
    QVERIFY2(!envoy2->reasons.join(u'|').contains(QStringLiteral("no pods running")), qPrintable(envoy2->reasons.join(u'|')));
    QVERIFY2(envoy2->evidence.join(u'|').contains(QStringLiteral("openfl-envoy")), qPrintable(envoy2->evidence.join(u'|')));
}

// Two HelmChartBuilder projects (Helm releases proj-a and proj-b, each with overseer, server1 and
// server2) and a 2.8 server with two sites: three federations, each known by its own identity, each
// server1 listed once — not one "nvflare" holding server1 three times.
void TestFederation::flareDeploymentsKeepTheirIdentity()
{
    const auto objects = load({QStringLiteral("flare-two-projects.yaml"), QStringLiteral("flare-deploy-prepare.yaml")});
    FederationModel model;
    model.setClock([] { return kNow; });
    for (const ObjectSummary &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    const QList<Federation> feds = model.federations();
    QCOMPARE(dump(feds), dump(recognizeFederations(objects, QStringLiteral("lab"), {}, [] { return kNow; })));
    QStringList names;
    for (const Federation &f : feds)
        names << f.name + QLatin1Char('=') + f.identity;
    names.sort();
    QCOMPARE(names, (QStringList{"nvflare-server=namespace nvflare-server", "proj-a=Helm release proj-a/proj-a",
                                 "proj-b=Helm release proj-b/proj-b"}));
    for (const QString &project : {QStringLiteral("proj-a"), QStringLiteral("proj-b")}) {
        const Federation *f = findFederation(feds, project);
        QVERIFY(f);
        QCOMPARE(partyList(*f), (QStringList{"overseer/overseer", "server1/server", "server2/server"}));
        for (const Party &p : f->parties)
            QCOMPARE(p.namespace_, project);
        QCOMPARE(f->health, Health::Green);
    }
    const Federation *f28 = findFederation(feds, QStringLiteral("nvflare-server"));
    QVERIFY(f28);
    QCOMPARE(partyList(*f28), (QStringList{"server1/server", "site-1/client", "site-2/client"}));
    for (const Party &p : f28->parties) {
        QVERIFY2(p.health == Health::Green, qPrintable(p.name + QLatin1Char(' ') + p.reasons.join(u'|')));
        if (p.role == PartyRole::Client)
            QVERIFY2(p.evidence.join(u'|').contains(QStringLiteral("runs image nvflare/nvflare:2.8.0 as FLARE deployment nvflare-server")),
                     qPrintable(p.evidence.join(u'|')));
    }
    // each site dials its own deployment's servers: every edge ends at a party of its federation
    for (const Federation &f : feds) {
        QSet<QString> keys;
        for (const Party &p : f.parties)
            keys.insert(p.key);
        QVERIFY(!f.edges.isEmpty());
        for (const FederationEdge &e : f.edges)
            QVERIFY2(keys.contains(e.from) && keys.contains(e.to), qPrintable(f.name + QStringLiteral(": ") + e.from + QStringLiteral(" -> ") + e.to));
    }
}

void TestFederation::incrementalPodEvent()
{
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    const auto objects = load({QStringLiteral("flare-complete.yaml"), QStringLiteral("openfl-complete.yaml"),
                               QStringLiteral("fate-complete.yaml")});
    model.resetAll(Kind::Pod, {}, QStringLiteral("lab"));
    for (const ObjectSummary &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    const int passes = model.engine().fullPasses();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // server1 loses readiness
    ObjectSummary pod;
    for (const ObjectSummary &o : objects)
        if (o.uid == u"pod-server1")
            pod = o;
    PodInfo &info = std::get<PodInfo>(pod.info);
    info.ready = 0;
    info.containers[0].ready = false;
    model.applyUpsert(pod, QStringLiteral("lab"));

    QCOMPARE(model.engine().fullPasses(), passes); // no full pass for a pod event
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2); // the party row and its federation row
    const QModelIndex partyIdx = changed.at(0).at(0).toModelIndex();
    QCOMPARE(partyIdx.data().toString(), QStringLiteral("server1"));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), partyIdx.row());
    QVERIFY(!changed.at(1).at(0).toModelIndex().parent().isValid());
    const Federation *f = findFederation(model.federations(), QStringLiteral("flare"));
    QVERIFY(f);
    QCOMPARE(f->health, Health::Red);
    QVERIFY(f->reasons.contains(QStringLiteral("server server1 is red: no pod ready (0/1)")));

    // the pod goes away and comes back: still no full pass (the Deployment keeps the party)
    model.applyRemove(Kind::Pod, QStringLiteral("pod-server1"), QStringLiteral("lab"));
    QCOMPARE(model.engine().fullPasses(), passes);
    QCOMPARE(findFederation(model.federations(), QStringLiteral("flare"))->party(QStringLiteral("server1"))->reasons,
             QStringList{QStringLiteral("no pods running (Deployment server1 wants 1)")});
    model.applyUpsert(pod, QStringLiteral("lab"));
    QCOMPARE(model.engine().fullPasses(), passes);
    // a pod unrelated to any federation costs nothing
    ObjectSummary stray;
    stray.kind = Kind::Pod;
    stray.uid = QStringLiteral("stray");
    stray.name = QStringLiteral("nginx-1");
    stray.namespace_ = QStringLiteral("default");
    stray.info = PodInfo{};
    changed.clear();
    model.applyUpsert(stray, QStringLiteral("lab"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.engine().fullPasses(), passes);
}

void TestFederation::crashLoopIsIncremental()
{
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ObjectSummary &o : load({QStringLiteral("fate-complete.yaml")}))
        model.applyUpsert(o, QStringLiteral("lab"));
    const int passes = model.engine().fullPasses();
    for (const ObjectSummary &o : load({QStringLiteral("fate-crashloop.yaml")}))
        model.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(model.engine().fullPasses(), passes);
    const Party *p = findFederation(model.federations(), QStringLiteral("fate"))->party(QStringLiteral("fate-9999"));
    QVERIFY(p);
    QCOMPARE(p->health, Health::Amber);
    QCOMPARE(p->reasons,
             (QStringList{QStringLiteral("1 of 5 pods not ready"),
                          QStringLiteral("pod python-6d9f7c8b5-x2k4q: container python in CrashLoopBackOff (12 restarts)")}));
}

void TestFederation::multiCluster()
{
    // the exchange runs in a hub cluster, each party in its own cluster
    const auto all = load({QStringLiteral("fate-complete.yaml")});
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ObjectSummary &o : all) {
        const QString cluster = o.namespace_ == u"fate-exchange" || o.name == u"fate-exchange" ? QStringLiteral("hub")
                                : o.namespace_ == u"fate-9999" || o.name == u"fate-9999"   ? QStringLiteral("lab-a")
                                                                                            : QStringLiteral("lab-b");
        model.applyUpsert(o, cluster);
    }
    QCOMPARE(model.federations().size(), 1);
    const Federation &f = model.federations().first();
    QCOMPARE(f.health, Health::Green);
    QStringList clusters;
    for (const Party &p : f.parties)
        clusters << p.cluster;
    QCOMPARE(clusters, (QStringList{"hub", "lab-b", "lab-a"}));
    QCOMPARE(model.index(0, FederationModel::ClusterColumn).data().toString(), QStringLiteral("hub, lab-b, lab-a"));
    // every edge from the hub's exchange to a party crosses clusters and says what joined them
    int crossing = 0;
    for (const FederationEdge &e : f.edges) {
        if (e.from.section(u'|', 0, 0) == e.to.section(u'|', 0, 0) || e.to.isEmpty()) {
            QCOMPARE(e.crossCluster, QString());
            continue;
        }
        ++crossing;
        QVERIFY2(e.crossCluster.contains(QStringLiteral("is configured with its address (route ")), qPrintable(e.crossCluster));
    }
    QVERIFY(crossing >= 2);
    // same names in another cluster are other parties
    model.applyUpsert(all.at(1), QStringLiteral("lab-c"));
    QCOMPARE(model.federations().first().parties.size(), 4);

    // FLARE: the server side in one cluster, the sites in another, no label: the sites join the
    // only FLARE deployment in view, and their edges say so
    FederationModel flareModel;
    for (const ObjectSummary &o : load({QStringLiteral("flare-complete.yaml")}))
        flareModel.applyUpsert(o, o.namespace_ == u"flare" || o.name == u"flare" || o.namespace_ == u"ingress" ? QStringLiteral("hub")
                                                                                                            : QStringLiteral("lab-b"));
    QCOMPARE(flareModel.federations().size(), 1);
    const Federation &flare = flareModel.federations().first();
    QCOMPARE(flare.name, QStringLiteral("flare"));
    int fromSites = 0;
    for (const FederationEdge &e : flare.edges) {
        if (!e.from.startsWith(u"lab-b|"))
            continue;
        ++fromSites;
        QVERIFY(e.to.startsWith(u"hub|flare|"));
        QCOMPARE(e.crossCluster, QStringLiteral("the only FLARE server in view"));
    }
    QCOMPARE(fromSites, 2 * (1 + 2)); // two sites, each to the overseer and both servers
}

void TestFederation::unreadableClusterIsUnknown()
{
    // FLARE's server side in "hub", its sites in "lab-b" (as in multiCluster)
    FederationEngine engine;
    for (const ObjectSummary &o : load({QStringLiteral("flare-complete.yaml")}))
        engine.upsert(o, o.namespace_ == u"flare" || o.name == u"flare" || o.namespace_ == u"ingress" ? QStringLiteral("hub")
                                                                                                   : QStringLiteral("lab-b"));
    engine.recompute();
    auto flare = [&]() -> const Federation & { return engine.federations().first(); };
    QCOMPARE(engine.federations().size(), 1);
    const Health before = flare().health;
    const qsizetype partiesBefore = flare().parties.size();
    QVERIFY(before != Health::Unknown);
    QStringList sites;
    for (const Party &p : flare().parties)
        if (p.cluster == u"lab-b")
            sites << p.name;
    QCOMPARE(sites.size(), 2);

    // lab-b cannot be read: its sites are unknown (not failing), the reason first; the hub is as it was
    QVERIFY(engine.setClusterProblem(QStringLiteral("lab-b"), QStringLiteral("unreachable: Connection refused")));
    QVERIFY(!engine.setClusterProblem(QStringLiteral("lab-b"), QStringLiteral("unreachable: Connection refused"))); // no change
    engine.recompute();
    for (const Party &p : flare().parties) {
        if (p.cluster == u"lab-b") {
            QCOMPARE(p.health, Health::Unknown);
            QCOMPARE(p.reasons.value(0), QStringLiteral("cluster lab-b cannot be read (unreachable: Connection refused): its pods as last seen"));
            QCOMPARE(healthName(p.health), QStringLiteral("unknown"));
        } else {
            QVERIFY2(p.health != Health::Unknown, qPrintable(p.name));
        }
    }
    // sites unknown: the federation is degraded (not unknown: its server answers), and says which
    QCOMPARE(flare().health, std::max(before, Health::Amber));
    QVERIFY2(flare().reasons.join(u'|').contains(QStringLiteral("is unknown: cluster lab-b cannot be read")), qPrintable(flare().reasons.join(u'|')));

    // each crossing says whether its target answers, from the target's pods as last read
    auto crossing = [&]() -> const FederationEdge & {
        for (const FederationEdge &e : flare().edges)
            if (!e.crossCluster.isEmpty() && e.to.contains(u"|server|server1"))
                return e;
        qFatal("no crossing edge to server1");
    };
    QCOMPARE(flare().targetStateId(crossing()), QStringLiteral("answers"));
    QCOMPARE(flare().targetState(crossing()), QStringLiteral("target answers (1/1 pods ready)"));

    // the hub cannot be read either: nobody can say how the federation is
    engine.setClusterProblem(QStringLiteral("hub"), QStringLiteral("unauthorized: Unauthorized"));
    engine.recompute();
    QCOMPARE(flare().health, Health::Unknown);
    QCOMPARE(flare().targetStateId(crossing()), QStringLiteral("unknown"));
    QVERIFY(flare().targetState(crossing()).startsWith(u"target cannot be read (cluster hub cannot be read (unauthorized: Unauthorized)"));
    FederationEdge nowhere = crossing();
    nowhere.to.clear();
    QCOMPARE(flare().targetStateId(nowhere), QStringLiteral("not-found"));
    QCOMPARE(healthLabel(Health::Unknown), QStringLiteral("unknown"));

    // both back: as before, no party twice
    engine.setClusterProblem(QStringLiteral("hub"), {});
    engine.setClusterProblem(QStringLiteral("lab-b"), {});
    engine.recompute();
    QCOMPARE(flare().health, before);
    QCOMPARE(flare().parties.size(), partiesBefore);

    // a configuration that is wrong in itself (an envoy pointing at a director nobody deployed)
    // stays red when its cluster cannot be read: the reason of the read comes first
    FederationEngine openfl;
    for (const ObjectSummary &o : load({QStringLiteral("openfl-complete.yaml"), QStringLiteral("openfl-unknown-director.yaml")}))
        openfl.upsert(o, QStringLiteral("lab-c"));
    openfl.setClusterProblem(QStringLiteral("lab-c"), QStringLiteral("unreachable: Connection refused"));
    openfl.recompute();
    const Federation *lost = findFederation(openfl.federations(), QStringLiteral("director.other-lab.example.org"));
    QVERIFY(lost && lost->party(QStringLiteral("envoy-3")));
    QCOMPARE(lost->party(QStringLiteral("envoy-3"))->health, Health::Red);
    QVERIFY(lost->party(QStringLiteral("envoy-3"))->reasons.value(0).startsWith(u"cluster lab-c cannot be read"));
    const Federation *mnist = findFederation(openfl.federations(), QStringLiteral("mnist-director"));
    QVERIFY(mnist);
    for (const Party &p : mnist->parties)
        QCOMPARE(p.health, Health::Unknown);
}

void TestFederation::treeModel()
{
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    model.setCertExpiryLookup([](const QString &, const QString &ns, const QString &) {
        return ns == u"fate-10000" ? QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC) : QDateTime();
    });
    const auto objects = load({QStringLiteral("flare-complete.yaml"), QStringLiteral("openfl-complete.yaml"),
                               QStringLiteral("fate-complete.yaml"), QStringLiteral("openfl-unknown-director.yaml")});
    QHash<Kind, QList<ObjectSummary>> byKind;
    for (const ObjectSummary &o : objects)
        byKind[o.kind].append(o);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        model.resetAll(it.key(), it.value(), QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 4);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, FederationModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{"director.other-lab.example.org", "fate", "flare", "mnist-director"}));
    const QModelIndex fate = model.indexOfFederation(QStringLiteral("fate"));
    QCOMPARE(model.rowCount(fate), 3);
    QCOMPARE(fate.siblingAtColumn(FederationModel::FrameworkColumn).data().toString(), QStringLiteral("FATE"));
    QCOMPARE(fate.siblingAtColumn(FederationModel::ReadyColumn).data().toString(), QStringLiteral("11/11"));
    QCOMPARE(fate.siblingAtColumn(FederationModel::GpusColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(fate.siblingAtColumn(FederationModel::CertExpiryColumn).data().toString(), QStringLiteral("2027-01-01"));
    const QModelIndex party = model.index(1, 0, fate);
    QCOMPARE(party.data().toString(), QStringLiteral("fate-10000"));
    QCOMPARE(party.siblingAtColumn(FederationModel::RoleColumn).data().toString(), QStringLiteral("party"));
    QCOMPARE(party.siblingAtColumn(FederationModel::NamespaceColumn).data().toString(), QStringLiteral("fate-10000"));
    QCOMPARE(party.siblingAtColumn(FederationModel::ClusterColumn).data().toString(), QStringLiteral("lab"));
    QCOMPARE(party.siblingAtColumn(FederationModel::HealthColumn).data().toString(), QStringLiteral("healthy"));
    QCOMPARE(party.siblingAtColumn(FederationModel::ReadyColumn).data(FederationModel::SortRole).toInt(), 5);
    QVERIFY(party.data(FederationModel::EvidenceRole).toStringList().contains(QStringLiteral("namespace fate-10000")));
    const QModelIndex unknown = model.indexOfFederation(QStringLiteral("director.other-lab.example.org"));
    QCOMPARE(unknown.siblingAtColumn(FederationModel::HealthColumn).data(FederationModel::HealthRole).toInt(), int(Health::Red));
    // health is an icon too (the delegate draws it): a cross for red, a check for healthy
    QCOMPARE(unknown.siblingAtColumn(FederationModel::HealthColumn).data(StatusLevelRole).toInt(), int(StatusLevel::Failed));
    QCOMPARE(party.siblingAtColumn(FederationModel::HealthColumn).data(StatusLevelRole).toInt(), int(StatusLevel::Ok));
    QVERIFY(!party.siblingAtColumn(FederationModel::NameColumn).data(StatusLevelRole).isValid());
    QVERIFY(unknown.siblingAtColumn(FederationModel::HealthColumn).data(Qt::ToolTipRole).toString().contains(u"not found"));

    // a structural event that keeps the shape does not reset
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const ObjectSummary &o : objects)
        if (o.kind == Kind::Service && o.namespace_ == u"flare")
            model.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(reset.count(), 0);
    // a new party is a row insertion under its federation, not a reset
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QPersistentModelIndex keep(model.index(1, 0, model.indexOfFederation(QStringLiteral("fate"))));
    for (const ObjectSummary &o : load({QStringLiteral("fate-partial.yaml")}))
        model.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).toModelIndex().data().toString(), QStringLiteral("fate"));
    QCOMPARE(model.rowCount(model.indexOfFederation(QStringLiteral("fate"))), 4);
    QCOMPARE(keep.data().toString(), QStringLiteral("fate-10000"));
    // parties and federations going away are row removals
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyRemove(Kind::Pod, QStringLiteral("pod-envoy-3"), QStringLiteral("lab"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1); // the unknown-director federation with its only envoy
    QVERIFY(!model.indexOfFederation(QStringLiteral("director.other-lab.example.org")).isValid());
    QCOMPARE(model.rowCount(), 3);
}

void TestFederation::gpuPartyResolver()
{
    FederationEngine engine;
    const auto objects = load({QStringLiteral("flare-complete.yaml")});
    for (const ObjectSummary &o : objects)
        engine.upsert(o, QStringLiteral("lab"));
    for (const ObjectSummary &o : objects) {
        if (o.uid == u"pod-site-2")
            QCOMPARE(engine.partyNameForPod(o, QStringLiteral("lab")), QStringLiteral("site-2"));
        if (o.uid == u"pod-server1")
            QCOMPARE(engine.partyNameForPod(o, QStringLiteral("lab")), QStringLiteral("server1"));
    }
}

QTEST_GUILESS_MAIN(TestFederation)
#include "tst_federation.moc"

// Issue 10: a watch batch of thousands of events updates the federations once — one full pass
// when some event needs it, else each touched party once — and the model signals once.
void TestFederation::batchRunsOnePass()
{
    FederationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    const auto objects = load({QStringLiteral("flare-complete.yaml"), QStringLiteral("openfl-complete.yaml"),
                               QStringLiteral("fate-complete.yaml")});
    QSignalSpy federationsChanged(&model, &FederationModel::federationsChanged);
    const int before = model.engine().fullPasses();
    model.beginBatch();
    for (const ObjectSummary &o : objects)
        model.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(federationsChanged.count(), 0); // nothing until the batch ends
    model.endBatch();
    QCOMPARE(model.engine().fullPasses(), before + 1);
    QCOMPARE(federationsChanged.count(), 1);

    // the same as one event at a time
    FederationModel oneByOne;
    oneByOne.setClock([] { return kNow; });
    for (const ObjectSummary &o : objects)
        oneByOne.applyUpsert(o, QStringLiteral("lab"));
    QCOMPARE(dump(model.federations()), dump(oneByOne.federations()));

    // 2000 pod events of existing parties: no full pass, one signal
    const int passes = model.engine().fullPasses();
    federationsChanged.clear();
    model.beginBatch();
    for (int round = 0; round < 2000 / 10; ++round) {
        for (ObjectSummary o : objects) {
            if (o.kind != Kind::Pod)
                continue;
            o.labels.insert(QStringLiteral("round"), QString::number(round));
            model.applyUpsert(o, QStringLiteral("lab"));
        }
    }
    model.endBatch();
    QCOMPARE(model.engine().fullPasses(), passes);
    QCOMPARE(federationsChanged.count(), 1);
    QCOMPARE(dump(model.federations()), dump(oneByOne.federations()));
}

// The per-party sums kept event by event (PartyTally) equal what a full pass computes, after a
// random walk of pods appearing, changing readiness and phase, and going away.
void TestFederation::tallyMatchesFullPass()
{
    const auto objects = load({QStringLiteral("flare-complete.yaml"), QStringLiteral("openfl-complete.yaml"),
                               QStringLiteral("fate-complete.yaml"), QStringLiteral("fate-crashloop.yaml")});
    QList<ObjectSummary> pods;
    FederationEngine engine;
    engine.setClock([] { return kNow; });
    for (const ObjectSummary &o : objects) {
        if (o.kind == Kind::Pod)
            pods.append(o);
        engine.upsert(o, QStringLiteral("lab"));
    }
    QRandomGenerator rng(20261206);
    for (int step = 0; step < 3000; ++step) {
        ObjectSummary pod = pods.at(int(rng.bounded(quint32(pods.size()))));
        // copies of a pod under new uids, so parties grow and shrink
        pod.uid += QStringLiteral("-copy%1").arg(rng.bounded(4));
        pod.name += QStringLiteral("-copy");
        switch (rng.bounded(4)) {
        case 0:
            engine.remove(Kind::Pod, pod.uid, QStringLiteral("lab"));
            break;
        case 1: {
            PodInfo &info = std::get<PodInfo>(pod.info);
            info.ready = 0;
            for (ContainerSummary &c : info.containers)
                c.ready = false;
            engine.upsert(pod, QStringLiteral("lab"));
            break;
        }
        case 2:
            std::get<PodInfo>(pod.info).phase = QStringLiteral("Succeeded");
            engine.upsert(pod, QStringLiteral("lab"));
            break;
        default:
            engine.upsert(pod, QStringLiteral("lab"));
        }
    }
    auto everything = [](const QList<Federation> &feds) {
        QString out = dump(feds);
        for (const Federation &f : feds) {
            for (const Party &p : f.parties) {
                QStringList endpoints;
                for (const Endpoint &e : p.endpoints)
                    endpoints << e.text();
                out += QStringLiteral("\n%1: gpus %2, components %3, endpoints %4")
                           .arg(p.key)
                           .arg(p.gpusHeld)
                           .arg(p.components.join(u','), endpoints.join(u','));
            }
        }
        return out;
    };
    const QString incremental = everything(engine.federations());
    engine.recompute();
    QCOMPARE(incremental, everything(engine.federations()));
}
