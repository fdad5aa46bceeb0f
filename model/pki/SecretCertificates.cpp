#include "model/pki/SecretCertificates.h"

#include "backend/pki/Certificate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

std::optional<SecretCertificateSummary> certificateFromSecretJson(const QByteArray &secretJson)
{
    const QJsonObject data = QJsonDocument::fromJson(secretJson).object().value(QLatin1String("data")).toObject();
    std::optional<SecretCertificateSummary> leaf, ca;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = it.key();
        if (!key.endsWith(u".crt") && !key.endsWith(u".pem") && !key.endsWith(u".cert"))
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

} // namespace fc
