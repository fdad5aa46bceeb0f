#pragma once

#include <QByteArray>
#include <QDateTime>
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

/// `secretJson` is the Secret object as the API returns it (data values base64-encoded).
std::optional<SecretCertificateSummary> certificateFromSecretJson(const QByteArray &secretJson);

} // namespace fc
