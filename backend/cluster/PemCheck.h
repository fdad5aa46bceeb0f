#pragma once

#include "backend/core/Result.h"

#include <QByteArray>

namespace fc::pemcheck {

// Internal to the cluster capability: kubeconfig loading and credential handling both need to
// know whether PEM bytes really hold what they claim before Qt's TLS backend sees them (Qt only
// says "null certificate", OpenSSL says why).

enum class KeyAlgorithm { Rsa, Ec, Dsa, Other };

/// Number of certificates in the PEM bundle; an error when there is none or one is corrupt.
Result<int> checkCertificates(const QByteArray &pem);

/// Algorithm of the unencrypted private key in the PEM; an error otherwise.
Result<KeyAlgorithm> checkPrivateKey(const QByteArray &pem);

/// Whether the key belongs to the first certificate of the bundle (both already checked).
bool keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem);

} // namespace fc::pemcheck
