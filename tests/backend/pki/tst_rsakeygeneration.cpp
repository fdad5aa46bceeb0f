// RsaKeyGeneration: the FIPS 186-5 B.3.3 conditions on every generated key, OpenSSL's own full
// key-pair validation, the openssl CLI's `rsa -check`, and generation on several threads at once.

#include "backend/core/ParallelFor.h"
#include "backend/pki/PrivateKey.h"
#include "backend/pki/RsaKeyGeneration.h"
#include "PkiTestUtil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>

using namespace fc::pki;
using fc::pki::test::msg;
using fc::pki::test::runOpenssl;

namespace {

struct Bn {
    BIGNUM *b = BN_new();
    Bn() = default;
    Bn(const Bn &) = delete;
    ~Bn() { BN_clear_free(b); }
    operator BIGNUM *() const { return b; }
};

struct RsaParts {
    Bn n, e, d, p, q, dp, dq, qinv;
};

bool readParts(EVP_PKEY *key, RsaParts &parts)
{
    auto get = [key](const char *name, const Bn &into) {
        BIGNUM *out = into.b;
        return EVP_PKEY_get_bn_param(key, name, &out) == 1 && out == into.b;
    };
    return get(OSSL_PKEY_PARAM_RSA_N, parts.n) && get(OSSL_PKEY_PARAM_RSA_E, parts.e) && get(OSSL_PKEY_PARAM_RSA_D, parts.d)
        && get(OSSL_PKEY_PARAM_RSA_FACTOR1, parts.p) && get(OSSL_PKEY_PARAM_RSA_FACTOR2, parts.q)
        && get(OSSL_PKEY_PARAM_RSA_EXPONENT1, parts.dp) && get(OSSL_PKEY_PARAM_RSA_EXPONENT2, parts.dq)
        && get(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, parts.qinv);
}

QByteArray hex(const BIGNUM *b)
{
    char *s = BN_bn2hex(b);
    QByteArray out(s);
    OPENSSL_free(s);
    return out;
}

} // namespace

class TestRsaKeyGeneration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(runOpenssl({QStringLiteral("version")}).started, "the openssl CLI is not on PATH (apt-get install openssl)"); }

    void fipsConditions_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("2048") << 2048;
        QTest::newRow("3072") << 3072;
        QTest::newRow("4096") << 4096;
    }
    void fipsConditions()
    {
        QFETCH(int, bits);
        const int half = bits / 2;
        auto key = generateRsaKey(bits);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        RsaParts k;
        QVERIFY(readParts(key->get(), k));
        BN_CTX *ctx = BN_CTX_new();
        Bn t, p1, q1, g, lambda, twoPow;

        QCOMPARE(BN_num_bits(k.n), bits);
        QVERIFY(BN_is_word(k.e, 65537));
        QVERIFY(BN_mul(t, k.p, k.q, ctx) && BN_cmp(t, k.n) == 0); // n = pq
        QVERIFY(BN_cmp(k.p, k.q) > 0);
        QCOMPARE(BN_num_bits(k.p), half);
        QCOMPARE(BN_num_bits(k.q), half);
        // p, q > sqrt(2)·2^(half-1)  <=>  p² > 2^(bits-1)
        for (BIGNUM *f : {k.p.b, k.q.b}) {
            QVERIFY(BN_sqr(t, f, ctx) && BN_set_bit(twoPow, bits - 1));
            QVERIFY(BN_cmp(t, twoPow) > 0);
            BN_zero(twoPow);
            QCOMPARE(BN_check_prime(f, ctx, nullptr), 1);
        }
        // |p - q| > 2^(half - 100)
        QVERIFY(BN_sub(t, k.p, k.q) && BN_set_bit(twoPow, half - 100));
        QVERIFY(BN_cmp(t, twoPow) > 0);
        BN_zero(twoPow);
        // gcd(p-1, e) = gcd(q-1, e) = 1
        QVERIFY(BN_sub(p1, k.p, BN_value_one()) && BN_sub(q1, k.q, BN_value_one()));
        QVERIFY(BN_gcd(g, p1, k.e, ctx) && BN_is_one(g));
        QVERIFY(BN_gcd(g, q1, k.e, ctx) && BN_is_one(g));
        // e·d = 1 mod lcm(p-1, q-1), 2^half < d < lcm
        QVERIFY(BN_gcd(g, p1, q1, ctx) && BN_mul(lambda, p1, q1, ctx) && BN_div(lambda, nullptr, lambda, g, ctx));
        QVERIFY(BN_mod_mul(t, k.e, k.d, lambda, ctx) && BN_is_one(t));
        QVERIFY(BN_cmp(k.d, lambda) < 0);
        QVERIFY(BN_set_bit(twoPow, half));
        QVERIFY(BN_cmp(k.d, twoPow) > 0);
        // CRT values
        QVERIFY(BN_mod(t, k.d, p1, ctx) && BN_cmp(t, k.dp) == 0);
        QVERIFY(BN_mod(t, k.d, q1, ctx) && BN_cmp(t, k.dq) == 0);
        QVERIFY(BN_mod_mul(t, k.q, k.qinv, k.p, ctx) && BN_is_one(t));
        BN_CTX_free(ctx);

        // OpenSSL's full key-pair validation, and the CLI's
        EVP_PKEY_CTX *check = EVP_PKEY_CTX_new(key->get(), nullptr);
        QCOMPARE(EVP_PKEY_check(check), 1);
        EVP_PKEY_CTX_free(check);
        PrivateKey wrapped(std::move(key).value());
        QCOMPARE(wrapped.bits(), bits);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(fc::pki::test::writeFile(file, wrapped.toPem().value()));
        const auto r = runOpenssl({QStringLiteral("rsa"), QStringLiteral("-check"), QStringLiteral("-noout"), QStringLiteral("-in"), file});
        QVERIFY2(r.exitCode == 0 && r.out.contains("RSA key ok"), msg(r.out + r.err));
        auto back = PrivateKey::fromPem(wrapped.toPem().value());
        QVERIFY(back.ok() && back->samePublicKey(wrapped.get()));
    }

    void keysDiffer()
    {
        QSet<QByteArray> moduli;
        for (int i = 0; i < 4; ++i) {
            auto key = generateRsaKey(2048);
            QVERIFY(key.ok());
            RsaParts k;
            QVERIFY(readParts(key->get(), k));
            moduli.insert(hex(k.n));
        }
        QCOMPARE(moduli.size(), 4);
    }

    void refusesWeakOrOddSizes_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("1024") << 1024;
        QTest::newRow("2047") << 2047;
        QTest::newRow("0") << 0;
    }
    void refusesWeakOrOddSizes()
    {
        QFETCH(int, bits);
        auto key = generateRsaKey(bits);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().message.contains(QString::number(bits)), qPrintable(key.error().message));
    }

    // several threads at once (the batch issuer's use), each key whole and valid
    void concurrentGeneration()
    {
        constexpr int kKeys = 6;
        std::vector<std::optional<fc::Result<PKeyPtr>>> keys(kKeys);
        fc::parallelFor(kKeys, [&](int i) { keys[size_t(i)].emplace(generateRsaKey(2048)); }, fc::ParallelOptions{3});
        QSet<QByteArray> moduli;
        for (auto &k : keys) {
            QVERIFY(k && k->ok());
            EVP_PKEY_CTX *check = EVP_PKEY_CTX_new(k->value().get(), nullptr);
            QCOMPARE(EVP_PKEY_check(check), 1);
            EVP_PKEY_CTX_free(check);
            RsaParts parts;
            QVERIFY(readParts(k->value().get(), parts));
            moduli.insert(hex(parts.n));
        }
        QCOMPARE(moduli.size(), kKeys);
    }
};

QTEST_GUILESS_MAIN(TestRsaKeyGeneration)
#include "tst_rsakeygeneration.moc"
