// Helm interop against the real apiserver of the local control plane, with the real helm v3.21.4
// and v4.3.2 (scripts/helm-bins.sh): every test runs once per helm version.
//  - a release installed or upgraded by the helm CLI shows in ReleaseListModel (Informer on the
//    cluster) with its status and revision within a second;
//  - install, upgrade, rollback, uninstall through HelmCli are what `helm list/history -o json` say;
//  - values that break values.schema.json: a clear error, nothing changed in the cluster;
//  - Cancel during --wait: helm itself marks the release failed, no temporary file remains;
//  - helm killed with SIGKILL mid-upgrade / mid-install leaves pending-*: flagged by the model and
//    recovered through HelmCli (rollback to the last deployed revision / uninstall).

#include "../common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/helm/HelmCli.h"
#include "model/cluster/Informer.h"
#include "model/helm/ReleaseListModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace fc;
using namespace fc::test;

namespace {

QString chart(const QString &name) { return sourceDir() + QStringLiteral("/tests/charts/") + name; }

QJsonArray jsonArray(const QByteArray &text) { return QJsonDocument::fromJson(text).array(); }

} // namespace

class TestHelmInterop : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<Informer> m_informer;
    std::unique_ptr<ReleaseListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ResolvedContext m_context;
    QTemporaryDir m_helmHome;
    QTemporaryDir m_tmp; ///< HelmCli's temporary kubeconfigs go here: scanned after each run
    QStringList m_namespaces;
    QString m_kubeconfig; ///< read once: kubeconfigPath() follows TMPDIR, which cliMatchesHelm changes

    QString newNamespace(const QString &stem)
    {
        const QString ns = QStringLiteral("it-helm-%1-%2").arg(stem).arg(QRandomGenerator::global()->bounded(100000));
        m_namespaces << ns;
        if (!createNamespace(ns))
            qWarning("namespace %s has no default ServiceAccount after 60 s", qPrintable(ns));
        return ns;
    }

    HelmCli cli(const QString &binary)
    {
        const auto v = parseHelmVersion(QString::fromUtf8(run(binary, {QStringLiteral("version"), QStringLiteral("--template"),
                                                                       QStringLiteral("{{.Version}}")}).out));
        HelmCli h(binary, v.ok() ? v.value() : HelmVersion{});
        h.setTempDirectory(m_tmp.path());
        return h;
    }

    /// Runs a HelmCli command to its end (tests may wait; product code gets signals).
    HelmResult runCli(const HelmCli &h, const Result<HelmCommand> &command, HelmRun **started = nullptr)
    {
        if (!command) {
            HelmResult r;
            r.summary = command.error().message;
            return r;
        }
        QObject owner;
        HelmRun *r = h.start(command.value(), m_context, &owner);
        if (started)
            *started = r;
        QSignalSpy done(r, &HelmRun::finished);
        if (!done.wait(180000))
            return {};
        return done.first().first().value<HelmResult>();
    }

    ProcResult helm(const QString &binary, QStringList args, const QByteArray &stdinData = {})
    {
        // the local cluster's kubeconfig named explicitly: under ctest KUBECONFIG is not set
        args << QStringLiteral("--kubeconfig") << m_kubeconfig << QStringLiteral("--kube-context") << QStringLiteral("fedconsole-local");
        return run(binary, args, stdinData, 180000);
    }

    QJsonObject listed(const QString &binary, const QString &ns, const QString &name)
    {
        const HelmCli h = cli(binary);
        QStringList args = h.list(ns, false).arguments;
        for (const QJsonValue &v : jsonArray(helm(binary, args).out))
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        return {};
    }

    QJsonArray history(const QString &binary, const QString &ns, const QString &name)
    {
        return jsonArray(helm(binary, cli(binary).history(name, ns).arguments).out);
    }

    /// The model's row for a release once `pred` holds for it; how long that took from now.
    bool waitForRow(const QString &ns, const QString &name, const std::function<bool(const HelmReleaseSummary &)> &pred, qint64 *ms = nullptr,
                    int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        const bool ok = QTest::qWaitFor([&] {
            const int row = m_model->rowOf(ns, name);
            return pred(row < 0 ? HelmReleaseSummary{} : m_model->latest(row));
        }, timeoutMs);
        if (ms)
            *ms = clock.elapsed();
        return ok;
    }

    QStringList leftoverTempFiles() const { return QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden); }

    void versions()
    {
        QTest::addColumn<QString>("binary");
        for (const QString &v : {QStringLiteral("v3.21.4"), QStringLiteral("v4.3.2")})
            QTest::newRow(qPrintable(QStringLiteral("helm ") + v)) << helmBinary(v);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_kubeconfig = kubeconfigPath();
        for (const QString &v : {QStringLiteral("v3.21.4"), QStringLiteral("v4.3.2")})
            if (!QFileInfo(helmBinary(v)).isExecutable())
                QFAIL(qPrintable(QStringLiteral("helm %1 is not built (%2): run scripts/helm-bins.sh "
                                                "(scripts/local-cluster.sh build and scripts/test.sh run it)")
                                     .arg(v, helmBinary(v))));
        // helm's own cache/config/data stay out of the user's home
        qputenv("HELM_CACHE_HOME", (m_helmHome.path() + QStringLiteral("/cache")).toUtf8());
        qputenv("HELM_CONFIG_HOME", (m_helmHome.path() + QStringLiteral("/config")).toUtf8());
        qputenv("HELM_DATA_HOME", (m_helmHome.path() + QStringLiteral("/data")).toUtf8());
        LocalConnection local = connectLocal();
        QVERIFY2(local, qPrintable(local.error));
        m_context = local.context;
        m_conn = std::move(local.connection);
        m_informer = std::make_unique<Informer>(m_conn.get());
        m_model = std::make_unique<ReleaseListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->addStore(m_informer->store(Kind::Secret));
        m_model->addStore(m_informer->store(Kind::ConfigMap));
        QTRY_VERIFY_WITH_TIMEOUT(m_informer->store(Kind::Secret)->synced() && m_informer->store(Kind::ConfigMap)->synced(), 30000);
    }

    void cleanupTestCase()
    {
        for (const QString &ns : std::as_const(m_namespaces))
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void init() { QVERIFY2(leftoverTempFiles().isEmpty(), qPrintable(leftoverTempFiles().join(u','))); }

    void cliInstallShowsWithinASecond_data() { versions(); }
    void cliInstallShowsWithinASecond()
    {
        QFETCH(QString, binary);
        const QString ns = newNamespace(QStringLiteral("appear"));
        for (int revision = 1; revision <= 2; ++revision) {
            const auto r = helm(binary, {revision == 1 ? QStringLiteral("install") : QStringLiteral("upgrade"), QStringLiteral("flare"),
                                         chart(QStringLiteral("flare")), QStringLiteral("-n"), ns, QStringLiteral("--set"),
                                         QStringLiteral("replicas=%1").arg(revision)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            qint64 ms = 0;
            QVERIFY(waitForRow(ns, QStringLiteral("flare"), [&](const HelmReleaseSummary &s) {
                return s.revision == revision && s.status == u"deployed";
            }, &ms));
            qInfo("revision %d deployed by %s shown %lld ms after helm exited", revision, qPrintable(binary.section(u'/', -2, -2)), ms);
            QVERIFY2(ms <= 1000, qPrintable(QString::number(ms)));
            QCOMPARE(m_model->latest(m_model->rowOf(ns, QStringLiteral("flare"))).chart(), QStringLiteral("flare-0.1.0"));
        }
        const QList<HelmReleaseSummary> h = m_model->history(ns, QStringLiteral("flare"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.first().status, QStringLiteral("superseded"));
    }

    void actionsMatchHelmListAndHistory_data() { versions(); }
    void actionsMatchHelmListAndHistory()
    {
        QFETCH(QString, binary);
        const HelmCli h = cli(binary);
        const QString ns = newNamespace(QStringLiteral("actions"));
        const QString name = QStringLiteral("envoy-1");

        HelmInstallOptions o;
        o.release = name;
        o.chart = chart(QStringLiteral("openfl-envoy"));
        o.namespace_ = ns;
        o.values.yaml = "directorFqdn: director.openfl-director\ndirectorIp: 10.0.0.10\n"
                        "cert:\n  privKey: |\n    -----BEGIN PRIVATE KEY-----\n    not-a-real-key\n    -----END PRIVATE KEY-----\n";
        o.wait = HelmWait::Watcher;
        o.timeoutSeconds = 120;
        HelmResult r = runCli(h, h.install(o));
        QVERIFY2(r.ok, qPrintable(r.error().message));

        o.values.yaml.clear();
        o.values.setRows = {QStringLiteral("aggPort=50062")};
        o.valuesMode = HelmValuesMode::Reuse;
        r = runCli(h, h.upgrade(o));
        QVERIFY2(r.ok, qPrintable(r.error().message));

        HelmRollbackOptions rb;
        rb.release = name;
        rb.namespace_ = ns;
        rb.revision = 1;
        rb.wait = HelmWait::Watcher;
        r = runCli(h, h.rollback(rb));
        QVERIFY2(r.ok, qPrintable(r.error().message));

        // helm's own view
        const QJsonArray hist = history(binary, ns, name);
        QCOMPARE(hist.size(), 3);
        const QStringList statuses{QStringLiteral("superseded"), QStringLiteral("superseded"), QStringLiteral("deployed")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(hist[i].toObject().value(QLatin1String("revision")).toInt(), i + 1);
            QCOMPARE(hist[i].toObject().value(QLatin1String("status")).toString(), statuses[i]);
        }
        QCOMPARE(hist[2].toObject().value(QLatin1String("description")).toString(), QStringLiteral("Rollback to 1"));
        const QJsonObject listedNow = listed(binary, ns, name);
        QCOMPARE(listedNow.value(QLatin1String("revision")).toString(), QStringLiteral("3"));
        QCOMPARE(listedNow.value(QLatin1String("status")).toString(), QStringLiteral("deployed"));
        QCOMPARE(listedNow.value(QLatin1String("chart")).toString(), QStringLiteral("openfl-envoy-0.1.0"));
        // the rolled-back-to values are revision 1's: aggPort back to the chart's 50052
        const auto values = helm(binary, h.getValues(name, ns, true).arguments);
        QCOMPARE(QJsonDocument::fromJson(values.out).object().value(QLatin1String("aggPort")).toInt(), 50052);

        // ... and the model's, from storage
        QVERIFY(waitForRow(ns, name, [](const HelmReleaseSummary &s) { return s.revision == 3 && s.status == u"deployed"; }));
        const QList<HelmReleaseSummary> mine = m_model->history(ns, name);
        QCOMPARE(mine.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(mine[i].revision, i + 1);
            QCOMPARE(mine[i].status, statuses[i]);
            QCOMPARE(mine[i].description, hist[i].toObject().value(QLatin1String("description")).toString());
        }

        HelmUninstallOptions u;
        u.release = name;
        u.namespace_ = ns;
        u.wait = HelmWait::Watcher;
        r = runCli(h, h.uninstall(u));
        QVERIFY2(r.ok, qPrintable(r.error().message));
        QVERIFY(listed(binary, ns, name).isEmpty());
        QVERIFY(waitForRow(ns, name, [](const HelmReleaseSummary &s) { return s.revision == 0; }));
        QVERIFY(leftoverTempFiles().isEmpty());
    }

    void schemaViolationChangesNothing_data() { versions(); }
    void schemaViolationChangesNothing()
    {
        QFETCH(QString, binary);
        const HelmCli h = cli(binary);
        const QString ns = newNamespace(QStringLiteral("schema"));
        HelmInstallOptions o;
        o.release = QStringLiteral("envoy-2");
        o.chart = chart(QStringLiteral("openfl-envoy"));
        o.namespace_ = ns;
        o.values.yaml = "directorPort: 70000\n";
        HelmResult r = runCli(h, h.install(o));
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, HelmFailure::SchemaViolation);
        QVERIFY2(r.summary.contains(QLatin1String("values.schema.json")) && r.summary.contains(QLatin1String("/directorPort")),
                 qPrintable(r.summary));
        QVERIFY(r.stderrText.contains(QLatin1String("want 65,535"))); // helm's words, verbatim
        const auto objects = kubectl({QStringLiteral("get"), QStringLiteral("deployments,configmaps,secrets"), QStringLiteral("-n"), ns,
                                      QStringLiteral("-l"), QStringLiteral("openfl=envoy"), QStringLiteral("-o"), QStringLiteral("name")});
        QCOMPARE(objects.out.trimmed(), QByteArray());
        QVERIFY(listed(binary, ns, o.release).isEmpty());
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("-n"), ns, QStringLiteral("-l"),
                          QStringLiteral("owner=helm"), QStringLiteral("-o"), QStringLiteral("name")}).out.trimmed(),
                 QByteArray());

        // an upgrade with bad values leaves the deployed revision alone
        o.values.yaml = "directorIp: 10.0.0.20\n";
        r = runCli(h, h.install(o));
        QVERIFY2(r.ok, qPrintable(r.error().message));
        // generation, not resourceVersion: the deployment controller keeps writing status after the install
        const QByteArray before = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("envoy"), QStringLiteral("-n"),
                                           ns, QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.generation}")}).out;
        o.values.yaml = "aggPort: \"not a port\"\n";
        r = runCli(h, h.upgrade(o));
        QCOMPARE(r.failure, HelmFailure::SchemaViolation);
        QVERIFY2(r.summary.startsWith(QLatin1String("UPGRADE FAILED: values don't meet the chart's values.schema.json: ")), qPrintable(r.summary));
        QCOMPARE(history(binary, ns, o.release).size(), 1);
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("envoy"), QStringLiteral("-n"), ns,
                          QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.generation}")}).out,
                 before);
        QVERIFY(leftoverTempFiles().isEmpty());
    }

    void cancelDuringWaitMarksFailed_data() { versions(); }
    void cancelDuringWaitMarksFailed()
    {
        QFETCH(QString, binary);
        HelmCli h = cli(binary);
        h.setKillGraceMs(60000); // a SIGKILL would leave pending-install: the test would see it
        const QString ns = newNamespace(QStringLiteral("cancel"));
        HelmInstallOptions o;
        o.release = QStringLiteral("flare");
        o.chart = chart(QStringLiteral("flare"));
        o.namespace_ = ns;
        o.values.setRows = {QStringLiteral("nodeSelector.fedconsole\\.io/pool=nowhere")}; // pods stay Pending: --wait waits
        o.wait = HelmWait::Watcher;
        o.timeoutSeconds = 600;
        QObject owner;
        HelmRun *run = h.start(h.install(o).value(), m_context, &owner);
        QSignalSpy done(run, &HelmRun::finished);
        QVERIFY(waitForRow(ns, o.release, [](const HelmReleaseSummary &s) { return s.status == u"pending-install"; }, nullptr, 60000));
        QTest::qWait(1000); // into the wait for the Deployments
        QCOMPARE(leftoverTempFiles().size(), 1); // its kubeconfig while it runs
        QElapsedTimer clock;
        clock.start();
        run->cancel();
        QVERIFY(done.wait(60000));
        const HelmResult r = done.first().first().value<HelmResult>();
        qInfo("helm %s stopped %lld ms after SIGTERM: %s", qPrintable(binary.section(u'/', -2, -2)), clock.elapsed(), qPrintable(r.summary));
        QCOMPARE(r.failure, HelmFailure::Cancelled);
        QVERIFY2(leftoverTempFiles().isEmpty(), qPrintable(leftoverTempFiles().join(u',')));
        // helm itself says the release failed
        const auto status = helm(binary, h.status(o.release, ns).arguments);
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("info")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(waitForRow(ns, o.release, [](const HelmReleaseSummary &s) { return s.status == u"failed"; }));
        QVERIFY(!m_model->stuck(m_model->rowOf(ns, o.release)).stuck);
    }

    // fedconsole-cli reads from storage what helm reads, and drives helm with the same rules
    void cliMatchesHelm_data() { versions(); }
    void cliMatchesHelm()
    {
        QFETCH(QString, binary);
        const QString ns = newNamespace(QStringLiteral("cli"));
        const QString fc = QStringLiteral(FC_CLI_PATH);
        const QStringList ctx{QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--context"), QStringLiteral("fedconsole-local")};
        QTemporaryDir cliTmp; // the CLI's $TMPDIR: where its helm kubeconfigs go, scanned at the end
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", cliTmp.path().toUtf8());
        const auto restoreTmp = qScopeGuard([&] { oldTmp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", oldTmp); });
        auto fcCli = [&](const QStringList &args, const QByteArray &in = {}) { return run(fc, ctx + args, in, 180000); };
        auto r = fcCli({QStringLiteral("release"), QStringLiteral("install"), QStringLiteral("party"), chart(QStringLiteral("kubefate-party")),
                      QStringLiteral("-n"), ns, QStringLiteral("--helm"), binary, QStringLiteral("-f"), QStringLiteral("-"),
                      QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("2m")},
                     "partyId: 9999\npartyList: []\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = fcCli({QStringLiteral("release"), QStringLiteral("upgrade"), QStringLiteral("party"), chart(QStringLiteral("kubefate-party")),
                 QStringLiteral("-n"), ns, QStringLiteral("--helm"), binary, QStringLiteral("--reuse-values"), QStringLiteral("--set"),
                 QStringLiteral("partyIp=10.9.9.9")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const HelmCli h = cli(binary);
        // releases -o json vs helm list -o json
        const QJsonArray mine = jsonArray(fcCli({QStringLiteral("releases"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")}).out);
        const ProcResult listedByHelm = helm(binary, h.list(ns, false).arguments);
        const QJsonArray theirs = jsonArray(listedByHelm.out);
        QVERIFY2(theirs.size() == 1, QByteArray(listedByHelm.out + listedByHelm.err).constData());
        QCOMPARE(mine.size(), 1);
        QCOMPARE(theirs.size(), 1);
        for (const char *key : {"name", "namespace", "revision", "status", "chart", "app_version"})
            QCOMPARE(mine[0].toObject().value(QLatin1String(key)), theirs[0].toObject().value(QLatin1String(key)));
        // history
        const QJsonArray myHistory = jsonArray(fcCli({QStringLiteral("release"), QStringLiteral("history"), QStringLiteral("party"),
                                                    QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")}).out);
        const QJsonArray helmHistory = history(binary, ns, QStringLiteral("party"));
        QCOMPARE(myHistory.size(), 2);
        QCOMPARE(myHistory.size(), helmHistory.size());
        for (int i = 0; i < myHistory.size(); ++i)
            for (const char *key : {"revision", "status", "chart", "app_version", "description"})
                QCOMPARE(myHistory[i].toObject().value(QLatin1String(key)), helmHistory[i].toObject().value(QLatin1String(key)));
        // values and manifest
        const QJsonObject myValues = QJsonDocument::fromJson(fcCli({QStringLiteral("release"), QStringLiteral("values"), QStringLiteral("party"),
                                                                  QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")}).out).object();
        QCOMPARE(myValues, QJsonDocument::fromJson(helm(binary, h.getValues(QStringLiteral("party"), ns).arguments).out).object());
        QCOMPARE(myValues.value(QLatin1String("partyIp")).toString(), QStringLiteral("10.9.9.9"));
        QCOMPARE(fcCli({QStringLiteral("release"), QStringLiteral("manifest"), QStringLiteral("party"), QStringLiteral("-n"), ns}).out,
                 helm(binary, h.getManifest(QStringLiteral("party"), ns).arguments).out);

        r = fcCli({QStringLiteral("release"), QStringLiteral("uninstall"), QStringLiteral("party"), QStringLiteral("-n"), ns, QStringLiteral("--helm"),
                 binary});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonArray(helm(binary, h.list(ns, false).arguments).out).size(), 0);
        const QStringList left = QDir(cliTmp.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    }

    void killedHelmLeavesStuckReleaseRecovered_data() { versions(); }
    void killedHelmLeavesStuckReleaseRecovered()
    {
        QFETCH(QString, binary);
        const HelmCli h = cli(binary);
        const QString ns = newNamespace(QStringLiteral("stuck"));
        const QString name = QStringLiteral("fate-9999");
        HelmInstallOptions o;
        o.release = name;
        o.chart = chart(QStringLiteral("kubefate-party"));
        o.namespace_ = ns;
        o.values.setRows = {QStringLiteral("partyId=9999")};
        HelmResult r = runCli(h, h.install(o));
        QVERIFY2(r.ok, qPrintable(r.error().message));

        // an upgrade that waits forever, killed with SIGKILL: helm cannot mark anything
        QProcess upgrade;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfigPath());
        upgrade.setProcessEnvironment(env);
        upgrade.start(binary, {QStringLiteral("upgrade"), name, chart(QStringLiteral("kubefate-party")), QStringLiteral("-n"), ns,
                               QStringLiteral("--kube-context"), QStringLiteral("fedconsole-local"), QStringLiteral("--reuse-values"),
                               QStringLiteral("--set"), QStringLiteral("nodeSelector.fedconsole\\.io/pool=nowhere"), QStringLiteral("--wait"),
                               QStringLiteral("--timeout"), QStringLiteral("10m")});
        QVERIFY(upgrade.waitForStarted());
        QVERIFY(waitForRow(ns, name, [](const HelmReleaseSummary &s) { return s.revision == 2 && s.status == u"pending-upgrade"; },
                           nullptr, 60000));
        ::kill(pid_t(upgrade.processId()), SIGKILL);
        QVERIFY(upgrade.waitForFinished());

        // flagged, with the way out
        const int row = m_model->rowOf(ns, name);
        QVERIFY(m_model->index(row, 0).data(ReleaseListModel::StuckRole).toBool());
        StuckRelease stuck = m_model->stuck(row);
        QCOMPARE(stuck.recovery, StuckRelease::Recovery::Rollback);
        QCOMPARE(stuck.rollbackRevision, 1);
        // helm agrees it is locked
        o.values.setRows = {QStringLiteral("partyIp=10.1.1.1")};
        o.valuesMode = HelmValuesMode::Reuse;
        r = runCli(h, h.upgrade(o));
        QCOMPARE(r.failure, HelmFailure::OperationInProgress);

        // recovered through the app
        HelmRollbackOptions rb;
        rb.release = name;
        rb.namespace_ = ns;
        rb.revision = stuck.rollbackRevision;
        r = runCli(h, h.rollback(rb));
        QVERIFY2(r.ok, qPrintable(r.error().message));
        QVERIFY(waitForRow(ns, name, [](const HelmReleaseSummary &s) { return s.revision == 3 && s.status == u"deployed"; }));
        QVERIFY(!m_model->stuck(m_model->rowOf(ns, name)).stuck);
        QCOMPARE(listed(binary, ns, name).value(QLatin1String("status")).toString(), QStringLiteral("deployed"));

        // a killed first install: pending-install, recovered by uninstalling
        HelmInstallOptions first;
        first.release = QStringLiteral("flare");
        first.chart = chart(QStringLiteral("flare"));
        first.namespace_ = ns;
        QProcess install;
        install.setProcessEnvironment(env);
        install.start(binary, {QStringLiteral("install"), first.release, first.chart, QStringLiteral("-n"), ns, QStringLiteral("--kube-context"),
                               QStringLiteral("fedconsole-local"), QStringLiteral("--set"),
                               QStringLiteral("nodeSelector.fedconsole\\.io/pool=nowhere"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                               QStringLiteral("10m")});
        QVERIFY(install.waitForStarted());
        QVERIFY(waitForRow(ns, first.release, [](const HelmReleaseSummary &s) { return s.status == u"pending-install"; }, nullptr, 60000));
        ::kill(pid_t(install.processId()), SIGKILL);
        QVERIFY(install.waitForFinished());
        stuck = m_model->stuck(m_model->rowOf(ns, first.release));
        QVERIFY(stuck.stuck);
        QCOMPARE(stuck.recovery, StuckRelease::Recovery::Uninstall);
        HelmUninstallOptions u;
        u.release = first.release;
        u.namespace_ = ns;
        r = runCli(h, h.uninstall(u));
        QVERIFY2(r.ok, qPrintable(r.error().message));
        QVERIFY(waitForRow(ns, first.release, [](const HelmReleaseSummary &s) { return s.revision == 0; }));
        QVERIFY(leftoverTempFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelmInterop)
#include "tst_helminterop.moc"
