// Helm's release storage decoded from fixtures the real helm wrote: Secrets and ConfigMaps saved
// with `kubectl get -o json` after `helm install/upgrade` with helm v3.21.4 and v4.3.2 on the
// local control plane (tests/backend/helm/fixtures, see README there), plus damaged copies.
// Both paths are checked: the watch worker's summary (ObjectParser::summarize) and the whole
// revision (ReleaseDecoder::decodeObject).

#include "backend/cluster/ObjectParser.h"
#include "backend/core/Rfc3339.h"
#include "backend/helm/ReleaseDecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fc;

namespace {

QByteArray fixture(const QString &name)
{
    // FEDCONSOLE_SOURCE_DIR is set by ctest; ccache's base_dir makes __FILE__ (QFINDTESTDATA) relative
    const QString dir = qEnvironmentVariable("FEDCONSOLE_SOURCE_DIR", QStringLiteral(FC_SOURCE_DIR)) + QStringLiteral("/tests/backend/helm/fixtures");
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s in %s", qPrintable(name), qPrintable(dir));
    return f.readAll();
}

QJsonObject fixtureObject(const QString &name) { return QJsonDocument::fromJson(fixture(name)).object(); }

} // namespace

class TestReleaseDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realHelm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<int>("revision");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("appVersion");
        QTest::addColumn<QString>("updated");      // info.last_deployed as helm wrote it
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("applyMethod");
        QTest::addColumn<bool>("hasSchema");
        QTest::addColumn<int>("hooks");
        QTest::addColumn<QString>("userValueKey"); // a key helm was given with --set / -f
        QTest::addColumn<bool>("configMapDriver");

        QTest::newRow("helm3 flare rev 1 (superseded, hook)")
            << QStringLiteral("helm3-flare-v1.json") << QStringLiteral("flare-v3") << QStringLiteral("fx-helm3") << 1
            << QStringLiteral("superseded") << QStringLiteral("flare-0.1.0") << QStringLiteral("2.4.0")
            << QStringLiteral("2026-12-06T14:54:24.822Z") << QStringLiteral("Install complete") << QString() << false << 1
            << QStringLiteral("svc-persist") << false;
        QTest::newRow("helm3 flare rev 2 (deployed)")
            << QStringLiteral("helm3-flare-v2.json") << QStringLiteral("flare-v3") << QStringLiteral("fx-helm3") << 2
            << QStringLiteral("deployed") << QStringLiteral("flare-0.1.0") << QStringLiteral("2.4.0") << QString()
            << QStringLiteral("Upgrade complete") << QString() << false << 1 << QStringLiteral("replicas") << false;
        QTest::newRow("helm3 openfl-envoy (values.schema.json)")
            << QStringLiteral("helm3-envoy-v1.json") << QStringLiteral("envoy-v3") << QStringLiteral("fx-helm3") << 1
            << QStringLiteral("deployed") << QStringLiteral("openfl-envoy-0.1.0") << QStringLiteral("v0.1.0") << QString()
            << QStringLiteral("Install complete") << QString() << true << 0 << QStringLiteral("cert") << false;
        QTest::newRow("helm4 flare rev 1 (superseded, hook)")
            << QStringLiteral("helm4-flare-v1.json") << QStringLiteral("flare-v4") << QStringLiteral("fx-helm4") << 1
            << QStringLiteral("superseded") << QStringLiteral("flare-0.1.0") << QStringLiteral("2.4.0")
            << QStringLiteral("2026-12-06T14:54:27.307Z") << QStringLiteral("Install complete") << QStringLiteral("ssa") << false << 1
            << QStringLiteral("workspace") << false;
        QTest::newRow("helm4 flare rev 2 (deployed)")
            << QStringLiteral("helm4-flare-v2.json") << QStringLiteral("flare-v4") << QStringLiteral("fx-helm4") << 2
            << QStringLiteral("deployed") << QStringLiteral("flare-0.1.0") << QStringLiteral("2.4.0") << QString()
            << QStringLiteral("Upgrade complete") << QStringLiteral("ssa") << false << 1 << QStringLiteral("replicas") << false;
        QTest::newRow("helm4 openfl-envoy (values.schema.json)")
            << QStringLiteral("helm4-envoy-v1.json") << QStringLiteral("envoy-v4") << QStringLiteral("fx-helm4") << 1
            << QStringLiteral("deployed") << QStringLiteral("openfl-envoy-0.1.0") << QStringLiteral("v0.1.0") << QString()
            << QStringLiteral("Install complete") << QStringLiteral("ssa") << true << 0 << QStringLiteral("cert") << false;
        QTest::newRow("helm4 ConfigMap driver (fate-party)")
            << QStringLiteral("helm4-configmap-party-v1.json") << QStringLiteral("party-cm") << QStringLiteral("fx-helm4") << 1
            << QStringLiteral("deployed") << QStringLiteral("fate-party-1.2.0") << QStringLiteral("1.2.0") << QString()
            << QStringLiteral("Install complete") << QStringLiteral("ssa") << false << 0 << QStringLiteral("partyId") << true;
        QTest::newRow("helm3 ConfigMap driver (tiny)")
            << QStringLiteral("helm3-configmap-tiny-v1.json") << QStringLiteral("tiny-cm3") << QStringLiteral("fx-helm3") << 1
            << QStringLiteral("deployed") << QStringLiteral("tiny-0.1.0") << QStringLiteral("1.0") << QString()
            << QStringLiteral("Install complete") << QString() << false << 0 << QString() << true;
        QTest::newRow("payload without gzip magic (helm reads it as JSON)")
            << QStringLiteral("no-gzip-magic.json") << QStringLiteral("flare-v4") << QStringLiteral("fx-helm4") << 2
            << QStringLiteral("deployed") << QStringLiteral("flare-0.1.0") << QStringLiteral("2.4.0") << QString()
            << QStringLiteral("Upgrade complete") << QStringLiteral("ssa") << false << 1 << QStringLiteral("replicas") << false;
    }

    void realHelm()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, ns);
        QFETCH(int, revision);
        QFETCH(QString, status);
        QFETCH(QString, chart);
        QFETCH(QString, appVersion);
        QFETCH(QString, updated);
        QFETCH(QString, description);
        QFETCH(QString, applyMethod);
        QFETCH(bool, hasSchema);
        QFETCH(int, hooks);
        QFETCH(QString, userValueKey);
        QFETCH(bool, configMapDriver);

        // 1. what the watch worker keeps
        const auto summary = parseObjectJson(fixture(file));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        const HelmReleaseInfo *info = summary->helmRelease();
        QVERIFY(info);
        QVERIFY2(info->release.error.isEmpty(), qPrintable(info->release.error));
        QCOMPARE(info->driver, configMapDriver ? HelmStorageDriver::ConfigMap : HelmStorageDriver::Secret);
        QCOMPARE(info->release.name, name);
        QCOMPARE(info->release.namespace_, ns);
        QCOMPARE(info->release.revision, revision);
        QCOMPARE(info->release.status, status);
        QCOMPARE(info->release.chart(), chart);
        QCOMPARE(info->release.appVersion, appVersion);
        QCOMPARE(info->release.description, description);
        QVERIFY(info->release.updated.isValid());
        QVERIFY(info->release.firstDeployed.isValid());
        if (!updated.isEmpty())
            QCOMPARE(info->release.updated, QDateTime::fromString(updated, Qt::ISODateWithMs));
        // the storage object's own fields, as any Secret/ConfigMap keeps them
        QCOMPARE(info->storage.keys, QStringList{QStringLiteral("release")});
        QCOMPARE(info->storage.type, configMapDriver ? QString() : QStringLiteral("helm.sh/release.v1"));

        // 2. the whole revision
        const auto whole = ReleaseDecoder::decodeObject(fixtureObject(file));
        QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().toString()));
        const HelmRelease &r = whole.value();
        QCOMPARE(r.summary, info->release); // one decoder, two paths: the same answer
        QCOMPARE(r.applyMethod, applyMethod);
        QCOMPARE(r.notes.isEmpty(), chart == u"tiny-0.1.0"); // the tiny chart has no NOTES.txt
        QVERIFY(!r.manifest.isEmpty());
        QVERIFY(r.manifest.contains(QLatin1String("kind: ")));
        QVERIFY(!r.chartValues.isEmpty());
        QCOMPARE(r.chartApiVersion, QStringLiteral("v2"));
        QVERIFY(!r.deleted.isValid()); // v3 wrote "", v4 left it out
        QCOMPARE(!r.valuesSchema.isEmpty(), hasSchema);
        if (hasSchema) {
            const QJsonObject schema = QJsonDocument::fromJson(r.valuesSchema).object();
            QVERIFY(schema.value(QLatin1String("required")).toArray().contains(QStringLiteral("directorPort")));
        }
        QCOMPARE(r.hooks.size(), hooks);
        if (hooks > 0) {
            const HelmHook &h = r.hooks.first();
            QCOMPARE(h.kind, QStringLiteral("ConfigMap"));
            QCOMPARE(h.name, name + QStringLiteral("-tcp-ports"));
            QCOMPARE(h.path, QStringLiteral("flare/templates/ingress-ports-hook.yaml"));
            QCOMPARE(h.events, (QStringList{QStringLiteral("post-install"), QStringLiteral("post-upgrade")}));
            QCOMPARE(h.weight, 5);
            QCOMPARE(h.deletePolicies, QStringList{QStringLiteral("before-hook-creation")});
            QCOMPARE(h.lastRunPhase, QStringLiteral("Succeeded"));
            QVERIFY(h.manifest.contains(QLatin1String("8443")));
        }
        if (!userValueKey.isEmpty()) {
            QVERIFY2(r.userValues.contains(userValueKey), qPrintable(QJsonDocument(r.userValues).toJson()));
            QVERIFY(r.computedValues().contains(userValueKey));
        } else {
            QVERIFY(r.userValues.isEmpty());
        }
        // computed = chart defaults with the user's values over them
        for (auto it = r.chartValues.constBegin(); it != r.chartValues.constEnd(); ++it)
            QVERIFY2(r.computedValues().contains(it.key()), qPrintable(it.key()));
    }

    void userValuesOverDefaults()
    {
        const auto r = ReleaseDecoder::decodeObject(fixtureObject(QStringLiteral("helm4-flare-v2.json")));
        QVERIFY(r.ok());
        // upgraded with --reuse-values --set replicas=2 over install's --set workspace=/tmp/ws
        QCOMPARE(r->userValues.value(QLatin1String("replicas")).toInt(), 2);
        QCOMPARE(r->userValues.value(QLatin1String("workspace")).toString(), QStringLiteral("/tmp/ws"));
        QCOMPARE(r->chartValues.value(QLatin1String("replicas")).toInt(), 1);
        const QJsonObject computed = r->computedValues();
        QCOMPARE(computed.value(QLatin1String("replicas")).toInt(), 2);
        QCOMPARE(computed.value(QLatin1String("image")).toString(), QStringLiteral("localhost:32000/nvfl-min:0.0.1"));
        QCOMPARE(computed.value(QLatin1String("servers")).toArray().size(), 2);
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("why");
        QTest::newRow("inner value not base64") << QStringLiteral("corrupt-inner-not-base64.json") << QStringLiteral("not base64");
        QTest::newRow("gzip cut in half") << QStringLiteral("corrupt-truncated-gzip.json") << QStringLiteral("truncated");
        QTest::newRow("JSON cut short") << QStringLiteral("corrupt-json.json") << QStringLiteral("JSON");
    }

    // A damaged release secret is an error naming the secret; the list keeps an error row made
    // from the secret's name and labels. Never a crash (ASan runs this too).
    void damaged()
    {
        QFETCH(QString, file);
        QFETCH(QString, why);
        const auto summary = parseObjectJson(fixture(file));
        QVERIFY(summary.ok());
        const HelmReleaseInfo *info = summary->helmRelease();
        QVERIFY(info);
        QVERIFY2(info->release.error.contains(QLatin1String("Secret fx-helm4/sh.helm.release.v1.flare-v4.v2")), qPrintable(info->release.error));
        QVERIFY2(info->release.error.contains(why, Qt::CaseInsensitive), qPrintable(info->release.error));
        QCOMPARE(info->release.name, QStringLiteral("flare-v4")); // from the labels
        QCOMPARE(info->release.revision, 2);
        QCOMPARE(info->release.status, QStringLiteral("deployed"));
        QCOMPARE(info->release.namespace_, QStringLiteral("fx-helm4"));

        const auto whole = ReleaseDecoder::decodeObject(fixtureObject(file));
        QVERIFY(!whole.ok());
        QVERIFY2(whole.error().message.startsWith(QLatin1String("Secret fx-helm4/sh.helm.release.v1.flare-v4.v2: ")),
                 qPrintable(whole.error().message));
    }

    void emptyAndMissingPayload()
    {
        // no data at all, no labels: the object's name still tells the release and revision
        const QByteArray json = R"({"kind":"Secret","type":"helm.sh/release.v1",
            "metadata":{"name":"sh.helm.release.v1.my.app.v7","namespace":"ns","uid":"u1"}})";
        const auto summary = parseObjectJson(json);
        QVERIFY(summary.ok());
        QVERIFY(summary->helmRelease());
        QCOMPARE(summary->helmRelease()->release.name, QStringLiteral("my.app"));
        QCOMPARE(summary->helmRelease()->release.revision, 7);
        QCOMPARE(summary->helmRelease()->release.status, QStringLiteral("unknown"));
        QVERIFY(summary->helmRelease()->release.error.contains(QLatin1String("empty")));
        QVERIFY(!ReleaseDecoder::decodeObject(QJsonDocument::fromJson(json).object()).ok());
    }

    void otherSecretsUnchanged()
    {
        const QByteArray json = R"({"kind":"Secret","type":"kubernetes.io/tls",
            "metadata":{"name":"envoy-cert","namespace":"ns","uid":"u2","labels":{"owner":"helm"}},
            "data":{"tls.crt":"QQ==","tls.key":"QQ=="}})";
        const auto s = parseObjectJson(json);
        QVERIFY(s.ok());
        QVERIFY(!s->helmRelease());
        QVERIFY(s->secret());
        QCOMPARE(s->secret()->type, QStringLiteral("kubernetes.io/tls"));
        QCOMPARE(s->secret()->keys, (QStringList{QStringLiteral("tls.crt"), QStringLiteral("tls.key")}));
        // a ConfigMap with a "release" key but not owned by helm stays a ConfigMap
        const auto cm = parseObjectJson(R"({"kind":"ConfigMap","metadata":{"name":"c","namespace":"ns","uid":"u3"},
            "data":{"release":"v1.2"}})");
        QVERIFY(cm.ok());
        QVERIFY(cm->configMap());
        QCOMPARE(cm->configMap()->data.value(QStringLiteral("release")), QStringLiteral("v1.2"));
    }

    // the decoder's own base64: every padding, and what is not base64
    void base64()
    {
        HelmStorageObject cm;
        cm.driver = HelmStorageDriver::ConfigMap;
        cm.objectName = QStringLiteral("sh.helm.release.v1.r.v1");
        for (int pad = 0; pad < 3; ++pad) {
            const QByteArray json = R"({"name":"r","version":1,"info":{"status":"deployed"}})" + QByteArray(pad, ' ');
            const QByteArray b64 = json.toBase64();
            const HelmReleaseSummary s = ReleaseDecoder::summarize(std::string_view(b64.constData(), size_t(b64.size())), cm);
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error + QStringLiteral(" for ") + QString::fromLatin1(b64)));
            QCOMPARE(s.status, QStringLiteral("deployed"));
            QCOMPARE(ReleaseDecoder::releaseJson(b64, HelmStorageDriver::ConfigMap).value(), json);
        }
        for (const char *bad : {"abc", "ab=c", "a===", "ab==ab==", "ab!d", "=abc"})
            QVERIFY2(!ReleaseDecoder::releaseJson(QByteArrayView(bad), HelmStorageDriver::ConfigMap).ok(), bad);
    }

    void goTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2026, 12, 6), QTime(14, 54, 24, 822), Qt::UTC);
        QTest::newRow("nanoseconds Z") << QStringLiteral("2026-12-06T14:54:24.822609508Z") << base;
        QTest::newRow("offset") << QStringLiteral("2026-12-06T16:54:24.822+02:00") << base;
        QTest::newRow("negative offset") << QStringLiteral("2026-12-06T09:24:24.822-05:30") << base;
        QTest::newRow("no fraction") << QStringLiteral("2026-12-06T14:54:24Z") << base.addMSecs(-822);
        QTest::newRow("helm3 empty") << QString() << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday at noon please") << QDateTime();
        QTest::newRow("bad month") << QStringLiteral("2026-13-06T14:54:24Z") << QDateTime();
        QTest::newRow("trailing junk") << QStringLiteral("2026-12-06T14:54:24Zjunk") << QDateTime();
    }
    void goTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseRfc3339(text.toStdString()), expected);
    }

    void storageName()
    {
        const auto a = parseHelmStorageName(u"sh.helm.release.v1.fate-10000.v12");
        QVERIFY(a);
        QCOMPARE(a->release, QStringLiteral("fate-10000"));
        QCOMPARE(a->revision, 12);
        const auto dotted = parseHelmStorageName(u"sh.helm.release.v1.a.v2.b.v3");
        QVERIFY(dotted);
        QCOMPARE(dotted->release, QStringLiteral("a.v2.b"));
        QCOMPARE(dotted->revision, 3);
        QVERIFY(!parseHelmStorageName(u"sh.helm.release.v1.x.vX"));
        QVERIFY(!parseHelmStorageName(u"my-secret"));
    }

    void mergeRules()
    {
        const QJsonObject base = QJsonDocument::fromJson(R"({"a":{"b":1,"c":2},"d":[1,2],"e":"x","f":1})").object();
        const QJsonObject over = QJsonDocument::fromJson(R"({"a":{"c":3,"g":4},"d":[9],"e":null,"h":true})").object();
        const QJsonObject merged = mergeValues(base, over);
        QCOMPARE(merged, QJsonDocument::fromJson(R"({"a":{"b":1,"c":3,"g":4},"d":[9],"f":1,"h":true})").object());
    }
};

QTEST_GUILESS_MAIN(TestReleaseDecoder)
#include "tst_releasedecoder.moc"
