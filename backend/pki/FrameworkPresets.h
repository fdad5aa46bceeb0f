#pragma once

#include "backend/core/Result.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"
#include "backend/pki/ExportFile.h"

#include <QList>
#include <QString>
#include <QStringList>

/// File sets laid out exactly as each federated-learning framework expects them, so an export can be
/// mounted as the framework's secret or dropped into its startup kit. Each function issues a fresh
/// key and certificate from the CA and returns the files; nothing is written here (see
/// writeExportFiles). Certificate files carry the leaf followed by any intermediates; the CA file is
/// the chain's root. Private keys are unencrypted PEM with mode 0600: FLARE and OpenFL kits in the
/// traditional form their Python tools write (PKCS#1 / SEC1), FATE's and the generic ones PKCS#8.
namespace fc::pki::presets {

/// How a layout encodes its private key file.
enum class KeyEncoding {
    Pkcs8,       ///< "BEGIN PRIVATE KEY" (FATE/FedLCM: eggroll, pulsar's key-pk8, traffic server)
    Traditional, ///< "BEGIN RSA PRIVATE KEY" / "BEGIN EC PRIVATE KEY" (FLARE, OpenFL)
};

// ---- NVIDIA FLARE -------------------------------------------------------------------------------

/// The FLARE project's root CA: CN = project name.
CaRequest flareRootCa(const QString &projectName, int validityDays = 360);

enum class FlareKind { Server, Client, Admin };
struct FlareParticipant {
    FlareKind kind = FlareKind::Client;
    QString name;        ///< CN: server host name, site name, or admin e-mail
    QString org;         ///< O
    QString role;        ///< admins: project_admin, org_admin, lead or member (→ unstructuredName)
    QStringList hostNames; ///< servers: extra DNS names / IPs for the SAN (the name is always included)
};
QStringList flareAdminRoles();
/// server: rootCA.pem, server.crt, server.key; client/admin: rootCA.pem, client.crt, client.key.
Result<QList<ExportFile>> flareKit(const CertificateAuthority &ca, const FlareParticipant &participant,
                                   const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                   int validityDays = 360);

// ---- OpenFL (FedLCM charts) ----------------------------------------------------------------------

/// Secret "director-cert": priv.key, director.crt, root_ca.crt. CN director.<domain>, SAN DNS director.
Result<QList<ExportFile>> openflDirector(const CertificateAuthority &ca, const QString &domain,
                                         const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                         int validityDays = 365);
/// Secret "envoy-cert": priv.key, envoy.crt, root_ca.crt. CN = envoy name (the chart's `name`).
Result<QList<ExportFile>> openflEnvoy(const CertificateAuthority &ca, const QString &envoyName,
                                      const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                      int validityDays = 365);
/// Secret "notebook-cert": priv.key, notebook.crt, root_ca.crt. CN = notebook name.
Result<QList<ExportFile>> openflNotebook(const CertificateAuthority &ca, const QString &name = QStringLiteral("notebook"),
                                         const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                         int validityDays = 365);

// ---- FATE / KubeFATE (as FedLCM writes them) -----------------------------------------------------

/// Secret "eggroll-certs": ca.pem, server.crt/server.key (CN party-<id>-server.<domain>),
/// client.crt/client.key (CN party-<id>-client.<domain>).
Result<QList<ExportFile>> fateEggroll(const CertificateAuthority &ca, const QString &partyId, const QString &domain,
                                      const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                      int validityDays = 365);
/// Secret "pulsar-cert": broker.key-pk8.pem, broker.cert.pem, ca.cert.pem. CN <partyId>.<domain>.
Result<QList<ExportFile>> fatePulsar(const CertificateAuthority &ca, const QString &partyId, const QString &domain,
                                     const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                     int validityDays = 365);
/// Secret "traffic-server-cert": proxy.key.pem, proxy.cert.pem, ca.cert.pem. CN proxy.<domain>.
Result<QList<ExportFile>> fateTrafficServer(const CertificateAuthority &ca, const QString &domain,
                                            const Clock &clock = Clock::system(), KeyType keyType = KeyType::Rsa2048,
                                            int validityDays = 365);

// ---- generic -------------------------------------------------------------------------------------

/// <base>.crt (leaf + intermediates), <base>.key (0600), ca.crt (root).
Result<QList<ExportFile>> pemFiles(const IssuedCertificate &issued, const QString &baseName,
                                   KeyEncoding keyEncoding = KeyEncoding::Pkcs8);
/// <base>.p12 (0600) with the whole chain.
Result<QList<ExportFile>> pkcs12File(const IssuedCertificate &issued, const QString &baseName,
                                     const QByteArray &passphrase);

} // namespace fc::pki::presets
