#pragma once

#include "backend/core/Result.h"
#include "backend/pki/OpenSslHandles.h"

#include <QByteArray>
#include <QString>

namespace fc::pki {

enum class KeyType { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384, Ed25519 };

/// "rsa2048", "ec-p256", "ed25519"… — the spelling the CLI and stored metadata use.
QString keyTypeName(KeyType type);
std::optional<KeyType> keyTypeFromName(const QString &name);

/// How an encrypted PKCS#8 key derives its AES-256-CBC key from the passphrase.
enum class KeyDerivation {
    Scrypt, ///< scrypt N=2^14, r=8, p=1 (the default: memory-hard)
    Pbkdf2, ///< PBKDF2-HMAC-SHA256, 310 000 iterations
};

/// An owned private key (EVP_PKEY). Copies share the (immutable) key through OpenSSL's reference count.
class PrivateKey {
public:
    PrivateKey() = default;
    explicit PrivateKey(PKeyPtr key) : m_key(std::move(key)) {}
    PrivateKey(const PrivateKey &other) : PrivateKey(other.clone()) {}
    PrivateKey &operator=(const PrivateKey &other)
    {
        if (this != &other)
            m_key = other.clone().m_key;
        return *this;
    }
    PrivateKey(PrivateKey &&) noexcept = default;
    PrivateKey &operator=(PrivateKey &&) noexcept = default;

    static Result<PrivateKey> generate(KeyType type);
    /// PEM private key: PKCS#8 (plain or ENCRYPTED), or a traditional RSA/EC key.
    /// A wrong or missing passphrase is reported as such, distinct from malformed PEM.
    static Result<PrivateKey> fromPem(const QByteArray &pem, const QByteArray &passphrase = {});

    bool isNull() const { return !m_key; }
    EVP_PKEY *get() const { return m_key.get(); }
    PrivateKey clone() const;

    /// PKCS#8 PEM. Empty passphrase → plain "PRIVATE KEY"; otherwise "ENCRYPTED PRIVATE KEY"
    /// with AES-256-CBC and the chosen KDF.
    Result<QByteArray> toPem(const QByteArray &passphrase = {},
                             KeyDerivation kdf = KeyDerivation::Scrypt) const;
    /// The "traditional" unencrypted PEM that Python's cryptography writes as TraditionalOpenSSL
    /// (what NVIDIA FLARE's and OpenFL's tools put into kits): PKCS#1 "RSA PRIVATE KEY" or SEC1
    /// "EC PRIVATE KEY". Ed25519 has no such form: PKCS#8, as those tools would write it.
    Result<QByteArray> toTraditionalPem() const;
    QByteArray publicKeyPem() const;

    /// "RSA", "EC", "Ed25519".
    QString algorithm() const;
    int bits() const;
    bool isRsa() const;
    /// Message digest to sign with: SHA-384 for P-384, none for Ed25519, SHA-256 otherwise.
    const EVP_MD *signingDigest() const;

    /// True when both hold the same public key.
    bool samePublicKey(EVP_PKEY *other) const;

private:
    PKeyPtr m_key;
};

} // namespace fc::pki
