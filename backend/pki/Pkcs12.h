#pragma once

#include "backend/core/Result.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/PrivateKey.h"

#include <QList>

namespace fc::pki {

/// PKCS#12 bundle: key and certificates encrypted with AES-256-CBC (PBKDF2-HMAC-SHA256), MAC
/// HMAC-SHA256. An empty passphrase is refused.
Result<QByteArray> exportPkcs12(const Certificate &certificate, const PrivateKey &key,
                                const QList<Certificate> &chain, const QByteArray &passphrase,
                                const QString &friendlyName = {});

struct Pkcs12Contents {
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> chain;
};
/// Opens a PKCS#12 bundle; a bad MAC is reported as a wrong passphrase.
Result<Pkcs12Contents> importPkcs12(const QByteArray &der, const QByteArray &passphrase);

} // namespace fc::pki
