// fedconsole-cli over every context of a kubeconfig at once (issue 15: `get pods --all-contexts`,
// `federations --all-contexts -o json`), on the real local control plane: one context that
// answers, one whose apiserver is not there, one whose token the apiserver refuses. The reachable
// one is listed with a CONTEXT column; each other one is named with its reason on stderr (and in
// the JSON), and the exit code says that not everything could be read.

#include "../common/LocalCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fc::test;

class TestAllContexts : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    ProcResult cli(const QStringList &args)
    {
        return run(QStringLiteral(FC_CLI), QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--all-contexts")} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
        // the local cluster's kubeconfig plus two contexts that cannot be read
        m_kubeconfig = m_dir.filePath(QStringLiteral("fleet.kubeconfig"));
        const QString why = writeUnreadableContexts(m_kubeconfig, QStringLiteral("unreachable"), QStringLiteral("unauthorized"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("allctx-flare"), QStringLiteral("--ignore-not-found"),
                 QStringLiteral("--wait=true"), QStringLiteral("--timeout=90s")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, flareServerAndSite(QStringLiteral("allctx-flare")));
        FC_KUBECTL({QStringLiteral("wait"), QStringLiteral("-n"), QStringLiteral("allctx-flare"), QStringLiteral("--for=condition=Available"),
                    QStringLiteral("deployment/server1"), QStringLiteral("deployment/site-1"), QStringLiteral("--timeout=90s")});
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("allctx-flare"), QStringLiteral("--wait=false")});
    }

    void getPodsAcrossContexts()
    {
        const ProcResult r = cli({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("allctx-flare")});
        QVERIFY2(r.exitCode == 2, r.err.constData()); // not everything could be read …
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines.first().startsWith("CONTEXT ") && lines.first().contains(" NAME ") && lines.first().contains(" STATUS "), r.out.constData());
        int rows = 0;
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.startsWith("fedconsole-local "), line.constData()); // … what could is listed, by context
            QVERIFY2(line.contains("server1-") || line.contains("site-1-"), line.constData());
            ++rows;
        }
        QCOMPARE(rows, 2);
        // each context that could not be read is named, with why
        QVERIFY2(r.err.contains("error: context unreachable: "), r.err.constData());
        QVERIFY2(r.err.contains("error: context unauthorized: ") && r.err.toLower().contains("unauthorized"), r.err.constData());
    }

    void federationsAcrossContextsAsJson()
    {
        const ProcResult r = cli({QStringLiteral("federations"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QJsonParseError pe{};
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QJsonObject flare;
        for (const QJsonValue &f : doc.value(QStringLiteral("federations")).toArray())
            if (f.toObject().value(QStringLiteral("name")).toString() == u"allctx-flare")
                flare = f.toObject();
        QVERIFY2(!flare.isEmpty(), r.out.constData());
        QCOMPARE(flare.value(QStringLiteral("identity")).toString(), QStringLiteral("namespace allctx-flare"));
        // (FLARE sites another test left behind may join it as the only FLARE server in view: only
        // this namespace's parties are looked at)
        QStringList parties;
        for (const QJsonValue &p : flare.value(QStringLiteral("parties")).toArray())
            if (p.toObject().value(QStringLiteral("namespace")).toString() == u"allctx-flare")
                parties << p.toObject().value(QStringLiteral("cluster")).toString() + u'/' + p.toObject().value(QStringLiteral("name")).toString();
        parties.sort();
        QCOMPARE(parties, (QStringList{"fedconsole-local/server1", "fedconsole-local/site-1"}));
        // every context is accounted for: read (with what its role hid), or why not
        QHash<QString, QJsonObject> contexts;
        for (const QJsonValue &c : doc.value(QStringLiteral("contexts")).toArray())
            contexts.insert(c.toObject().value(QStringLiteral("name")).toString(), c.toObject());
        QCOMPARE(contexts.size(), 3);
        QVERIFY(!contexts.value(QStringLiteral("fedconsole-local")).contains(QStringLiteral("error")));
        QVERIFY(contexts.value(QStringLiteral("fedconsole-local")).value(QStringLiteral("hidden")).toArray().isEmpty());
        QVERIFY(!contexts.value(QStringLiteral("unreachable")).value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY2(contexts.value(QStringLiteral("unauthorized")).value(QStringLiteral("error")).toString().toLower().contains(u"unauthorized"),
                 qPrintable(contexts.value(QStringLiteral("unauthorized")).value(QStringLiteral("error")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAllContexts)
#include "tst_allcontexts.moc"
