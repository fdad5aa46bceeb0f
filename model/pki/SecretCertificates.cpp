#include "model/pki/SecretCertificates.h"

#include "backend/pki/Certificate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

std::optional<SecretCertificateSummary> certificateFromSecret(const QJsonObject &secret)
{
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    std::optional<SecretCertificateSummary> leaf, ca;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = it.key();
        if (!isCertificateDataKey(key))
            continue;
        const QByteArray pem = QByteArray::fromBase64(it.value().toString().toLatin1());
        if (!pem.contains("-----BEGIN CERTIFICATE-----"))
            continue; // e.g. a key file named *.pem
        const auto certs = pki::Certificate::listFromPem(pem);
        if (!certs)
            continue;
        for (const auto &c : certs.value()) {
            auto &slot = c.isCA() ? ca : leaf;
            if (!slot || c.notAfter() < slot->notAfter)
                slot = SecretCertificateSummary{c.notAfter(), c.subjectName().toString(), key};
        }
    }
    return leaf ? leaf : ca;
}

bool isCertificateDataKey(const QString &key)
{
    return key.endsWith(u".crt") || key.endsWith(u".pem") || key.endsWith(u".cert");
}

QList<SecretCertificateEntry> certificatesInSecret(const QJsonObject &secret)
{
    QList<SecretCertificateEntry> out;
    const QString type = secret.value(QLatin1String("type")).toString();
    if (type != u"kubernetes.io/tls" && type != u"Opaque" && !type.isEmpty())
        return out; // an absent type means Opaque
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!isCertificateDataKey(it.key()))
            continue;
        const QByteArray pem = QByteArray::fromBase64(it.value().toString().toLatin1());
        if (!pem.contains("-----BEGIN CERTIFICATE-----"))
            continue;
        const auto certs = pki::Certificate::listFromPem(pem);
        if (!certs)
            continue;
        int index = 0;
        for (const pki::Certificate &c : certs.value())
            out << SecretCertificateEntry{it.key(), index++, c};
    }
    return out;
}

} // namespace fc
