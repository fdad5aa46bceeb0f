#include "backend/pki/ChainVerifier.h"

#include <openssl/x509_vfy.h>

namespace fc::pki {

namespace {
struct StoreDeleter { void operator()(X509_STORE *p) const { X509_STORE_free(p); } };
struct StoreCtxDeleter { void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); } };
}

Result<void> verifyChain(const Certificate &leaf, const QList<Certificate> &untrusted,
                         const QList<Certificate> &trusted, const Clock &clock)
{
    if (leaf.isNull())
        return makeError(QStringLiteral("no certificate to verify"));
    if (trusted.isEmpty()) {
        Error e = makeError(QStringLiteral("no trusted CA certificates to verify against"));
        e.reason = QStringLiteral("NoTrustAnchor");
        return e;
    }
    clearOpensslErrors();
    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    for (const Certificate &c : trusted)
        X509_STORE_add_cert(store.get(), c.get());
    STACK_OF(X509) *chain = sk_X509_new_null();
    for (const Certificate &c : untrusted)
        sk_X509_push(chain, c.get());
    std::unique_ptr<X509_STORE_CTX, StoreCtxDeleter> ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), chain);
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(clock.now().toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx.get());
    const int err = X509_STORE_CTX_get_error(ctx.get());
    const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
    sk_X509_free(chain);
    clearOpensslErrors();
    if (ok == 1)
        return {};
    Error e = makeError(QStringLiteral("chain verification of \"%1\" failed at depth %2: %3")
                            .arg(leaf.subjectName().toString())
                            .arg(depth)
                            .arg(QString::fromLatin1(X509_verify_cert_error_string(err))));
    e.reason = QStringLiteral("ChainInvalid");
    return e;
}

} // namespace fc::pki
