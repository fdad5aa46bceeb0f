// The write path of ClusterConnection against the real apiserver: create, get, every patch type
// (merge, strategic merge, JSON patch, server-side apply as fieldManager fedconsole, dry run),
// delete, and metav1.Status errors decoded into messages (404, 409, 422).

#include "../common/LocalCluster.h"

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace fc;
using namespace fc::test;

class TestRestApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    QString m_ns;
    QString m_path;

    template<typename Send>
    Result<QByteArray> wait(Send send)
    {
        std::optional<Result<QByteArray>> out;
        QObject ctx;
        send(&ctx, [&](const Result<QByteArray> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return makeError(QStringLiteral("timed out"));
        return *out;
    }
    static QJsonObject json(const Result<QByteArray> &r) { return QJsonDocument::fromJson(r.value()).object(); }
    static QJsonObject data(const Result<QByteArray> &r) { return json(r).value(QLatin1String("data")).toObject(); }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-rest-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        auto ctx = Kubeconfig::load({kubeconfigPath()}).resolve(QStringLiteral("fedconsole-local"));
        QVERIFY(ctx.ok());
        auto cfg = connectionConfigFor(ctx.value());
        QVERIFY(cfg.ok());
        m_conn = std::make_unique<ClusterConnection>(cfg.value());
        m_path = ClusterConnection::objectPath(Kind::ConfigMap, m_ns, QStringLiteral("routes"));
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void createGetConflict()
    {
        const QByteArray cm = QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"routes","namespace":"%1"},
                                               "data":{"8002":"flare/server1:8002"}})").arg(m_ns).toUtf8();
        auto created = wait([&](QObject *c, auto cb) { m_conn->create(ClusterConnection::objectPath(Kind::ConfigMap, m_ns), cm, c, cb); });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        auto got = wait([&](QObject *c, auto cb) { m_conn->get(m_path, c, cb); });
        QVERIFY(got.ok());
        QCOMPARE(data(got).value(QLatin1String("8002")).toString(), QStringLiteral("flare/server1:8002"));
        auto again = wait([&](QObject *c, auto cb) { m_conn->create(ClusterConnection::objectPath(Kind::ConfigMap, m_ns), cm, c, cb); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().httpStatus, 409);
        QCOMPARE(again.error().reason, QStringLiteral("AlreadyExists"));
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));
    }

    void patchTypes()
    {
        using P = ClusterConnection::PatchType;
        auto merge = wait([&](QObject *c, auto cb) { m_conn->patch(m_path, P::Merge, R"({"data":{"8003":"flare/server1:8003"}})", c, cb); });
        QVERIFY(merge.ok());
        QCOMPARE(data(merge).size(), 2);
        auto strategic = wait([&](QObject *c, auto cb) {
            m_conn->patch(m_path, P::StrategicMerge, R"({"metadata":{"labels":{"app":"ingress"}}})", c, cb);
        });
        QVERIFY(strategic.ok());
        QCOMPARE(json(strategic).value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject()
                     .value(QLatin1String("app")).toString(), QStringLiteral("ingress"));
        auto jsonPatch = wait([&](QObject *c, auto cb) {
            m_conn->patch(m_path, P::Json, R"([{"op":"remove","path":"/data/8003"}])", c, cb);
        });
        QVERIFY(jsonPatch.ok());
        QCOMPARE(data(jsonPatch).size(), 1);
        const QByteArray applyBody = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: routes\n  namespace: %1\n"
                                                    "data:\n  \"8443\": flare/overseer:8443\n").arg(m_ns).toUtf8();
        auto dry = wait([&](QObject *c, auto cb) { m_conn->patch(m_path, P::Apply, applyBody, c, cb, true); });
        QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error().toString()));
        QVERIFY(data(dry).contains(QLatin1String("8443")));
        auto stillOld = wait([&](QObject *c, auto cb) { m_conn->get(m_path, c, cb); });
        QVERIFY(!data(stillOld).contains(QLatin1String("8443"))); // the dry run wrote nothing
        auto applied = wait([&](QObject *c, auto cb) { m_conn->patch(m_path, P::Apply, applyBody, c, cb); });
        QVERIFY(applied.ok());
        QVERIFY(data(applied).contains(QLatin1String("8443")));
        bool managedByUs = false;
        for (const auto &mf : json(applied).value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")).toArray())
            if (mf.toObject().value(QLatin1String("manager")).toString() == u"fedconsole"
                && mf.toObject().value(QLatin1String("operation")).toString() == u"Apply")
                managedByUs = true;
        QVERIFY(managedByUs);
    }

    void statusErrors()
    {
        using P = ClusterConnection::PatchType;
        // a stale resourceVersion is a conflict, never an overwrite
        auto stale = wait([&](QObject *c, auto cb) {
            m_conn->patch(m_path, P::Merge, R"({"metadata":{"resourceVersion":"1"},"data":{"x":"y"}})", c, cb);
        });
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().httpStatus, 409);
        QCOMPARE(stale.error().reason, QStringLiteral("Conflict"));
        auto invalid = wait([&](QObject *c, auto cb) {
            m_conn->patch(m_path, P::Merge, R"({"data":{"bad key!":"v"}})", c, cb);
        });
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().httpStatus, 422);
        QCOMPARE(invalid.error().reason, QStringLiteral("Invalid"));
        QVERIFY2(invalid.error().field.contains(QStringLiteral("data")), qPrintable(invalid.error().field));
        auto missing = wait([&](QObject *c, auto cb) {
            m_conn->get(ClusterConnection::objectPath(Kind::ConfigMap, m_ns, QStringLiteral("nope")), c, cb);
        });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().reason, QStringLiteral("NotFound"));
        QVERIFY2(missing.error().message.contains(QStringLiteral("\"nope\" not found")), qPrintable(missing.error().message));
    }

    void deleteAndCancel()
    {
        auto gone = wait([&](QObject *c, auto cb) { m_conn->remove(m_path, c, cb); });
        QVERIFY(gone.ok());
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("routes"), QStringLiteral("-n"), m_ns}).exitCode, 1);
        // a cancelled request never calls back
        bool called = false;
        QObject ctx;
        const quint64 id = m_conn->get(QStringLiteral("/api/v1/namespaces"), &ctx, [&](const Result<QByteArray> &) { called = true; });
        m_conn->cancel(id);
        QTest::qWait(1000);
        QVERIFY(!called);
        QCOMPARE(m_conn->serverVersion(), QStringLiteral("v1.32.4")); // from discovery
        QVERIFY(m_conn->apiGroupVersions().contains(QStringLiteral("apps/v1")));
    }
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_restapi.moc"
