// Parties and the Helm releases that installed them: the release named by the workloads'
// meta.helm.sh annotations, joined with Helm's storage (ReleaseListModel) in FederationModel,
// live; and the values skeletons "Install a party chart…" prefills, checked against the charts
// FedConsole is tested with (tests/charts) so a key the chart does not know is caught here.

#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/YamlCodec.h"
#include "model/cluster/ResourceStore.h"
#include "model/federation/FederationEngine.h"
#include "model/federation/FederationModel.h"
#include "model/federation/PartyChart.h"
#include "model/federation/PartyRelease.h"
#include "model/helm/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

QList<ObjectSummary> manifests(const QByteArray &yaml)
{
    auto r = parseManifests(yaml, QStringLiteral("inline"));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

QList<ObjectSummary> fixture(const QString &name)
{
    QFile f(QStringLiteral(FC_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    return manifests(f.readAll());
}

QJsonObject chartValues(const QString &chart)
{
    QFile f(QStringLiteral(FC_CHARTS "/") + chart + QStringLiteral("/values.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    auto r = yaml::toObject(f.readAll());
    if (!r)
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(r.error().toString()));
    return r.value();
}

/// Keys of `values` (maps recursively, the first element of lists of maps) the chart's
/// values.yaml does not have: what the chart's templates would never read.
QStringList unknownKeys(const QJsonObject &values, const QJsonObject &chart, const QString &prefix = {})
{
    QStringList out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString path = prefix + it.key();
        if (!chart.contains(it.key())) {
            out << path;
            continue;
        }
        const QJsonValue theirs = chart.value(it.key());
        if (it->isObject() && theirs.isObject())
            out << unknownKeys(it->toObject(), theirs.toObject(), path + u'.');
        else if (it->isArray() && theirs.isArray() && !it->toArray().isEmpty() && it->toArray().first().isObject()
                 && !theirs.toArray().isEmpty())
            out << unknownKeys(it->toArray().first().toObject(), theirs.toArray().first().toObject(), path + QStringLiteral("[]."));
    }
    return out;
}

const Federation *federation(const QList<Federation> &feds, Framework framework)
{
    for (const Federation &f : feds)
        if (f.framework == framework)
            return &f;
    return nullptr;
}

const Party *party(const QList<Federation> &feds, const QString &name)
{
    for (const Federation &f : feds)
        if (const Party *p = f.party(name))
            return p;
    return nullptr;
}

ObjectSummary helmSecret(const QString &ns, const QString &name, int revision, const QString &status)
{
    ObjectSummary o;
    o.kind = Kind::Secret;
    o.uid = QStringLiteral("%1-%2-%3").arg(ns, name).arg(revision);
    o.name = QStringLiteral("sh.helm.release.v1.%1.v%2").arg(name).arg(revision);
    o.namespace_ = ns;
    HelmReleaseInfo info;
    info.storage.type = QStringLiteral("helm.sh/release.v1");
    info.release.name = name;
    info.release.namespace_ = ns;
    info.release.revision = revision;
    info.release.status = status;
    info.release.chartName = QStringLiteral("fate-party");
    info.release.chartVersion = QStringLiteral("1.2.0");
    o.info = info;
    return o;
}

WatchBatch batch(const QList<ObjectSummary> &objects, bool list = false)
{
    WatchBatch b;
    b.kind = Kind::Secret;
    b.listBegin = b.listEnd = list;
    b.upserts = objects;
    return b;
}

// Two FATE parties: 10000 installed by Helm (release fate-10000, every workload annotated),
// 9999 applied by hand (no annotations). A FLARE server whose Deployment Helm installed from a
// release in another namespace (release-namespace differs from the object's).
const QByteArray kParties = R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: python
  namespace: fate-10000
  uid: d-python-10000
  labels: {fateMoudle: python, partyId: "10000", owner: kubefate, cluster: fate, app.kubernetes.io/managed-by: Helm}
  annotations: {meta.helm.sh/release-name: fate-10000, meta.helm.sh/release-namespace: fate-10000}
spec:
  replicas: 1
  selector: {matchLabels: {fateMoudle: python, partyId: "10000"}}
  template:
    metadata: {labels: {fateMoudle: python, partyId: "10000"}}
    spec: {containers: [{name: python, image: federatedai/python:1.2.0}]}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: proxy
  namespace: fate-10000
  uid: d-proxy-10000
  labels: {fateMoudle: proxy, partyId: "10000", owner: kubefate, cluster: fate, app.kubernetes.io/managed-by: Helm}
  annotations: {meta.helm.sh/release-name: fate-10000, meta.helm.sh/release-namespace: fate-10000}
spec:
  replicas: 1
  selector: {matchLabels: {fateMoudle: proxy, partyId: "10000"}}
  template:
    metadata: {labels: {fateMoudle: proxy, partyId: "10000"}}
    spec: {containers: [{name: proxy, image: federatedai/proxy:1.2.0}]}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: python
  namespace: fate-9999
  uid: d-python-9999
  labels: {fateMoudle: python, partyId: "9999", owner: kubefate, cluster: fate}
spec:
  replicas: 1
  selector: {matchLabels: {fateMoudle: python, partyId: "9999"}}
  template:
    metadata: {labels: {fateMoudle: python, partyId: "9999"}}
    spec: {containers: [{name: python, image: federatedai/python:1.2.0}]}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server1
  namespace: flare
  uid: d-server1
  labels: {system: server1}
  annotations: {meta.helm.sh/release-name: nvflare, meta.helm.sh/release-namespace: flare-releases}
spec:
  replicas: 1
  selector: {matchLabels: {system: server1}}
  template:
    metadata: {labels: {system: server1}}
    spec:
      containers:
      - name: server1
        image: nvflare/nvflare:2.4.0
        command: [/usr/local/bin/python3]
        args: [-u, -m, nvflare.private.fed.app.server.server_train, -m, /workspace/server1]
)";

} // namespace

class TestPartyHelm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void releaseFromAnnotations()
    {
        const QList<Federation> feds = recognizeFederations(manifests(kParties), QStringLiteral("c1"));
        const Party *helmed = party(feds, QStringLiteral("fate-10000"));
        QVERIFY(helmed);
        QCOMPARE(helmed->helmRelease, QStringLiteral("fate-10000"));
        QCOMPARE(helmed->helmReleaseNamespace, QStringLiteral("fate-10000"));
        const Party *byHand = party(feds, QStringLiteral("fate-9999"));
        QVERIFY(byHand);
        QVERIFY(byHand->helmRelease.isEmpty());
        const Party *server = party(feds, QStringLiteral("server1"));
        QVERIFY(server);
        QCOMPARE(server->helmRelease, QStringLiteral("nvflare"));
        QCOMPARE(server->helmReleaseNamespace, QStringLiteral("flare-releases"));
    }

    void joinWithStorage()
    {
        const QList<Federation> feds = recognizeFederations(manifests(kParties), QStringLiteral("c1"));
        ResourceStore secrets(Kind::Secret);
        ReleaseListModel releases;
        FederationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFederations(feds);
        releases.addStore(&secrets);
        secrets.apply(batch({helmSecret(QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 1, QStringLiteral("superseded")),
                             helmSecret(QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 2, QStringLiteral("deployed")),
                             helmSecret(QStringLiteral("fate-9999"), QStringLiteral("fate-9999"), 1, QStringLiteral("deployed"))},
                            true));
        QSignalSpy changed(&model, &FederationModel::federationsChanged);
        model.addReleases(QStringLiteral("c1"), &releases);
        QTRY_VERIFY(!changed.isEmpty()); // joined after the event loop turns (one change per batch)

        const Party *helmed = party(model.federations(), QStringLiteral("fate-10000"));
        PartyRelease r = model.releaseOf(*helmed);
        QVERIFY(r.listed);
        QCOMPARE(r.revision, 2);
        QCOMPARE(r.status, QStringLiteral("deployed"));
        QCOMPARE(r.chart, QStringLiteral("fate-party-1.2.0"));
        QVERIFY(!r.stuck);
        QVERIFY(!r.problem());
        QCOMPARE(r.text(), QStringLiteral("Helm: fate-10000 rev 2 \u00b7 deployed"));
        // a party Helm did not install stays without a release, even with a same-named one stored
        QVERIFY(model.releaseOf(*party(model.federations(), QStringLiteral("fate-9999"))).isEmpty());
        // the release of another cluster is not this party's
        Party elsewhere = *helmed;
        elsewhere.cluster = QStringLiteral("c2");
        QVERIFY(!model.releaseOf(elsewhere).listed);
        QVERIFY(model.releaseOf(elsewhere).problem());

        // the item model: the party row's role, updated live when an upgrade gets stuck
        const QModelIndex partyIndex = [&] {
            for (int f = 0; f < model.rowCount(); ++f) {
                const QModelIndex fed = model.index(f, 0);
                for (int p = 0; p < model.rowCount(fed); ++p)
                    if (model.index(p, 0, fed).data().toString() == u"fate-10000")
                        return model.index(p, 0, fed);
            }
            return QModelIndex();
        }();
        QVERIFY(partyIndex.isValid());
        QCOMPARE(partyIndex.data(FederationModel::HelmReleaseRole).toString(), r.text());
        QVERIFY(!partyIndex.data(FederationModel::HelmProblemRole).toBool());
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        changed.clear();
        secrets.apply(batch({helmSecret(QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 3, QStringLiteral("pending-upgrade"))}));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(std::any_of(data.cbegin(), data.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toModelIndex() == partyIndex && args.at(2).value<QList<int>>().contains(FederationModel::HelmReleaseRole);
        }));
        r = model.releaseOf(*helmed);
        QCOMPARE(r.revision, 3);
        QVERIFY(r.stuck);
        QVERIFY(r.problem());
        QVERIFY(!r.stuckMeaning.isEmpty());
        QCOMPARE(partyIndex.data(FederationModel::HelmReleaseRole).toString(),
                 QStringLiteral("Helm: fate-10000 rev 3 \u00b7 pending-upgrade (stuck)"));
        QVERIFY(partyIndex.data(FederationModel::HelmProblemRole).toBool());

        // failed, then uninstalled: still named (the annotations say so), flagged
        secrets.apply(batch({helmSecret(QStringLiteral("fate-10000"), QStringLiteral("fate-10000"), 4, QStringLiteral("failed"))}));
        QTRY_COMPARE(model.releaseOf(*helmed).status, QStringLiteral("failed"));
        QVERIFY(model.releaseOf(*helmed).problem());
        WatchBatch gone;
        gone.kind = Kind::Secret;
        for (int rev = 1; rev <= 4; ++rev)
            gone.removedUids << QStringLiteral("fate-10000-fate-10000-%1").arg(rev);
        secrets.apply(gone);
        QTRY_VERIFY(!model.releaseOf(*helmed).listed);
        QCOMPARE(model.releaseOf(*helmed).text(), QStringLiteral("Helm: fate-10000 \u00b7 not in Helm's storage"));
    }

    void fateSkeleton()
    {
        const QList<Federation> feds = recognizeFederations(fixture(QStringLiteral("fate-complete.yaml")));
        const Federation *fate = federation(feds, Framework::Fate);
        QVERIFY(fate);
        const QString id = suggestPartyName(Framework::Fate, fate);
        QCOMPARE(id, QStringLiteral("10001"));
        QCOMPARE(suggestPartyName(Framework::Fate, nullptr), QStringLiteral("10000"));
        const PartyChartPlan plan = planPartyChart(Framework::Fate, id, fate);
        QCOMPARE(plan.release, QStringLiteral("fate-10001"));
        QCOMPARE(plan.namespace_, QStringLiteral("fate-10001"));
        QVERIFY(plan.chartHint.contains(QStringLiteral("KubeFATE")));
        auto values = yaml::toObject(plan.valuesYaml.toUtf8());
        QVERIFY2(values, qPrintable(plan.valuesYaml));
        QCOMPARE(unknownKeys(values.value(), chartValues(QStringLiteral("kubefate-party"))), QStringList());
        QCOMPARE(values.value().value(QStringLiteral("partyId")).toInt(), 10001);
        // the other parties (not the exchange) with the node ports their proxies are reached at
        const QJsonArray peers = values.value().value(QStringLiteral("partyList")).toArray();
        QStringList ids;
        for (const QJsonValue &p : peers)
            ids << QString::number(p.toObject().value(QStringLiteral("partyId")).toInt());
        QCOMPARE(ids, (QStringList{QStringLiteral("10000"), QStringLiteral("9999")}));
        QVERIFY2(peers.at(1).toObject().value(QStringLiteral("partyPort")).toInt() > 30000, qPrintable(plan.valuesYaml));
    }

    void openflSkeleton()
    {
        const QList<Federation> feds = recognizeFederations(fixture(QStringLiteral("openfl-complete.yaml")));
        const Federation *openfl = federation(feds, Framework::OpenFL);
        QVERIFY(openfl);
        const QString envoy = suggestPartyName(Framework::OpenFL, openfl);
        QCOMPARE(envoy, QStringLiteral("envoy-2")); // envoy-1 and openfl-envoy-2 exist: the next envoy-N
        const PartyChartPlan plan = planPartyChart(Framework::OpenFL, envoy, openfl);
        QCOMPARE(plan.release, envoy);
        QCOMPARE(plan.namespace_, QStringLiteral("openfl-envoy-2"));
        auto values = yaml::toObject(plan.valuesYaml.toUtf8());
        QVERIFY2(values, qPrintable(plan.valuesYaml));
        QCOMPARE(unknownKeys(values.value(), chartValues(QStringLiteral("openfl-envoy"))), QStringList());
        const QJsonObject v = values.value();
        QCOMPARE(v.value(QStringLiteral("name")).toString(), envoy);
        // where the federation's envoys already point
        QCOMPARE(v.value(QStringLiteral("directorFqdn")).toString(), QStringLiteral("director.openfl-director.svc.cluster.local"));
        QCOMPARE(v.value(QStringLiteral("directorPort")).toInt(), 50051);
        QCOMPARE(v.value(QStringLiteral("aggPort")).toInt(), 50052);
        QVERIFY(v.contains(QStringLiteral("directorIp"))); // required by the chart's schema: left to the user
        QCOMPARE(v.value(QStringLiteral("cert")).toObject().value(QStringLiteral("create")).toBool(), false);
        // a first envoy without a federation: the guide's defaults
        const PartyChartPlan first = planPartyChart(Framework::OpenFL, QStringLiteral("envoy-1"), nullptr);
        QVERIFY(first.valuesYaml.contains(QStringLiteral("directorFqdn: director\n")));
    }

    void flareSkeleton()
    {
        const QList<Federation> feds = recognizeFederations(fixture(QStringLiteral("flare-complete.yaml")));
        const Federation *flare = federation(feds, Framework::Flare);
        QVERIFY(flare);
        const QString site = suggestPartyName(Framework::Flare, flare);
        QCOMPARE(site, QStringLiteral("site-3"));
        const PartyChartPlan plan = planPartyChart(Framework::Flare, site, flare);
        QCOMPARE(plan.release, QStringLiteral("site-3"));
        QCOMPARE(plan.namespace_, QStringLiteral("flare-site-3"));
        auto values = yaml::toObject(plan.valuesYaml.toUtf8());
        QVERIFY2(values, qPrintable(plan.valuesYaml));
        QCOMPARE(unknownKeys(values.value(), chartValues(QStringLiteral("flare"))), QStringList());
        const QJsonObject server = values.value().value(QStringLiteral("servers")).toArray().first().toObject();
        QCOMPARE(server.value(QStringLiteral("name")).toString(), site);
        // server1 8002/8003 and server2 8102/8103 exist: the next pair
        QCOMPARE(server.value(QStringLiteral("flPort")).toInt(), 8202);
        QCOMPARE(server.value(QStringLiteral("adminPort")).toInt(), 8203);
        QCOMPARE(values.value().value(QStringLiteral("overseer")).toObject().value(QStringLiteral("port")).toInt(), 8443);
        QVERIFY(values.value().contains(QStringLiteral("workspace")));
    }

    void customHasNoChart() { QVERIFY(planPartyChart(Framework::Custom, QStringLiteral("x"), nullptr).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestPartyHelm)
#include "tst_partyhelm.moc"
