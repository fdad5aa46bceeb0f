// RenderedDiff on the local control plane: a dry run's objects against the live ones, as the
// release dialog's "Against the cluster" tab shows them. A new object is shown as the server
// would store it; a field the chart no longer sets is shown removed (merge patch from the
// current revision's manifest); a field changed by hand since is shown put back; an object
// whose kind the cluster does not serve, or that the server would refuse, says why; nothing
// is written.
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/ObjectClient.h"
#include "model/helm/RenderedDiff.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using namespace fc::test;

class TestRenderedDiff final : public QObject {
    Q_OBJECT
private:
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;

    static QString configMap(const QString &name, const QString &data)
    {
        return QStringLiteral("---\n# Source: party/templates/%1.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\ndata:\n%2").arg(name, data);
    }
    const RenderedDiff::Entry *entry(const RenderedDiff &diff, const QString &name)
    {
        for (const RenderedDiff::Entry &e : diff.entries())
            if (e.name == name)
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-rdiff-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->kinds().byId(u"configmaps") != nullptr, 10000);
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void objectsAgainstTheCluster()
    {
        // the current revision as helm left it: routes {a, b}, settings {mode}
        const QString current = configMap(QStringLiteral("routes"), QStringLiteral("  a: \"1\"\n  b: \"2\"\n"))
                                + configMap(QStringLiteral("settings"), QStringLiteral("  mode: fast\n"));
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, current.toUtf8());
        // someone changed settings by hand since
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("settings"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"mode":"by-hand"}})")});
        const QString routesVersion = kubectlJson(QStringLiteral("configmap"), m_ns, QStringLiteral("routes"))[u"metadata"][u"resourceVersion"].toString();
        // the new revision: routes without b, settings as before, a new one, a CRD's object
        // this cluster does not serve, and an object the server refuses (a bad name)
        const QString rendered = configMap(QStringLiteral("routes"), QStringLiteral("  a: \"1\"\n"))
                                 + configMap(QStringLiteral("settings"), QStringLiteral("  mode: fast\n"))
                                 + configMap(QStringLiteral("extra"), QStringLiteral("  c: \"3\"\n"))
                                 + QStringLiteral("---\n# Source: party/templates/empty.yaml\n")
                                 + QStringLiteral("---\napiVersion: app.kubefate.net/v1beta1\nkind: Kubefate\nmetadata:\n  name: kf\n")
                                 + configMap(QStringLiteral("Bad_Name"), QStringLiteral("  x: \"1\"\n"));
        QCOMPARE(manifestObjects(rendered).size(), 5); // the comment-only document skipped

        ObjectClient client(m_conn.get());
        RenderedDiff diff(&client, m_conn->kinds());
        QSignalSpy finished(&diff, &RenderedDiff::finished);
        diff.start(rendered, current, m_ns);
        QVERIFY(finished.wait(30000));
        QCOMPARE(diff.entries().size(), 5);

        const RenderedDiff::Entry *routes = entry(diff, QStringLiteral("routes"));
        QVERIFY(routes);
        QCOMPARE(routes->state, RenderedDiff::Entry::State::Changed);
        QVERIFY2(routes->diff.contains(QStringLiteral("-  b: \"2\"")) && !routes->diff.contains(QStringLiteral("-  a:")), qPrintable(routes->diff));
        const RenderedDiff::Entry *settings = entry(diff, QStringLiteral("settings"));
        QCOMPARE(settings->state, RenderedDiff::Entry::State::Changed);
        QVERIFY2(settings->diff.contains(QStringLiteral("-  mode: by-hand")) && settings->diff.contains(QStringLiteral("+  mode: fast")),
                 qPrintable(settings->diff));
        const RenderedDiff::Entry *extra = entry(diff, QStringLiteral("extra"));
        QCOMPARE(extra->state, RenderedDiff::Entry::State::New);
        QVERIFY2(extra->diff.contains(QStringLiteral("+  c: \"3\"")) && extra->diff.contains(QStringLiteral("+  namespace: ") + m_ns), qPrintable(extra->diff));
        const RenderedDiff::Entry *kf = entry(diff, QStringLiteral("kf"));
        QCOMPARE(kf->state, RenderedDiff::Entry::State::Failed);
        QVERIFY2(kf->error.contains(QStringLiteral("not a kind this cluster serves")), qPrintable(kf->error));
        const RenderedDiff::Entry *bad = entry(diff, QStringLiteral("Bad_Name"));
        QCOMPARE(bad->state, RenderedDiff::Entry::State::Failed);
        QVERIFY2(bad->error.contains(QStringLiteral("refuse")), qPrintable(bad->error));
        QVERIFY2(diff.text().contains(QStringLiteral("# ConfigMap ") + m_ns + QStringLiteral("/routes: changed")), qPrintable(diff.text()));
        QVERIFY2(diff.text().startsWith(QStringLiteral("# 1 new · 2 changed · 0 unchanged · 2 not compared")), qPrintable(diff.text()));

        // dry runs only: nothing was written
        QCOMPARE(kubectlJson(QStringLiteral("configmap"), m_ns, QStringLiteral("routes"))[u"metadata"][u"resourceVersion"].toString(), routesVersion);
        QCOMPARE(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("extra")}).exitCode, 1);

        // the same revision again: unchanged
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("settings"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"mode":"fast"}})")});
        RenderedDiff same(&client, m_conn->kinds());
        QSignalSpy sameFinished(&same, &RenderedDiff::finished);
        same.start(current, current, m_ns);
        QVERIFY(sameFinished.wait(30000));
        for (const RenderedDiff::Entry &e : same.entries())
            QVERIFY2(e.state == RenderedDiff::Entry::State::Unchanged, qPrintable(e.name + u' ' + e.diff));
    }
};

QTEST_GUILESS_MAIN(TestRenderedDiff)
#include "tst_rendereddiff.moc"
