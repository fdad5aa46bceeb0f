// HelmCli without a cluster: argument lists for Helm 3 and Helm 4, error summaries of real
// helm stderr, the temporary kubeconfig, and what a helm process actually gets — checked by a
// stand-in helm script that records its arguments, environment, stdin and the kubeconfig it
// was pointed at (mode and content). The real helm against the real apiserver is
// tests/integration/helm/tst_helminterop.

#include "backend/helm/HelmCli.h"
#include "backend/helm/HelmKubeconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fc;

namespace {

HelmVersion version(int major, int minor)
{
    HelmVersion v;
    v.major = major;
    v.minor = minor;
    v.text = QStringLiteral("v%1.%2.0").arg(major).arg(minor);
    return v;
}

const char kFakeHelm[] = R"SH(#!/bin/sh
# stand-in for helm (tst_helmcli): records what it was given into $FAKE_HELM_LOG
if [ "$1" = version ]; then printf '%s' "${FAKE_HELM_VERSION:-v4.3.2}"; exit 0; fi
log="$FAKE_HELM_LOG"
: > "$log"
kc=""; prev=""
for a in "$@"; do printf 'arg:%s\n' "$a" >> "$log"; [ "$prev" = --kubeconfig ] && kc="$a"; prev="$a"; done
if [ -n "$kc" ]; then
  printf 'mode:%s\n' "$(stat -c %a "$kc")" >> "$log"
  printf 'kubeconfig:%s\n' "$(base64 -w0 < "$kc")" >> "$log"
fi
printf 'stdin:%s\n' "$(base64 -w0)" >> "$log"
env | grep -E '^(KUBECONFIG|HELM_KUBE|HELM_NAMESPACE)' | sed 's/^/env:/' >> "$log"
case "$FAKE_HELM_MODE" in
  fail) echo 'level=WARN msg="a warning first"' >&2; printf 'Error: UPGRADE FAILED: boom\nmore detail\n' >&2; exit 1 ;;
  hang) trap 'echo "Release x has been cancelled."; echo "Error: context canceled" >&2; exit 1' TERM
        echo waiting; while :; do sleep 0.05; done ;;
esac
echo "NAME: done"
)SH";

struct FakeRun {
    QStringList args;
    QString mode;
    QByteArray kubeconfig;
    QByteArray stdinData;
    QStringList env;
};

FakeRun readLog(const QString &path)
{
    FakeRun r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(u"arg:"))
            r.args << l.mid(4);
        else if (l.startsWith(u"mode:"))
            r.mode = l.mid(5);
        else if (l.startsWith(u"kubeconfig:"))
            r.kubeconfig = QByteArray::fromBase64(line.mid(11));
        else if (l.startsWith(u"stdin:"))
            r.stdinData = QByteArray::fromBase64(line.mid(6));
        else if (l.startsWith(u"env:"))
            r.env << l.mid(4);
    }
    return r;
}

ResolvedContext tokenContext()
{
    ResolvedContext c;
    c.contextName = QStringLiteral("prod");
    c.namespaceName = QStringLiteral("fate-9999");
    c.server = QUrl(QStringLiteral("https://10.0.0.1:6443"));
    c.caPem = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n";
    c.tlsServerName = QStringLiteral("kubernetes");
    c.token = QStringLiteral("very-secret-token-123");
    c.impersonateUser = QStringLiteral("alice");
    c.impersonateGroups = {QStringLiteral("admins")};
    return c;
}

} // namespace

class TestHelmCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_fake;
    QString m_log;
    QString m_tmp; ///< where HelmCli writes its kubeconfigs

    HelmCli fakeCli(const HelmVersion &v)
    {
        HelmCli cli(m_fake, v);
        cli.setTempDirectory(m_tmp);
        return cli;
    }
    QStringList leftovers() const { return QDir(m_tmp).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fake = m_dir.filePath(QStringLiteral("helm"));
        QFile f(m_fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kFakeHelm);
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        m_log = m_dir.filePath(QStringLiteral("log"));
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        qputenv("FAKE_HELM_LOG", m_log.toUtf8());
    }

    void versions_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("supported");
        QTest::newRow("v4 template") << QStringLiteral("v4.3.2") << QStringLiteral("v4.3.2") << true;
        QTest::newRow("v3 short") << QStringLiteral("v3.21.4+g1234abc\n") << QStringLiteral("v3.21.4") << true;
        QTest::newRow("v3 BuildInfo") << QStringLiteral(R"(version.BuildInfo{Version:"v3.8.0", GitCommit:"", GoVersion:"go1.17"})")
                                      << QStringLiteral("v3.8.0") << true;
        QTest::newRow("v3.7 too old") << QStringLiteral("v3.7.2") << QStringLiteral("v3.7.2") << false;
        QTest::newRow("v2") << QStringLiteral("v2.17.0") << QStringLiteral("v2.17.0") << false;
    }
    void versions()
    {
        QFETCH(QString, output);
        QFETCH(QString, text);
        QFETCH(bool, supported);
        const auto v = parseHelmVersion(output);
        QVERIFY(v.ok());
        QCOMPARE(v->text, text);
        QCOMPARE(v->supported(), supported);
        QVERIFY(!parseHelmVersion(QStringLiteral("command not found")).ok());
    }

    // The flag differences between Helm 3 and Helm 4 (helm-and-ingress notes, pkg/cmd/*.go).
    void installArguments()
    {
        HelmInstallOptions o;
        o.release = QStringLiteral("fate-10000");
        o.chart = QStringLiteral("oci://registry.example/charts/fate-party");
        o.chartVersion = QStringLiteral("1.2.0");
        o.namespace_ = QStringLiteral("fate-10000");
        o.createNamespace = true;
        o.values.yaml = "partyId: 10000\n";
        o.values.setRows = {QStringLiteral("modules.mysql.enabled=false")};
        o.wait = HelmWait::Watcher;
        o.waitForJobs = true;
        o.timeoutSeconds = 120;
        o.rollbackOnFailure = true;
        o.forceReplace = true;

        const auto v3 = HelmCli(QStringLiteral("helm"), version(3, 21)).install(o);
        QVERIFY(v3.ok());
        QCOMPARE(v3->arguments.join(u' '),
                 QStringLiteral("install fate-10000 oci://registry.example/charts/fate-party --namespace fate-10000 --version 1.2.0 "
                                "--create-namespace --values - --set modules.mysql.enabled=false --wait --wait-for-jobs "
                                "--timeout=120s --atomic --force"));
        QCOMPARE(v3->stdinData, QByteArray("partyId: 10000\n"));
        QVERIFY(v3->needsCluster);

        const auto v4 = HelmCli(QStringLiteral("helm"), version(4, 3)).install(o);
        QVERIFY(v4.ok());
        QCOMPARE(v4->arguments.join(u' '),
                 QStringLiteral("install fate-10000 oci://registry.example/charts/fate-party --namespace fate-10000 --version 1.2.0 "
                                "--create-namespace --values - --set modules.mysql.enabled=false --wait=watcher --wait-for-jobs "
                                "--timeout=120s --rollback-on-failure --force-replace"));
    }

    void waitStrategies_data()
    {
        QTest::addColumn<int>("wait");
        QTest::addColumn<QString>("v3");
        QTest::addColumn<QString>("v4");
        QTest::newRow("none") << int(HelmWait::None) << QString() << QString();
        QTest::newRow("watcher") << int(HelmWait::Watcher) << QStringLiteral("--wait") << QStringLiteral("--wait=watcher");
        QTest::newRow("legacy") << int(HelmWait::Legacy) << QStringLiteral("--wait") << QStringLiteral("--wait=legacy");
        QTest::newRow("hookOnly") << int(HelmWait::HookOnly) << QString() << QStringLiteral("--wait=hookOnly");
    }
    void waitStrategies()
    {
        QFETCH(int, wait);
        QFETCH(QString, v3);
        QFETCH(QString, v4);
        HelmRollbackOptions o;
        o.release = QStringLiteral("r");
        o.wait = HelmWait(wait);
        const QStringList a3 = HelmCli(QStringLiteral("helm"), version(3, 21)).rollback(o)->arguments;
        const QStringList a4 = HelmCli(QStringLiteral("helm"), version(4, 3)).rollback(o)->arguments;
        QCOMPARE(a3.filter(QStringLiteral("--wait")).join(u' '), v3);
        QCOMPARE(a4.filter(QStringLiteral("--wait")).join(u' '), v4);
    }

    void upgradeValuesAndServerSide()
    {
        HelmInstallOptions o;
        o.release = QStringLiteral("flare");
        o.chart = QStringLiteral("tests/charts/flare");
        o.valuesMode = HelmValuesMode::ResetThenReuse;
        o.serverSide = HelmServerSide::Auto;
        o.installIfMissing = true;
        const auto v4 = HelmCli(QStringLiteral("helm"), version(4, 3)).upgrade(o);
        QVERIFY(v4.ok());
        QCOMPARE(v4->arguments.join(u' '),
                 QStringLiteral("upgrade flare tests/charts/flare --server-side=auto --install --reset-then-reuse-values"));
        // Helm 3 applies client-side: "auto" keeps doing that, "on" cannot be done
        const auto v3 = HelmCli(QStringLiteral("helm"), version(3, 21)).upgrade(o);
        QVERIFY(v3.ok());
        QCOMPARE(v3->arguments.join(u' '), QStringLiteral("upgrade flare tests/charts/flare --install --reset-then-reuse-values"));
        o.serverSide = HelmServerSide::On;
        QVERIFY(!HelmCli(QStringLiteral("helm"), version(3, 21)).upgrade(o).ok());
        o.serverSide = HelmServerSide::Default;
        QVERIFY2(!HelmCli(QStringLiteral("helm"), version(3, 13)).upgrade(o).ok(), "--reset-then-reuse-values came in Helm 3.14");
        o.valuesMode = HelmValuesMode::Reuse;
        QVERIFY(HelmCli(QStringLiteral("helm"), version(3, 13)).upgrade(o)->arguments.contains(QStringLiteral("--reuse-values")));
        o.valuesMode = HelmValuesMode::Reset;
        QVERIFY(HelmCli(QStringLiteral("helm"), version(4, 0)).upgrade(o)->arguments.contains(QStringLiteral("--reset-values")));
        o.forceReplace = o.forceConflicts = true;
        QVERIFY(!HelmCli(QStringLiteral("helm"), version(4, 3)).upgrade(o).ok());
    }

    void readCommands()
    {
        const HelmCli h3(QStringLiteral("helm"), version(3, 21));
        const HelmCli h4(QStringLiteral("helm"), version(4, 3));
        // Helm 3 lists deployed and failed only unless --all; Helm 4 lists everything and has no --all
        QCOMPARE(h3.list({}, true).arguments.join(u' '), QStringLiteral("list --output json --max 0 --all --all-namespaces"));
        QCOMPARE(h4.list(QStringLiteral("ns"), false).arguments.join(u' '), QStringLiteral("list --output json --max 0 --namespace ns"));
        QCOMPARE(h4.history(QStringLiteral("r"), QStringLiteral("ns")).arguments.join(u' '),
                 QStringLiteral("history r --output json --namespace ns"));
        QCOMPARE(h4.getValues(QStringLiteral("r"), QStringLiteral("ns"), true, 3).arguments.join(u' '),
                 QStringLiteral("get values r --output json --all --namespace ns --revision 3"));
        QCOMPARE(h4.getManifest(QStringLiteral("r"), QStringLiteral("ns")).arguments.join(u' '),
                 QStringLiteral("get manifest r --namespace ns"));
        HelmUninstallOptions u;
        u.release = QStringLiteral("r");
        u.namespace_ = QStringLiteral("ns");
        u.keepHistory = true;
        u.wait = HelmWait::Watcher;
        QCOMPARE(h3.uninstall(u)->arguments.join(u' '), QStringLiteral("uninstall r --namespace ns --keep-history --wait"));
        HelmInstallOptions t;
        t.release = QStringLiteral("r");
        t.chart = QStringLiteral("c.tgz");
        t.wait = HelmWait::Watcher;
        t.values.yaml = "a: 1\n";
        const auto tpl = h4.templateChart(t);
        QCOMPARE(tpl->arguments.join(u' '), QStringLiteral("template r c.tgz --values -"));
        QVERIFY(!tpl->needsCluster);
    }

    void secretLookingSetRowsWarn()
    {
        HelmInstallOptions o;
        o.release = QStringLiteral("r");
        o.chart = QStringLiteral("c");
        o.values.setRows = {QStringLiteral("db.password=hunter2"), QStringLiteral("replicas=2")};
        const auto c = HelmCli(QStringLiteral("helm"), version(4, 3)).install(o);
        QCOMPARE(c->warnings.size(), 1);
        QVERIFY(c->warnings.first().contains(QLatin1String("db.password")));
        QVERIFY(!c->warnings.first().contains(QLatin1String("hunter2")));
    }

    // stderr texts copied from helm v3.21.4 / v4.3.2 runs against the local control plane
    void errorSummaries_data()
    {
        QTest::addColumn<QString>("stderrText");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("summary");
        QTest::newRow("schema")
            << QStringLiteral("Error: INSTALLATION FAILED: values don't meet the specifications of the schema(s) in the following chart(s):\n"
                              "openfl-envoy:\n- at '/directorPort': maximum: got 70,000, want 65,535\n"
                              "- at '/name': 'Bad_Name' does not match pattern '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'\n\n")
            << int(HelmFailure::SchemaViolation)
            << QStringLiteral("INSTALLATION FAILED: values don't meet the chart's values.schema.json: at '/directorPort': maximum: got "
                              "70,000, want 65,535 (and 1 more)");
        QTest::newRow("name in use v3") << QStringLiteral("Error: INSTALLATION FAILED: cannot re-use a name that is still in use\n")
                                        << int(HelmFailure::NameInUse)
                                        << QStringLiteral("INSTALLATION FAILED: cannot re-use a name that is still in use");
        QTest::newRow("name in use v4 (log line first)")
            << QStringLiteral("level=ERROR msg=\"release name check failed\" error=\"cannot reuse a name that is still in use\"\n"
                              "Error: INSTALLATION FAILED: release name check failed: cannot reuse a name that is still in use\n")
            << int(HelmFailure::NameInUse)
            << QStringLiteral("INSTALLATION FAILED: release name check failed: cannot reuse a name that is still in use");
        QTest::newRow("no deployed") << QStringLiteral("Error: UPGRADE FAILED: \"nothere\" has no deployed releases\n")
                                     << int(HelmFailure::NoDeployedReleases)
                                     << QStringLiteral("UPGRADE FAILED: \"nothere\" has no deployed releases");
        QTest::newRow("not found") << QStringLiteral("Error: uninstall: Release not loaded: nothere: release: not found\n")
                                   << int(HelmFailure::NotFound)
                                   << QStringLiteral("uninstall: Release not loaded: nothere: release: not found");
        QTest::newRow("in progress")
            << QStringLiteral("Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n")
            << int(HelmFailure::OperationInProgress)
            << QStringLiteral("UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress");
        QTest::newRow("nothing") << QString() << int(HelmFailure::None) << QString();
    }
    void errorSummaries()
    {
        QFETCH(QString, stderrText);
        QFETCH(int, failure);
        QFETCH(QString, summary);
        const HelmErrorSummary s = summarizeHelmError(stderrText);
        QCOMPARE(int(s.failure), failure);
        QCOMPARE(s.summary, summary);
    }

    void kubeconfigForHelm()
    {
        const QJsonObject tokenKc = QJsonDocument::fromJson(helmKubeconfig(tokenContext())).object();
        QCOMPARE(tokenKc.value(QLatin1String("current-context")).toString(), QStringLiteral("prod"));
        const QJsonObject cluster = tokenKc.value(QLatin1String("clusters")).toArray().first().toObject().value(QLatin1String("cluster")).toObject();
        QCOMPARE(cluster.value(QLatin1String("server")).toString(), QStringLiteral("https://10.0.0.1:6443"));
        QCOMPARE(QByteArray::fromBase64(cluster.value(QLatin1String("certificate-authority-data")).toString().toLatin1()), tokenContext().caPem);
        QCOMPARE(cluster.value(QLatin1String("tls-server-name")).toString(), QStringLiteral("kubernetes"));
        const QJsonObject user = tokenKc.value(QLatin1String("users")).toArray().first().toObject().value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("token")).toString(), QStringLiteral("very-secret-token-123"));
        QCOMPARE(user.value(QLatin1String("as")).toString(), QStringLiteral("alice"));
        const QJsonObject context = tokenKc.value(QLatin1String("contexts")).toArray().first().toObject().value(QLatin1String("context")).toObject();
        QCOMPARE(context.value(QLatin1String("namespace")).toString(), QStringLiteral("fate-9999"));

        // an exec-plugin user keeps its exec section: helm runs the plugin itself
        ResolvedContext e = tokenContext();
        e.token.clear();
        ExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = QStringLiteral("/usr/local/bin/kubelogin");
        exec.args = {QStringLiteral("get-token"), QStringLiteral("--oidc-issuer-url=https://dex.example")};
        exec.env = {{QStringLiteral("A"), QStringLiteral("b")}};
        e.exec = exec;
        const QJsonObject execUser = QJsonDocument::fromJson(helmKubeconfig(e)).object().value(QLatin1String("users")).toArray().first()
                                         .toObject().value(QLatin1String("user")).toObject();
        QVERIFY(!execUser.contains(QLatin1String("token")));
        const QJsonObject execSection = execUser.value(QLatin1String("exec")).toObject();
        QCOMPARE(execSection.value(QLatin1String("command")).toString(), exec.command);
        QCOMPARE(execSection.value(QLatin1String("args")).toArray().size(), 2);
        QCOMPARE(execSection.value(QLatin1String("env")).toArray().first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("A"));
        QCOMPARE(execSection.value(QLatin1String("interactiveMode")).toString(), QStringLiteral("Never"));
    }

    // What a helm process really receives: credentials only in a 0600 kubeconfig, values on
    // stdin, no KUBECONFIG/HELM_KUBE* leaking in, the kubeconfig gone afterwards.
    void runGivesHelmOnlyTheTempKubeconfig()
    {
        qputenv("KUBECONFIG", "/home/someone/.kube/other-config");
        qputenv("HELM_KUBETOKEN", "token-from-the-environment");
        qputenv("FAKE_HELM_MODE", "");
        HelmCli cli = fakeCli(version(4, 3));
        HelmInstallOptions o;
        o.release = QStringLiteral("envoy-1");
        o.chart = QStringLiteral("tests/charts/openfl-envoy");
        o.namespace_ = QStringLiteral("openfl-envoy-1");
        o.values.yaml = "cert:\n  privKey: |\n    -----BEGIN PRIVATE KEY-----\n";
        const auto command = cli.install(o);
        QVERIFY(command.ok());
        QObject owner;
        HelmRun *run = cli.start(*command, tokenContext(), &owner);
        QSignalSpy done(run, &HelmRun::finished);
        QStringList lines;
        connect(run, &HelmRun::outputLine, this, [&](const QString &l, bool) { lines << l; });
        QVERIFY(!run->kubeconfigPath().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const HelmResult r = done.first().first().value<HelmResult>();
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(lines, QStringList{QStringLiteral("NAME: done")});

        const FakeRun seen = readLog(m_log);
        QCOMPARE(seen.mode, QStringLiteral("600"));
        QCOMPARE(seen.stdinData, o.values.yaml);
        QVERIFY2(seen.env.isEmpty(), qPrintable(seen.env.join(u',')));
        const int at = int(seen.args.indexOf(QStringLiteral("--kubeconfig")));
        QVERIFY(at > 0);
        QCOMPARE(seen.args.mid(0, at).join(u' '),
                 QStringLiteral("install envoy-1 tests/charts/openfl-envoy --namespace openfl-envoy-1 --values -"));
        QCOMPARE(seen.args.mid(at + 2), (QStringList{QStringLiteral("--kube-context"), QStringLiteral("prod")}));
        const QString argv = seen.args.join(u' ');
        QVERIFY(!argv.contains(QLatin1String("very-secret-token-123")));
        QVERIFY(!argv.contains(QLatin1String("PRIVATE KEY")));
        QVERIFY(seen.kubeconfig.contains("very-secret-token-123")); // it is in the file instead
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u',')));
        qunsetenv("KUBECONFIG");
        qunsetenv("HELM_KUBETOKEN");
    }

    void failureHasSummaryAndVerbatimText()
    {
        qputenv("FAKE_HELM_MODE", "fail");
        HelmCli cli = fakeCli(version(3, 21));
        HelmRollbackOptions o;
        o.release = QStringLiteral("x");
        QObject owner;
        HelmRun *run = cli.start(*cli.rollback(o), tokenContext(), &owner);
        QSignalSpy done(run, &HelmRun::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const HelmResult r = done.first().first().value<HelmResult>();
        QVERIFY(!r.ok);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.summary, QStringLiteral("UPGRADE FAILED: boom"));
        QVERIFY(r.stderrText.contains(QLatin1String("a warning first")));
        QVERIFY(r.error().message.startsWith(QLatin1String("UPGRADE FAILED: boom\n\n")));
        QVERIFY(r.error().message.contains(QLatin1String("more detail")));
        QVERIFY(leftovers().isEmpty());
        qputenv("FAKE_HELM_MODE", "");
    }

    void cancelSendsSigterm()
    {
        qputenv("FAKE_HELM_MODE", "hang");
        HelmCli cli = fakeCli(version(4, 3));
        cli.setKillGraceMs(20000);
        HelmInstallOptions o;
        o.release = QStringLiteral("x");
        o.chart = QStringLiteral("c");
        o.wait = HelmWait::Watcher;
        QObject owner;
        HelmRun *run = cli.start(*cli.install(o), tokenContext(), &owner);
        QSignalSpy done(run, &HelmRun::finished);
        QSignalSpy lines(run, &HelmRun::outputLine);
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 10000);
        QCOMPARE(leftovers().size(), 1); // the kubeconfig, while helm runs
        run->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000); // well before the 20 s SIGKILL
        const HelmResult r = done.first().first().value<HelmResult>();
        QCOMPARE(r.failure, HelmFailure::Cancelled);
        QVERIFY(r.stdoutData.contains("has been cancelled")); // helm's own SIGTERM handler ran
        QVERIFY(r.summary.startsWith(QLatin1String("helm install cancelled")));
        QVERIFY(leftovers().isEmpty());
        qputenv("FAKE_HELM_MODE", "");
    }

    // connected after start() returns, as callers do: the end still arrives
    void missingHelmReportsNotStarted()
    {
        HelmCli cli(m_dir.filePath(QStringLiteral("no-helm-here")), version(4, 3));
        cli.setTempDirectory(m_tmp);
        QObject owner;
        HelmRun *run = cli.start(cli.list({}, true), tokenContext(), &owner);
        QSignalSpy done(run, &HelmRun::finished);
        QVERIFY(done.wait(10000));
        const HelmResult r = done.first().first().value<HelmResult>();
        QCOMPARE(r.failure, HelmFailure::NotStarted);
        QVERIFY2(r.summary.startsWith(QLatin1String("cannot run helm: ")), qPrintable(r.summary));
        QVERIFY(leftovers().isEmpty());
    }

    void probeReadsTheVersion()
    {
        QObject context;
        std::optional<Result<HelmCli>> got;
        qputenv("FAKE_HELM_VERSION", "v3.21.4");
        HelmCli::probe(m_fake, &context, [&](const Result<HelmCli> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(got->ok());
        QCOMPARE(got->value().version().text, QStringLiteral("v3.21.4"));
        QVERIFY(!got->value().version().isHelm4());
        got.reset();
        qputenv("FAKE_HELM_VERSION", "v3.7.1");
        HelmCli::probe(m_fake, &context, [&](const Result<HelmCli> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(!got->ok());
        QVERIFY(got->error().message.contains(QLatin1String("too old")));
        qunsetenv("FAKE_HELM_VERSION");
        QVERIFY(!HelmCli::findProgram(m_dir.filePath(QStringLiteral("nope"))).ok());
        QCOMPARE(HelmCli::findProgram(m_fake).value(), m_fake);
    }
};

QTEST_GUILESS_MAIN(TestHelmCli)
#include "tst_helmcli.moc"
