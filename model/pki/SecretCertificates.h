#pragma once

#include "backend/pki/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fc {

/// Certificates found in one Kubernetes Secret (kubernetes.io/tls, or generic keys ending in
/// .crt/.pem/.cert): the earliest notAfter of its leaf certificates (CA certificates only count
/// when the secret holds nothing else).
struct SecretCertificateSummary {
    QDateTime notAfter;
    QString subject;
    QString key; ///< the data key the certificate came from
};

/// `secret` is the Secret object as the API returns it (data values base64-encoded).
std::optional<SecretCertificateSummary> certificateFromSecret(const QJsonObject &secret);

/// One certificate found in a Secret: the data key and its position in that key's PEM bundle.
struct SecretCertificateEntry {
    QString key;
    int index = 0; ///< 0 for the first certificate of the key (the leaf of a chain)
    pki::Certificate certificate;
};

/// True for the data keys that may carry certificates: tls.crt/ca.crt and names ending in
/// .crt, .pem or .cert.
bool isCertificateDataKey(const QString &key);

/// Every certificate of a `kubernetes.io/tls` or generic (`Opaque`) secret, in key order; other
/// secret types (service-account tokens, helm releases…) give none. `secret` is the object as
/// the API returns it (data values base64-encoded).
QList<SecretCertificateEntry> certificatesInSecret(const QJsonObject &secret);

} // namespace fc
