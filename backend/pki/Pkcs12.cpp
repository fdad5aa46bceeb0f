#include "backend/pki/Pkcs12.h"

#include "backend/core/Wipe.h"

#include <QScopeGuard>

#include <openssl/pkcs12.h>

namespace fc::pki {

namespace {
struct Pkcs12Deleter { void operator()(PKCS12 *p) const { PKCS12_free(p); } };
}

Result<QByteArray> exportPkcs12(const Certificate &certificate, const PrivateKey &key,
                                const QList<Certificate> &chain, const QByteArray &passphrase,
                                const QString &friendlyName)
{
    if (passphrase.isEmpty())
        return makeError(QStringLiteral("a PKCS#12 export needs a passphrase"), QStringLiteral("passphrase"));
    if (auto m = certificate.checkPrivateKey(key); !m)
        return m.error();
    clearOpensslErrors();
    STACK_OF(X509) *ca = sk_X509_new_null();
    for (const Certificate &c : chain)
        sk_X509_push(ca, c.get()); // borrowed; the stack is freed without freeing its elements
    const QByteArray name = friendlyName.toUtf8();
    QByteArray pass = passphrase + '\0';
    const auto wipePass = qScopeGuard([&pass] { wipe(pass); }); // our copy of the passphrase
    constexpr int iterations = 100000;
    std::unique_ptr<PKCS12, Pkcs12Deleter> p12(
        PKCS12_create(pass.constData(), name.isEmpty() ? nullptr : name.constData(), key.get(), certificate.get(), ca,
                      NID_aes_256_cbc, NID_aes_256_cbc, iterations, -1 /* MAC set below */, 0));
    sk_X509_free(ca);
    if (!p12)
        return opensslError(QStringLiteral("cannot build PKCS#12"));
    if (PKCS12_set_mac(p12.get(), pass.constData(), -1, nullptr, 0, iterations, EVP_sha256()) != 1)
        return opensslError(QStringLiteral("cannot add the PKCS#12 MAC"));
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS12(p12.get(), &buf);
    if (len <= 0)
        return opensslError(QStringLiteral("cannot encode PKCS#12"));
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

Result<Pkcs12Contents> importPkcs12(const QByteArray &der, const QByteArray &passphrase)
{
    clearOpensslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<PKCS12, Pkcs12Deleter> p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12) {
        Error e = opensslError(QStringLiteral("malformed PKCS#12"));
        e.reason = QStringLiteral("MalformedPkcs12");
        return e;
    }
    QByteArray pass = passphrase + '\0';
    const auto wipePass = qScopeGuard([&pass] { wipe(pass); }); // our copy of the passphrase
    if (PKCS12_verify_mac(p12.get(), pass.constData(), -1) != 1) {
        clearOpensslErrors();
        Error e = makeError(QStringLiteral("wrong passphrase for the PKCS#12 file"));
        e.reason = QStringLiteral("WrongPassphrase");
        return e;
    }
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12.get(), pass.constData(), &pkey, &cert, &ca) != 1)
        return opensslError(QStringLiteral("cannot open PKCS#12"));
    Pkcs12Contents out{Certificate(X509Ptr(cert)), PrivateKey(PKeyPtr(pkey)), {}};
    for (int i = 0; ca && i < sk_X509_num(ca); ++i)
        out.chain << Certificate(X509Ptr(sk_X509_value(ca, i)));
    sk_X509_free(ca);
    return out;
}

} // namespace fc::pki
