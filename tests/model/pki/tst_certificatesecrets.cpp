// Certificate secrets without a cluster: manifests, redaction, validation, slot detection and
// renewal planning. The cluster round trips are in tests/integration/pki.

#include "model/pki/CertificateSecrets.h"
#include "model/pki/SecretCertificates.h"

#include "backend/pki/CertificateAuthority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

QString b64(const QByteArray &raw) { return QString::fromLatin1(raw.toBase64()); }
QByteArray unb64(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

QJsonObject secretObject(const QString &type, const QMap<QString, QByteArray> &data, const QString &name = QStringLiteral("s"))
{
    QJsonObject d;
    for (auto it = data.begin(); it != data.end(); ++it)
        d.insert(it.key(), b64(it.value()));
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("Secret")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                                {QStringLiteral("namespace"), QStringLiteral("ns")},
                                                                {QStringLiteral("resourceVersion"), QStringLiteral("4711")}}},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("data"), d}};
}
} // namespace

class TestCertificateSecrets : public QObject {
    Q_OBJECT
private:
    pki::FixedClock m_clock{kNow};
    pki::CertificateAuthority m_root;
    pki::CertificateAuthority m_intermediate;
    pki::IssuedCertificate m_server;   // from the intermediate: chain intermediate, root
    pki::IssuedCertificate m_client;
    SecretMaterial m_material;

    pki::IssuedCertificate issue(const QString &cn, pki::LeafUsage usage = pki::LeafUsage::Server)
    {
        pki::LeafRequest r;
        r.subject.commonName = cn;
        r.subject.organization = QStringLiteral("Site A");
        r.sans.dns = {cn, QStringLiteral("alt.") + cn};
        r.sans.ips = {QStringLiteral("10.0.0.7")};
        r.usage = usage;
        return std::move(m_intermediate.issue(r, m_clock)).value();
    }

    CertificateSecretSpec spec(SecretLayout layout = SecretLayout::Tls) const
    {
        CertificateSecretSpec s;
        s.namespace_ = QStringLiteral("fl-site-a");
        s.name = QStringLiteral("server-cert");
        s.layout = layout;
        s.material = m_material;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("Secrets Root");
        m_root = std::move(pki::CertificateAuthority::createRoot(r, m_clock)).value();
        r.subject.commonName = QStringLiteral("Secrets Intermediate");
        m_intermediate = std::move(m_root.createIntermediate(r, m_clock)).value();
        m_server = issue(QStringLiteral("server.fl.example"));
        m_client = issue(QStringLiteral("client.fl.example"), pki::LeafUsage::Client);
        auto m = SecretMaterial::fromIssued(m_server);
        QVERIFY(m.ok());
        m_material = m.value();
    }

    void materialFromIssued()
    {
        // leaf + intermediate in the certificate, the root as CA
        const auto certs = pki::Certificate::listFromPem(m_material.certPem);
        QVERIFY(certs.ok());
        QCOMPARE(certs->size(), 2);
        QCOMPARE(certs->at(0), m_server.certificate);
        QCOMPARE(certs->at(1), m_intermediate.certificate());
        QCOMPARE(pki::Certificate::fromPem(m_material.caPem).value(), m_root.certificate());
        QVERIFY(m_material.keyPem.contains("BEGIN PRIVATE KEY"));
    }

    void tlsManifest()
    {
        auto m = buildSecretManifest(spec());
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        const QJsonObject o = m.value();
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("Secret"));
        QCOMPARE(o.value(u"type").toString(), QStringLiteral("kubernetes.io/tls"));
        const QJsonObject meta = o.value(u"metadata").toObject();
        QCOMPARE(meta.value(u"name").toString(), QStringLiteral("server-cert"));
        QCOMPARE(meta.value(u"namespace").toString(), QStringLiteral("fl-site-a"));
        QCOMPARE(meta.value(u"labels").toObject().value(QLatin1String(kManagedByLabel)).toString(), QStringLiteral("fedconsole"));
        const QJsonObject ann = meta.value(u"annotations").toObject();
        QCOMPARE(ann.value(QLatin1String(kSerialAnnotation)).toString(), m_server.certificate.serialHex());
        QCOMPARE(ann.value(QLatin1String(kFingerprintAnnotation)).toString(), m_server.certificate.sha256Fingerprint());
        QCOMPARE(ann.value(QLatin1String(kSubjectAnnotation)).toString(), m_server.certificate.info().subject);
        const QJsonObject data = o.value(u"data").toObject();
        QCOMPARE(data.keys(), (QStringList{QStringLiteral("ca.crt"), QStringLiteral("tls.crt"), QStringLiteral("tls.key")}));
        QCOMPARE(unb64(data.value(u"tls.crt")), m_material.certPem);
        QCOMPARE(unb64(data.value(u"tls.key")), m_material.keyPem);
        QCOMPARE(unb64(data.value(u"ca.crt")), m_material.caPem);
    }

    void tlsLayoutIgnoresCustomKeyNames()
    {
        CertificateSecretSpec s = spec();
        s.keyNames = {QStringLiteral("a.crt"), QStringLiteral("a.key"), QString()};
        auto m = buildSecretManifest(s);
        QVERIFY(m.ok());
        QVERIFY(m->value(u"data").toObject().contains(u"tls.crt"));
    }

    void genericManifestWithPresetNames_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("flare-server") << "flare-server" << QStringList{"rootCA.pem", "server.crt", "server.key"};
        QTest::newRow("openfl-envoy") << "openfl-envoy" << QStringList{"envoy.crt", "priv.key", "root_ca.crt"};
        QTest::newRow("fate-pulsar") << "fate-pulsar" << QStringList{"broker.cert.pem", "broker.key-pk8.pem", "ca.cert.pem"};
    }
    void genericManifestWithPresetNames()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, keys);
        const auto p = secretKeyPreset(preset);
        QVERIFY(p.has_value());
        QCOMPARE(p->layout, SecretLayout::Generic);
        CertificateSecretSpec s = spec(SecretLayout::Generic);
        s.keyNames = p->names;
        auto m = buildSecretManifest(s);
        QVERIFY(m.ok());
        QCOMPARE(m->value(u"type").toString(), QStringLiteral("Opaque"));
        QCOMPARE(m->value(u"data").toObject().keys(), keys);
        QCOMPARE(unb64(m->value(u"data").toObject().value(p->names.key)), m_material.keyPem);
        // the key is found by content, whatever its name
        QCOMPARE(privateKeyDataKeys(m.value()), QStringList{p->names.key});
    }

    void caLeftOutWhenNotGiven()
    {
        CertificateSecretSpec s = spec(SecretLayout::Generic);
        s.keyNames = {QStringLiteral("c.pem"), QStringLiteral("k.pem"), QString()};
        auto m = buildSecretManifest(s);
        QVERIFY(m.ok());
        QCOMPARE(m->value(u"data").toObject().keys(), (QStringList{QStringLiteral("c.pem"), QStringLiteral("k.pem")}));
        s = spec();
        s.material.caPem.clear();
        m = buildSecretManifest(s);
        QVERIFY(m.ok());
        QVERIFY(!m->value(u"data").toObject().contains(u"ca.crt"));
    }

    void previewRedactsTheKey()
    {
        auto m = buildSecretManifest(spec());
        QVERIFY(m.ok());
        const QString yaml = secretManifestYaml(m.value());
        const QString keyB64 = b64(m_material.keyPem);
        QVERIFY(!yaml.contains(keyB64.left(40)));
        QVERIFY(!yaml.contains(u"PRIVATE KEY"));
        QVERIFY(yaml.contains(QStringLiteral("tls.key: \"<redacted: private key, %1 bytes>\"").arg(m_material.keyPem.size())));
        QVERIFY(yaml.contains(QStringLiteral("  tls.crt: ") + b64(m_material.certPem)));
        QVERIFY(yaml.startsWith(u"apiVersion: v1\nkind: Secret\nmetadata:\n  name: server-cert\n"));
        QVERIFY(yaml.contains(u"\ntype: kubernetes.io/tls\ndata:\n"));
        QVERIFY(yaml.contains(u"    app.kubernetes.io/managed-by: fedconsole\n"));
        // serials start with digits often: quoted so YAML keeps them strings
        QVERIFY(yaml.contains(QStringLiteral("fedconsole.io/certificate-serial: \"%1\"").arg(m_server.certificate.serialHex()))
                || yaml.contains(QStringLiteral("fedconsole.io/certificate-serial: %1").arg(m_server.certificate.serialHex())));
        // unredacted on request (for kubectl-style export)
        QVERIFY(secretManifestYaml(m.value(), false).contains(keyB64));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("certKey");
        QTest::addColumn<QString>("keyKey");
        QTest::addColumn<QString>("caKey");
        QTest::addColumn<QString>("field");
        const QString ok = QStringLiteral("ok");
        QTest::newRow("empty-namespace") << "" << "s" << "a.crt" << "a.key" << "" << "namespace";
        QTest::newRow("upper-namespace") << "Prod" << "s" << "a.crt" << "a.key" << "" << "namespace";
        QTest::newRow("dot-in-namespace") << "a.b" << "s" << "a.crt" << "a.key" << "" << "namespace";
        QTest::newRow("long-namespace") << QString(64, u'a') << "s" << "a.crt" << "a.key" << "" << "namespace";
        QTest::newRow("empty-name") << "ns" << "" << "a.crt" << "a.key" << "" << "name";
        QTest::newRow("underscore-name") << "ns" << "my_secret" << "a.crt" << "a.key" << "" << "name";
        QTest::newRow("double-dot-name") << "ns" << "a..b" << "a.crt" << "a.key" << "" << "name";
        QTest::newRow("trailing-dash-name") << "ns" << "a-" << "a.crt" << "a.key" << "" << "name";
        QTest::newRow("slash-in-key") << "ns" << "s" << "dir/a.crt" << "a.key" << "" << "keyNames.cert";
        QTest::newRow("empty-key-name") << "ns" << "s" << "a.crt" << "" << "" << "keyNames.key";
        QTest::newRow("dotdot-key") << "ns" << "s" << "a.crt" << ".." << "" << "keyNames.key";
        QTest::newRow("space-in-ca-key") << "ns" << "s" << "a.crt" << "a.key" << "ca file" << "keyNames.ca";
        QTest::newRow("same-names") << "ns" << "s" << "a.pem" << "a.pem" << "" << "keyNames";
        QTest::newRow("valid") << "ns" << "a.b-c" << "A_b-1.crt" << "a.key" << "ca.pem" << "";
    }
    void validation()
    {
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, certKey);
        QFETCH(QString, keyKey);
        QFETCH(QString, caKey);
        QFETCH(QString, field);
        CertificateSecretSpec s = spec(SecretLayout::Generic);
        s.namespace_ = ns;
        s.name = name;
        s.keyNames = {certKey, keyKey, caKey};
        auto m = buildSecretManifest(s);
        QCOMPARE(m.ok(), field.isEmpty());
        if (!m.ok()) {
            QCOMPARE(m.error().field, field);
            QVERIFY(!m.error().message.isEmpty());
        }
    }

    void keyMismatchIsRefused()
    {
        CertificateSecretSpec s = spec();
        s.material.keyPem = m_client.key.toPem().value();
        auto m = buildSecretManifest(s);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().field, QStringLiteral("key"));
        QCOMPARE(m.error().reason, QStringLiteral("KeyMismatch"));
    }

    void badInputIsRefused()
    {
        CertificateSecretSpec s = spec();
        s.material.keyPem = m_server.key.toPem("secret").value();
        auto m = buildSecretManifest(s);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(u"encrypted"), qPrintable(m.error().message));
        s = spec();
        s.material.certPem = "not a certificate";
        QCOMPARE(buildSecretManifest(s).error().field, QStringLiteral("certificate"));
        s = spec();
        s.material.caPem = m_server.certificate.toPem(); // a leaf is no CA
        QCOMPARE(buildSecretManifest(s).error().field, QStringLiteral("ca"));
    }

    void writeErrorsAreDescribed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("forbidden") << 403 << "Forbidden" << "secrets \"s\" is forbidden: User \"u\" cannot patch"
                                   << "not allowed to write Secret ns/s";
        QTest::newRow("no-namespace") << 404 << "NotFound" << "namespaces \"ns\" not found" << "namespace \"ns\" does not exist";
        QTest::newRow("invalid") << 422 << "Invalid" << "Secret \"s\" is invalid: data[tls.key]: Required value"
                                 << "rejected Secret ns/s as invalid";
        QTest::newRow("apply-conflict") << 409 << "Conflict" << "Apply failed with 1 conflict: conflict with \"kubectl-create\""
                                        << "apply with force";
        QTest::newRow("stale") << 409 << "Conflict" << "Operation cannot be fulfilled on secrets \"s\": the object has been modified"
                               << "changed since it was read; nothing was written";
    }
    void writeErrorsAreDescribed()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QString, server);
        QFETCH(QString, expected);
        Error e;
        e.httpStatus = status;
        e.reason = reason;
        e.message = server;
        const Error d = describeSecretWriteError(e, QStringLiteral("ns"), QStringLiteral("s"));
        QVERIFY2(d.message.contains(expected), qPrintable(d.message));
        QVERIFY(d.message.contains(server)); // the server's words are kept
        QCOMPARE(d.httpStatus, status);
    }

    void certificatesInTlsAndGenericSecrets()
    {
        const QByteArray key = m_material.keyPem;
        const QJsonObject tls = secretObject(QStringLiteral("kubernetes.io/tls"),
                                             {{QStringLiteral("tls.crt"), m_material.certPem},
                                              {QStringLiteral("tls.key"), key},
                                              {QStringLiteral("ca.crt"), m_material.caPem}});
        auto found = certificatesInSecret(tls);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].key, QStringLiteral("ca.crt"));
        QCOMPARE(found[0].certificate, m_root.certificate());
        QCOMPARE(found[1].key, QStringLiteral("tls.crt"));
        QCOMPARE(found[1].index, 0);
        QCOMPARE(found[1].certificate, m_server.certificate);
        QCOMPARE(found[2].index, 1);
        QCOMPARE(found[2].certificate, m_intermediate.certificate());

        // generic: certificates by key suffix and content; key files (even *.pem) and others skipped
        const QJsonObject generic = secretObject(QStringLiteral("Opaque"),
                                                 {{QStringLiteral("broker.cert.pem"), m_server.certificate.toPem()},
                                                  {QStringLiteral("broker.key-pk8.pem"), key},
                                                  {QStringLiteral("client.cert"), m_client.certificate.toPem()},
                                                  {QStringLiteral("notes.txt"), m_root.certificate().toPem()},
                                                  {QStringLiteral("rootCA.pem"), m_material.caPem}});
        found = certificatesInSecret(generic);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].key, QStringLiteral("broker.cert.pem"));
        QCOMPARE(found[1].key, QStringLiteral("client.cert"));
        QCOMPARE(found[1].certificate, m_client.certificate);
        QCOMPARE(found[2].key, QStringLiteral("rootCA.pem"));

        // other secret types are not certificate secrets
        QVERIFY(certificatesInSecret(secretObject(QStringLiteral("kubernetes.io/service-account-token"),
                                                  {{QStringLiteral("ca.crt"), m_material.caPem}}))
                    .isEmpty());
    }

    void slotsOfTlsAndGenericSecrets()
    {
        const QByteArray serverKey = m_server.key.toPem().value();
        const QByteArray clientKey = m_client.key.toPem().value();
        auto tls = findCertificateSlots(secretObject(QStringLiteral("kubernetes.io/tls"),
                                                     {{QStringLiteral("tls.crt"), m_material.certPem},
                                                      {QStringLiteral("tls.key"), serverKey},
                                                      {QStringLiteral("ca.crt"), m_material.caPem}}));
        QVERIFY(tls.ok());
        QCOMPARE(tls->certKey, QStringLiteral("tls.crt"));
        QCOMPARE(tls->keyKey, QStringLiteral("tls.key"));
        QCOMPARE(tls->caKey, QStringLiteral("ca.crt"));

        // FATE eggroll: two leaves, each with its key — ambiguous unless one is chosen
        const QJsonObject eggroll = secretObject(QStringLiteral("Opaque"),
                                                 {{QStringLiteral("ca.pem"), m_material.caPem},
                                                  {QStringLiteral("client.crt"), m_client.certificate.toPem()},
                                                  {QStringLiteral("client.key"), clientKey},
                                                  {QStringLiteral("server.crt"), m_server.certificate.toPem()},
                                                  {QStringLiteral("server.key"), serverKey}});
        auto ambiguous = findCertificateSlots(eggroll);
        QVERIFY(!ambiguous.ok());
        QVERIFY(ambiguous.error().message.contains(u"client.crt, server.crt"));
        auto server = findCertificateSlots(eggroll, QStringLiteral("server.crt"));
        QVERIFY(server.ok());
        QCOMPARE(server->keyKey, QStringLiteral("server.key"));
        QCOMPARE(server->caKey, QStringLiteral("ca.pem"));
        auto client = findCertificateSlots(eggroll, QStringLiteral("client.crt"));
        QCOMPARE(client->keyKey, QStringLiteral("client.key"));
        QVERIFY(!findCertificateSlots(eggroll, QStringLiteral("ca.pem")).ok());

        // OpenFL: the key name says nothing, the match is by public key
        auto envoy = findCertificateSlots(secretObject(QStringLiteral("Opaque"),
                                                       {{QStringLiteral("envoy.crt"), m_client.certificate.toPem()},
                                                        {QStringLiteral("priv.key"), clientKey},
                                                        {QStringLiteral("root_ca.crt"), m_material.caPem}}));
        QVERIFY(envoy.ok());
        QCOMPARE(envoy->certKey, QStringLiteral("envoy.crt"));
        QCOMPARE(envoy->keyKey, QStringLiteral("priv.key"));
        QCOMPARE(envoy->caKey, QStringLiteral("root_ca.crt"));
    }

    void renewalPlan_data()
    {
        QTest::addColumn<bool>("newKey");
        QTest::newRow("new-key") << true;
        QTest::newRow("same-key") << false;
    }
    void renewalPlan()
    {
        QFETCH(bool, newKey);
        const QJsonObject secret = secretObject(QStringLiteral("kubernetes.io/tls"),
                                                {{QStringLiteral("tls.crt"), m_material.certPem},
                                                 {QStringLiteral("tls.key"), m_material.keyPem},
                                                 {QStringLiteral("ca.crt"), m_material.caPem}},
                                                QStringLiteral("server-cert"));
        m_clock.advanceDays(100);
        SecretRenewalOptions o;
        o.newKey = newKey;
        o.validityDays = 200;
        auto plan = planSecretRenewal(secret, m_intermediate, o, m_clock);
        m_clock.setNow(kNow);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->namespace_, QStringLiteral("ns"));
        QCOMPARE(plan->name, QStringLiteral("server-cert"));
        QCOMPARE(plan->resourceVersion, QStringLiteral("4711"));
        const pki::Certificate renewed = plan->renewed.certificate;
        QCOMPARE(renewed.subjectName(), m_server.certificate.subjectName());
        QCOMPARE(renewed.subjectAltNames(), m_server.certificate.subjectAltNames());
        QVERIFY(renewed.serialHex() != m_server.certificate.serialHex());
        QCOMPARE(renewed.notAfter(), kNow.addDays(300));
        QCOMPARE(renewed.checkPrivateKey(m_server.key).ok(), !newKey);
        // exactly the keys that change
        QStringList keys{QStringLiteral("ca.crt"), QStringLiteral("tls.crt")};
        if (newKey)
            keys << QStringLiteral("tls.key");
        QCOMPARE(plan->newData.keys(), keys);
        const auto written = pki::Certificate::listFromPem(plan->newData.value(QStringLiteral("tls.crt"))).value();
        QCOMPARE(written.size(), 2);
        QCOMPARE(written[0], renewed);
        QCOMPARE(written[1], m_intermediate.certificate());
        if (newKey)
            QVERIFY(renewed.checkPrivateKey(pki::PrivateKey::fromPem(plan->newData.value(QStringLiteral("tls.key"))).value()).ok());

        const QJsonObject patch = QJsonDocument::fromJson(secretRenewalPatch(plan.value())).object();
        QCOMPARE(patch.value(u"metadata").toObject().value(u"resourceVersion").toString(), QStringLiteral("4711"));
        QCOMPARE(patch.value(u"metadata").toObject().value(u"annotations").toObject().value(QLatin1String(kSerialAnnotation)).toString(),
                 renewed.serialHex());
        // the patch is the EditableDocument's: only the keys whose value differs from the secret
        // as read (its ca.crt already holds this root, so writing it again changes nothing)
        QStringList changed;
        for (const QString &k : std::as_const(keys))
            if (secret.value(u"data").toObject().value(k).toString() != QString::fromLatin1(plan->newData.value(k).toBase64()))
                changed << k;
        QVERIFY(changed.contains(QStringLiteral("tls.crt")));
        QCOMPARE(patch.value(u"data").toObject().keys(), changed);
    }

    // A new key has the type of the key it replaces unless one is chosen; another CA is refused
    // unless re-issuing is asked for.
    void renewalKeepsKeyTypeAndIssuer()
    {
        pki::LeafRequest r;
        r.subject.commonName = QStringLiteral("rsa.fl.example");
        r.keyType = pki::KeyType::Rsa3072;
        auto rsa = m_intermediate.issue(r, m_clock);
        QVERIFY(rsa.ok());
        auto material = SecretMaterial::fromIssued(rsa.value());
        QVERIFY(material.ok());
        const QJsonObject secret = secretObject(QStringLiteral("kubernetes.io/tls"),
                                                {{QStringLiteral("tls.crt"), material->certPem},
                                                 {QStringLiteral("tls.key"), material->keyPem},
                                                 {QStringLiteral("ca.crt"), material->caPem}},
                                                QStringLiteral("rsa-cert"));
        auto plan = planSecretRenewal(secret, m_intermediate, {}, m_clock);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->renewed.certificate.info().keyAlgorithm, QStringLiteral("RSA"));
        QCOMPARE(plan->renewed.certificate.info().keyBits, 3072);
        QVERIFY(plan->newData.value(QStringLiteral("tls.key")).startsWith("-----BEGIN PRIVATE KEY-----")); // as it was

        // a kit's traditional key (FLARE, OpenFL) is replaced by one in the same encoding
        const QJsonObject kit = secretObject(QStringLiteral("Opaque"),
                                             {{QStringLiteral("client.crt"), material->certPem},
                                              {QStringLiteral("client.key"), rsa->key.toTraditionalPem().value()},
                                              {QStringLiteral("rootCA.pem"), material->caPem}},
                                             QStringLiteral("site-kit"));
        auto kitPlan = planSecretRenewal(kit, m_intermediate, {}, m_clock);
        QVERIFY2(kitPlan.ok(), qPrintable(kitPlan.ok() ? QString() : kitPlan.error().toString()));
        QVERIFY(kitPlan->newData.value(QStringLiteral("client.key")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        QVERIFY(kitPlan->renewed.certificate.checkPrivateKey(
            pki::PrivateKey::fromPem(kitPlan->newData.value(QStringLiteral("client.key"))).value()).ok());
        SecretRenewalOptions chosen;
        chosen.keyType = pki::KeyType::EcP384;
        auto ec = planSecretRenewal(secret, m_intermediate, chosen, m_clock);
        QVERIFY(ec.ok());
        QCOMPARE(ec->renewed.certificate.keyType(), std::optional<pki::KeyType>(pki::KeyType::EcP384));

        // the root did not issue it (the intermediate did)
        auto refused = planSecretRenewal(secret, m_root, {}, m_clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().reason, QStringLiteral("DifferentIssuer"));
        SecretRenewalOptions reissue;
        reissue.allowDifferentIssuer = true;
        auto moved = planSecretRenewal(secret, m_root, reissue, m_clock);
        QVERIFY(moved.ok());
        QVERIFY(moved->reissued);
        QVERIFY(!plan->reissued);
        QVERIFY(moved->renewed.certificate.isIssuedBy(m_root.certificate()));
    }

    void renewalNeedsAKeySlot()
    {
        const QJsonObject certOnly = secretObject(QStringLiteral("Opaque"), {{QStringLiteral("server.crt"), m_material.certPem}});
        auto plan = planSecretRenewal(certOnly, m_intermediate, {}, m_clock);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().message.contains(u"no private key"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateSecrets)
#include "tst_certificatesecrets.moc"
