// Field diffs and the three-way rebase that keeps a user's edit when the server's object changed
// meanwhile (issue 11: nothing lost; only fields both sides changed are asked about).
#include "model/editors/ObjectDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc::editors;

namespace {

QJsonObject json(const char *text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text);
    if (!d.isObject())
        qFatal("bad test JSON: %s", text);
    return d.object();
}

QStringList paths(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &c : changes)
        out << pathText(c.path);
    return out;
}

QStringList conflictPaths(const RebaseResult &r)
{
    QStringList out;
    for (const MergeConflict &c : r.conflicts)
        out << pathText(c.path);
    return out;
}

// A DaemonSet like microk8s' ingress controller, small
const char *kDs = R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"ctl","namespace":"ingress","resourceVersion":"10"},
 "spec":{"template":{"spec":{"containers":[
   {"name":"nginx","image":"nginx:1","args":["--a"],"ports":[{"containerPort":80,"hostPort":80},{"containerPort":443,"hostPort":443}]},
   {"name":"sidecar","image":"busybox:1"}]}}}})";

} // namespace

class TestObjectDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diffUsesMergeKeys()
    {
        const QJsonObject a = json(kDs);
        QJsonObject b = a;
        // reorder containers and change one port: a by-index diff would report everything
        QVERIFY(setAtPath(b, {"spec", "template", "spec", "containers", "name=nginx", "ports", "containerPort=443/TCP", "hostPort"}, 8443));
        QJsonObject spec = b["spec"].toObject()["template"].toObject()["spec"].toObject();
        QJsonArray cs = spec["containers"].toArray();
        QJsonArray reordered{cs.at(1), cs.at(0)};
        QVERIFY(setAtPath(b, {"spec", "template", "spec", "containers"}, reordered));
        QCOMPARE(paths(diffObjects(a, b)),
                 QStringList{QStringLiteral("spec.template.spec.containers[name=nginx].ports[containerPort=443/TCP].hostPort")});
        QCOMPARE(valueAtPath(b, {"spec", "template", "spec", "containers", "name=nginx", "ports", "containerPort=443/TCP", "hostPort"}),
                 QJsonValue(8443));
    }

    void scalarListsAreOneValue()
    {
        const QJsonObject a = json(kDs);
        QJsonObject b = a;
        QVERIFY(setAtPath(b, {"spec", "template", "spec", "containers", "name=nginx", "args"}, QJsonArray{"--a", "--b"}));
        const auto d = diffObjects(a, b);
        QCOMPARE(paths(d), QStringList{QStringLiteral("spec.template.spec.containers[name=nginx].args")});
        QCOMPARE(d.first().after, QJsonValue(QJsonArray{"--a", "--b"}));
    }

    void addAndRemove()
    {
        const QJsonObject a = json(R"({"data":{"k1":"v1","k2":"v2"}})");
        const QJsonObject b = json(R"({"data":{"k1":"v1","k3":"v3"}})");
        const auto d = diffObjects(a, b);
        QCOMPARE(paths(d), (QStringList{QStringLiteral("data.k2"), QStringLiteral("data.k3")}));
        QVERIFY(d.at(0).after.isUndefined());
        QVERIFY(d.at(1).before.isUndefined());
        QCOMPARE(mergePatch(a, b), json(R"({"data":{"k2":null,"k3":"v3"}})"));
    }

    // the Must-show case: a kubectl patch lands while an edit is open; both changes survive
    void rebaseKeepsBothSides()
    {
        const QJsonObject base = json(kDs);
        QJsonObject mine = base;   // the user adds the FLARE ports
        QJsonArray ports = valueAtPath(base, {"spec", "template", "spec", "containers", "name=nginx", "ports"}).toArray();
        ports.append(QJsonObject{{"containerPort", 8002}, {"hostPort", 8002}});
        QVERIFY(setAtPath(mine, {"spec", "template", "spec", "containers", "name=nginx", "ports"}, ports));
        QJsonObject theirs = base; // someone bumps the image and a label
        QVERIFY(setAtPath(theirs, {"spec", "template", "spec", "containers", "name=nginx", "image"}, "nginx:2"));
        QVERIFY(setAtPath(theirs, {"metadata", "labels"}, QJsonObject{{"team", "ops"}}));
        QVERIFY(setAtPath(theirs, {"metadata", "resourceVersion"}, "11"));
        const RebaseResult r = rebase(base, mine, theirs);
        QVERIFY2(r.conflicts.isEmpty(), qPrintable(conflictPaths(r).join(u',')));
        QCOMPARE(valueAtPath(r.merged, {"spec", "template", "spec", "containers", "name=nginx", "image"}), QJsonValue("nginx:2"));
        QCOMPARE(valueAtPath(r.merged, {"spec", "template", "spec", "containers", "name=nginx", "ports", "containerPort=8002/TCP", "hostPort"}),
                 QJsonValue(8002));
        QCOMPARE(valueAtPath(r.merged, {"metadata", "labels", "team"}), QJsonValue("ops"));
        QCOMPARE(valueAtPath(r.merged, {"metadata", "resourceVersion"}), QJsonValue("11"));
        QCOMPARE(paths(r.applied), QStringList{QStringLiteral("spec.template.spec.containers[name=nginx].ports[containerPort=8002/TCP]")});
    }

    void sameFieldBothSidesIsAConflict()
    {
        const QJsonObject base = json(R"({"data":{"k":"v0","other":"x"}})");
        const QJsonObject mine = json(R"({"data":{"k":"mine","other":"x"}})");
        const QJsonObject theirs = json(R"({"data":{"k":"theirs","other":"y"}})");
        const RebaseResult r = rebase(base, mine, theirs);
        QCOMPARE(conflictPaths(r), QStringList{QStringLiteral("data.k")});
        QCOMPARE(r.conflicts.first().base, QJsonValue("v0"));
        QCOMPARE(r.conflicts.first().mine, QJsonValue("mine"));
        QCOMPARE(r.conflicts.first().theirs, QJsonValue("theirs"));
        QCOMPARE(valueAtPath(r.merged, {"data", "k"}), QJsonValue("theirs")); // until the user says otherwise
        QCOMPARE(valueAtPath(r.merged, {"data", "other"}), QJsonValue("y"));
        // the same change on both sides is no conflict
        QVERIFY(rebase(base, mine, mine).conflicts.isEmpty());
    }

    void deletedHereChangedThere()
    {
        const QJsonObject base = json(R"({"data":{"k":"v0","keep":"1"}})");
        const QJsonObject mine = json(R"({"data":{"keep":"1"}})");             // the user deleted k
        const QJsonObject theirs = json(R"({"data":{"k":"changed","keep":"1"}})"); // the server changed it
        QCOMPARE(conflictPaths(rebase(base, mine, theirs)), QStringList{QStringLiteral("data.k")});
        // deleted here, untouched there: deleted
        const RebaseResult clean = rebase(base, mine, base);
        QVERIFY(clean.conflicts.isEmpty());
        QVERIFY(valueAtPath(clean.merged, {"data", "k"}).isUndefined());
    }

    void listElementsByKey()
    {
        const QJsonObject base = json(R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]})");
        const QJsonObject mine = json(R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"20"},{"name":"C","value":"3"}]})");
        const QJsonObject theirs = json(R"({"env":[{"name":"A","value":"10"},{"name":"B","value":"2"}]})");
        const RebaseResult r = rebase(base, mine, theirs);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.merged, json(R"({"env":[{"name":"A","value":"10"},{"name":"B","value":"20"},{"name":"C","value":"3"}]})"));
    }

    // a rejection's field points at its line in the YAML editor
    void lineOfPathInYaml()
    {
        const QString y = QStringLiteral(
            "apiVersion: apps/v1\n"                 // 1
            "kind: DaemonSet\n"                     // 2
            "metadata:\n"                           // 3
            "  name: ctl\n"                         // 4
            "spec:\n"                               // 5
            "  template:\n"                         // 6
            "    spec:\n"                           // 7
            "      containers:\n"                   // 8
            "        - image: nginx:1\n"            // 9
            "          name: nginx\n"               // 10
            "          ports:\n"                    // 11
            "            - containerPort: 80\n"     // 12
            "              hostPort: 80\n"          // 13
            "            - containerPort: 443\n"    // 14
            "              hostPort: 443\n"         // 15
            "        - image: busybox:1\n"          // 16
            "          name: sidecar\n"             // 17
            "data:\n"                               // 18
            "  \"8002\": flare/server1:8002\n");  // 19
        QCOMPARE(lineOfPath(y, {"metadata", "name"}), 4);
        QCOMPARE(lineOfPath(y, {"spec", "template", "spec", "containers", "name=nginx", "ports", "containerPort=443/TCP", "hostPort"}), 15);
        QCOMPARE(lineOfPath(y, {"spec", "template", "spec", "containers", "#1", "name"}), 17);
        QCOMPARE(lineOfPath(y, {"spec", "template", "spec", "containers", "name=sidecar", "image"}), 16);
        QCOMPARE(lineOfPath(y, {"data", "8002"}), 19);
        QCOMPARE(lineOfPath(y, {"spec", "template", "spec", "nodeSelector"}), 7); // the deepest parent found
        QCOMPARE(lineOfPath(y, {"status"}), 0);
    }

    void mergeKeys()
    {
        QCOMPARE(mergeKeyFor(QStringLiteral("containers"), QJsonArray{QJsonObject{{"name", "a"}}}), QStringLiteral("name"));
        QCOMPARE(mergeKeyFor(QStringLiteral("ports"), QJsonArray{QJsonObject{{"containerPort", 1}, {"name", "x"}}}), QStringLiteral("containerPort"));
        QCOMPARE(mergeKeyFor(QStringLiteral("ports"), QJsonArray{QJsonObject{{"port", 1}}}), QStringLiteral("port"));
        // duplicate names are no key
        QCOMPARE(mergeKeyFor(QStringLiteral("x"), QJsonArray{QJsonObject{{"name", "a"}}, QJsonObject{{"name", "a"}}}), QString());
        QCOMPARE(mergeKeyFor(QStringLiteral("args"), QJsonArray{"a", "b"}), QString());
    }

    void setAtPathRefusesMissingElements()
    {
        QJsonObject o = json(kDs);
        QVERIFY(!setAtPath(o, {"spec", "template", "spec", "containers", "name=nope", "image"}, "x"));
        QVERIFY(setAtPath(o, {"spec", "template", "spec", "containers", "name=sidecar"}, QJsonValue(QJsonValue::Undefined)));
        QCOMPARE(valueAtPath(o, {"spec", "template", "spec", "containers"}).toArray().size(), 1);
        QCOMPARE(pathText({"data", "a.b"}), QStringLiteral("data.a.b"));
        QCOMPARE(pathText({"items", "#3", "name"}), QStringLiteral("items[3].name"));
        QCOMPARE(pathText({"data", "8002"}), QStringLiteral("data.8002")); // a key that looks like a number
    }

    // a rejection's field (indices, as the server writes it) names the element the form shows
    void serverFieldsBecomeMergeKeyPaths()
    {
        const QJsonObject ds = json(kDs);
        QCOMPARE(pathFromServerField(QStringLiteral("spec.template.spec.containers[0].ports[1].hostPort"), ds),
                 (ObjectPath{"spec", "template", "spec", "containers", "name=nginx", "ports", "containerPort=443/TCP", "hostPort"}));
        QCOMPARE(pathFromServerField(QStringLiteral("data[bad key!]"), json(R"({"data":{}})")), (ObjectPath{"data", "bad key!"}));
        QCOMPARE(pathFromServerField(QStringLiteral("spec.template.spec.containers[0].args[2]"), ds),
                 (ObjectPath{"spec", "template", "spec", "containers", "name=nginx", "args", "#2"}));
    }
};

QTEST_GUILESS_MAIN(TestObjectDiff)
#include "tst_objectdiff.moc"
