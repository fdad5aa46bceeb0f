#include "backend/pki/FrameworkPresets.h"

#include "backend/pki/Pkcs12.h"

namespace fc::pki::presets {

namespace {

constexpr int kKeyMode = 0600;
constexpr int kCertMode = 0644;

/// The root at the end of the issuer chain.
QByteArray rootPem(const IssuedCertificate &issued)
{
    return issued.chain.isEmpty() ? QByteArray() : issued.chain.last().toPem();
}

Result<QList<ExportFile>> layout(const Result<IssuedCertificate> &issued, const QString &keyName,
                                 const QString &certName, const QString &caName, KeyEncoding encoding)
{
    if (!issued)
        return issued.error();
    auto keyPem = encoding == KeyEncoding::Traditional ? issued->key.toTraditionalPem() : issued->key.toPem();
    if (!keyPem)
        return keyPem.error();
    return QList<ExportFile>{{keyName, keyPem.value(), kKeyMode},
                             {certName, issued->certificateWithIntermediatesPem(), kCertMode},
                             {caName, rootPem(issued.value()), kCertMode}};
}

Result<void> requireNonEmpty(const QString &value, const QString &field)
{
    if (value.trimmed().isEmpty())
        return makeError(QStringLiteral("%1 must not be empty").arg(field), field);
    return {};
}

SubjectAltNames sansFor(const QStringList &names)
{
    SubjectAltNames sans;
    for (const QString &n : names) {
        if (n.isEmpty())
            continue;
        if (isValidIpAddress(n)) {
            if (!sans.ips.contains(n))
                sans.ips << n;
        } else if (!sans.dns.contains(n)) {
            sans.dns << n; // validated (and named in the error) when issuing
        }
    }
    return sans;
}

} // namespace

CaRequest flareRootCa(const QString &projectName, int validityDays)
{
    CaRequest r;
    r.subject.commonName = projectName;
    r.keyType = KeyType::Rsa2048;
    r.validityDays = validityDays;
    return r;
}

QStringList flareAdminRoles()
{
    return {QStringLiteral("project_admin"), QStringLiteral("org_admin"), QStringLiteral("lead"), QStringLiteral("member")};
}

Result<QList<ExportFile>> flareKit(const CertificateAuthority &ca, const FlareParticipant &p, const Clock &clock,
                                   KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(p.name, QStringLiteral("name")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = p.name;
    req.subject.organization = p.org;
    req.keyType = keyType;
    req.validityDays = validityDays;
    switch (p.kind) {
    case FlareKind::Server:
        req.usage = LeafUsage::ServerAndClient; // FLARE servers also dial the overseer
        req.sans = sansFor(QStringList{p.name} + p.hostNames);
        return layout(ca.issue(req, clock), QStringLiteral("server.key"), QStringLiteral("server.crt"), QStringLiteral("rootCA.pem"),
                      KeyEncoding::Traditional);
    case FlareKind::Admin:
        if (!flareAdminRoles().contains(p.role))
            return makeError(QStringLiteral("FLARE admin role must be one of %1, got \"%2\"")
                                 .arg(flareAdminRoles().join(QStringLiteral(", ")), p.role),
                             QStringLiteral("role"));
        req.subject.unstructuredName = p.role;
        req.usage = LeafUsage::Client;
        break;
    case FlareKind::Client:
        if (!p.role.isEmpty())
            req.subject.unstructuredName = p.role;
        req.usage = LeafUsage::Client;
        break;
    }
    return layout(ca.issue(req, clock), QStringLiteral("client.key"), QStringLiteral("client.crt"), QStringLiteral("rootCA.pem"),
                  KeyEncoding::Traditional);
}

Result<QList<ExportFile>> openflDirector(const CertificateAuthority &ca, const QString &domain, const Clock &clock,
                                         KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(domain, QStringLiteral("domain")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = QStringLiteral("director.") + domain;
    req.sans.dns = QStringList{QStringLiteral("director"), req.subject.commonName};
    req.usage = LeafUsage::ServerAndClient;
    req.keyType = keyType;
    req.validityDays = validityDays;
    return layout(ca.issue(req, clock), QStringLiteral("priv.key"), QStringLiteral("director.crt"), QStringLiteral("root_ca.crt"),
                  KeyEncoding::Traditional);
}

Result<QList<ExportFile>> openflEnvoy(const CertificateAuthority &ca, const QString &envoyName, const Clock &clock,
                                      KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(envoyName, QStringLiteral("envoy name")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = envoyName;
    if (isValidDnsName(envoyName))
        req.sans.dns << envoyName;
    req.usage = LeafUsage::Client;
    req.keyType = keyType;
    req.validityDays = validityDays;
    return layout(ca.issue(req, clock), QStringLiteral("priv.key"), QStringLiteral("envoy.crt"), QStringLiteral("root_ca.crt"),
                  KeyEncoding::Traditional);
}

Result<QList<ExportFile>> openflNotebook(const CertificateAuthority &ca, const QString &name, const Clock &clock,
                                         KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(name, QStringLiteral("notebook name")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = name;
    if (isValidDnsName(name))
        req.sans.dns << name;
    req.usage = LeafUsage::Client;
    req.keyType = keyType;
    req.validityDays = validityDays;
    return layout(ca.issue(req, clock), QStringLiteral("priv.key"), QStringLiteral("notebook.crt"), QStringLiteral("root_ca.crt"),
                  KeyEncoding::Traditional);
}

Result<QList<ExportFile>> fateEggroll(const CertificateAuthority &ca, const QString &partyId, const QString &domain,
                                      const Clock &clock, KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(partyId, QStringLiteral("party id")); !r)
        return r.error();
    if (auto r = requireNonEmpty(domain, QStringLiteral("domain")); !r)
        return r.error();
    QList<ExportFile> files;
    for (const auto &[role, usage] : {std::pair{QStringLiteral("server"), LeafUsage::Server},
                                      std::pair{QStringLiteral("client"), LeafUsage::Client}}) {
        LeafRequest req;
        req.subject.commonName = QStringLiteral("party-%1-%2.%3").arg(partyId, role, domain);
        req.sans.dns << req.subject.commonName;
        req.usage = usage;
        req.keyType = keyType;
        req.validityDays = validityDays;
        auto set = layout(ca.issue(req, clock), role + QStringLiteral(".key"), role + QStringLiteral(".crt"), QStringLiteral("ca.pem"),
                          KeyEncoding::Pkcs8);
        if (!set)
            return set.error();
        if (files.isEmpty())
            files << set->at(2);
        files << set->at(1) << set->at(0);
    }
    return files;
}

Result<QList<ExportFile>> fatePulsar(const CertificateAuthority &ca, const QString &partyId, const QString &domain,
                                     const Clock &clock, KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(partyId, QStringLiteral("party id")); !r)
        return r.error();
    if (auto r = requireNonEmpty(domain, QStringLiteral("domain")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = partyId + QLatin1Char('.') + domain;
    req.sans.dns << req.subject.commonName;
    req.usage = LeafUsage::ServerAndClient;
    req.keyType = keyType;
    req.validityDays = validityDays;
    return layout(ca.issue(req, clock), QStringLiteral("broker.key-pk8.pem"), QStringLiteral("broker.cert.pem"),
                  QStringLiteral("ca.cert.pem"), KeyEncoding::Pkcs8);
}

Result<QList<ExportFile>> fateTrafficServer(const CertificateAuthority &ca, const QString &domain, const Clock &clock,
                                            KeyType keyType, int validityDays)
{
    if (auto r = requireNonEmpty(domain, QStringLiteral("domain")); !r)
        return r.error();
    LeafRequest req;
    req.subject.commonName = QStringLiteral("proxy.") + domain;
    req.sans.dns << req.subject.commonName;
    req.usage = LeafUsage::ServerAndClient;
    req.keyType = keyType;
    req.validityDays = validityDays;
    return layout(ca.issue(req, clock), QStringLiteral("proxy.key.pem"), QStringLiteral("proxy.cert.pem"),
                  QStringLiteral("ca.cert.pem"), KeyEncoding::Pkcs8);
}

Result<QList<ExportFile>> pemFiles(const IssuedCertificate &issued, const QString &baseName, KeyEncoding keyEncoding)
{
    return layout(issued, baseName + QStringLiteral(".key"), baseName + QStringLiteral(".crt"), QStringLiteral("ca.crt"),
                  keyEncoding);
}

Result<QList<ExportFile>> pkcs12File(const IssuedCertificate &issued, const QString &baseName,
                                     const QByteArray &passphrase)
{
    auto p12 = exportPkcs12(issued.certificate, issued.key, issued.chain, passphrase, baseName);
    if (!p12)
        return p12.error();
    return QList<ExportFile>{{baseName + QStringLiteral(".p12"), p12.value(), kKeyMode}};
}

} // namespace fc::pki::presets
