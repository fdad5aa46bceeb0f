#pragma once

#include "backend/core/Result.h"
#include "backend/pki/OpenSslHandles.h"

namespace fc::pki {

/// Generates a two-prime RSA key pair (e = 65537) from random probable primes, the method of
/// FIPS 186-5 Appendix A.1.3 / B.3.3:
///  - p and q of bits/2 bits each, the top two bits set (so p, q > sqrt(2)·2^(bits/2 - 1) and n has
///    exactly `bits` bits), found by OpenSSL's BN_generate_prime_ex2 (sieve, then 64 Miller-Rabin
///    rounds on the survivor: OpenSSL 3's own 2^-128 bound, beyond the standard's table);
///  - gcd(p - 1, e) = gcd(q - 1, e) = 1 and |p - q| > 2^(bits/2 - 100);
///  - d = e^-1 mod lcm(p - 1, q - 1), required > 2^(bits/2); CRT values dP, dQ, qInv;
///  - a pairwise consistency test (sign and verify) before the key is returned.
///
/// Why not EVP_RSA_gen: OpenSSL 3.0 sends two-prime keys of 2048 bits and more with e > 2^16 to its
/// SP 800-56B path (auxiliary primes, FIPS 186-4 B.3.6), which on this project's 2-core machines
/// takes about 2.7× as long at 2048 bits and 1.4× at 4096 for a key of the same size and
/// strength; both are FIPS 186 methods, and the result is an ordinary RSA key to every consumer
/// (PKCS#1/PKCS#8, TLS, `openssl rsa -check`). The secrets live in OpenSSL's secure heap where one
/// is set up and are cleared when freed; inversions run with BN_FLG_CONSTTIME, as OpenSSL's own
/// generators do.
///
/// The prime search runs on two threads that share it (parallelFor; on the calling thread alone
/// when that already runs inside a parallelFor job, as in a batch). Thread-safe: each search has
/// its own BN_CTX, so keys can be generated on several threads at once.
Result<PKeyPtr> generateRsaKey(int bits);

} // namespace fc::pki
