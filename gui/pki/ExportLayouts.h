#pragma once

#include "backend/core/Result.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/ExportFile.h"

#include <QList>
#include <QString>

namespace fc::pkiui {

/// The file sets a certificate can be exported as (FLARE kits go in the participant's startup/ folder).
/// Those marked needsKey require the private key,
/// which FedConsole only holds in memory for certificates issued in this session.
enum class ExportFormat {
    CertificatePem,   ///< <base>.crt: the certificate alone
    ChainPem,         ///< <base>-chain.pem: certificate, intermediates, root
    PemFiles,         ///< presets::pemFiles: <base>.crt, <base>.key, ca.crt
    Pkcs12,           ///< presets::pkcs12File: <base>.p12
    FlareServerKit,   ///< server.crt, server.key, rootCA.pem
    FlareClientKit,   ///< client.crt, client.key, rootCA.pem (sites and admins)
    OpenFlDirector,   ///< director-cert secret: director.crt, priv.key, root_ca.crt
    OpenFlEnvoy,      ///< envoy-cert secret: envoy.crt, priv.key, root_ca.crt
    OpenFlNotebook,   ///< notebook-cert secret: notebook.crt, priv.key, root_ca.crt
    FatePulsar,       ///< pulsar-cert secret: broker.cert.pem, broker.key-pk8.pem, ca.cert.pem
    FateTrafficServer,///< traffic-server-cert secret: proxy.cert.pem, proxy.key.pem, ca.cert.pem
};

struct ExportFormatInfo {
    ExportFormat format;
    QString label;
    bool needsKey;
};
QList<ExportFormatInfo> exportFormats();
ExportFormatInfo exportFormatInfo(ExportFormat format);

/// The files for format. chain: the issuers (nearest first, root last). Key formats reuse
/// presets::pemFiles / pkcs12File and rename to the framework's names, so contents and modes
/// (keys 0600) are exactly what FrameworkPresets produces.
Result<QList<pki::ExportFile>> exportLayout(ExportFormat format, const pki::IssuedCertificate &issued,
                                            const QString &baseName, const QByteArray &p12Passphrase = {});

} // namespace fc::pkiui
