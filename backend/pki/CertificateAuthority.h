#pragma once

#include "backend/core/ParallelFor.h"
#include "backend/core/Result.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/CertificateRequest.h"
#include "backend/pki/Clock.h"
#include "backend/pki/PrivateKey.h"

#include <QList>

#include <optional>
#include <vector>

namespace fc::pki {

enum class LeafUsage { Server, Client, ServerAndClient };
QString leafUsageName(LeafUsage usage); ///< "server", "client", "both"
std::optional<LeafUsage> leafUsageFromName(const QString &name);

/// What a new root or intermediate CA looks like.
struct CaRequest {
    DistinguishedName subject;
    KeyType keyType = KeyType::EcP384;
    int validityDays = 3650;
    int pathLength = -1; ///< basicConstraints pathlen; -1 leaves it unlimited
};

/// What a new leaf certificate looks like.
struct LeafRequest {
    DistinguishedName subject;
    SubjectAltNames sans;
    LeafUsage usage = LeafUsage::Server;
    KeyType keyType = KeyType::EcP256;
    int validityDays = 365;
};

/// A freshly issued certificate with its key and the issuer chain (issuer first, root last).
struct IssuedCertificate {
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> chain;

    /// PEM of the certificate followed by its intermediates (the chain without the root): what a
    /// server presents, and what goes into a kit's or a secret's certificate file.
    QByteArray certificateWithIntermediatesPem() const;
};

/// How renew() treats the key: a new key of the given type, or the existing key kept.
struct RenewOptions {
    int validityDays = 365;
    std::optional<KeyType> newKeyType; ///< set → generate a new key of this type
    const PrivateKey *existingKey = nullptr; ///< used when newKeyType is unset
    /// renew() refuses a certificate this CA did not issue (a different CA would re-root the
    /// party, and its peers would stop trusting it) unless this is set: re-issue under this CA.
    bool allowDifferentIssuer = false;
};

/// A CA certificate with its private key, able to issue. Issuing refuses when the CA certificate
/// is not a CA, has expired (by the given clock), or does not match the key. Leaf validity is capped
/// at the CA's notAfter.
class CertificateAuthority {
public:
    CertificateAuthority() = default;
    /// chain: the CA's own issuers, nearest first (empty for a root).
    CertificateAuthority(Certificate certificate, PrivateKey key, QList<Certificate> chain = {});

    static Result<CertificateAuthority> createRoot(const CaRequest &request, const Clock &clock = Clock::system());
    /// Loads a CA from PEM; the key may be encrypted. Checks it is a CA and matches the key.
    static Result<CertificateAuthority> fromPem(const QByteArray &certPem, const QByteArray &keyPem,
                                                const QByteArray &passphrase = {});

    Result<CertificateAuthority> createIntermediate(const CaRequest &request, const Clock &clock = Clock::system()) const;
    Result<IssuedCertificate> issue(const LeafRequest &request, const Clock &clock = Clock::system()) const;
    /// Issues every request, its key generated on up to options.threads threads at once (the
    /// calling thread among them): what a batch (a federation's parties) needs when RSA keys take
    /// tenths of a second each. Results in request order, each its own success or error; once
    /// options.stop is true the requests not yet started come back as errors with reason "Cancelled".
    std::vector<Result<IssuedCertificate>> issueAll(const QList<LeafRequest> &requests, const Clock &clock = Clock::system(),
                                                    const ParallelOptions &options = {}) const;
    /// Issues for an existing key (request.keyType is ignored).
    Result<IssuedCertificate> issueForKey(const LeafRequest &request, const PrivateKey &key,
                                          const Clock &clock = Clock::system()) const;
    /// Verifies the CSR's signature first; subject and SANs are taken from the CSR.
    Result<Certificate> signRequest(const CertificateRequest &csr, LeafUsage usage, int validityDays,
                                    const Clock &clock = Clock::system()) const;
    /// Same subject, SANs and usage as old, new validity; new or existing key per options.
    Result<IssuedCertificate> renew(const Certificate &old, const RenewOptions &options,
                                    const Clock &clock = Clock::system()) const;

    /// Error unless this CA can sign now: CA flag, keyCertSign, validity, matching key.
    Result<void> checkCanIssue(const Clock &clock) const;

    const Certificate &certificate() const { return m_cert; }
    const PrivateKey &key() const { return m_key; }
    /// This CA's certificate followed by its issuers up to the root.
    QList<Certificate> chain() const;
    /// The self-signed end of the chain (this certificate for a root).
    Certificate root() const;

private:
    Certificate m_cert;
    PrivateKey m_key;
    QList<Certificate> m_issuers;
};

} // namespace fc::pki
