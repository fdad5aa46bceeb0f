#include "backend/pki/CertificateAuthority.h"

#include <algorithm>
#include <iterator>

#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace fc::pki {

namespace {

struct Profile {
    bool ca = false;
    int pathLength = -1;
    LeafUsage usage = LeafUsage::Server;
};

Result<void> addExt(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return opensslError(QStringLiteral("cannot build extension %1=%2").arg(QString::fromLatin1(OBJ_nid2sn(nid)), QString::fromLatin1(value)));
    const int ok = X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    if (ok != 1)
        return opensslError(QStringLiteral("cannot add extension %1").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    return {};
}

Result<void> setRandomSerial(X509 *x)
{
    // 128 random bits as a positive INTEGER: up to 17 DER octets (a leading 0x00 when the top bit
    // is set), within RFC 5280's 20. A zero draw (2^-128) would be an invalid serial: draw again.
    unsigned char buf[16];
    do {
        if (RAND_bytes(buf, sizeof buf) != 1)
            return opensslError(QStringLiteral("cannot generate a serial number"));
    } while (std::all_of(std::begin(buf), std::end(buf), [](unsigned char b) { return b == 0; }));
    BIGNUM *bn = BN_bin2bn(buf, sizeof buf, nullptr);
    ASN1_INTEGER *serial = BN_to_ASN1_INTEGER(bn, nullptr);
    BN_free(bn);
    const int ok = serial ? X509_set_serialNumber(x, serial) : 0;
    ASN1_INTEGER_free(serial);
    if (ok != 1)
        return opensslError(QStringLiteral("cannot set the serial number"));
    return {};
}

/// Builds and signs one certificate. issuerCert null → self-signed with signingKey.
Result<Certificate> build(const Certificate *issuerCert, const PrivateKey &signingKey, const X509_NAME *subject,
                          EVP_PKEY *subjectKey, const SubjectAltNames &sans, const Profile &profile,
                          int validityDays, const Clock &clock)
{
    if (validityDays <= 0)
        return makeError(QStringLiteral("validity must be at least one day, got %1").arg(validityDays),
                         QStringLiteral("validityDays"));
    if (auto v = sans.validate(); !v)
        return v.error();
    clearOpensslErrors();
    X509Ptr x(X509_new());
    X509_set_version(x.get(), X509_VERSION_3);
    if (auto s = setRandomSerial(x.get()); !s)
        return s.error();
    X509_set_subject_name(x.get(), subject);
    X509_set_issuer_name(x.get(), issuerCert ? X509_get_subject_name(issuerCert->get()) : subject);
    if (X509_set_pubkey(x.get(), subjectKey) != 1)
        return opensslError(QStringLiteral("cannot set the public key"));

    const QDateTime now = clock.now().toUTC();
    QDateTime notAfter = now.addDays(validityDays);
    if (issuerCert && issuerCert->notAfter() < notAfter)
        notAfter = issuerCert->notAfter(); // never outlive the issuer
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), time_t(now.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x.get()), time_t(notAfter.toSecsSinceEpoch())))
        return opensslError(QStringLiteral("cannot set the validity period"));

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert->get() : x.get(), x.get(), nullptr, nullptr, 0);
    const bool rsa = EVP_PKEY_get_base_id(subjectKey) == EVP_PKEY_RSA;
    QByteArray bc, ku, eku;
    if (profile.ca) {
        bc = "critical,CA:TRUE";
        if (profile.pathLength >= 0)
            bc += ",pathlen:" + QByteArray::number(profile.pathLength);
        ku = "critical,keyCertSign,cRLSign";
    } else {
        bc = "critical,CA:FALSE";
        ku = rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature";
        switch (profile.usage) {
        case LeafUsage::Server: eku = "serverAuth"; break;
        case LeafUsage::Client: eku = "clientAuth"; break;
        case LeafUsage::ServerAndClient: eku = "serverAuth,clientAuth"; break;
        }
    }
    if (auto r = addExt(x.get(), &ctx, NID_basic_constraints, bc.constData()); !r)
        return r.error();
    if (auto r = addExt(x.get(), &ctx, NID_key_usage, ku.constData()); !r)
        return r.error();
    if (!eku.isEmpty()) {
        if (auto r = addExt(x.get(), &ctx, NID_ext_key_usage, eku.constData()); !r)
            return r.error();
    }
    if (auto r = addExt(x.get(), &ctx, NID_subject_key_identifier, "hash"); !r)
        return r.error();
    if (auto r = addExt(x.get(), &ctx, NID_authority_key_identifier, "keyid:always"); !r)
        return r.error();
    if (!sans.isEmpty()) {
        auto gens = buildGeneralNames(sans);
        if (!gens)
            return gens.error();
        const int ok = X509_add1_ext_i2d(x.get(), NID_subject_alt_name, gens.value(), 0, X509V3_ADD_DEFAULT);
        GENERAL_NAMES_free(gens.value());
        if (ok != 1)
            return opensslError(QStringLiteral("cannot add subjectAltName"));
    }
    if (X509_sign(x.get(), signingKey.get(), signingKey.signingDigest()) <= 0)
        return opensslError(QStringLiteral("cannot sign the certificate"));
    return Certificate(std::move(x));
}

Result<X509_NAME *> nameOrError(const DistinguishedName &dn)
{
    return buildX509Name(dn);
}

} // namespace

QString leafUsageName(LeafUsage usage)
{
    switch (usage) {
    case LeafUsage::Server: return QStringLiteral("server");
    case LeafUsage::Client: return QStringLiteral("client");
    case LeafUsage::ServerAndClient: return QStringLiteral("both");
    }
    return {};
}

std::optional<LeafUsage> leafUsageFromName(const QString &name)
{
    for (LeafUsage u : {LeafUsage::Server, LeafUsage::Client, LeafUsage::ServerAndClient}) {
        if (leafUsageName(u) == name)
            return u;
    }
    return std::nullopt;
}

CertificateAuthority::CertificateAuthority(Certificate certificate, PrivateKey key, QList<Certificate> chain)
    : m_cert(std::move(certificate)), m_key(std::move(key)), m_issuers(std::move(chain))
{
}

Result<CertificateAuthority> CertificateAuthority::createRoot(const CaRequest &request, const Clock &clock)
{
    auto key = PrivateKey::generate(request.keyType);
    if (!key)
        return key.error();
    auto name = nameOrError(request.subject);
    if (!name)
        return name.error();
    Profile profile{true, request.pathLength, LeafUsage::Server};
    auto cert = build(nullptr, key.value(), name.value(), key->get(), {}, profile, request.validityDays, clock);
    X509_NAME_free(name.value());
    if (!cert)
        return cert.error();
    return CertificateAuthority(std::move(cert).value(), std::move(key).value());
}

Result<CertificateAuthority> CertificateAuthority::fromPem(const QByteArray &certPem, const QByteArray &keyPem,
                                                           const QByteArray &passphrase)
{
    auto certs = Certificate::listFromPem(certPem);
    if (!certs)
        return certs.error();
    auto key = PrivateKey::fromPem(keyPem, passphrase);
    if (!key)
        return key.error();
    Certificate cert = certs->takeFirst();
    if (!cert.isCA()) {
        Error e = makeError(QStringLiteral("\"%1\" is not a CA certificate (basicConstraints CA:TRUE missing)")
                                .arg(cert.subjectName().toString()));
        e.reason = QStringLiteral("NotCA");
        return e;
    }
    if (auto m = cert.checkPrivateKey(key.value()); !m)
        return m.error();
    return CertificateAuthority(std::move(cert), std::move(key).value(), certs.value());
}

Result<void> CertificateAuthority::checkCanIssue(const Clock &clock) const
{
    if (m_cert.isNull() || m_key.isNull())
        return makeError(QStringLiteral("no CA certificate or key"));
    const QString who = m_cert.subjectName().toString();
    if (!m_cert.isCA()) {
        Error e = makeError(QStringLiteral("issuer \"%1\" is not a CA: it cannot sign certificates").arg(who));
        e.reason = QStringLiteral("NotCA");
        return e;
    }
    const uint32_t flags = X509_get_extension_flags(m_cert.get());
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(m_cert.get()) & KU_KEY_CERT_SIGN)) {
        Error e = makeError(QStringLiteral("issuer \"%1\" lacks keyCertSign in its keyUsage").arg(who));
        e.reason = QStringLiteral("NotCA");
        return e;
    }
    const QDateTime now = clock.now();
    if (m_cert.notAfter() <= now) {
        Error e = makeError(QStringLiteral("issuer \"%1\" expired on %2").arg(who, m_cert.notAfter().toString(Qt::ISODate)));
        e.reason = QStringLiteral("Expired");
        return e;
    }
    if (m_cert.notBefore() > now) {
        Error e = makeError(QStringLiteral("issuer \"%1\" is not valid before %2").arg(who, m_cert.notBefore().toString(Qt::ISODate)));
        e.reason = QStringLiteral("NotYetValid");
        return e;
    }
    return m_cert.checkPrivateKey(m_key);
}

Result<CertificateAuthority> CertificateAuthority::createIntermediate(const CaRequest &request, const Clock &clock) const
{
    if (auto c = checkCanIssue(clock); !c)
        return c.error();
    const int parentPath = int(X509_get_pathlen(m_cert.get()));
    if (parentPath == 0) {
        Error e = makeError(QStringLiteral("issuer \"%1\" has pathlen 0: it cannot sign another CA").arg(m_cert.subjectName().toString()));
        e.reason = QStringLiteral("PathLength");
        return e;
    }
    // A child CA can allow at most one level less than its parent (RFC 5280 4.2.1.9); an unlimited
    // request under a limited parent gets the most the parent allows.
    int pathLength = request.pathLength;
    if (parentPath > 0) {
        if (pathLength > parentPath - 1) {
            Error e = makeError(QStringLiteral("pathlen %1 exceeds what issuer \"%2\" allows below it (%3)")
                                    .arg(pathLength).arg(m_cert.subjectName().toString()).arg(parentPath - 1),
                                QStringLiteral("pathLength"));
            e.reason = QStringLiteral("PathLength");
            return e;
        }
        if (pathLength < 0)
            pathLength = parentPath - 1;
    }
    auto key = PrivateKey::generate(request.keyType);
    if (!key)
        return key.error();
    auto name = nameOrError(request.subject);
    if (!name)
        return name.error();
    Profile profile{true, pathLength, LeafUsage::Server};
    auto cert = build(&m_cert, m_key, name.value(), key->get(), {}, profile, request.validityDays, clock);
    X509_NAME_free(name.value());
    if (!cert)
        return cert.error();
    return CertificateAuthority(std::move(cert).value(), std::move(key).value(), chain());
}

Result<IssuedCertificate> CertificateAuthority::issue(const LeafRequest &request, const Clock &clock) const
{
    if (auto c = checkCanIssue(clock); !c)
        return c.error();
    if (auto v = request.sans.validate(); !v)
        return v.error();
    auto key = PrivateKey::generate(request.keyType);
    if (!key)
        return key.error();
    return issueForKey(request, key.value(), clock);
}

QByteArray IssuedCertificate::certificateWithIntermediatesPem() const
{
    QByteArray out = certificate.toPem();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        out += chain[i].toPem();
    return out;
}

std::vector<Result<IssuedCertificate>> CertificateAuthority::issueAll(const QList<LeafRequest> &requests, const Clock &clock,
                                                                      const ParallelOptions &options) const
{
    std::vector<std::optional<Result<IssuedCertificate>>> slots(size_t(requests.size()));
    parallelFor(int(requests.size()), [&](int i) { slots[size_t(i)].emplace(issue(requests[i], clock)); }, options);
    std::vector<Result<IssuedCertificate>> out;
    out.reserve(slots.size());
    for (auto &slot : slots) {
        if (slot) {
            out.push_back(std::move(*slot));
        } else {
            Error e = makeError(QStringLiteral("cancelled before this certificate was issued"));
            e.reason = QStringLiteral("Cancelled");
            out.push_back(std::move(e));
        }
    }
    return out;
}

Result<IssuedCertificate> CertificateAuthority::issueForKey(const LeafRequest &request, const PrivateKey &key,
                                                            const Clock &clock) const
{
    if (auto c = checkCanIssue(clock); !c)
        return c.error();
    auto name = nameOrError(request.subject);
    if (!name)
        return name.error();
    Profile profile{false, -1, request.usage};
    auto cert = build(&m_cert, m_key, name.value(), key.get(), request.sans, profile, request.validityDays, clock);
    X509_NAME_free(name.value());
    if (!cert)
        return cert.error();
    return IssuedCertificate{std::move(cert).value(), key.clone(), chain()};
}

Result<Certificate> CertificateAuthority::signRequest(const CertificateRequest &csr, LeafUsage usage,
                                                      int validityDays, const Clock &clock) const
{
    if (csr.isNull())
        return makeError(QStringLiteral("no signing request"));
    if (auto v = csr.verifySignature(); !v)
        return v.error();
    if (auto c = checkCanIssue(clock); !c)
        return c.error();
    const X509_NAME *subject = X509_REQ_get_subject_name(csr.get());
    if (X509_NAME_entry_count(subject) == 0)
        return makeError(QStringLiteral("the signing request has an empty subject"));
    Profile profile{false, -1, usage};
    return build(&m_cert, m_key, subject, X509_REQ_get0_pubkey(csr.get()), csr.subjectAltNames(), profile,
                 validityDays, clock);
}

Result<IssuedCertificate> CertificateAuthority::renew(const Certificate &old, const RenewOptions &options,
                                                      const Clock &clock) const
{
    if (old.isNull())
        return makeError(QStringLiteral("no certificate to renew"));
    if (old.isCA())
        return makeError(QStringLiteral("\"%1\" is a CA certificate: renew leaf certificates only").arg(old.subjectName().toString()));
    if (auto c = checkCanIssue(clock); !c)
        return c.error();
    if (!options.allowDifferentIssuer && !old.isIssuedBy(m_cert)) {
        Error e = makeError(QStringLiteral("\"%1\" was issued by \"%2\", not by this CA (\"%3\"): renew it with the CA "
                                           "that issued it, or re-issue it under this CA on purpose (its peers must "
                                           "then trust this CA's root)")
                                .arg(old.subjectName().toString(), old.info().issuer, m_cert.subjectName().toString()));
        e.reason = QStringLiteral("DifferentIssuer");
        return e;
    }
    PrivateKey key;
    if (options.newKeyType) {
        auto k = PrivateKey::generate(*options.newKeyType);
        if (!k)
            return k.error();
        key = std::move(k).value();
    } else {
        if (!options.existingKey || options.existingKey->isNull())
            return makeError(QStringLiteral("renewing with the same key needs that key"));
        if (auto m = old.checkPrivateKey(*options.existingKey); !m)
            return m.error();
        key = options.existingKey->clone();
    }
    LeafUsage usage = LeafUsage::Server;
    if (old.hasServerAuth() && old.hasClientAuth())
        usage = LeafUsage::ServerAndClient;
    else if (old.hasClientAuth())
        usage = LeafUsage::Client;
    Profile profile{false, -1, usage};
    auto cert = build(&m_cert, m_key, X509_get_subject_name(old.get()), key.get(), old.subjectAltNames(), profile,
                      options.validityDays, clock);
    if (!cert)
        return cert.error();
    return IssuedCertificate{std::move(cert).value(), std::move(key), chain()};
}

QList<Certificate> CertificateAuthority::chain() const
{
    QList<Certificate> out{m_cert};
    out += m_issuers;
    return out;
}

Certificate CertificateAuthority::root() const
{
    return m_issuers.isEmpty() ? m_cert : m_issuers.last();
}

} // namespace fc::pki
