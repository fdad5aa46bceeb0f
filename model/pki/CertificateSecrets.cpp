#include "model/pki/CertificateSecrets.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/YamlCodec.h"
#include "model/editors/EditableDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

namespace fc {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::CertificateSecrets)
};

const QString kDns1123Label = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

QByteArray decodeData(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

bool holdsCertificate(const QByteArray &pem) { return pem.contains("-----BEGIN CERTIFICATE-----"); }
bool holdsPrivateKey(const QByteArray &pem) { return pem.contains("PRIVATE KEY-----"); }

Error fieldError(const QString &message, const QString &field)
{
    return makeError(message, field);
}

/// Posts a result to context's thread later, so callers see one shape whether validation failed
/// locally or the server answered.
template<typename T>
void postLater(QObject *context, std::function<void(const Result<T> &)> done, Result<T> result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(context, [guard, done = std::move(done), result = std::move(result)] {
        if (guard && done)
            done(result);
    }, Qt::QueuedConnection);
}

const ResourceType &secretType()
{
    static const ResourceType t = ResourceType::of(Kind::Secret);
    return t;
}

Result<SecretWriteResult> writeResultFrom(const Result<KubeObject> &answer, bool dryRun, const QString &ns, const QString &name)
{
    if (!answer)
        return describeSecretWriteError(answer.error(), ns, name);
    SecretWriteResult r;
    r.resourceVersion = answer->resourceVersion();
    r.uid = answer->uid();
    r.dryRun = dryRun;
    r.dataKeys = answer->json.value(QLatin1String("data")).toObject().keys();
    return r;
}

QJsonObject provenanceAnnotations(const pki::Certificate &leaf)
{
    const pki::CertificateInfo info = leaf.info();
    QJsonObject a;
    a.insert(QLatin1String(kSerialAnnotation), info.serialHex);
    a.insert(QLatin1String(kFingerprintAnnotation), info.sha256Fingerprint);
    a.insert(QLatin1String(kSubjectAnnotation), info.subject);
    a.insert(QLatin1String(kNotAfterAnnotation), info.notAfter.toString(Qt::ISODate));
    return a;
}

} // namespace

// ---- key names and presets ----------------------------------------------------------------------

SecretKeyNames SecretKeyNames::tls()
{
    return {QStringLiteral("tls.crt"), QStringLiteral("tls.key"), QStringLiteral("ca.crt")};
}

QList<SecretKeyPreset> secretKeyPresets()
{
    auto p = [](const char *id, const QString &label, SecretLayout layout, const char *cert, const char *key,
                const char *ca, const char *secret) {
        return SecretKeyPreset{QString::fromLatin1(id), label, layout,
                               {QString::fromLatin1(cert), QString::fromLatin1(key), QString::fromLatin1(ca)},
                               QString::fromLatin1(secret)};
    };
    using L = SecretLayout;
    // Names as backend/pki/FrameworkPresets writes them (and the charts mount them).
    return {
        p("tls", Tr::tr("Kubernetes TLS (tls.crt, tls.key, ca.crt)"), L::Tls, "tls.crt", "tls.key", "ca.crt", ""),
        p("generic", Tr::tr("Generic PEM (cert.pem, key.pem, ca.pem)"), L::Generic, "cert.pem", "key.pem", "ca.pem", ""),
        p("flare-server", Tr::tr("NVIDIA FLARE server"), L::Generic, "server.crt", "server.key", "rootCA.pem", ""),
        p("flare-client", Tr::tr("NVIDIA FLARE client / admin"), L::Generic, "client.crt", "client.key", "rootCA.pem", ""),
        p("openfl-director", Tr::tr("OpenFL director"), L::Generic, "director.crt", "priv.key", "root_ca.crt", "director-cert"),
        p("openfl-envoy", Tr::tr("OpenFL envoy"), L::Generic, "envoy.crt", "priv.key", "root_ca.crt", "envoy-cert"),
        p("openfl-notebook", Tr::tr("OpenFL notebook"), L::Generic, "notebook.crt", "priv.key", "root_ca.crt", "notebook-cert"),
        p("fate-eggroll-server", Tr::tr("FATE eggroll (server)"), L::Generic, "server.crt", "server.key", "ca.pem", "eggroll-certs"),
        p("fate-eggroll-client", Tr::tr("FATE eggroll (client)"), L::Generic, "client.crt", "client.key", "ca.pem", "eggroll-certs"),
        p("fate-pulsar", Tr::tr("FATE Pulsar broker"), L::Generic, "broker.cert.pem", "broker.key-pk8.pem", "ca.cert.pem", "pulsar-cert"),
        p("fate-traffic-server", Tr::tr("FATE traffic server"), L::Generic, "proxy.cert.pem", "proxy.key.pem", "ca.cert.pem",
          "traffic-server-cert"),
    };
}

std::optional<SecretKeyPreset> secretKeyPreset(const QString &id)
{
    for (const SecretKeyPreset &p : secretKeyPresets())
        if (p.id == id)
            return p;
    return std::nullopt;
}

Result<SecretMaterial> SecretMaterial::fromIssued(const pki::IssuedCertificate &issued)
{
    auto key = issued.key.toPem();
    if (!key)
        return key.error();
    return fromParts(issued.certificate.toPem(), key.value(), issued.chain);
}

SecretMaterial SecretMaterial::fromParts(const QByteArray &certPem, const QByteArray &keyPem,
                                         const QList<pki::Certificate> &chain)
{
    SecretMaterial m{certPem, keyPem, {}};
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) // intermediates follow the leaf
        m.certPem += chain[i].toPem();
    if (!chain.isEmpty())
        m.caPem = chain.last().toPem();
    return m;
}

// ---- validation ---------------------------------------------------------------------------------

Result<void> validateNamespaceName(const QString &ns)
{
    static const QRegularExpression re(u'^' + kDns1123Label + u'$');
    if (ns.isEmpty())
        return fieldError(Tr::tr("a namespace is required"), QStringLiteral("namespace"));
    if (ns.size() > 63 || !re.match(ns).hasMatch())
        return fieldError(Tr::tr("\"%1\" is not a valid namespace: lower-case letters, digits and '-', starting and ending "
                             "with a letter or digit, at most 63 characters")
                              .arg(ns),
                          QStringLiteral("namespace"));
    return {};
}

Result<void> validateSecretName(const QString &name)
{
    static const QRegularExpression re(u'^' + kDns1123Label + QStringLiteral("(\\.") + kDns1123Label + QStringLiteral(")*$"));
    if (name.isEmpty())
        return fieldError(Tr::tr("a secret name is required"), QStringLiteral("name"));
    if (name.size() > 253 || !re.match(name).hasMatch())
        return fieldError(Tr::tr("\"%1\" is not a valid secret name: lower-case letters, digits, '-' and '.', starting and "
                             "ending with a letter or digit, at most 253 characters")
                              .arg(name),
                          QStringLiteral("name"));
    return {};
}

Result<void> validateSecretDataKey(const QString &key, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    if (key.isEmpty())
        return fieldError(Tr::tr("a key name is required"), field);
    if (key.size() > 253 || !re.match(key).hasMatch() || key == u"." || key == u"..")
        return fieldError(Tr::tr("\"%1\" is not a valid secret key: letters, digits, '-', '_' and '.', at most 253 "
                             "characters")
                              .arg(key),
                          field);
    return {};
}

Result<void> validateKeyNames(const SecretKeyNames &names)
{
    if (auto r = validateSecretDataKey(names.cert, QStringLiteral("keyNames.cert")); !r)
        return r;
    if (auto r = validateSecretDataKey(names.key, QStringLiteral("keyNames.key")); !r)
        return r;
    if (!names.ca.isEmpty())
        if (auto r = validateSecretDataKey(names.ca, QStringLiteral("keyNames.ca")); !r)
            return r;
    if (names.cert == names.key || names.cert == names.ca || names.key == names.ca)
        return fieldError(Tr::tr("the certificate, key and CA need different key names"), QStringLiteral("keyNames"));
    return {};
}

Result<pki::Certificate> validateSpec(const CertificateSecretSpec &spec)
{
    if (auto r = validateNamespaceName(spec.namespace_); !r)
        return r.error();
    if (auto r = validateSecretName(spec.name); !r)
        return r.error();
    const SecretKeyNames names = spec.layout == SecretLayout::Tls ? SecretKeyNames::tls() : spec.keyNames;
    if (auto r = validateKeyNames(names); !r)
        return r.error();
    if (spec.material.certPem.trimmed().isEmpty())
        return fieldError(Tr::tr("no certificate given"), QStringLiteral("certificate"));
    auto certs = pki::Certificate::listFromPem(spec.material.certPem);
    if (!certs) {
        Error e = certs.error();
        e.field = QStringLiteral("certificate");
        return e;
    }
    if (spec.material.keyPem.trimmed().isEmpty())
        return fieldError(Tr::tr("no private key given"), QStringLiteral("key"));
    auto key = pki::PrivateKey::fromPem(spec.material.keyPem);
    if (!key) {
        Error e = key.error();
        e.field = QStringLiteral("key");
        if (spec.material.keyPem.contains("ENCRYPTED"))
            e.message = Tr::tr("the private key is encrypted: a pod cannot type a passphrase, deploy the key unencrypted");
        return e;
    }
    const pki::Certificate leaf = certs->first();
    if (auto m = leaf.checkPrivateKey(key.value()); !m) {
        Error e = m.error();
        e.field = QStringLiteral("key");
        return e;
    }
    if (!spec.material.caPem.trimmed().isEmpty()) {
        auto cas = pki::Certificate::listFromPem(spec.material.caPem);
        if (!cas) {
            Error e = cas.error();
            e.field = QStringLiteral("ca");
            return e;
        }
        for (const pki::Certificate &c : cas.value())
            if (!c.isCA())
                return fieldError(Tr::tr("\"%1\" in the CA file is not a CA certificate").arg(c.subjectName().toString()),
                                  QStringLiteral("ca"));
    }
    return leaf;
}

// ---- manifest -----------------------------------------------------------------------------------

Result<QJsonObject> buildSecretManifest(const CertificateSecretSpec &spec)
{
    auto leaf = validateSpec(spec);
    if (!leaf)
        return leaf.error();
    const bool tls = spec.layout == SecretLayout::Tls;
    const SecretKeyNames names = tls ? SecretKeyNames::tls() : spec.keyNames;

    QJsonObject labels;
    labels.insert(QLatin1String(kManagedByLabel), QLatin1String(kManagedByValue));
    QJsonObject metadata;
    metadata.insert(QLatin1String("name"), spec.name);
    metadata.insert(QLatin1String("namespace"), spec.namespace_);
    metadata.insert(QLatin1String("labels"), labels);
    metadata.insert(QLatin1String("annotations"), provenanceAnnotations(leaf.value()));

    auto b64 = [](const QByteArray &raw) { return QString::fromLatin1(raw.toBase64()); };
    QJsonObject data;
    data.insert(names.cert, b64(spec.material.certPem));
    data.insert(names.key, b64(spec.material.keyPem));
    if (!names.ca.isEmpty() && !spec.material.caPem.trimmed().isEmpty())
        data.insert(names.ca, b64(spec.material.caPem));

    QJsonObject o;
    o.insert(QLatin1String("apiVersion"), QLatin1String("v1"));
    o.insert(QLatin1String("kind"), QLatin1String("Secret"));
    o.insert(QLatin1String("metadata"), metadata);
    o.insert(QLatin1String("type"), tls ? QLatin1String("kubernetes.io/tls") : QLatin1String("Opaque"));
    o.insert(QLatin1String("data"), data);
    return o;
}

QStringList privateKeyDataKeys(const QJsonObject &secret)
{
    QStringList out;
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it)
        if (holdsPrivateKey(decodeData(it.value())))
            out << it.key();
    return out;
}

QString secretManifestYaml(const QJsonObject &manifest, bool redactKeys)
{
    yaml::EmitOptions options;
    if (redactKeys) {
        const QStringList keys = privateKeyDataKeys(manifest);
        options.redactData = [keys](const QString &key, const QJsonValue &value) -> QJsonValue {
            if (!keys.contains(key))
                return value;
            const qsizetype bytes = decodeData(value).size();
            return QObject::tr("<redacted: private key, %1 bytes>", "secret preview").arg(bytes);
        };
    }
    return yaml::fromObject(manifest, options);
}

Error describeSecretWriteError(const Error &error, const QString &ns, const QString &name)
{
    Error e = error;
    const QString what = QStringLiteral("%1/%2").arg(ns, name);
    const QString server = error.message;
    if (error.httpStatus == 403 || error.reason == u"Forbidden") {
        e.message = Tr::tr("not allowed to write Secret %1: your account has no create/patch rights on secrets in "
                       "namespace \"%2\" (server: %3)")
                        .arg(what, ns, server);
    } else if (error.httpStatus == 404 || error.reason == u"NotFound") {
        if (server.contains(QLatin1String("namespaces")))
            e.message = Tr::tr("namespace \"%1\" does not exist (server: %2)").arg(ns, server);
        else
            e.message = Tr::tr("Secret %1 does not exist (server: %2)").arg(what, server);
    } else if (error.httpStatus == 422 || error.reason == u"Invalid") {
        e.message = Tr::tr("the server rejected Secret %1 as invalid%2: %3")
                        .arg(what, error.field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.field), server);
    } else if (error.httpStatus == 409 || error.reason == u"Conflict") {
        // an apply conflict names FieldManagerConflict causes; older servers only said so in words
        if (apiFailure(error) == ApiFailure::FieldManagerConflict || server.contains(QLatin1String("Apply failed"))
            || server.contains(QLatin1String("conflict with")))
            e.message = Tr::tr("fields of Secret %1 are managed by another tool; apply with force to take them over "
                           "(server: %2)")
                            .arg(what, server);
        else
            e.message = Tr::tr("Secret %1 changed since it was read; nothing was written. Read it again and retry "
                           "(server: %2)")
                            .arg(what, server);
    } else if (error.httpStatus == 0 && e.message.isEmpty()) {
        e.message = Tr::tr("could not reach the cluster to write Secret %1").arg(what);
    }
    return e;
}

void applyCertificateSecret(ClusterConnection *connection, const CertificateSecretSpec &spec,
                            const SecretApplyOptions &options, QObject *context, SecretWriteCallback done)
{
    auto manifest = buildSecretManifest(spec);
    if (!manifest) {
        postLater<SecretWriteResult>(context, std::move(done), manifest.error());
        return;
    }
    ObjectClient(connection).apply(secretType(), manifest.value(), WriteOptions{options.dryRun, options.force}, context,
                                   [done = std::move(done), dry = options.dryRun, ns = spec.namespace_,
                                    name = spec.name](const Result<KubeObject> &answer) {
                                       done(writeResultFrom(answer, dry, ns, name));
                                   });
}

// ---- renewal ------------------------------------------------------------------------------------

Result<SecretCertificateSlots> findCertificateSlots(const QJsonObject &secret, const QString &preferredCertKey)
{
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    const QString type = secret.value(QLatin1String("type")).toString();
    const QString where = secret.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QStringList leafKeys, caKeys, keyKeys;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QByteArray raw = decodeData(it.value());
        if (holdsPrivateKey(raw)) {
            keyKeys << it.key();
        } else if (holdsCertificate(raw)) {
            auto certs = pki::Certificate::listFromPem(raw);
            if (!certs)
                continue;
            (certs->first().isCA() ? caKeys : leafKeys) << it.key();
        }
    }
    SecretCertificateSlots slots;
    if (!preferredCertKey.isEmpty()) {
        if (!leafKeys.contains(preferredCertKey))
            return fieldError(Tr::tr("key \"%1\" of secret \"%2\" holds no leaf certificate").arg(preferredCertKey, where),
                              QStringLiteral("certKey"));
        slots.certKey = preferredCertKey;
    } else if (type == u"kubernetes.io/tls" && leafKeys.contains(QStringLiteral("tls.crt"))) {
        slots.certKey = QStringLiteral("tls.crt");
    } else if (leafKeys.size() == 1) {
        slots.certKey = leafKeys.first();
    } else if (leafKeys.isEmpty()) {
        return fieldError(Tr::tr("secret \"%1\" holds no leaf certificate to renew").arg(where), QStringLiteral("data"));
    } else {
        return fieldError(Tr::tr("secret \"%1\" holds several certificates (%2): choose one").arg(where, leafKeys.join(QStringLiteral(", "))),
                          QStringLiteral("certKey"));
    }
    const pki::Certificate leaf = pki::Certificate::fromPem(decodeData(data.value(slots.certKey))).value();
    for (const QString &k : std::as_const(keyKeys)) {
        auto key = pki::PrivateKey::fromPem(decodeData(data.value(k)));
        if (key && leaf.checkPrivateKey(key.value())) {
            slots.keyKey = k;
            break;
        }
    }
    if (type == u"kubernetes.io/tls" && caKeys.contains(QStringLiteral("ca.crt")))
        slots.caKey = QStringLiteral("ca.crt");
    else if (!caKeys.isEmpty())
        slots.caKey = caKeys.first();
    return slots;
}

Result<SecretRenewal> planSecretRenewal(const QJsonObject &secret, const pki::CertificateAuthority &ca,
                                        const SecretRenewalOptions &options, const pki::Clock &clock)
{
    auto slots = findCertificateSlots(secret, options.certKey);
    if (!slots)
        return slots.error();
    const QJsonObject meta = secret.value(QLatin1String("metadata")).toObject();
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    SecretRenewal plan;
    plan.namespace_ = meta.value(QLatin1String("namespace")).toString();
    plan.name = meta.value(QLatin1String("name")).toString();
    plan.resourceVersion = meta.value(QLatin1String("resourceVersion")).toString();
    plan.secret = secret;
    plan.slots = slots.value();
    auto old = pki::Certificate::fromPem(decodeData(data.value(plan.slots.certKey)));
    if (!old)
        return old.error();
    plan.oldCertificate = old.value();
    if (plan.slots.keyKey.isEmpty())
        return fieldError(Tr::tr("secret \"%1\" holds no private key matching \"%2\": there is nowhere to put the renewed "
                             "key")
                              .arg(plan.name, plan.slots.certKey),
                          QStringLiteral("data"));

    pki::RenewOptions ro;
    ro.validityDays = options.validityDays;
    ro.allowDifferentIssuer = options.allowDifferentIssuer;
    pki::PrivateKey existing;
    if (options.newKey) {
        ro.newKeyType = options.keyType ? options.keyType : plan.oldCertificate.keyType();
        if (!ro.newKeyType)
            return fieldError(Tr::tr("the certificate in secret \"%1\" has a %2 key, which FedConsole does not generate: "
                                 "choose the new key's type")
                                  .arg(plan.name, plan.oldCertificate.info().keyAlgorithm),
                              QStringLiteral("keyType"));
    } else {
        auto k = pki::PrivateKey::fromPem(decodeData(data.value(plan.slots.keyKey)));
        if (!k)
            return k.error();
        existing = std::move(k).value();
        ro.existingKey = &existing;
    }
    auto renewed = ca.renew(plan.oldCertificate, ro, clock);
    if (!renewed)
        return renewed.error();
    plan.renewed = std::move(renewed).value();
    plan.reissued = !plan.oldCertificate.isIssuedBy(ca.certificate());
    plan.newData.insert(plan.slots.certKey, plan.renewed.certificateWithIntermediatesPem());
    if (options.newKey) {
        // the encoding the secret used (a FLARE/OpenFL kit's traditional RSA/EC key stays one)
        const QByteArray oldKey = decodeData(data.value(plan.slots.keyKey));
        const bool traditional = oldKey.contains("-----BEGIN RSA PRIVATE KEY-----") || oldKey.contains("-----BEGIN EC PRIVATE KEY-----");
        auto pem = traditional ? plan.renewed.key.toTraditionalPem() : plan.renewed.key.toPem();
        if (!pem)
            return pem.error();
        plan.newData.insert(plan.slots.keyKey, pem.value());
    }
    if (!plan.slots.caKey.isEmpty() && !plan.renewed.chain.isEmpty())
        plan.newData.insert(plan.slots.caKey, plan.renewed.chain.last().toPem());
    return plan;
}

QJsonObject renewedSecret(const SecretRenewal &renewal)
{
    QJsonObject secret = renewal.secret;
    QJsonObject data = secret.value(QLatin1String("data")).toObject();
    for (auto it = renewal.newData.begin(); it != renewal.newData.end(); ++it)
        data.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    secret.insert(QLatin1String("data"), data);
    QJsonObject meta = secret.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    const QJsonObject provenance = provenanceAnnotations(renewal.renewed.certificate);
    for (auto it = provenance.begin(); it != provenance.end(); ++it)
        annotations.insert(it.key(), it.value());
    meta.insert(QLatin1String("annotations"), annotations);
    secret.insert(QLatin1String("metadata"), meta);
    return secret;
}

QByteArray secretRenewalPatch(const SecretRenewal &renewal)
{
    editors::EditableDocument document(nullptr, secretType());
    document.load(renewal.secret);
    document.setEdited(renewedSecret(renewal), QString());
    return QJsonDocument(document.patchToWrite()).toJson(QJsonDocument::Compact);
}

void readSecret(ClusterConnection *connection, const QString &ns, const QString &name, QObject *context,
                SecretReadCallback done)
{
    ObjectClient(connection).get(secretType(), ns, name, context, [done = std::move(done), ns, name](const Result<KubeObject> &answer) {
        if (!answer) {
            Error e = answer.error();
            if (apiFailure(e) == ApiFailure::NotFound)
                e.message = Tr::tr("Secret %1/%2 not found").arg(ns, name);
            done(e);
            return;
        }
        done(answer->json);
    });
}

void applySecretRenewal(ClusterConnection *connection, const SecretRenewal &renewal, QObject *context,
                        SecretWriteCallback done)
{
    if (renewal.resourceVersion.isEmpty() || renewal.secret.isEmpty()) {
        // without a precondition a concurrent edit could be overwritten
        postLater<SecretWriteResult>(context, std::move(done),
                                     makeError(Tr::tr("the renewal has no resourceVersion to write against")));
        return;
    }
    // an edit of the secret as it was read: the replaced keys and the provenance annotations,
    // written as a merge patch with the read resourceVersion (a concurrent edit is a conflict)
    auto client = std::make_shared<ObjectClient>(connection);
    auto *document = new editors::EditableDocument(client.get(), secretType(), context);
    document->load(renewal.secret);
    document->setEdited(renewedSecret(renewal), Tr::tr("Renew the certificate"));
    document->apply({}, [client, document, done = std::move(done), ns = renewal.namespace_,
                         name = renewal.name](const editors::EditableDocument::Outcome &outcome) {
        document->deleteLater();
        using Kind = editors::EditableDocument::Outcome::Kind;
        if (outcome.kind != Kind::Applied) {
            done(describeSecretWriteError(outcome.error, ns, name));
            return;
        }
        done(writeResultFrom(KubeObject{document->original()}, false, ns, name));
    });
}

void renewCertificateSecret(ClusterConnection *connection, const QString &ns, const QString &name,
                            const pki::CertificateAuthority &ca, const SecretRenewalOptions &options,
                            QObject *context, SecretRenewalCallback done, const pki::Clock &clock)
{
    QPointer<QObject> guard(context);
    readSecret(connection, ns, name, context,
               [connection, ca, options, guard, done = std::move(done), &clock](const Result<QJsonObject> &secret) {
                   if (!secret) {
                       done(secret.error());
                       return;
                   }
                   auto plan = planSecretRenewal(secret.value(), ca, options, clock);
                   if (!plan) {
                       done(plan.error());
                       return;
                   }
                   if (!guard)
                       return;
                   const SecretRenewal renewal = plan.value();
                   applySecretRenewal(connection, renewal, guard, [done, renewal](const Result<SecretWriteResult> &w) {
                       if (!w) {
                           done(w.error());
                           return;
                       }
                       SecretRenewal written = renewal;
                       written.resourceVersion = w->resourceVersion;
                       done(written);
                   });
               });
}

} // namespace fc
