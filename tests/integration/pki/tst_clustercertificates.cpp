// Certificates in Secrets of the real local control plane: deploy (server-side apply, dry run,
// validation, forbidden, conflicts) checked with kubectl and openssl; the cluster inventory
// (expiry, chain, mounting pods); renewing into the secret with a resourceVersion precondition;
// and the `cert list --cluster | deploy | renew-secret` CLI end to end.

#include "../common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateSecrets.h"
#include "model/pki/ClusterCertificateModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

namespace {
const QByteArray kPassphrase = "it-ca-passphrase";

template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QObject context;
    start(&context, [&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return makeError(QStringLiteral("timed out waiting for the cluster"));
    return *result;
}

QString errorText(const Error &e) { return e.toString(); }
} // namespace

class TestClusterCertificates : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<CaStore> m_store;
    pki::CertificateAuthority m_root;
    pki::CertificateAuthority m_intermediate;

    static QString cliPath() { return QStringLiteral(FC_CLI_PATH); }

    std::unique_ptr<ClusterConnection> connect(const QString &context) { return connectLocal(context).connection; }

    pki::IssuedCertificate issue(const QString &cn, int days = 365, const pki::Clock &clock = pki::Clock::system())
    {
        pki::LeafRequest r;
        r.subject.commonName = cn;
        r.subject.organization = QStringLiteral("Site A");
        r.sans.dns = {cn, cn + QStringLiteral(".svc")};
        r.sans.ips = {QStringLiteral("10.1.2.3")};
        r.validityDays = days;
        auto issued = m_intermediate.issue(r, clock);
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().toString()));
        return std::move(issued).value();
    }

    SecretMaterial material(const pki::IssuedCertificate &issued)
    {
        return SecretMaterial::fromIssued(issued).value();
    }

    QString writeTemp(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

    /// One data key of a secret as kubectl reads it, base64-decoded.
    QByteArray secretData(const QString &name, const QString &key)
    {
        QString escaped = key;
        escaped.replace(u'.', QStringLiteral("\\."));
        const auto r = kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns,
                                QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(escaped)});
        return r.exitCode == 0 ? QByteArray::fromBase64(r.out) : QByteArray();
    }

    QString secretField(const QString &name, const QString &jsonpath)
    {
        return QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns,
                                          QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonpath})
                                     .out);
    }

    bool secretExists(const QString &name)
    {
        return kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns}).exitCode == 0;
    }

    /// kubectl creates the secret (so the inventory reads what another tool wrote).
    void kubectlTlsSecret(const QString &name, const SecretMaterial &m)
    {
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("tls"), name, QStringLiteral("-n"), m_ns,
                    QStringLiteral("--cert"), writeTemp(name + QStringLiteral(".crt"), m.certPem),
                    QStringLiteral("--key"), writeTemp(name + QStringLiteral(".key"), m.keyPem)});
    }

    Result<SecretWriteResult> apply(const CertificateSecretSpec &spec, SecretApplyOptions options = {},
                                    ClusterConnection *connection = nullptr)
    {
        ClusterConnection *c = connection ? connection : m_conn.get();
        return await<SecretWriteResult>([&](QObject *ctx, SecretWriteCallback done) {
            applyCertificateSecret(c, spec, options, ctx, std::move(done));
        });
    }

    CertificateSecretSpec spec(const QString &name, const SecretMaterial &m, SecretLayout layout = SecretLayout::Tls)
    {
        CertificateSecretSpec s;
        s.namespace_ = m_ns;
        s.name = name;
        s.layout = layout;
        s.material = m;
        return s;
    }

    void openSslVerify(const QByteArray &cert, const QByteArray &ca)
    {
        const QString certFile = writeTemp(QStringLiteral("verify.crt"), cert);
        const QString caFile = writeTemp(QStringLiteral("verify-ca.crt"), ca);
        // the secret's certificate carries the intermediate after the leaf
        const auto r = run(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile,
                                                       QStringLiteral("-untrusted"), certFile, certFile});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains(": OK"));
    }

    QString openSslText(const QByteArray &pem, const QStringList &args)
    {
        const QString file = writeTemp(QStringLiteral("inspect.pem"), pem);
        return QString::fromUtf8(run(QStringLiteral("openssl"), QStringList{QStringLiteral("x509"), QStringLiteral("-in"), file,
                                                                            QStringLiteral("-noout")} + args)
                                     .out)
            .trimmed();
    }

    void createPod(const QString &name, const QString &volumeSecret, const QString &projectedSecret, const QString &envSecret)
    {
        const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: %1, namespace: %2}
spec:
  containers:
  - name: main
    image: busybox
    env:
    - name: TOKEN
      valueFrom: {secretKeyRef: {name: %5, key: token, optional: true}}
    volumeMounts: [{name: certs, mountPath: /certs}, {name: bundle, mountPath: /bundle}]
  volumes:
  - name: certs
    secret: {secretName: %3}
  - name: bundle
    projected: {sources: [{secret: {name: %4}}]}
)")
                                 .arg(name, m_ns, volumeSecret, projectedSecret, envSecret);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml.toUtf8());
    }

    const ClusterCertificateEntry *findEntry(const ClusterCertificateModel &model, const QString &secret, const QString &key,
                                             int *rowOut = nullptr)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const ClusterCertificateEntry *e = model.entryAt(r);
            if (e->namespace_ == m_ns && e->secretName == secret && e->key == key && e->index == 0) {
                if (rowOut)
                    *rowOut = r;
                return e;
            }
        }
        return nullptr;
    }

    bool refreshModel(ClusterCertificateModel &model)
    {
        QSignalSpy done(&model, &ClusterCertificateModel::refreshed);
        model.refresh();
        return done.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY(m_dir.isValid());
        m_ns = QStringLiteral("it-pki-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        m_conn = connect(QStringLiteral("fedconsole-local"));
        QVERIFY(m_conn);
        m_store = std::make_unique<CaStore>(m_dir.filePath(QStringLiteral("pki")));
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("IT Root");
        // a root that was valid 500 days ago, so certificates can be issued in the past
        const pki::FixedClock past(QDateTime::currentDateTimeUtc().addDays(-500));
        auto root = m_store->createRoot(QStringLiteral("it-root"), r, kPassphrase, past);
        QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));
        r.subject.commonName = QStringLiteral("IT Intermediate");
        auto intermediate = m_store->createIntermediate(QStringLiteral("it-root"), kPassphrase, QStringLiteral("it-issuing"),
                                                        r, kPassphrase, past);
        QVERIFY(intermediate.ok());
        m_root = root.value();
        m_intermediate = m_store->load(QStringLiteral("it-issuing"), kPassphrase).value();
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    // (a) deploy, read back with kubectl, verify with openssl
    void deployTlsSecretVerifiesWithOpenssl()
    {
        const pki::IssuedCertificate issued = issue(QStringLiteral("server.it.example"));
        const SecretMaterial m = material(issued);
        const CertificateSecretSpec s = spec(QStringLiteral("server-tls"), m);

        // a dry run is validated by the server and writes nothing
        auto dry = apply(s, {true, false});
        QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : errorText(dry.error())));
        QVERIFY(dry->dryRun);
        QCOMPARE(dry->dataKeys, (QStringList{QStringLiteral("ca.crt"), QStringLiteral("tls.crt"), QStringLiteral("tls.key")}));
        QVERIFY(!secretExists(s.name));

        auto written = apply(s);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorText(written.error())));
        QVERIFY(!written->resourceVersion.isEmpty());
        QCOMPARE(secretField(s.name, QStringLiteral("{.type}")), QStringLiteral("kubernetes.io/tls"));
        QCOMPARE(secretField(s.name, QStringLiteral("{.metadata.labels.app\\.kubernetes\\.io/managed-by}")), QStringLiteral("fedconsole"));
        QCOMPARE(secretField(s.name, QStringLiteral("{.metadata.annotations.fedconsole\\.io/certificate-serial}")),
                 issued.certificate.serialHex());
        QVERIFY(secretField(s.name, QStringLiteral("{.metadata.managedFields[*].manager}")).contains(u"fedconsole"));

        const QByteArray cert = secretData(s.name, QStringLiteral("tls.crt"));
        const QByteArray ca = secretData(s.name, QStringLiteral("ca.crt"));
        const QByteArray key = secretData(s.name, QStringLiteral("tls.key"));
        QCOMPARE(cert, m.certPem);
        QCOMPARE(key, m.keyPem);
        openSslVerify(cert, ca);
        // the key in the secret is the certificate's key, by openssl's reading
        const QString keyFile = writeTemp(QStringLiteral("secret.key"), key);
        const QByteArray keyPub = run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile,
                                                                  QStringLiteral("-pubout")}).out;
        QCOMPARE(openSslText(cert, {QStringLiteral("-pubkey")}).toUtf8(), keyPub.trimmed());

        // applying the same again is an update by the same manager: no conflict
        auto again = apply(s);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : errorText(again.error())));
    }

    void deployGenericSecretWithFrameworkNames()
    {
        const pki::IssuedCertificate issued = issue(QStringLiteral("flare-server"));
        CertificateSecretSpec s = spec(QStringLiteral("flare-server-certs"), material(issued), SecretLayout::Generic);
        s.keyNames = secretKeyPreset(QStringLiteral("flare-server"))->names;
        auto written = apply(s);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorText(written.error())));
        QCOMPARE(secretField(s.name, QStringLiteral("{.type}")), QStringLiteral("Opaque"));
        QCOMPARE(written->dataKeys, (QStringList{QStringLiteral("rootCA.pem"), QStringLiteral("server.crt"), QStringLiteral("server.key")}));
        openSslVerify(secretData(s.name, QStringLiteral("server.crt")), secretData(s.name, QStringLiteral("rootCA.pem")));
        QVERIFY(secretData(s.name, QStringLiteral("server.key")).contains("PRIVATE KEY"));
    }

    void invalidInputWritesNothing()
    {
        const pki::IssuedCertificate a = issue(QStringLiteral("a.it.example"));
        const pki::IssuedCertificate b = issue(QStringLiteral("b.it.example"));
        SecretMaterial m = material(a);
        m.keyPem = b.key.toPem().value(); // someone else's key
        auto mismatch = apply(spec(QStringLiteral("mismatch"), m));
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().reason, QStringLiteral("KeyMismatch"));
        QVERIFY(!secretExists(QStringLiteral("mismatch")));

        CertificateSecretSpec bad = spec(QStringLiteral("Bad_Name"), material(a));
        auto badName = apply(bad);
        QVERIFY(!badName.ok());
        QCOMPARE(badName.error().field, QStringLiteral("name"));
        QCOMPARE(badName.error().httpStatus, 0); // refused before anything was sent
    }

    void serverErrorsAreReadable()
    {
        const pki::IssuedCertificate issued = issue(QStringLiteral("errors.it.example"));
        // forbidden: the token user of the local cluster may read but not write secrets
        auto token = connect(QStringLiteral("fedconsole-local-token"));
        QVERIFY(token);
        auto forbidden = apply(spec(QStringLiteral("forbidden"), material(issued)), {}, token.get());
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().httpStatus, 403);
        QVERIFY2(forbidden.error().message.contains(u"not allowed to write Secret"), qPrintable(forbidden.error().message));

        // a namespace that does not exist
        CertificateSecretSpec missing = spec(QStringLiteral("x"), material(issued));
        missing.namespace_ = m_ns + QStringLiteral("-missing");
        auto noNs = apply(missing);
        QVERIFY(!noNs.ok());
        QVERIFY2(noNs.error().message.contains(u"does not exist"), qPrintable(noNs.error().message));

        // fields kubectl owns: a conflict, resolved only by an explicit force
        kubectlTlsSecret(QStringLiteral("kubectl-owned"), material(issue(QStringLiteral("old.it.example"))));
        auto conflict = apply(spec(QStringLiteral("kubectl-owned"), material(issued)));
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().httpStatus, 409);
        QVERIFY2(conflict.error().message.contains(u"apply with force"), qPrintable(conflict.error().message));
        QVERIFY(secretData(QStringLiteral("kubectl-owned"), QStringLiteral("tls.crt")) != issued.certificate.toPem());
        auto forced = apply(spec(QStringLiteral("kubectl-owned"), material(issued)), {false, true});
        QVERIFY2(forced.ok(), qPrintable(forced.ok() ? QString() : errorText(forced.error())));
        QVERIFY(secretData(QStringLiteral("kubectl-owned"), QStringLiteral("tls.crt")).startsWith(issued.certificate.toPem()));
    }

    // (b) inventory: expiry, chain, mounting pods
    void inventoryFindsCertificatesAndPods()
    {
        const pki::IssuedCertificate soon = issue(QStringLiteral("soon.it.example"), 10);
        const pki::FixedClock past(QDateTime::currentDateTimeUtc().addDays(-400));
        const pki::IssuedCertificate expired = issue(QStringLiteral("expired.it.example"), 365, past);
        kubectlTlsSecret(QStringLiteral("inv-soon"), material(soon));
        const SecretMaterial em = material(expired);
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), QStringLiteral("inv-expired"),
                    QStringLiteral("-n"), m_ns,
                    QStringLiteral("--from-file=client.crt=") + writeTemp(QStringLiteral("expired.crt"), em.certPem),
                    QStringLiteral("--from-file=client.key=") + writeTemp(QStringLiteral("expired.key"), em.keyPem),
                    QStringLiteral("--from-file=ca.pem=") + writeTemp(QStringLiteral("expired-ca.pem"), em.caPem),
                    QStringLiteral("--from-literal=token=abc")});
        createPod(QStringLiteral("inv-pod"), QStringLiteral("inv-soon"), QStringLiteral("inv-expired"), QStringLiteral("inv-expired"));
        createPod(QStringLiteral("inv-pod-2"), QStringLiteral("inv-soon"), QStringLiteral("unrelated"), QStringLiteral("unrelated"));

        ClusterCertificateModel model(m_conn.get(), pki::Clock::system());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNamespace(m_ns);
        model.setKnownCas(m_store->caCertificates());
        QSignalSpy loading(&model, &ClusterCertificateModel::loadingChanged);
        QSignalSpy errors(&model, &ClusterCertificateModel::errorOccurred);
        QVERIFY(refreshModel(model));
        QCOMPARE(loading.size(), 2);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));

        int row = -1;
        const ClusterCertificateEntry *s = findEntry(model, QStringLiteral("inv-soon"), QStringLiteral("tls.crt"), &row);
        QVERIFY(s);
        QCOMPARE(s->certificate, soon.certificate);
        QCOMPARE(model.expiryState(row), ClusterCertificateModel::ExpiryState::ExpiringSoon);
        const qint64 days = model.index(row, 0).data(ClusterCertificateModel::DaysLeftRole).toLongLong();
        QVERIFY2(days == 9 || days == 10, qPrintable(QString::number(days)));
        QCOMPARE(model.index(row, ClusterCertificateModel::ChainColumn).data().toString(), QStringLiteral("verified"));
        QCOMPARE(s->mountedBy, (QStringList{QStringLiteral("inv-pod"), QStringLiteral("inv-pod-2")}));
        QCOMPARE(model.index(row, ClusterCertificateModel::SansColumn).data().toString(),
                 QStringLiteral("DNS:soon.it.example, DNS:soon.it.example.svc, IP:10.1.2.3"));
        // the intermediate that follows the leaf in tls.crt is a row of its own
        int inTlsCrt = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const ClusterCertificateEntry *x = model.entryAt(r);
            if (x->secretName == u"inv-soon" && x->key == u"tls.crt") {
                ++inTlsCrt;
                if (x->index == 1)
                    QCOMPARE(x->certificate, m_intermediate.certificate());
            }
        }
        QCOMPARE(inTlsCrt, 2);

        const ClusterCertificateEntry *e = findEntry(model, QStringLiteral("inv-expired"), QStringLiteral("client.crt"), &row);
        QVERIFY(e);
        QCOMPARE(model.expiryState(row), ClusterCertificateModel::ExpiryState::Expired);
        QCOMPARE(model.index(row, ClusterCertificateModel::NotAfterColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(e->mountedBy, QStringList{QStringLiteral("inv-pod")}); // projected volume and env
        QVERIFY(findEntry(model, QStringLiteral("inv-expired"), QStringLiteral("ca.pem")));
        QVERIFY(!findEntry(model, QStringLiteral("inv-expired"), QStringLiteral("client.key")));

        // all namespaces: the same rows among the others
        model.setNamespace({});
        QVERIFY(refreshModel(model));
        QVERIFY(findEntry(model, QStringLiteral("inv-soon"), QStringLiteral("tls.crt")));

        // a removed secret disappears on refresh, without a reset
        model.setNamespace(m_ns);
        QVERIFY(refreshModel(model));
        const int before = model.rowCount();
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("inv-expired"), QStringLiteral("-n"), m_ns});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(refreshModel(model));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!findEntry(model, QStringLiteral("inv-expired"), QStringLiteral("client.crt")));
        QCOMPARE(model.rowCount(), before - 3);
    }

    // (c) renew into the secret it came from
    void renewIntoSecret_data()
    {
        QTest::addColumn<bool>("newKey");
        QTest::newRow("new-key") << true;
        QTest::newRow("same-key") << false;
    }
    void renewIntoSecret()
    {
        QFETCH(bool, newKey);
        const QString name = newKey ? QStringLiteral("renew-new-key") : QStringLiteral("renew-same-key");
        const pki::IssuedCertificate old = issue(name + QStringLiteral(".it.example"), 20);
        auto created = apply(spec(name, material(old)));
        QVERIFY(created.ok());
        const QString oldSubject = openSslText(secretData(name, QStringLiteral("tls.crt")), {QStringLiteral("-subject")});
        const QString oldSans = openSslText(secretData(name, QStringLiteral("tls.crt")), {QStringLiteral("-ext"), QStringLiteral("subjectAltName")});
        const QByteArray oldKey = secretData(name, QStringLiteral("tls.key"));

        SecretRenewalOptions o;
        o.newKey = newKey;
        o.validityDays = 200;
        auto renewed = await<SecretRenewal>([&](QObject *ctx, SecretRenewalCallback done) {
            renewCertificateSecret(m_conn.get(), m_ns, name, m_intermediate, o, ctx, std::move(done));
        });
        QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : errorText(renewed.error())));
        const QByteArray cert = secretData(name, QStringLiteral("tls.crt"));
        QVERIFY(cert.startsWith(renewed->renewed.certificate.toPem()));
        QVERIFY(!cert.startsWith(old.certificate.toPem()));
        QCOMPARE(openSslText(cert, {QStringLiteral("-subject")}), oldSubject);
        QCOMPARE(openSslText(cert, {QStringLiteral("-ext"), QStringLiteral("subjectAltName")}), oldSans);
        QCOMPARE(openSslText(cert, {QStringLiteral("-serial")}), QStringLiteral("serial=") + renewed->renewed.certificate.serialHex());
        QCOMPARE(secretData(name, QStringLiteral("tls.key")) == oldKey, !newKey);
        openSslVerify(cert, secretData(name, QStringLiteral("ca.crt")));
        QCOMPARE(secretField(name, QStringLiteral("{.metadata.annotations.fedconsole\\.io/certificate-serial}")),
                 renewed->renewed.certificate.serialHex());
        QCOMPARE(secretField(name, QStringLiteral("{.metadata.resourceVersion}")), renewed->resourceVersion);
    }

    void staleResourceVersionIsRefused()
    {
        const QString name = QStringLiteral("renew-stale");
        const pki::IssuedCertificate old = issue(QStringLiteral("stale.it.example"));
        QVERIFY(apply(spec(name, material(old))).ok());
        auto secret = await<QJsonObject>([&](QObject *ctx, SecretReadCallback done) {
            readSecret(m_conn.get(), m_ns, name, ctx, std::move(done));
        });
        QVERIFY(secret.ok());
        auto plan = planSecretRenewal(secret.value(), m_intermediate, {});
        QVERIFY(plan.ok());
        // someone edits the secret between our read and our write
        FC_KUBECTL({QStringLiteral("annotate"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns, QStringLiteral("edited=by-someone")});
        auto written = await<SecretWriteResult>([&](QObject *ctx, SecretWriteCallback done) {
            applySecretRenewal(m_conn.get(), plan.value(), ctx, std::move(done));
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().httpStatus, 409);
        QVERIFY2(written.error().message.contains(u"changed since it was read"), qPrintable(written.error().message));
        QVERIFY(secretData(name, QStringLiteral("tls.crt")).startsWith(old.certificate.toPem()));
        QCOMPARE(secretField(name, QStringLiteral("{.metadata.annotations.edited}")), QStringLiteral("by-someone"));
    }

    // (d) the CLI end to end
    void cliDeployListRenew()
    {
        const pki::IssuedCertificate issued = issue(QStringLiteral("cli.it.example"));
        const SecretMaterial m = material(issued);
        const QString certFile = writeTemp(QStringLiteral("cli.crt"), m.certPem);
        const QString keyFile = writeTemp(QStringLiteral("cli.key"), m.keyPem);
        const QString caFile = writeTemp(QStringLiteral("cli-ca.crt"), m.caPem);
        const QString passFile = writeTemp(QStringLiteral("pass"), kPassphrase + '\n');
        const QStringList base{QStringLiteral("--kubeconfig"), kubeconfigPath(), QStringLiteral("cert")};
        const QStringList deploy = base + QStringList{QStringLiteral("deploy"), QStringLiteral("--cert"), certFile, QStringLiteral("--key"), keyFile,
                                                      QStringLiteral("--ca"), caFile, QStringLiteral("--secret"), QStringLiteral("cli-secret"),
                                                      QStringLiteral("-n"), m_ns, QStringLiteral("--type"), QStringLiteral("generic"),
                                                      QStringLiteral("--key-names"), QStringLiteral("cert=server.crt,key=server.key,ca=rootCA.pem")};
        auto dry = run(cliPath(), deploy + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY(dry.out.contains("server.key: \"<redacted: private key"));
        QVERIFY(!dry.out.contains(m.keyPem.toBase64().left(40)));
        QVERIFY(dry.out.contains("dry run"));
        QVERIFY(!secretExists(QStringLiteral("cli-secret")));

        auto real = run(cliPath(), deploy);
        QVERIFY2(real.exitCode == 0, real.err.constData());
        QVERIFY(real.out.contains("applied (resourceVersion"));
        openSslVerify(secretData(QStringLiteral("cli-secret"), QStringLiteral("server.crt")),
                      secretData(QStringLiteral("cli-secret"), QStringLiteral("rootCA.pem")));

        // a mismatched key: runtime error, nothing written
        const QString otherKey = writeTemp(QStringLiteral("other.key"), issue(QStringLiteral("x")).key.toPem().value());
        auto mismatch = run(cliPath(), base + QStringList{QStringLiteral("deploy"), QStringLiteral("--cert"), certFile, QStringLiteral("--key"), otherKey,
                                                          QStringLiteral("--secret"), QStringLiteral("cli-mismatch"), QStringLiteral("-n"), m_ns});
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY(mismatch.err.contains("does not match"));
        QVERIFY(!secretExists(QStringLiteral("cli-mismatch")));
        auto usage = run(cliPath(), base + QStringList{QStringLiteral("deploy"), QStringLiteral("--cert"), certFile});
        QCOMPARE(usage.exitCode, 1);

        createPod(QStringLiteral("cli-pod"), QStringLiteral("cli-secret"), QStringLiteral("none"), QStringLiteral("none"));
        const QStringList list = base + QStringList{QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("list"),
                                                    QStringLiteral("--cluster"), QStringLiteral("-n"), m_ns};
        auto listed = run(cliPath(), list);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QStringList lines = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"SECRET"));
        QVERIFY(lines.first().contains(u"DAYS LEFT"));
        QVERIFY(lines.first().contains(u"MOUNTED BY"));
        const auto cliLine = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(u"cli-secret") && l.contains(u"server.crt");
        });
        QVERIFY(cliLine != lines.end());
        QVERIFY2(cliLine->contains(u"CN = cli.it.example") && cliLine->contains(u"verified") && cliLine->contains(u"cli-pod")
                     && cliLine->contains(QRegularExpression(QStringLiteral("\\s36[45]\\s"))),
                 qPrintable(*cliLine));

        auto renew = run(cliPath(), base + QStringList{QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("--passphrase-file"), passFile,
                                                       QStringLiteral("renew-secret"), QStringLiteral("cli-secret"), QStringLiteral("-n"), m_ns,
                                                       QStringLiteral("--ca"), QStringLiteral("it-issuing"), QStringLiteral("--same-key")});
        QVERIFY2(renew.exitCode == 0, renew.err.constData());
        const QByteArray renewedCert = secretData(QStringLiteral("cli-secret"), QStringLiteral("server.crt"));
        QVERIFY(!renewedCert.startsWith(issued.certificate.toPem()));
        QCOMPARE(secretData(QStringLiteral("cli-secret"), QStringLiteral("server.key")), m.keyPem); // --same-key
        const QString serial = pki::Certificate::fromPem(renewedCert)->serialHex();
        QVERIFY2(renew.out.contains(serial.toUtf8()), renew.out.constData());
        QVERIFY(renew.out.contains("renewed rootCA.pem, server.crt"));
        QVERIFY2(renew.out.contains("key        kept") && renew.out.contains("issuer     ")
                     && !renew.out.contains("re-issued"),
                 renew.out.constData());
        // the renewed certificate is recorded in the store's inventory
        QVERIFY(m_store->issued()->contains(pki::Certificate::fromPem(renewedCert).value()));

        // the root did not issue it (the intermediate did): refused, the secret untouched, unless --reissue
        const QStringList withRoot = base + QStringList{QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("--passphrase-file"),
                                                        passFile, QStringLiteral("renew-secret"), QStringLiteral("cli-secret"),
                                                        QStringLiteral("-n"), m_ns, QStringLiteral("--ca"), QStringLiteral("it-root")};
        auto refused = run(cliPath(), withRoot);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("not by this CA"), refused.err.constData());
        QCOMPARE(secretData(QStringLiteral("cli-secret"), QStringLiteral("server.crt")), renewedCert);
        auto reissued = run(cliPath(), withRoot + QStringList{QStringLiteral("--reissue")});
        QVERIFY2(reissued.exitCode == 0, reissued.err.constData());
        QVERIFY2(reissued.out.contains("(re-issued under another CA)") && reissued.out.contains("key        new EC 256"),
                 reissued.out.constData());
        QVERIFY(pki::Certificate::fromPem(secretData(QStringLiteral("cli-secret"), QStringLiteral("server.crt")))
                    ->isIssuedBy(m_store->entry(QStringLiteral("it-root"))->certificate));

        auto wrongCa = run(cliPath(), base + QStringList{QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("--passphrase-file"), passFile,
                                                         QStringLiteral("renew-secret"), QStringLiteral("cli-secret"), QStringLiteral("-n"), m_ns,
                                                         QStringLiteral("--ca"), QStringLiteral("no-such-ca")});
        QCOMPARE(wrongCa.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestClusterCertificates)
#include "tst_clustercertificates.moc"
