// ObjectClient and EditableDocument against the real apiserver (issue 11's foundation): create,
// get, a paged list, every write (update with a resourceVersion precondition, merge patch, JSON
// patch, server-side apply as field manager fedconsole, delete), dry runs, typed errors (404,
// 409 Conflict/AlreadyExists, 422 Invalid with causes, 403 for a read-only user, a
// ValidatingAdmissionPolicy's field), kinds from discovery including a CRD created here, and the
// editable document's conflict flow with kubectl writing meanwhile.

#include "../common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/ObjectClient.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/ObjectDiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace fc;
using namespace fc::test;

namespace {

template<typename T>
struct Waiter {
    std::optional<Result<T>> out;
    std::function<void(const Result<T> &)> callback() { return [this](const Result<T> &r) { out = r; }; }
    Result<T> wait()
    {
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return makeError(QStringLiteral("timed out"));
        return *out;
    }
};

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString fixture(const QString &name)
{
    return QStringLiteral(FC_FIXTURES "/") + name;
}

QString errorText(const Error &e)
{
    return e.toString() + QStringLiteral(" [") + e.reason + QStringLiteral("]");
}

} // namespace

class TestObjectClient : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<ObjectClient> m_client;
    QString m_ns;
    const ResourceType m_cm = ResourceType::of(Kind::ConfigMap);

    std::unique_ptr<ClusterConnection> connect(const QString &context) { return openLocal(context); }

    Result<KubeObject> getCm(const QString &name)
    {
        QObject ctx;
        Waiter<KubeObject> w;
        m_client->get(m_cm, m_ns, name, &ctx, w.callback());
        return w.wait();
    }

    QString kubectlValue(const QString &name, const QString &key)
    {
        return QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns,
                                          QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key)})
                                     .out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-objects-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        m_conn = connect(QStringLiteral("fedconsole-local"));
        m_client = std::make_unique<ObjectClient>(m_conn.get());
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
        kubectl({QStringLiteral("delete"), QStringLiteral("crd"), QStringLiteral("federations.fl.fedconsole.test"), QStringLiteral("--wait=false")});
        kubectl({QStringLiteral("delete"), QStringLiteral("validatingadmissionpolicy,validatingadmissionpolicybinding"),
                 QStringLiteral("fedconsole-test-no-port-9999"), QStringLiteral("--ignore-not-found")});
    }

    void createGetAlreadyExists()
    {
        const QJsonObject cm = json(QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"routes","namespace":"%1"},
                                                      "data":{"8002":"flare/server1:8002"}})").arg(m_ns));
        QObject ctx;
        Waiter<KubeObject> created;
        m_client->create(m_cm, cm, {}, &ctx, created.callback());
        auto c = created.wait();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : errorText(c.error())));
        QVERIFY(!c->resourceVersion().isEmpty());
        QCOMPARE(c->name(), QStringLiteral("routes"));
        auto got = getCm(QStringLiteral("routes"));
        QVERIFY(got.ok());
        QCOMPARE(got->json[QStringLiteral("data")].toObject().value(QStringLiteral("8002")).toString(), QStringLiteral("flare/server1:8002"));
        Waiter<KubeObject> again;
        m_client->create(m_cm, cm, {}, &ctx, again.callback());
        auto a = again.wait();
        QVERIFY(!a.ok());
        QCOMPARE(apiFailure(a.error()), ApiFailure::AlreadyExists);
        QVERIFY2(a.error().message.contains(QStringLiteral("already exists")), qPrintable(a.error().message));
    }

    void writes()
    {
        QObject ctx;
        Waiter<KubeObject> merge;
        m_client->mergePatch(m_cm, m_ns, QStringLiteral("routes"), json(R"({"data":{"8003":"flare/server1:8003"}})"), {}, &ctx, merge.callback());
        auto m = merge.wait();
        QVERIFY(m.ok());
        QCOMPARE(m->json[QStringLiteral("data")].toObject().size(), 2);
        Waiter<KubeObject> jp;
        m_client->jsonPatch(m_cm, m_ns, QStringLiteral("routes"), QJsonArray{QJsonObject{{"op", "remove"}, {"path", "/data/8003"}}}, {}, &ctx,
                            jp.callback());
        auto j = jp.wait();
        QVERIFY(j.ok());
        QCOMPARE(j->json[QStringLiteral("data")].toObject().size(), 1);
        // update (PUT) with the read resourceVersion
        QJsonObject whole = j->json;
        QJsonObject data = whole[QStringLiteral("data")].toObject();
        data.insert(QStringLiteral("8102"), QStringLiteral("flare/server2:8102"));
        whole.insert(QStringLiteral("data"), data);
        Waiter<KubeObject> put;
        m_client->update(m_cm, whole, {}, &ctx, put.callback());
        QVERIFY(put.wait().ok());
        QCOMPARE(kubectlValue(QStringLiteral("routes"), QStringLiteral("8102")), QStringLiteral("flare/server2:8102"));
        // the same PUT again: its resourceVersion is stale now
        Waiter<KubeObject> stalePut;
        m_client->update(m_cm, whole, {}, &ctx, stalePut.callback());
        auto sp = stalePut.wait();
        QVERIFY(!sp.ok());
        QCOMPARE(apiFailure(sp.error()), ApiFailure::Conflict);
        // server-side apply: a dry run writes nothing, the real one records fedconsole as manager
        const QJsonObject applyObj = json(QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"routes","namespace":"%1"},
                                                           "data":{"8443":"flare/overseer:8443"}})").arg(m_ns));
        Waiter<KubeObject> dry;
        m_client->apply(m_cm, applyObj, WriteOptions{true, false}, &ctx, dry.callback());
        auto d = dry.wait();
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : errorText(d.error())));
        QVERIFY(d->json[QStringLiteral("data")].toObject().contains(QStringLiteral("8443")));
        QVERIFY(kubectlValue(QStringLiteral("routes"), QStringLiteral("8443")).isEmpty());
        Waiter<KubeObject> applied;
        m_client->apply(m_cm, applyObj, {}, &ctx, applied.callback());
        auto ap = applied.wait();
        QVERIFY(ap.ok());
        bool managedByUs = false;
        for (const auto &mf : ap->json[QStringLiteral("metadata")].toObject().value(QStringLiteral("managedFields")).toArray())
            managedByUs |= mf.toObject().value(QStringLiteral("manager")).toString() == u"fedconsole"
                           && mf.toObject().value(QStringLiteral("operation")).toString() == u"Apply";
        QVERIFY(managedByUs);
        // another manager takes the field; our apply then conflicts until forced
        kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("routes"),
                 QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"8443":"someone/else:8443"}})")});
        Waiter<KubeObject> contested;
        m_client->apply(m_cm, applyObj, {}, &ctx, contested.callback());
        auto ct = contested.wait();
        QVERIFY(!ct.ok());
        QCOMPARE(apiFailure(ct.error()), ApiFailure::FieldManagerConflict);
        Waiter<KubeObject> forced;
        m_client->apply(m_cm, applyObj, WriteOptions{false, true}, &ctx, forced.callback());
        QVERIFY(forced.wait().ok());
        QCOMPARE(kubectlValue(QStringLiteral("routes"), QStringLiteral("8443")), QStringLiteral("flare/overseer:8443"));
    }

    void typedErrors()
    {
        QObject ctx;
        Waiter<KubeObject> stale;
        m_client->mergePatch(m_cm, m_ns, QStringLiteral("routes"), json(R"({"metadata":{"resourceVersion":"1"},"data":{"x":"y"}})"), {}, &ctx,
                             stale.callback());
        auto s = stale.wait();
        QVERIFY(!s.ok());
        QCOMPARE(apiFailure(s.error()), ApiFailure::Conflict);
        Waiter<KubeObject> invalid;
        m_client->mergePatch(m_cm, m_ns, QStringLiteral("routes"), json(R"({"data":{"bad key!":"v"}})"), {}, &ctx, invalid.callback());
        auto i = invalid.wait();
        QVERIFY(!i.ok());
        QCOMPARE(apiFailure(i.error()), ApiFailure::Invalid);
        QVERIFY(!i.error().causes.isEmpty());
        QVERIFY2(i.error().causes.first().field.contains(QStringLiteral("data")), qPrintable(i.error().causes.first().field));
        auto missing = getCm(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(apiFailure(missing.error()), ApiFailure::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("\"nope\" not found")), qPrintable(missing.error().message));
        // a read-only user (the view ClusterRole) may read but not write
        auto viewer = connect(QStringLiteral("fedconsole-local-token"));
        ObjectClient readOnly(viewer.get());
        Waiter<KubeObject> read;
        readOnly.get(m_cm, m_ns, QStringLiteral("routes"), &ctx, read.callback());
        QVERIFY(read.wait().ok());
        Waiter<KubeObject> write;
        readOnly.mergePatch(m_cm, m_ns, QStringLiteral("routes"), json(R"({"data":{"x":"y"}})"), {}, &ctx, write.callback());
        auto w = write.wait();
        QVERIFY(!w.ok());
        QCOMPARE(apiFailure(w.error()), ApiFailure::Forbidden);
    }

    void pagedList()
    {
        for (int i = 0; i < 5; ++i)
            FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("page-%1").arg(i),
                        QStringLiteral("--from-literal=i=%1").arg(i)});
        QObject ctx;
        Waiter<QList<QJsonObject>> all;
        QList<int> progress;
        ListOptions o;
        o.namespace_ = m_ns;
        o.pageSize = 2;
        m_client->list(m_cm, o, &ctx, all.callback(), [&](int loaded) { progress << loaded; });
        auto r = all.wait();
        QVERIFY(r.ok());
        QStringList names;
        for (const QJsonObject &item : r.value())
            names << item[QStringLiteral("metadata")].toObject().value(QStringLiteral("name")).toString();
        for (int i = 0; i < 5; ++i)
            QVERIFY2(names.contains(QStringLiteral("page-%1").arg(i)), qPrintable(names.join(u',')));
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size()))); // pages of two
        // a cancelled list calls back no more
        bool called = false;
        const quint64 id = m_client->list(m_cm, o, &ctx, [&](const Result<QList<QJsonObject>> &) { called = true; });
        m_client->cancel(id);
        QTest::qWait(1000);
        QVERIFY(!called);
    }

    // kinds come from discovery: a CRD created now is found after refreshKinds(), and its
    // objects are created, read, listed and edited through the same client and document
    void crdThroughDiscovery()
    {
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), fixture(QStringLiteral("federation-crd.json"))});
        FC_KUBECTL({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("crd/federations.fl.fedconsole.test"),
                    QStringLiteral("--timeout=60s")});
        QSignalSpy kindsChanged(m_conn.get(), &ClusterConnection::kindsChanged);
        const ResourceType *type = nullptr;
        for (int attempt = 0; attempt < 30 && !type; ++attempt) {
            kindsChanged.clear();
            m_conn->refreshKinds();
            QVERIFY(kindsChanged.wait(10000));
            type = m_conn->kinds().byId(u"federations.fl.fedconsole.test");
            if (!type)
                QTest::qWait(500);
        }
        QVERIFY2(type, "the CRD never appeared in discovery");
        QCOMPARE(type->kind, QStringLiteral("Federation"));
        QVERIFY(type->namespaced);
        QCOMPARE(m_conn->kinds().lookup(u"flfed"), type);
        const ResourceType crd = *type;
        QObject ctx;
        Waiter<KubeObject> created;
        m_client->create(crd, json(QStringLiteral(R"({"apiVersion":"fl.fedconsole.test/v1alpha1","kind":"Federation",
            "metadata":{"name":"cancer","namespace":"%1"},"spec":{"framework":"flare","sites":2}})").arg(m_ns)), {}, &ctx, created.callback());
        QVERIFY2(created.wait().ok(), "create of the custom object");
        editors::EditableDocument doc(m_client.get(), crd);
        std::optional<Result<void>> f;
        doc.fetch(m_ns, QStringLiteral("cancer"), [&](const Result<void> &r) { f = r; });
        QTRY_VERIFY(f.has_value());
        QVERIFY(f->ok());
        QJsonObject edit = doc.edited();
        QJsonObject spec = edit[QStringLiteral("spec")].toObject();
        spec.insert(QStringLiteral("sites"), 3);
        edit.insert(QStringLiteral("spec"), spec);
        doc.setEdited(edit, QStringLiteral("more sites"));
        std::optional<editors::EditableDocument::Outcome> out;
        doc.apply({}, [&](const editors::EditableDocument::Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, editors::EditableDocument::Outcome::Kind::Applied);
        const auto sites = kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("federations.fl.fedconsole.test"),
                                    QStringLiteral("cancer"), QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.sites}")});
        QCOMPARE(sites.out, QByteArray("3"));
        // the CRD's own validation rule names its field (x-kubernetes-validations fieldPath)
        edit = doc.edited();
        spec = edit[QStringLiteral("spec")].toObject();
        spec.insert(QStringLiteral("sites"), 0);
        edit.insert(QStringLiteral("spec"), spec);
        doc.setEdited(edit, QStringLiteral("no sites"));
        out.reset();
        doc.apply({}, [&](const editors::EditableDocument::Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, editors::EditableDocument::Outcome::Kind::Rejected);
        QVERIFY2(!out->fieldErrors().isEmpty(), qPrintable(errorText(out->error)));
        QCOMPARE(out->fieldErrors().first().field, QStringLiteral("spec.sites"));
        QVERIFY(out->error.message.contains(QStringLiteral("at least one site")));
        QCOMPARE(editors::pathFromServerField(out->fieldErrors().first().field, doc.edited()), (editors::ObjectPath{"spec", "sites"}));
        Waiter<QList<QJsonObject>> listed;
        ListOptions o;
        o.namespace_ = m_ns;
        m_client->list(crd, o, &ctx, listed.callback());
        auto l = listed.wait();
        QVERIFY(l.ok());
        QCOMPARE(l->size(), 1);
    }

    // the must-show flow: kubectl writes while an edit is open; the rebase keeps both changes,
    // the same field changed on both sides is asked about, nothing is written without a choice
    void editWhileKubectlWrites()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("tcp"),
                    QStringLiteral("--from-literal=8002=flare/server1:8002")});
        editors::EditableDocument doc(m_client.get(), m_cm);
        std::optional<Result<void>> f;
        doc.fetch(m_ns, QStringLiteral("tcp"), [&](const Result<void> &r) { f = r; });
        QTRY_VERIFY(f.has_value() && f->ok());
        auto setData = [&](const QString &key, const QString &value) {
            QJsonObject edit = doc.edited();
            QJsonObject data = edit[QStringLiteral("data")].toObject();
            data.insert(key, value);
            edit.insert(QStringLiteral("data"), data);
            doc.setEdited(edit, QStringLiteral("set ") + key);
        };
        setData(QStringLiteral("8003"), QStringLiteral("flare/server1:8003"));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("tcp"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"8443":"flare/overseer:8443"}})")});
        using Outcome = editors::EditableDocument::Outcome;
        std::optional<Outcome> out;
        doc.apply({}, [&](const Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, Outcome::Kind::Conflict);
        QVERIFY(doc.liveMoved());
        QVERIFY(kubectlValue(QStringLiteral("tcp"), QStringLiteral("8003")).isEmpty()); // nothing written
        editors::RebaseResult rebased = doc.rebase();
        QVERIFY(rebased.conflicts.isEmpty());
        doc.acceptRebase(rebased.merged);
        out.reset();
        doc.apply({}, [&](const Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, Outcome::Kind::Applied);
        QCOMPARE(kubectlValue(QStringLiteral("tcp"), QStringLiteral("8003")), QStringLiteral("flare/server1:8003"));
        QCOMPARE(kubectlValue(QStringLiteral("tcp"), QStringLiteral("8443")), QStringLiteral("flare/overseer:8443"));

        // both sides change 8002
        setData(QStringLiteral("8002"), QStringLiteral("flare/server2:8002"));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("tcp"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"8002":"other/svc:8002"}})")});
        out.reset();
        doc.apply({}, [&](const Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, Outcome::Kind::Conflict);
        rebased = doc.rebase();
        QCOMPARE(rebased.conflicts.size(), 1);
        QCOMPARE(editors::pathText(rebased.conflicts.first().path), QStringLiteral("data.8002"));
        QCOMPARE(rebased.conflicts.first().mine, QJsonValue(QStringLiteral("flare/server2:8002")));
        QCOMPARE(rebased.conflicts.first().theirs, QJsonValue(QStringLiteral("other/svc:8002")));
        QCOMPARE(kubectlValue(QStringLiteral("tcp"), QStringLiteral("8002")), QStringLiteral("other/svc:8002"));
        // the user keeps theirs: after the rebase, applying writes nothing new
        doc.acceptRebase(rebased.merged);
        QVERIFY(!doc.isModified());
        // undo goes back through the rebase to the user's edit
        doc.undoStack()->undo();
        QCOMPARE(doc.edited()[QStringLiteral("data")].toObject().value(QStringLiteral("8002")).toString(), QStringLiteral("flare/server2:8002"));
    }

    // a ValidatingAdmissionPolicy rejection names the field it is about (fieldPath)
    // A controller writing status (a DaemonSet's, every few seconds during a rollout) moves the
    // resourceVersion under the edit: apply carries the edit over and writes again, no Conflict.
    // A change someone made to the object itself still is one.
    void statusMovesAreWrittenThrough()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("statusy"),
                    QStringLiteral("--image=registry.example/site:1"), QStringLiteral("--replicas=0")});
        editors::EditableDocument doc(m_client.get(), ResourceType::of(Kind::Deployment));
        std::optional<Result<void>> f;
        doc.fetch(m_ns, QStringLiteral("statusy"), [&](const Result<void> &r) { f = r; });
        QTRY_VERIFY(f.has_value() && f->ok());
        auto setImage = [&](const QString &image) {
            QJsonObject edit = doc.edited();
            QVERIFY(editors::setAtPath(edit, editors::parseFieldPath(QStringLiteral("spec.template.spec.containers[0].image")), image));
            doc.setEdited(edit, QStringLiteral("image"));
        };
        setImage(QStringLiteral("registry.example/site:2"));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("deployment"), QStringLiteral("statusy"),
                    QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                    QStringLiteral(R"({"status":{"collisionCount":7}})")});
        using Outcome = editors::EditableDocument::Outcome;
        std::optional<Outcome> out;
        doc.apply({}, [&](const Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QVERIFY2(out->kind == Outcome::Kind::Applied, qPrintable(out->error.toString()));
        QCOMPARE(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("statusy"),
                          QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")}).out,
                 QByteArray("registry.example/site:2"));
        // someone else's label is not bookkeeping: the user sees it (Conflict), nothing written
        setImage(QStringLiteral("registry.example/site:3"));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("label"), QStringLiteral("deployment"), QStringLiteral("statusy"), QStringLiteral("team=b")});
        out.reset();
        doc.apply({}, [&](const Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->kind, Outcome::Kind::Conflict);
        QCOMPARE(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("statusy"),
                          QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")}).out,
                 QByteArray("registry.example/site:2"));
    }

    void admissionPolicyNamesTheField()
    {
        QFile policy(fixture(QStringLiteral("no-forbidden-key-policy.json")));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, policy.readAll().replace("NAMESPACE", m_ns.toUtf8()));
        QObject ctx;
        // policies take effect after the apiserver's informer sees them
        Result<KubeObject> rejected = makeError(QStringLiteral("not tried"));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            Waiter<KubeObject> w;
            m_client->mergePatch(m_cm, m_ns, QStringLiteral("routes"), json(R"({"data":{"forbidden":"x"}})"), WriteOptions{true, false}, &ctx,
                                 w.callback());
            rejected = w.wait();
            return !rejected.ok();
        }()), 30000);
        QCOMPARE(apiFailure(rejected.error()), ApiFailure::Invalid);
        QVERIFY2(!rejected.error().causes.isEmpty(), qPrintable(errorText(rejected.error())));
        // a policy has no field of its own: the one named in its message is taken
        QVERIFY(rejected.error().causes.first().field.isEmpty());
        QCOMPARE(causeField(rejected.error().causes.first()), QStringLiteral("data.forbidden"));
        QVERIFY2(rejected.error().message.contains(QStringLiteral("the key forbidden is not allowed")), qPrintable(rejected.error().message));
    }

    void deleteWithPrecondition()
    {
        QObject ctx;
        Waiter<void> stale;
        m_client->remove(m_cm, m_ns, QStringLiteral("routes"), QStringLiteral("1"), {}, &ctx, stale.callback());
        auto s = stale.wait();
        QVERIFY(!s.ok());
        QCOMPARE(apiFailure(s.error()), ApiFailure::Conflict);
        Waiter<void> gone;
        m_client->remove(m_cm, m_ns, QStringLiteral("routes"), {}, {}, &ctx, gone.callback());
        QVERIFY(gone.wait().ok());
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("routes"), QStringLiteral("-n"), m_ns}).exitCode, 1);
        QCOMPARE(m_conn->serverVersion(), QStringLiteral("v1.32.4"));
        QVERIFY(m_conn->apiGroupVersions().contains(QStringLiteral("apps/v1")));
    }
};

QTEST_GUILESS_MAIN(TestObjectClient)
#include "tst_objectclient.moc"
