#pragma once

#include "backend/core/Result.h"
#include "backend/core/Wipe.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace fc {

class ClusterConnection;

/// How certificate material is laid out in a Secret: `kubernetes.io/tls` (tls.crt, tls.key,
/// optional ca.crt) or an `Opaque` secret with key names a framework expects.
enum class SecretLayout { Tls, Generic };

/// Data keys of the certificate (leaf + intermediates), the private key and the CA certificate.
/// An empty ca leaves the CA out of the secret.
struct SecretKeyNames {
    QString cert;
    QString key;
    QString ca;
    bool operator==(const SecretKeyNames &) const = default;
    static SecretKeyNames tls();
};

/// Key names a framework mounts (matching backend/pki/FrameworkPresets) and the secret name its
/// chart looks for.
struct SecretKeyPreset {
    QString id;          ///< "tls", "flare-server", "openfl-envoy", …
    QString label;       ///< shown in the dialog
    SecretLayout layout = SecretLayout::Generic;
    SecretKeyNames names;
    QString secretName;  ///< the chart's default secret name, empty when there is none
};
QList<SecretKeyPreset> secretKeyPresets();
std::optional<SecretKeyPreset> secretKeyPreset(const QString &id);

/// The PEM text that goes into the secret.
struct SecretMaterial {
    QByteArray certPem; ///< leaf, optionally followed by intermediates
    QByteArray keyPem;  ///< unencrypted private key (pods cannot type passphrases)
    QByteArray caPem;   ///< root CA certificate; may be empty
    /// Leaf + intermediates and the chain's root, as FrameworkPresets lays them out.
    static Result<SecretMaterial> fromIssued(const pki::IssuedCertificate &issued);
    /// The same layout from PEM parts: chain = the issuers, nearest first, root last.
    static SecretMaterial fromParts(const QByteArray &certPem, const QByteArray &keyPem,
                                    const QList<pki::Certificate> &chain);
    /// The last copy to go overwrites the key's bytes (see wipe()).
    ~SecretMaterial() { wipe(keyPem); }
};

/// Everything needed to write one certificate secret.
struct CertificateSecretSpec {
    QString namespace_;
    QString name;
    SecretLayout layout = SecretLayout::Tls;
    SecretKeyNames keyNames = SecretKeyNames::tls(); ///< ignored (always tls.*) for SecretLayout::Tls
    SecretMaterial material;
};

// Labels and annotations FedConsole puts on the secrets it writes.
inline constexpr char kManagedByLabel[] = "app.kubernetes.io/managed-by";
inline constexpr char kManagedByValue[] = "fedconsole";
inline constexpr char kSerialAnnotation[] = "fedconsole.io/certificate-serial";
inline constexpr char kFingerprintAnnotation[] = "fedconsole.io/certificate-sha256";
inline constexpr char kSubjectAnnotation[] = "fedconsole.io/certificate-subject";
inline constexpr char kNotAfterAnnotation[] = "fedconsole.io/certificate-not-after";

/// RFC 1123 label (namespaces), DNS subdomain (secret names), and Secret data keys
/// ([-._a-zA-Z0-9]+, ≤ 253, not "." or ".."). The error names the field and the rule.
Result<void> validateNamespaceName(const QString &ns);
Result<void> validateSecretName(const QString &name);
Result<void> validateSecretDataKey(const QString &key, const QString &field = QStringLiteral("key"));
/// Key names for a layout: all valid, cert and key present and distinct.
Result<void> validateKeyNames(const SecretKeyNames &names);

/// Checks everything that can be checked without the server: names, key names, the PEM texts
/// parse, and the private key belongs to the certificate. Returns the leaf certificate.
Result<pki::Certificate> validateSpec(const CertificateSecretSpec &spec);

/// A Secret object ready for server-side apply (apiVersion, kind, metadata with the managed-by label
/// and provenance annotations, type, base64 data). Runs validateSpec first: nothing is built from
/// bad input.
Result<QJsonObject> buildSecretManifest(const CertificateSecretSpec &spec);

/// The manifest as YAML for people to read. With redactKeys, the value of every data key that
/// holds a private key is replaced by a placeholder (never the base64 of the key).
QString secretManifestYaml(const QJsonObject &manifest, bool redactKeys = true);

/// The data keys of a manifest (or Secret object) whose value decodes to a private key.
QStringList privateKeyDataKeys(const QJsonObject &secret);

/// An API error rephrased for someone writing a secret: who was refused what (forbidden), which
/// field the server rejected (invalid), which manager owns a field (conflict), a missing namespace.
Error describeSecretWriteError(const Error &error, const QString &ns, const QString &name);

/// What the server answered to an apply (or dry run).
struct SecretWriteResult {
    QString resourceVersion;
    QString uid;
    bool dryRun = false;
    QStringList dataKeys; ///< the keys the resulting secret holds
};

struct SecretApplyOptions {
    bool dryRun = false;
    bool force = false; ///< take ownership of fields another manager set (apply's force=true)
};

using SecretWriteCallback = std::function<void(const Result<SecretWriteResult> &)>;

/// Server-side apply of the spec's secret (fieldManager "fedconsole"). Validation errors are
/// reported through `done` (queued to context) and nothing is sent.
void applyCertificateSecret(ClusterConnection *connection, const CertificateSecretSpec &spec,
                            const SecretApplyOptions &options, QObject *context, SecretWriteCallback done);

// ---- renewing the certificate a secret holds ----------------------------------------------------

/// Which data keys of a secret hold the certificate, its key and the CA.
struct SecretCertificateSlots {
    QString certKey;
    QString keyKey; ///< empty when the secret has no matching private key
    QString caKey;  ///< empty when the secret has no CA certificate
};

/// Finds the slots: tls.crt/tls.key/ca.crt for a TLS secret; otherwise the key holding a leaf
/// certificate (preferredCertKey picks one when there are several), the key whose private key
/// matches that leaf, and a key holding only CA certificates.
Result<SecretCertificateSlots> findCertificateSlots(const QJsonObject &secret, const QString &preferredCertKey = {});

struct SecretRenewalOptions {
    bool newKey = true;            ///< false: keep the key the secret holds
    /// For a new key; unset: the type of the key being replaced (an RSA 4096 party stays RSA 4096).
    std::optional<pki::KeyType> keyType;
    /// Re-issue under a CA that did not issue the secret's certificate (see pki::RenewOptions).
    bool allowDifferentIssuer = false;
    int validityDays = 365;
    QString certKey;               ///< choose among several leaf certificates
};

/// A renewal computed from a secret as read: the keys to replace and the resourceVersion it is
/// based on. Applying it fails with a conflict if the secret changed since.
struct SecretRenewal {
    QString namespace_;
    QString name;
    QString resourceVersion;
    QJsonObject secret; ///< as read: what the renewal edits
    SecretCertificateSlots slots;
    pki::Certificate oldCertificate;
    pki::IssuedCertificate renewed;
    bool reissued = false; ///< the CA did not issue oldCertificate (allowDifferentIssuer was set)
    QMap<QString, QByteArray> newData; ///< data key → raw (not base64) value
};

/// Renews the secret's certificate with ca (same subject and SANs). With options.newKey false the
/// private key is the one stored in the secret. Pure: nothing is sent.
Result<SecretRenewal> planSecretRenewal(const QJsonObject &secret, const pki::CertificateAuthority &ca,
                                        const SecretRenewalOptions &options, const pki::Clock &clock = pki::Clock::system());

/// The secret as the renewal leaves it: the replaced data keys and the provenance annotations.
QJsonObject renewedSecret(const SecretRenewal &renewal);
/// The merge patch applySecretRenewal() sends (an EditableDocument's, from the secret as read to
/// renewedSecret()): only the replaced data keys and annotations, with metadata.resourceVersion
/// as the precondition.
QByteArray secretRenewalPatch(const SecretRenewal &renewal);

using SecretReadCallback = std::function<void(const Result<QJsonObject> &)>;
/// GET of one secret (data included).
void readSecret(ClusterConnection *connection, const QString &ns, const QString &name, QObject *context,
                SecretReadCallback done);
/// Writes a planned renewal (merge patch with the resourceVersion precondition).
void applySecretRenewal(ClusterConnection *connection, const SecretRenewal &renewal, QObject *context,
                        SecretWriteCallback done);

using SecretRenewalCallback = std::function<void(const Result<SecretRenewal> &)>;
/// Read → plan → write: rolls a renewed certificate into the secret it came from. clock must
/// outlive the call (the default, the system clock, does).
void renewCertificateSecret(ClusterConnection *connection, const QString &ns, const QString &name,
                            const pki::CertificateAuthority &ca, const SecretRenewalOptions &options,
                            QObject *context, SecretRenewalCallback done,
                            const pki::Clock &clock = pki::Clock::system());

} // namespace fc
