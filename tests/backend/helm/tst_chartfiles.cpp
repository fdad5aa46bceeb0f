// Reading a chart's Chart.yaml, values.yaml and values.schema.json from a folder or a packaged chart
// (as helm package writes it, as GNU tar writes long names), and clear errors for what is not one.
#include "backend/helm/ChartFiles.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {
QString source(const QString &rel) { return QStringLiteral(FC_SOURCE_DIR "/") + rel; }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestChartFiles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folder()
    {
        const QString dir = source(QStringLiteral("tests/charts/openfl-envoy"));
        QVERIFY(isLocalChart(dir));
        auto files = readChartFiles(dir);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QCOMPARE(files->name, QStringLiteral("openfl-envoy"));
        QCOMPARE(files->version, QStringLiteral("0.1.0"));
        QCOMPARE(files->valuesYaml, readAll(dir + QStringLiteral("/values.yaml")));
        QCOMPARE(files->valuesSchema, readAll(dir + QStringLiteral("/values.schema.json")));
        // a chart without a schema
        auto tiny = readChartFiles(source(QStringLiteral("tests/charts/tiny")));
        QVERIFY(tiny);
        QVERIFY(tiny->valuesSchema.isEmpty());
        QVERIFY(!tiny->valuesYaml.isEmpty());
    }

    void packagedByHelm()
    {
        // helm package writes PAX headers; the bytes must equal the chart folder's files
        const QString tgz = source(QStringLiteral("tests/backend/helm/fixtures/openfl-envoy-0.1.0.tgz"));
        QVERIFY(isLocalChart(tgz));
        auto files = readChartFiles(tgz);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QCOMPARE(files->name, QStringLiteral("openfl-envoy"));
        const QString dir = source(QStringLiteral("tests/charts/openfl-envoy"));
        QCOMPARE(files->valuesYaml, readAll(dir + QStringLiteral("/values.yaml")));
        QCOMPARE(files->valuesSchema, readAll(dir + QStringLiteral("/values.schema.json")));
    }

    void gnuLongNamesAndSubcharts()
    {
        // a chart folder name over 100 characters (GNU 'L' header), and a subchart whose values
        // must not be taken for the chart's own
        QTemporaryDir tmp;
        const QString name = QString(120, u'c');
        const QString root = tmp.filePath(name);
        QVERIFY(QDir().mkpath(root + QStringLiteral("/charts/sub")));
        auto write = [](const QString &path, const QByteArray &data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(root + QStringLiteral("/Chart.yaml"), "apiVersion: v2\nname: \"long\"\nversion: 1.2.3\n"));
        QVERIFY(write(root + QStringLiteral("/values.yaml"), "top: true\n"));
        QVERIFY(write(root + QStringLiteral("/charts/sub/values.yaml"), "sub: true\n"));
        QVERIFY(write(root + QStringLiteral("/charts/sub/Chart.yaml"), "name: sub\n"));
        QProcess tar;
        tar.setWorkingDirectory(tmp.path());
        tar.start(QStringLiteral("tar"), {QStringLiteral("--format=gnu"), QStringLiteral("-czf"), QStringLiteral("long.tgz"), name});
        QVERIFY2(tar.waitForFinished(30000) && tar.exitCode() == 0, "GNU tar is needed for this test: apt-get install tar");
        auto files = readChartFiles(tmp.filePath(QStringLiteral("long.tgz")));
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QCOMPARE(files->name, QStringLiteral("long"));
        QCOMPARE(files->version, QStringLiteral("1.2.3"));
        QCOMPARE(files->valuesYaml, QByteArray("top: true\n"));
    }

    void errorsNameTheProblem()
    {
        QTemporaryDir tmp;
        // a folder without Chart.yaml
        auto noChart = readChartFiles(tmp.path());
        QVERIFY(!noChart);
        QVERIFY2(noChart.error().message.contains(QStringLiteral("not a Helm chart")), qPrintable(noChart.error().message));
        // not gzip
        QVERIFY(!readChartArchive("hello"));
        QVERIFY(readChartArchive("hello").error().message.contains(QStringLiteral("not a packaged chart")));
        // truncated: half of a real package
        const QByteArray real = readAll(source(QStringLiteral("tests/backend/helm/fixtures/openfl-envoy-0.1.0.tgz")));
        QVERIFY(!real.isEmpty());
        auto cut = readChartArchive(real.left(real.size() / 2));
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(QStringLiteral("truncated")), qPrintable(cut.error().message));
        // a missing path, an OCI reference: not local
        QVERIFY(!isLocalChart(tmp.filePath(QStringLiteral("nope.tgz"))));
        QVERIFY(!isLocalChart(QStringLiteral("oci://registry.example/charts/envoy")));
        QVERIFY(!isLocalChart(QStringLiteral("bitnami/nginx")));
        auto missing = readChartFiles(tmp.filePath(QStringLiteral("nope.tgz")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("neither a chart folder nor a packaged chart")));
    }
};

QTEST_GUILESS_MAIN(TestChartFiles)
#include "tst_chartfiles.moc"
