// Kinds from API discovery: answers captured from the local control plane (kube-apiserver
// v1.32.4: aggregated discovery v2 from /api and /apis, and the plain lists) parsed into the
// KindTable that the resource view, the editors and the CLI look kinds up in.
#include "backend/cluster/ApiDiscovery.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace fc;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FC_FIXTURES "/discovery/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return f.readAll();
}

KindTable aggregatedTable()
{
    KindTable t = KindTable::builtins();
    for (const char *f : {"api-aggregated.json", "apis-aggregated.json"}) {
        const auto types = discovery::parseAggregated(fixture(f));
        if (!types)
            qFatal("%s: %s", f, qPrintable(types.error().message));
        for (const ResourceType &r : types.value())
            t.insert(r);
    }
    return t;
}

QSet<QString> ids(const KindTable &t)
{
    QSet<QString> out;
    for (const ResourceType &r : t.all())
        out.insert(r.id());
    return out;
}

} // namespace

class TestApiDiscovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aggregatedIsRecognised()
    {
        QVERIFY(discovery::isAggregated(fixture("apis-aggregated.json")));
        QVERIFY(!discovery::isAggregated(fixture("apis-legacy.json")));
        QVERIFY(!discovery::isAggregated("not json"));
    }

    void aggregatedKinds()
    {
        const KindTable t = aggregatedTable();
        const ResourceType *pods = t.byId(u"pods");
        QVERIFY(pods);
        QCOMPARE(pods->kind, QStringLiteral("Pod"));
        QVERIFY(pods->namespaced);
        QCOMPARE(pods->groupVersion(), QStringLiteral("v1"));
        QVERIFY(pods->shortNames.contains(QStringLiteral("po")));
        QVERIFY(pods->builtin && *pods->builtin == Kind::Pod);
        QVERIFY(!t.byId(u"pods/log")); // subresources are not kinds
        const ResourceType *ds = t.byId(u"daemonsets.apps");
        QVERIFY(ds);
        QCOMPARE(ds->apiPrefix(), QStringLiteral("/apis/apps/v1"));
        QCOMPARE(ds->collectionPath(QStringLiteral("ingress")), QStringLiteral("/apis/apps/v1/namespaces/ingress/daemonsets"));
        QCOMPARE(ds->objectPath(QStringLiteral("ingress"), QStringLiteral("c")), QStringLiteral("/apis/apps/v1/namespaces/ingress/daemonsets/c"));
        QVERIFY(ds->supports(u"patch"));
        const ResourceType *nodes = t.byId(u"nodes");
        QVERIFY(nodes && !nodes->namespaced);
        QCOMPARE(nodes->objectPath(QStringLiteral("ignored"), QStringLiteral("n1")), QStringLiteral("/api/v1/nodes/n1"));
        // kinds FedConsole has no summary for are there too: KWOK's own CRDs, RBAC, admission
        QVERIFY(t.byId(u"stages.kwok.x-k8s.io") || t.byId(u"clusterlogs.kwok.x-k8s.io"));
        QVERIFY(t.byId(u"validatingadmissionpolicies.admissionregistration.k8s.io"));
        QVERIFY(!t.byId(u"validatingadmissionpolicies.admissionregistration.k8s.io")->builtin);
    }

    // the plain lists (servers without aggregated discovery) give the same kinds for a group
    void legacyListsAgree()
    {
        KindTable legacy;
        for (const char *f : {"api-v1.json", "apis-apps-v1.json"}) {
            const auto types = discovery::parseResourceList(fixture(f));
            QVERIFY2(types.ok(), f);
            for (const ResourceType &r : types.value())
                legacy.insert(r);
        }
        const KindTable aggregated = aggregatedTable();
        for (const ResourceType &r : legacy.all()) {
            const ResourceType *a = aggregated.byId(r.id());
            QVERIFY2(a, qPrintable(r.id()));
            QCOMPARE(a->kind, r.kind);
            QCOMPARE(a->namespaced, r.namespaced);
            QCOMPARE(a->version, r.version);
            QCOMPARE(QSet<QString>(a->verbs.cbegin(), a->verbs.cend()), QSet<QString>(r.verbs.cbegin(), r.verbs.cend()));
        }
        const auto groups = discovery::parsePreferredGroupVersions(fixture("apis-legacy.json"));
        QVERIFY(groups.ok());
        QVERIFY(groups->contains(QStringLiteral("apps/v1")));
        QVERIFY(groups->contains(QStringLiteral("rbac.authorization.k8s.io/v1")));
    }

    void lookupAsKubectl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id");
        QTest::newRow("plural") << "pods" << "pods";
        QTest::newRow("singular") << "pod" << "pods";
        QTest::newRow("short") << "po" << "pods";
        QTest::newRow("kind") << "Pod" << "pods";
        QTest::newRow("short ds") << "ds" << "daemonsets.apps";
        QTest::newRow("resource.group") << "daemonsets.apps" << "daemonsets.apps";
        QTest::newRow("configmap short") << "cm" << "configmaps";
        QTest::newRow("mixed case") << "DaemonSet" << "daemonsets.apps";
        // events: both the core group and events.k8s.io serve them; kubectl takes the core one
        QTest::newRow("events core first") << "events" << "events";
    }
    void lookupAsKubectl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id);
        const KindTable t = aggregatedTable();
        const ResourceType *r = t.lookup(typed);
        QVERIFY2(r, qPrintable(typed));
        QCOMPARE(r->id(), id);
        QCOMPARE(t.byApiVersionAndKind(r->groupVersion(), r->kind)->id(), id);
        QVERIFY(!t.lookup(u"no-such-kind"));
    }

    void builtinsBeforeDiscovery()
    {
        const KindTable t = KindTable::builtins();
        QCOMPARE(ids(t).size(), 10);
        QCOMPARE(t.byId(u"statefulsets.apps")->kind, QStringLiteral("StatefulSet"));
        QCOMPARE(ResourceType::of(Kind::ConfigMap).collectionPath(QStringLiteral("ns")), QStringLiteral("/api/v1/namespaces/ns/configmaps"));
    }

    void brokenAnswersAreErrors()
    {
        QVERIFY(!discovery::parseAggregated("{").ok());
        QVERIFY(!discovery::parseResourceList("[]").ok());
        QVERIFY(discovery::parseAggregated(R"({"kind":"APIGroupDiscoveryList","items":[{"versions":[]}]})")->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiDiscovery)
#include "tst_apidiscovery.moc"
