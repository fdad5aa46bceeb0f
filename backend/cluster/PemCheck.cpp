#include "backend/cluster/PemCheck.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace fc::pemcheck {
namespace {

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

BioPtr memBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// The OpenSSL error queue is per thread; drain it so a later, unrelated call does not report
// our leftovers, and keep the first reason as the human-readable one.
QString takeOpenSslError()
{
    QString text;
    while (const unsigned long e = ERR_get_error()) {
        if (text.isEmpty()) {
            const char *reason = ERR_reason_error_string(e);
            text = reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(e);
        }
    }
    return text;
}

bool isNoStartLine(unsigned long e)
{
    return ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE;
}

// Never prompt for a passphrase (we have no terminal, and encrypted keys are refused).
int noPassword(char *, int, int, void *)
{
    return -1;
}

} // namespace

Result<int> checkCertificates(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE-----") && !pem.contains("-----BEGIN TRUSTED CERTIFICATE-----"))
        return makeError(QStringLiteral("no PEM certificate found (expected -----BEGIN CERTIFICATE-----)"));
    ERR_clear_error();
    BioPtr bio = memBio(pem);
    int count = 0;
    while (X509Ptr cert{PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr)})
        ++count;
    const unsigned long last = ERR_peek_last_error();
    if (count == 0) {
        const bool noPem = last == 0 || isNoStartLine(last);
        const QString detail = takeOpenSslError();
        return makeError(noPem ? QStringLiteral("no PEM certificate found (expected -----BEGIN CERTIFICATE-----)")
                               : QStringLiteral("invalid PEM certificate: ") + detail);
    }
    if (last != 0 && !isNoStartLine(last)) {
        const QString detail = takeOpenSslError();
        return makeError(QStringLiteral("certificate %1 in the PEM bundle is corrupt: %2").arg(count + 1).arg(detail));
    }
    ERR_clear_error();
    return count;
}

Result<KeyAlgorithm> checkPrivateKey(const QByteArray &pem)
{
    if (pem.contains("ENCRYPTED"))
        return makeError(QStringLiteral("encrypted private keys are not supported; decrypt it with "
                                        "'openssl pkey -in KEY -out KEY.plain'"));
    // OpenSSL 3's decoders report plain "unsupported" for text without any PEM block.
    if (!pem.contains("-----BEGIN ") || !pem.contains("PRIVATE KEY-----"))
        return makeError(QStringLiteral("no PEM private key found (expected -----BEGIN ... PRIVATE KEY-----)"));
    ERR_clear_error();
    BioPtr bio = memBio(pem);
    PkeyPtr key{PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr)};
    if (!key) {
        const unsigned long last = ERR_peek_last_error();
        const bool noPem = last == 0 || isNoStartLine(last);
        const QString detail = takeOpenSslError();
        return makeError(noPem ? QStringLiteral("no PEM private key found (expected -----BEGIN ... PRIVATE KEY-----)")
                               : QStringLiteral("invalid PEM private key: ") + detail);
    }
    ERR_clear_error();
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return KeyAlgorithm::Rsa;
    case EVP_PKEY_EC:
        return KeyAlgorithm::Ec;
    case EVP_PKEY_DSA:
        return KeyAlgorithm::Dsa;
    default:
        return KeyAlgorithm::Other;
    }
}

bool keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem)
{
    BioPtr certBio = memBio(certPem);
    BioPtr keyBio = memBio(keyPem);
    X509Ptr cert{PEM_read_bio_X509(certBio.get(), nullptr, noPassword, nullptr)};
    PkeyPtr key{PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassword, nullptr)};
    const bool match = cert && key && EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()) == 1;
    ERR_clear_error();
    return match;
}

} // namespace fc::pemcheck
