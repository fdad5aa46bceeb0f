// ClusterCertificateModel without a cluster: mount detection, entries from Secret objects, the
// table's columns, colours and chain check, and reconciling rows on refresh. The model's own
// reading through the API is covered by tests/integration/pki.

#include "model/pki/ClusterCertificateModel.h"

#include "backend/pki/CertificateAuthority.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using State = ClusterCertificateModel::ExpiryState;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject secret(const QString &ns, const QString &name, const QString &type, const QMap<QString, QByteArray> &data)
{
    QJsonObject d;
    for (auto it = data.begin(); it != data.end(); ++it)
        d.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("data"), d}};
}

const char kPod[] = R"({
  "metadata": {"name": "flare-server-0", "namespace": "fl"},
  "spec": {
    "volumes": [
      {"name": "certs", "secret": {"secretName": "server-cert"}},
      {"name": "cfg", "configMap": {"name": "not-a-secret"}},
      {"name": "bundle", "projected": {"sources": [
          {"secret": {"name": "root-ca"}}, {"configMap": {"name": "x"}}, {"secret": {"name": "server-cert"}}]}}
    ],
    "initContainers": [{"name": "init", "envFrom": [{"secretRef": {"name": "init-env"}}, {"configMapRef": {"name": "c"}}]}],
    "containers": [
      {"name": "main", "env": [
          {"name": "A", "value": "plain"},
          {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "api-token", "key": "t"}}},
          {"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]}
    ]
  }
})";
} // namespace

class TestClusterCertificateModel : public QObject {
    Q_OBJECT
private:
    pki::CertificateAuthority m_root;
    pki::CertificateAuthority m_stranger;

    pki::Certificate leaf(const pki::CertificateAuthority &ca, const QString &cn, int days, const pki::Clock &clock)
    {
        pki::LeafRequest r;
        r.subject.commonName = cn;
        r.sans.dns = {cn};
        r.validityDays = days;
        return ca.issue(r, clock)->certificate;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki::FixedClock clock(kNow);
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("Cluster Root");
        m_root = std::move(pki::CertificateAuthority::createRoot(r, clock)).value();
        r.subject.commonName = QStringLiteral("Stranger");
        m_stranger = std::move(pki::CertificateAuthority::createRoot(r, clock)).value();
    }

    void mountDetection()
    {
        const QList<PodSecretReference> refs = secretReferencesOfPod(json(kPod));
        const QList<PodSecretReference> expected{{QStringLiteral("server-cert"), QStringLiteral("volume")},
                                                 {QStringLiteral("root-ca"), QStringLiteral("projected")},
                                                 {QStringLiteral("server-cert"), QStringLiteral("projected")},
                                                 {QStringLiteral("init-env"), QStringLiteral("envFrom")},
                                                 {QStringLiteral("api-token"), QStringLiteral("env")}};
        QCOMPARE(refs, expected);
        QVERIFY(secretReferencesOfPod(json(R"({"metadata":{"name":"p"},"spec":{"containers":[{"name":"c"}]}})")).isEmpty());
    }

    void podsBySecretIsPerNamespace()
    {
        QJsonObject other = json(kPod);
        QJsonObject meta = other.value(u"metadata").toObject();
        meta.insert(QStringLiteral("name"), QStringLiteral("another"));
        other.insert(QStringLiteral("metadata"), meta);
        QJsonObject elsewhere = json(kPod);
        meta.insert(QStringLiteral("namespace"), QStringLiteral("other-ns"));
        meta.insert(QStringLiteral("name"), QStringLiteral("far"));
        elsewhere.insert(QStringLiteral("metadata"), meta);
        const auto map = podsBySecret({json(kPod), other, elsewhere});
        QCOMPARE(map.value(QStringLiteral("fl/server-cert")), (QStringList{QStringLiteral("another"), QStringLiteral("flare-server-0")}));
        QCOMPARE(map.value(QStringLiteral("other-ns/server-cert")), QStringList{QStringLiteral("far")});
        QCOMPARE(map.value(QStringLiteral("fl/api-token")).size(), 2);
        QVERIFY(!map.contains(QStringLiteral("fl/not-a-secret")));
    }

    void entriesAndColumns()
    {
        pki::FixedClock clock(kNow);
        const pki::Certificate server = leaf(m_root, QStringLiteral("server.fl"), 365, clock);
        const pki::Certificate soon = leaf(m_root, QStringLiteral("soon.fl"), 10, clock);
        const pki::Certificate stranger = leaf(m_stranger, QStringLiteral("stranger.fl"), 365, clock);
        const QByteArray key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        const QList<QJsonObject> secrets{
            secret(QStringLiteral("fl"), QStringLiteral("server-cert"), QStringLiteral("kubernetes.io/tls"),
                   {{QStringLiteral("tls.crt"), server.toPem()}, {QStringLiteral("tls.key"), key},
                    {QStringLiteral("ca.crt"), m_root.certificate().toPem()}}),
            secret(QStringLiteral("fl"), QStringLiteral("generic"), QStringLiteral("Opaque"),
                   {{QStringLiteral("client.crt"), soon.toPem()}, {QStringLiteral("other.cert"), stranger.toPem()}}),
            secret(QStringLiteral("fl"), QStringLiteral("token"), QStringLiteral("kubernetes.io/service-account-token"),
                   {{QStringLiteral("ca.crt"), m_root.certificate().toPem()}}),
        };
        const QList<ClusterCertificateEntry> entries = clusterCertificateEntries(secrets, {json(kPod)});
        QCOMPARE(entries.size(), 4);

        ClusterCertificateModel model(nullptr, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKnownCas({m_root.certificate()});
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ClusterCertificateModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        // sorted by namespace, secret, key: generic/client.crt, generic/other.cert, server-cert/ca.crt, server-cert/tls.crt
        QCOMPARE(cell(0, ClusterCertificateModel::SecretColumn).toString(), QStringLiteral("generic"));
        QCOMPARE(cell(0, ClusterCertificateModel::KeyColumn).toString(), QStringLiteral("client.crt"));
        QCOMPARE(model.expiryState(0), State::ExpiringSoon);
        QCOMPARE(cell(0, ClusterCertificateModel::NotAfterColumn, Qt::ForegroundRole).value<QColor>(), QColor(0xFF, 0xBF, 0x00));
        QCOMPARE(cell(0, 0, ClusterCertificateModel::DaysLeftRole).toLongLong(), 10);
        QVERIFY(cell(0, ClusterCertificateModel::NotAfterColumn).toString().contains(u"10 days left"));
        QCOMPARE(cell(0, ClusterCertificateModel::MountedByColumn).toString(), QString());
        QCOMPARE(cell(1, ClusterCertificateModel::ChainColumn).toString(), QStringLiteral("not verified"));
        QVERIFY(!cell(1, ClusterCertificateModel::ChainColumn, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(2, ClusterCertificateModel::KeyColumn).toString(), QStringLiteral("ca.crt"));
        QCOMPARE(cell(2, 0, ClusterCertificateModel::IsCaRole).toBool(), true);
        QCOMPARE(cell(3, ClusterCertificateModel::NamespaceColumn).toString(), QStringLiteral("fl"));
        QCOMPARE(cell(3, ClusterCertificateModel::SubjectColumn).toString(), QStringLiteral("CN = server.fl"));
        QCOMPARE(cell(3, ClusterCertificateModel::IssuerColumn).toString(), QStringLiteral("CN = Cluster Root"));
        QCOMPARE(cell(3, ClusterCertificateModel::SansColumn).toString(), QStringLiteral("DNS:server.fl"));
        QCOMPARE(cell(3, ClusterCertificateModel::SerialColumn).toString(), server.serialHex());
        QCOMPARE(cell(3, ClusterCertificateModel::ChainColumn).toString(), QStringLiteral("verified"));
        QCOMPARE(cell(3, ClusterCertificateModel::MountedByColumn).toString(), QStringLiteral("flare-server-0"));
        QCOMPARE(cell(3, 0, ClusterCertificateModel::MountedByRole).toStringList(), QStringList{QStringLiteral("flare-server-0")});
        QCOMPARE(cell(3, ClusterCertificateModel::NotAfterColumn, ClusterCertificateModel::SortRole).toDateTime(), kNow.addDays(365));
        QVERIFY(!cell(3, ClusterCertificateModel::NotAfterColumn, Qt::ForegroundRole).isValid());

        // time moves: the 10-day certificate expires, the chain of everything is re-checked
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceDays(11);
        model.updateTimeDependent();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.expiryState(0), State::Expired);
        QCOMPARE(cell(0, ClusterCertificateModel::NotAfterColumn, ClusterCertificateModel::ExpiryColorRole).value<QColor>(), QColor(Qt::red));
        QVERIFY(cell(0, ClusterCertificateModel::NotAfterColumn).toString().contains(u"expired"));
        QCOMPARE(cell(0, ClusterCertificateModel::ChainColumn).toString(), QStringLiteral("not verified")); // expired

        // no known CA: nothing verifies, and the view says why
        model.setKnownCas({});
        QCOMPARE(cell(3, ClusterCertificateModel::ChainColumn).toString(), QStringLiteral("not verified"));
        QVERIFY(cell(3, ClusterCertificateModel::ChainColumn, Qt::ToolTipRole).toString().contains(u"no known CA"));
    }

    void reconcileKeepsRows()
    {
        pki::FixedClock clock(kNow);
        const pki::Certificate a = leaf(m_root, QStringLiteral("a"), 100, clock);
        const pki::Certificate b = leaf(m_root, QStringLiteral("b"), 100, clock);
        const pki::Certificate a2 = leaf(m_root, QStringLiteral("a"), 200, clock);
        ClusterCertificateModel model(nullptr, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entries = [](const QList<QJsonObject> &secrets) { return clusterCertificateEntries(secrets, {}); };
        model.setEntries(entries({secret(QStringLiteral("n"), QStringLiteral("a"), QStringLiteral("Opaque"), {{QStringLiteral("a.crt"), a.toPem()}}),
                                  secret(QStringLiteral("n"), QStringLiteral("b"), QStringLiteral("Opaque"), {{QStringLiteral("b.crt"), b.toPem()}})}));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex keep = model.index(0, 0);
        // a renewed, b gone, c new
        model.setEntries(entries({secret(QStringLiteral("n"), QStringLiteral("a"), QStringLiteral("Opaque"), {{QStringLiteral("a.crt"), a2.toPem()}}),
                                  secret(QStringLiteral("n"), QStringLiteral("c"), QStringLiteral("Opaque"), {{QStringLiteral("c.crt"), b.toPem()}})}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.row(), 0);
        QCOMPARE(model.entryAt(0)->certificate, a2);
        QCOMPARE(model.entryAt(1)->secretName, QStringLiteral("c"));
    }

    void refreshWithoutConnectionReportsIt()
    {
        pki::FixedClock clock(kNow);
        ClusterCertificateModel model(nullptr, clock);
        QSignalSpy error(&model, &ClusterCertificateModel::errorOccurred);
        model.refresh();
        QCOMPARE(error.size(), 1);
        QVERIFY(!model.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestClusterCertificateModel)
#include "tst_clustercertificatemodel.moc"
