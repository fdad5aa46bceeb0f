// Helm's --set grammar (applySetRows) against the real helm v4 and v3: each case is rendered by
// `helm template` from a chart that prints its computed values as JSON, and must equal the
// chart's defaults with our parse of the rows merged over them, as helm merges them. Plus the
// errors helm's grammar has no answer for.
#include "../../integration/common/LocalCluster.h"

#include "backend/cluster/YamlCodec.h"
#include "backend/helm/HelmRelease.h"
#include "backend/helm/SetValues.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TestSetValues final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_chart;
    QJsonObject m_defaults;

    /// What helm computes for `rows` (helm template of the values chart).
    QJsonObject helmValues(const QString &helm, const QStringList &rows, QByteArray *error)
    {
        QStringList args{QStringLiteral("template"), QStringLiteral("t"), m_chart.path()};
        for (const QString &row : rows)
            args << QStringLiteral("--set") << row;
        const fc::test::ProcResult r = fc::test::run(helm, args);
        if (r.exitCode != 0) {
            *error = r.err;
            return {};
        }
        const Result<QJsonObject> doc = yaml::toObject(r.out);
        if (!doc) {
            *error = r.out;
            return {};
        }
        return QJsonDocument::fromJson(doc->value(QLatin1String("data")).toObject().value(QLatin1String("values")).toString().toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir dir(m_chart.path());
        dir.mkpath(QStringLiteral("templates"));
        QFile chart(dir.filePath(QStringLiteral("Chart.yaml")));
        QVERIFY(chart.open(QIODevice::WriteOnly));
        chart.write("apiVersion: v2\nname: values\nversion: 0.1.0\n");
        chart.close();
        QFile values(dir.filePath(QStringLiteral("values.yaml")));
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("keep: 1\nremoveMe: default\nnested:\n  deep:\n    value: 7\n    other: x\n");
        values.close();
        QFile tpl(dir.filePath(QStringLiteral("templates/values.yaml")));
        QVERIFY(tpl.open(QIODevice::WriteOnly));
        tpl.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: values\ndata:\n  values: {{ toJson .Values | quote }}\n");
        tpl.close();
        m_defaults = yaml::toObject("keep: 1\nremoveMe: default\nnested:\n  deep:\n    value: 7\n    other: x\n").value();
    }

    void sameAsHelm_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::addColumn<QStringList>("rows");
        const QList<std::pair<const char *, QStringList>> cases{
            {"integer", {QStringLiteral("a=1")}},
            {"bools in one row", {QStringLiteral("a=true,b=false")}},
            {"null removes a default", {QStringLiteral("removeMe=null")}},
            {"leading zero stays a string", {QStringLiteral("zip=0123")}},
            {"float stays a string", {QStringLiteral("ratio=1.5")}},
            {"negative nested over defaults", {QStringLiteral("nested.deep.value=-3")}},
            {"list value", {QStringLiteral("list={x,y,1}")}},
            {"list indices", {QStringLiteral("hosts[0].name=h0,hosts[1].name=h1")}},
            {"escaped comma", {QStringLiteral("text=a\\,b")}},
            {"escaped dot in a key", {QStringLiteral("dotted\\.key=v")}},
            {"empty value", {QStringLiteral("empty=")}},
            {"big integer", {QStringLiteral("big=12345678901234")}},
            {"later row wins", {QStringLiteral("a=1"), QStringLiteral("a=two")}},
            {"value with an equals sign", {QStringLiteral("url=http://x/?a=b")}},
        };
        for (const char *version : {"v4.3.2", "v3.21.4"})
            for (const auto &[name, rows] : cases)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(version), QLatin1String(name))))
                    << fc::test::helmBinary(QLatin1String(version)) << rows;
    }
    void sameAsHelm()
    {
        QFETCH(QString, helm);
        QFETCH(QStringList, rows);
        if (!QFile::exists(helm))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/helm-bins.sh build").arg(helm)));
        QByteArray error;
        const QJsonObject expected = helmValues(helm, rows, &error);
        QVERIFY2(error.isEmpty(), error.constData());
        const Result<QJsonObject> ours = applySetRows({}, rows);
        QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().message));
        const QJsonObject computed = mergeValues(m_defaults, ours.value());
        QVERIFY2(computed == expected, qPrintable(QStringLiteral("ours %1\nhelm %2")
                                                      .arg(QString::fromUtf8(QJsonDocument(computed).toJson(QJsonDocument::Compact)),
                                                           QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
    }

    void overTheValuesFileAndAsStrings()
    {
        const QJsonObject file = yaml::toObject("a: 1\nb:\n  c: 2\n").value();
        const Result<QJsonObject> r = applySetRows(file, {QStringLiteral("b.d=3")});
        QVERIFY(r);
        QCOMPARE(r->value(QLatin1String("a")).toInt(), 1);
        QCOMPARE(r->value(QLatin1String("b")).toObject().value(QLatin1String("c")).toInt(), 2);
        QCOMPARE(r->value(QLatin1String("b")).toObject().value(QLatin1String("d")).toInt(), 3);
        const Result<QJsonObject> s = applySetRows({}, {QStringLiteral("port=8080,on=true")}, true);
        QCOMPARE(s->value(QLatin1String("port")).toString(), QStringLiteral("8080"));
        QCOMPARE(s->value(QLatin1String("on")).toString(), QStringLiteral("true"));
    }

    void errorsNameTheRow()
    {
        for (const QString &row : {QStringLiteral("novalue"), QStringLiteral("a..b=1"), QStringLiteral("a[x]=1"), QStringLiteral("[0]=1")}) {
            const Result<QJsonObject> r = applySetRows({}, {row});
            QVERIFY2(!r, qPrintable(row));
            QVERIFY2(r.error().message.contains(row), qPrintable(r.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestSetValues)
#include "tst_setvalues.moc"
