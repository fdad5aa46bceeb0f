#pragma once

#include "backend/core/Result.h"
#include "backend/pki/OpenSslHandles.h"
#include "backend/pki/PrivateKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fc::pki {

/// The subject fields FedConsole sets. Empty fields are left out of the X.509 name.
struct DistinguishedName {
    QString commonName;
    QString organization;
    QString organizationalUnit;
    QString country;   ///< two letters
    QString state;
    QString locality;
    QString unstructuredName; ///< NVIDIA FLARE carries the admin role here

    bool operator==(const DistinguishedName &) const = default;
    /// "CN=…,O=…" (RFC 2253 order is reversed; this is the readable order).
    QString toString() const;
};

/// subjectAltName entries. validate() names the first bad entry.
struct SubjectAltNames {
    QStringList dns;
    QStringList ips;
    QStringList emails; ///< rfc822Name
    QStringList uris;   ///< uniformResourceIdentifier (SPIFFE IDs and the like)

    bool isEmpty() const { return dns.isEmpty() && ips.isEmpty() && emails.isEmpty() && uris.isEmpty(); }
    bool operator==(const SubjectAltNames &) const = default;
    Result<void> validate() const;
    /// "DNS:a, IP:1.2.3.4, email:x@y, URI:spiffe://…" as openssl prints it.
    QString toString() const;
};

/// True for a syntactically valid DNS name (labels 1–63 of [A-Za-z0-9-], no leading/trailing '-',
/// ≤ 253 characters, optional leading "*." wildcard).
bool isValidDnsName(const QString &name);
bool isValidIpAddress(const QString &ip);
/// An addr-spec with one '@', printable ASCII, no spaces (rfc822Name is an IA5String).
bool isValidEmailAddress(const QString &email);
/// An absolute URI (scheme and the rest), printable ASCII.
bool isValidUri(const QString &uri);
/// Adds one SAN typed by a person or a CLI flag to sans: openssl's prefixes ("DNS:", "IP:",
/// "email:", "URI:", any case) say the kind; without one, "scheme://…" is a URI, a name with '@'
/// an e-mail address, digits and dots or a ':' an IP address, anything else a DNS name. A
/// duplicate is dropped; an invalid entry is an error naming it (reason "BadSan").
Result<void> addSubjectAltName(SubjectAltNames &sans, const QString &entry);

/// Everything the UI and CLI show about a certificate, as plain values.
struct CertificateInfo {
    QString subject;          ///< readable "CN=…, O=…"
    QString issuer;
    DistinguishedName subjectName;
    SubjectAltNames sans;
    QString serialHex;        ///< upper-case hex, no separators
    QDateTime notBefore;      ///< UTC
    QDateTime notAfter;       ///< UTC
    bool isCA = false;
    int pathLength = -1;      ///< basicConstraints pathlen, -1 when absent
    QString keyAlgorithm;     ///< RSA, EC, Ed25519
    int keyBits = 0;
    QString sha256Fingerprint; ///< "AB:CD:…"
    QStringList keyUsage;     ///< digitalSignature, keyEncipherment, keyCertSign, cRLSign…
    QStringList extendedKeyUsage; ///< serverAuth, clientAuth…
    bool selfSigned = false;
};

/// An owned X.509 certificate. Copies share the underlying X509 (reference counted).
class Certificate {
public:
    Certificate() = default;
    explicit Certificate(X509Ptr cert) : m_cert(std::move(cert)) {}
    Certificate(const Certificate &other);
    Certificate &operator=(const Certificate &other);
    Certificate(Certificate &&) noexcept = default;
    Certificate &operator=(Certificate &&) noexcept = default;

    /// The first certificate in a PEM text.
    static Result<Certificate> fromPem(const QByteArray &pem);
    /// Every certificate in a PEM text (a chain or bundle); error if there is none.
    static Result<QList<Certificate>> listFromPem(const QByteArray &pem);
    static Result<Certificate> fromDer(const QByteArray &der);

    bool isNull() const { return !m_cert; }
    X509 *get() const { return m_cert.get(); }

    QByteArray toPem() const;
    QByteArray toDer() const;
    CertificateInfo info() const;

    DistinguishedName subjectName() const;
    SubjectAltNames subjectAltNames() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isCA() const;
    bool hasServerAuth() const;
    bool hasClientAuth() const;
    QString serialHex() const;
    QString sha256Fingerprint() const;
    /// The key type FedConsole would generate for a key like this certificate's (RSA sizes
    /// rounded up to 2048/3072/4096); none for RSA above 4096 bits and for a curve or
    /// algorithm it does not generate.
    std::optional<KeyType> keyType() const;
    /// True when `issuer` signed this certificate: names and key identifiers match and the
    /// signature verifies with the issuer's public key.
    bool isIssuedBy(const Certificate &issuer) const;

    /// Error (naming the certificate's subject) unless key is this certificate's private key.
    Result<void> checkPrivateKey(const PrivateKey &key) const;
    bool operator==(const Certificate &other) const;

private:
    X509Ptr m_cert;
};

/// Helpers shared by the pki sources.
QDateTime asn1TimeToUtc(const ASN1_TIME *t);
DistinguishedName distinguishedNameFrom(const X509_NAME *name);
QString nameToString(const X509_NAME *name);
SubjectAltNames subjectAltNamesFrom(const GENERAL_NAMES *names);
/// Builds an X509_NAME; error if no field is set or a field is invalid (C must be 2 letters).
Result<X509_NAME *> buildX509Name(const DistinguishedName &dn);
/// Builds GENERAL_NAMES after validation; caller frees with GENERAL_NAMES_free.
Result<GENERAL_NAMES *> buildGeneralNames(const SubjectAltNames &sans);

} // namespace fc::pki
