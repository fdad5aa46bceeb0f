#include "backend/pki/PrivateKey.h"

#include "backend/pki/RsaKeyGeneration.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace fc::pki {

namespace {

struct Pkcs8InfDeleter { void operator()(PKCS8_PRIV_KEY_INFO *p) const { PKCS8_PRIV_KEY_INFO_free(p); } };
struct X509SigDeleter { void operator()(X509_SIG *p) const { X509_SIG_free(p); } };
struct AlgorDeleter { void operator()(X509_ALGOR *p) const { X509_ALGOR_free(p); } };

int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    const auto *pass = static_cast<const QByteArray *>(userdata);
    if (!pass || pass->isEmpty())
        return -1; // no passphrase: fail rather than prompt on a terminal
    const int n = int(std::min<qsizetype>(pass->size(), size));
    memcpy(buf, pass->constData(), size_t(n));
    return n;
}

bool looksEncrypted(const QByteArray &pem)
{
    return pem.contains("BEGIN ENCRYPTED PRIVATE KEY") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

} // namespace

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048: return QStringLiteral("rsa2048");
    case KeyType::Rsa3072: return QStringLiteral("rsa3072");
    case KeyType::Rsa4096: return QStringLiteral("rsa4096");
    case KeyType::EcP256: return QStringLiteral("ec-p256");
    case KeyType::EcP384: return QStringLiteral("ec-p384");
    case KeyType::Ed25519: return QStringLiteral("ed25519");
    }
    return {};
}

std::optional<KeyType> keyTypeFromName(const QString &name)
{
    for (KeyType t : {KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096, KeyType::EcP256,
                      KeyType::EcP384, KeyType::Ed25519}) {
        if (keyTypeName(t).compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

Result<PrivateKey> PrivateKey::generate(KeyType type)
{
    clearOpensslErrors();
    EVP_PKEY *key = nullptr;
    switch (type) {
    case KeyType::Rsa2048:
    case KeyType::Rsa3072:
    case KeyType::Rsa4096: {
        auto rsa = generateRsaKey(type == KeyType::Rsa2048 ? 2048 : type == KeyType::Rsa3072 ? 3072 : 4096);
        if (!rsa)
            return rsa.error();
        return PrivateKey(std::move(rsa).value());
    }
    case KeyType::EcP256: key = EVP_EC_gen("P-256"); break;
    case KeyType::EcP384: key = EVP_EC_gen("P-384"); break;
    case KeyType::Ed25519: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); break;
    }
    if (!key)
        return opensslError(QStringLiteral("cannot generate %1 key").arg(keyTypeName(type)));
    return PrivateKey(PKeyPtr(key));
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    if (!pem.contains("-----BEGIN "))
        return makeError(QStringLiteral("not a PEM private key: no \"-----BEGIN\" line"));
    if (!pem.contains("PRIVATE KEY-----"))
        return makeError(QStringLiteral("PEM does not hold a private key (expected \"BEGIN PRIVATE KEY\" or \"BEGIN ENCRYPTED PRIVATE KEY\")"));
    const bool encrypted = looksEncrypted(pem);
    if (encrypted && passphrase.isEmpty()) {
        Error e = makeError(QStringLiteral("the private key is encrypted: a passphrase is required"));
        e.reason = QStringLiteral("PassphraseRequired");
        return e;
    }
    clearOpensslErrors();
    BioPtr bio = memoryBio(pem);
    QByteArray pass = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass);
    if (!key) {
        if (encrypted) {
            clearOpensslErrors();
            Error e = makeError(QStringLiteral("wrong passphrase for the encrypted private key"));
            e.reason = QStringLiteral("WrongPassphrase");
            return e;
        }
        Error e = opensslError(QStringLiteral("malformed PEM private key"));
        e.reason = QStringLiteral("MalformedPem");
        return e;
    }
    return PrivateKey(PKeyPtr(key));
}

PrivateKey PrivateKey::clone() const
{
    if (!m_key)
        return {};
    EVP_PKEY_up_ref(m_key.get());
    return PrivateKey(PKeyPtr(m_key.get()));
}

Result<QByteArray> PrivateKey::toPem(const QByteArray &passphrase, KeyDerivation kdf) const
{
    if (!m_key)
        return makeError(QStringLiteral("no private key"));
    clearOpensslErrors();
    BioPtr bio = memoryBio();
    if (passphrase.isEmpty()) {
        // OpenSSL 3 writes PKCS#8 ("BEGIN PRIVATE KEY") here.
        if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
            return opensslError(QStringLiteral("cannot encode private key"));
        return bioContents(bio.get());
    }
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8InfDeleter> inf(EVP_PKEY2PKCS8(m_key.get()));
    if (!inf)
        return opensslError(QStringLiteral("cannot encode private key as PKCS#8"));
    std::unique_ptr<X509_ALGOR, AlgorDeleter> pbe;
    if (kdf == KeyDerivation::Scrypt)
        pbe.reset(PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, 1 << 14, 8, 1));
    else
        pbe.reset(PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), 310000, nullptr, 0, nullptr, NID_hmacWithSHA256));
    if (!pbe)
        return opensslError(QStringLiteral("cannot set up key encryption"));
    X509_SIG *sig = PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), inf.get(), pbe.get());
    if (!sig)
        return opensslError(QStringLiteral("cannot encrypt private key"));
    pbe.release(); // now owned by sig
    std::unique_ptr<X509_SIG, X509SigDeleter> p8(sig);
    if (PEM_write_bio_PKCS8(bio.get(), p8.get()) != 1)
        return opensslError(QStringLiteral("cannot encode encrypted private key"));
    return bioContents(bio.get());
}

Result<QByteArray> PrivateKey::toTraditionalPem() const
{
    if (!m_key)
        return makeError(QStringLiteral("no private key"));
    const int id = EVP_PKEY_get_base_id(m_key.get());
    if (id != EVP_PKEY_RSA && id != EVP_PKEY_EC)
        return toPem();
    clearOpensslErrors();
    BioPtr bio = memoryBio();
    if (PEM_write_bio_PrivateKey_traditional(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError(QStringLiteral("cannot encode the private key in its traditional form"));
    return bioContents(bio.get());
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    BioPtr bio = memoryBio();
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return bioContents(bio.get());
}

QString PrivateKey::algorithm() const
{
    if (!m_key)
        return {};
    switch (EVP_PKEY_get_base_id(m_key.get())) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_EC: return QStringLiteral("EC");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    default: return QString::fromLatin1(EVP_PKEY_get0_type_name(m_key.get()));
    }
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

bool PrivateKey::isRsa() const
{
    return m_key && EVP_PKEY_get_base_id(m_key.get()) == EVP_PKEY_RSA;
}

const EVP_MD *PrivateKey::signingDigest() const
{
    if (!m_key)
        return nullptr;
    const int id = EVP_PKEY_get_base_id(m_key.get());
    if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448)
        return nullptr;
    if (id == EVP_PKEY_EC && EVP_PKEY_get_bits(m_key.get()) >= 384)
        return EVP_sha384();
    return EVP_sha256();
}

bool PrivateKey::samePublicKey(EVP_PKEY *other) const
{
    return m_key && other && EVP_PKEY_eq(m_key.get(), other) == 1;
}

} // namespace fc::pki
