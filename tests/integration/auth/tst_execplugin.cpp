// Exec credential plugins against the real apiserver: the token is cached until its
// expirationTimestamp, fetched again after it, and fetched again after a 401.

#include "../common/LocalCluster.h"

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/Kubeconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

class TestExecPlugin : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    int invocations() const
    {
        QFile f(m_dir.filePath(QStringLiteral("count")));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return int(f.readAll().count('\n'));
    }

    /// kubeconfig whose user runs `plugin.sh`; the cluster entry is copied from the local one.
    QString writeKubeconfig(const QString &apiVersion)
    {
        const Kubeconfig local = Kubeconfig::load({kubeconfigPath()});
        const auto admin = local.resolve(QStringLiteral("fedconsole-local"));
        if (!admin)
            qFatal("%s", qPrintable(admin.error().toString()));
        const QString path = m_dir.filePath(QStringLiteral("kubeconfig-") + apiVersion.section(u'/', -1));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write kubeconfig");
        f.write(QStringLiteral(R"(apiVersion: v1
kind: Config
current-context: exec
clusters:
- name: local
  cluster:
    server: %1
    certificate-authority-data: %2
users:
- name: exec-user
  user:
    exec:
      apiVersion: %3
      command: %4
      args: ["%5"]
      env: [{name: PLUGIN_DIR, value: "%6"}]
      interactiveMode: Never
contexts:
- name: exec
  context: {cluster: local, user: exec-user}
)")
                    .arg(admin->server.toString(), QString::fromLatin1(admin->caPem.toBase64()), apiVersion,
                         m_dir.filePath(QStringLiteral("plugin.sh")), apiVersion, m_dir.path())
                    .toUtf8());
        return path;
    }

    /// The plugin prints a bad token while `bad` exists (then removes it), else the real one,
    /// valid for `ttl` seconds; every run appends a line to `count`.
    void writePlugin(int ttl)
    {
        QFile f(m_dir.filePath(QStringLiteral("plugin.sh")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"(#!/bin/sh
set -e
echo run >> "$PLUGIN_DIR/count"
echo "$KUBERNETES_EXEC_INFO" > "$PLUGIN_DIR/exec-info.json"
token=$(cat "%1")
if [ -e "$PLUGIN_DIR/bad" ]; then rm -f "$PLUGIN_DIR/bad"; token=not-a-valid-token; fi
exp=$(date -u -d "+%2 seconds" +%Y-%m-%dT%H:%M:%SZ)
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s","expirationTimestamp":"%s"}}\n' "$1" "$token" "$exp"
)")
                    .arg(clusterDir() + QStringLiteral("/token"))
                    .arg(ttl)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::remove(m_dir.filePath(QStringLiteral("count")));
    }

    std::unique_ptr<ClusterConnection> connect(const QString &kubeconfig)
    {
        const Kubeconfig kc = Kubeconfig::load({kubeconfig});
        auto resolved = kc.resolve(QStringLiteral("exec"));
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error().toString()));
        auto cfg = connectionConfigFor(resolved.value());
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().toString()));
        return std::make_unique<ClusterConnection>(cfg.value());
    }

    Result<QByteArray> listPods(ClusterConnection &c)
    {
        std::optional<Result<QByteArray>> out;
        QObject ctx;
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/pods");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        c.send(request, &ctx, [&](const Result<QByteArray> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return makeError(QStringLiteral("timed out"));
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
    }

    void cachedUntilExpiry_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::newRow("v1") << QStringLiteral("client.authentication.k8s.io/v1");
        QTest::newRow("v1beta1") << QStringLiteral("client.authentication.k8s.io/v1beta1");
    }
    void cachedUntilExpiry()
    {
        QFETCH(QString, apiVersion);
        // 13 s of validity; the provider refreshes 10 s early, so the token is fresh for ~3 s.
        writePlugin(13);
        auto conn = connect(writeKubeconfig(apiVersion));
        auto first = listPods(*conn);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(invocations(), 1);
        QVERIFY(listPods(*conn).ok());
        QCOMPARE(invocations(), 1); // cached
        QTest::qWait(4000);
        QVERIFY(listPods(*conn).ok());
        QCOMPARE(invocations(), 2); // expired -> plugin ran again
        QFile info(m_dir.filePath(QStringLiteral("exec-info.json")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QByteArray execInfo = info.readAll();
        QVERIFY2(execInfo.contains(apiVersion.toUtf8()), execInfo.constData());
        QVERIFY(execInfo.contains("ExecCredential"));
    }

    void rerunAfter401()
    {
        writePlugin(3600);
        QFile bad(m_dir.filePath(QStringLiteral("bad")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close();
        auto conn = connect(writeKubeconfig(QStringLiteral("client.authentication.k8s.io/v1")));
        auto r = listPods(*conn);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(invocations(), 2); // bad token -> 401 -> invalidate -> plugin again -> success
    }

    void badTokenIsUnauthorized()
    {
        // A static bad token: no plugin to re-run, the error says what happened.
        const Kubeconfig local = Kubeconfig::load({kubeconfigPath()});
        auto ctx = local.resolve(QStringLiteral("fedconsole-local-token"));
        QVERIFY(ctx.ok());
        ResolvedContext wrong = ctx.value();
        wrong.token = QStringLiteral("wrong");
        auto cfg = connectionConfigFor(wrong);
        QVERIFY(cfg.ok());
        ClusterConnection conn(cfg.value());
        auto r = listPods(conn);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY2(r.error().message.contains(QStringLiteral("unauthorized")), qPrintable(r.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), ConnectionState::Unauthorized, 5000);
    }

    // Issue 14: a plugin that hangs holds its own connection's worker only — another context
    // lists meanwhile — and closing the connection (the window) ends it within 1 s, not 60.
    void hungPluginBlocksNeitherOthersNorClosing()
    {
        QFile f(m_dir.filePath(QStringLiteral("plugin.sh")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho run >> \"$PLUGIN_DIR/count\"\nexec sleep 600\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::remove(m_dir.filePath(QStringLiteral("count")));
        auto hung = connect(writeKubeconfig(QStringLiteral("client.authentication.k8s.io/v1")));
        std::optional<Result<QByteArray>> never;
        QObject ctx;
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/pods");
        hung->send(request, &ctx, [&](const Result<QByteArray> &r) { never = r; });
        QTRY_COMPARE_WITH_TIMEOUT(invocations(), 1, 10000); // the plugin is running, and hangs

        const Kubeconfig local = Kubeconfig::load({kubeconfigPath()});
        auto admin = connectionConfigFor(local.resolve(QStringLiteral("fedconsole-local")).value());
        QVERIFY(admin.ok());
        ClusterConnection other(admin.value());
        const auto listed = listPods(other);
        QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().toString()));
        QVERIFY(!never.has_value());

        QElapsedTimer closing;
        closing.start();
        hung.reset();
        const qint64 ms = closing.elapsed();
        qInfo("closing a connection whose exec plugin hangs took %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    // A plugin printing garbage: a clear error naming the plugin, not a crash or a hang.
    void garbagePluginSaysWhat()
    {
        QFile f(m_dir.filePath(QStringLiteral("plugin.sh")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nhead -c 3000 /dev/urandom\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto conn = connect(writeKubeconfig(QStringLiteral("client.authentication.k8s.io/v1")));
        const auto r = listPods(*conn);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("did not print an ExecCredential as JSON")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(m_dir.filePath(QStringLiteral("plugin.sh"))), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestExecPlugin)
#include "tst_execplugin.moc"
