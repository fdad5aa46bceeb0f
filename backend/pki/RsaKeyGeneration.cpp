#include "backend/pki/RsaKeyGeneration.h"

#include "backend/core/ParallelFor.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>

#include <mutex>
#include <optional>
#include <vector>

namespace fc::pki {

namespace {

struct BnDeleter { void operator()(BIGNUM *p) const { BN_clear_free(p); } };
struct BnCtxDeleter { void operator()(BN_CTX *p) const { BN_CTX_free(p); } };
struct ParamBldDeleter { void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); } };
struct ParamDeleter { void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); } };
struct PKeyCtxDeleter { void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); } };
struct GenCbDeleter { void operator()(BN_GENCB *p) const { BN_GENCB_free(p); } };
struct MdCtxDeleter { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

/// A secret number: secure heap when there is one, constant-time arithmetic where OpenSSL offers it.
BnPtr secretBn()
{
    BnPtr b(BN_secure_new());
    if (b)
        BN_set_flags(b.get(), BN_FLG_CONSTTIME);
    return b;
}

/// One prime of `bits` bits with its top two bits set and gcd(prime - 1, e) = 1. False on an
/// error or when cb stopped the search.
bool generatePrime(BIGNUM *prime, int bits, const BIGNUM *e, BN_CTX *ctx, BN_GENCB *cb)
{
    BnPtr pMinus1 = secretBn(), g(BN_new());
    if (!pMinus1 || !g)
        return false;
    for (;;) {
        if (!BN_generate_prime_ex2(prime, bits, 0, nullptr, nullptr, cb, ctx))
            return false;
        // BN_generate_prime_ex2 draws with BN_RAND_TOP_TWO; the check keeps the sqrt(2) bound
        // (and n's exact length) true even if the sieve's small offset carried into the top bits.
        if (BN_num_bits(prime) != bits || !BN_is_bit_set(prime, bits - 2))
            continue;
        if (!BN_sub(pMinus1.get(), prime, BN_value_one()) || !BN_gcd(g.get(), pMinus1.get(), e, ctx))
            return false;
        if (BN_is_one(g.get()))
            return true;
    }
}

int keepSearching(int, int, BN_GENCB *cb)
{
    return static_cast<const std::atomic<bool> *>(BN_GENCB_get_arg(cb))->load() ? 0 : 1;
}

/// Two primes for one key, searched on two threads that share the work: each searches until two
/// primes exist between them, the other's search is stopped through BN_generate_prime_ex2's
/// callback. Each candidate is a fresh random draw (OpenSSL re-draws after every failed
/// Miller-Rabin test), so which thread finds a prime first says nothing about the prime. Inside a
/// batch (parallelFor on the calling thread alone) the first job finds both.
std::optional<std::pair<BnPtr, BnPtr>> generatePrimes(int bits, const BIGNUM *e)
{
    std::mutex lock;
    std::vector<BnPtr> found;
    std::atomic<bool> enough{false}, failed{false};
    parallelFor(2, [&](int) {
        std::unique_ptr<BN_CTX, BnCtxDeleter> ctx(BN_CTX_secure_new());
        std::unique_ptr<BN_GENCB, GenCbDeleter> cb(BN_GENCB_new());
        if (!ctx || !cb) {
            failed = enough = true;
            return;
        }
        BN_GENCB_set(cb.get(), &keepSearching, &enough);
        while (!enough) {
            BnPtr prime = secretBn();
            if (!prime || !generatePrime(prime.get(), bits, e, ctx.get(), cb.get())) {
                if (!enough)
                    failed = enough = true; // an error, not the other thread's stop
                return;
            }
            std::lock_guard locked(lock);
            if (found.size() < 2)
                found.push_back(std::move(prime));
            if (found.size() == 2)
                enough = true;
        }
    }, ParallelOptions{2});
    if (failed || found.size() != 2)
        return std::nullopt;
    return std::make_pair(std::move(found[0]), std::move(found[1]));
}

/// FIPS 186-5 5.4 (pairwise consistency): the key signs and its public half verifies.
bool pairwiseConsistent(EVP_PKEY *key)
{
    static constexpr unsigned char message[] = "fedconsole RSA pairwise consistency test";
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> sign(EVP_MD_CTX_new()), verify(EVP_MD_CTX_new());
    if (!sign || !verify)
        return false;
    size_t len = 0;
    if (EVP_DigestSignInit(sign.get(), nullptr, EVP_sha256(), nullptr, key) != 1
        || EVP_DigestSign(sign.get(), nullptr, &len, message, sizeof message) != 1)
        return false;
    QByteArray signature(qsizetype(len), Qt::Uninitialized);
    auto *sig = reinterpret_cast<unsigned char *>(signature.data());
    if (EVP_DigestSign(sign.get(), sig, &len, message, sizeof message) != 1)
        return false;
    return EVP_DigestVerifyInit(verify.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(verify.get(), sig, len, message, sizeof message) == 1;
}

} // namespace

Result<PKeyPtr> generateRsaKey(int bits)
{
    if (bits < 2048 || bits % 2 != 0)
        return makeError(QStringLiteral("RSA keys are generated with 2048 bits or more (an even number), not %1").arg(bits));
    clearOpensslErrors();
    const auto failed = [bits] { return opensslError(QStringLiteral("cannot generate an RSA %1 key").arg(bits)); };
    std::unique_ptr<BN_CTX, BnCtxDeleter> ctx(BN_CTX_secure_new());
    BnPtr e(BN_new()), n(BN_new()), diff(BN_new()), g(BN_new());
    BnPtr p1 = secretBn(), q1 = secretBn(), lambda = secretBn(), d = secretBn(), dp = secretBn(), dq = secretBn(),
          qinv = secretBn();
    if (!ctx || !e || !n || !diff || !g || !p1 || !q1 || !lambda || !d || !dp || !dq || !qinv || !BN_set_word(e.get(), RSA_F4))
        return failed();
    const int half = bits / 2;
    auto primes = generatePrimes(half, e.get());
    if (!primes)
        return failed();
    BnPtr p = std::move(primes->first), q = std::move(primes->second);
    for (;;) {
        if (!BN_sub(diff.get(), p.get(), q.get()))
            return failed();
        BN_set_negative(diff.get(), 0);
        if (BN_num_bits(diff.get()) > half - 100) // |p - q| > 2^(bits/2 - 100); else a new q
            break;
        if (!generatePrime(q.get(), half, e.get(), ctx.get(), nullptr))
            return failed();
    }
    ERR_clear_error(); // a search stopped by the callback may have left a note in the error queue
    if (BN_cmp(p.get(), q.get()) < 0)
        std::swap(p, q); // PKCS#1's convention: qInv = q^-1 mod p with p > q
    // d = e^-1 mod lcm(p-1, q-1), with lcm = (p-1)(q-1) / gcd(p-1, q-1)
    if (!BN_mul(n.get(), p.get(), q.get(), ctx.get()) || !BN_sub(p1.get(), p.get(), BN_value_one())
        || !BN_sub(q1.get(), q.get(), BN_value_one()) || !BN_gcd(g.get(), p1.get(), q1.get(), ctx.get())
        || !BN_mul(lambda.get(), p1.get(), q1.get(), ctx.get())
        || !BN_div(lambda.get(), nullptr, lambda.get(), g.get(), ctx.get())
        || !BN_mod_inverse(d.get(), e.get(), lambda.get(), ctx.get()))
        return failed();
    if (BN_num_bits(d.get()) <= half) // d > 2^(bits/2); fails with negligible probability
        return generateRsaKey(bits);
    if (!BN_mod(dp.get(), d.get(), p1.get(), ctx.get()) || !BN_mod(dq.get(), d.get(), q1.get(), ctx.get())
        || !BN_mod_inverse(qinv.get(), q.get(), p.get(), ctx.get()))
        return failed();

    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_D, d.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dp.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dq.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qinv.get()))
        return failed();
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PKeyCtxDeleter> pctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !pctx || EVP_PKEY_fromdata_init(pctx.get()) != 1
        || EVP_PKEY_fromdata(pctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return failed();
    PKeyPtr key(raw);
    if (!pairwiseConsistent(key.get()))
        return opensslError(QStringLiteral("the generated RSA %1 key failed its pairwise consistency test").arg(bits));
    return key;
}

} // namespace fc::pki
