// SelfSubjectAccessReview / SelfSubjectRulesReview requests and answers, and RBAC's rule matching
// (wildcards, subresources, rules limited to named objects), without a server.
#include "backend/cluster/AccessReview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fc;

class TestAccessReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accessRequestCarriesTheAttributes()
    {
        const ApiRequest r = accessReviewRequest(AccessQuery::of(QStringLiteral("get"), ResourceType::of(Kind::Pod), QStringLiteral("team"),
                                                                 QStringLiteral("log")));
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"));
        const QJsonObject a = QJsonDocument::fromJson(r.body).object()[QLatin1String("spec")][QLatin1String("resourceAttributes")].toObject();
        QCOMPARE(a[QLatin1String("verb")].toString(), QStringLiteral("get"));
        QCOMPARE(a[QLatin1String("resource")].toString(), QStringLiteral("pods"));
        QCOMPARE(a[QLatin1String("subresource")].toString(), QStringLiteral("log"));
        QCOMPARE(a[QLatin1String("namespace")].toString(), QStringLiteral("team"));
        // a cluster-scoped kind is asked about without a namespace
        const ApiRequest nodes = accessReviewRequest(AccessQuery::of(QStringLiteral("list"), ResourceType::of(Kind::Node), QStringLiteral("team")));
        QVERIFY(!QJsonDocument::fromJson(nodes.body).object()[QLatin1String("spec")][QLatin1String("resourceAttributes")].toObject().contains(
            QLatin1String("namespace")));
    }

    void answersParsed()
    {
        auto a = parseAccessReview(R"({"kind":"SelfSubjectAccessReview","status":{"allowed":false,"denied":true,"reason":"policy says no"}})");
        QVERIFY(a);
        QVERIFY(!a->allowed);
        QVERIFY(a->denied);
        QCOMPARE(a->reason, QStringLiteral("policy says no"));
        QVERIFY(!parseAccessReview("not json"));
        QVERIFY(!parseAccessReview(R"({"kind":"Status","status":"Failure"})"));
    }

    void rulesMatchLikeRbac()
    {
        const auto r = parseRulesReview(QStringLiteral("team"), R"({"kind":"SelfSubjectRulesReview","status":{"incomplete":false,"resourceRules":[
            {"verbs":["get","list","watch"],"apiGroups":[""],"resources":["pods","pods/log"]},
            {"verbs":["update"],"apiGroups":[""],"resources":["configmaps"],"resourceNames":["only-this-one"]},
            {"verbs":["*"],"apiGroups":["apps"],"resources":["*"]},
            {"verbs":["patch"],"apiGroups":["*"],"resources":["*/scale"]}]}})");
        QVERIFY(r);
        QVERIFY(r->allows(QStringLiteral("list"), {}, QStringLiteral("pods")));
        QVERIFY(r->allows(QStringLiteral("get"), {}, QStringLiteral("pods"), QStringLiteral("log")));
        QVERIFY(!r->allows(QStringLiteral("delete"), {}, QStringLiteral("pods")));
        QVERIFY(!r->allows(QStringLiteral("get"), {}, QStringLiteral("pods"), QStringLiteral("exec")));
        QVERIFY(!r->allows(QStringLiteral("list"), {}, QStringLiteral("secrets")));
        QVERIFY(!r->allows(QStringLiteral("update"), {}, QStringLiteral("configmaps"))); // named objects only
        QVERIFY(r->allows(QStringLiteral("delete"), QStringLiteral("apps"), QStringLiteral("daemonsets")));
        QVERIFY(r->allows(QStringLiteral("get"), QStringLiteral("apps"), QStringLiteral("deployments"), QStringLiteral("scale")));
        QVERIFY(r->allows(QStringLiteral("patch"), QStringLiteral("apps"), QStringLiteral("statefulsets"), QStringLiteral("scale")));
        QVERIFY(!r->allows(QStringLiteral("list"), QStringLiteral("batch"), QStringLiteral("jobs")));
        QVERIFY(!r->incomplete);
    }
};

QTEST_GUILESS_MAIN(TestAccessReview)
#include "tst_accessreview.moc"
