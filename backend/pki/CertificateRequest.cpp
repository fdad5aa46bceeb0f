#include "backend/pki/CertificateRequest.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace fc::pki {

CertificateRequest::CertificateRequest(const CertificateRequest &other)
{
    if (other.m_req)
        m_req.reset(X509_REQ_dup(other.m_req.get()));
}

CertificateRequest &CertificateRequest::operator=(const CertificateRequest &other)
{
    if (this != &other)
        m_req.reset(other.m_req ? X509_REQ_dup(other.m_req.get()) : nullptr);
    return *this;
}

Result<CertificateRequest> CertificateRequest::create(const DistinguishedName &subject,
                                                      const SubjectAltNames &sans, const PrivateKey &key)
{
    if (key.isNull())
        return makeError(QStringLiteral("no key for the signing request"));
    auto name = buildX509Name(subject);
    if (!name)
        return name.error();
    clearOpensslErrors();
    X509ReqPtr req(X509_REQ_new());
    X509_REQ_set_version(req.get(), 0);
    const bool nameOk = X509_REQ_set_subject_name(req.get(), name.value()) == 1;
    X509_NAME_free(name.value());
    if (!nameOk || X509_REQ_set_pubkey(req.get(), key.get()) != 1)
        return opensslError(QStringLiteral("cannot build signing request"));
    if (!sans.isEmpty()) {
        auto gens = buildGeneralNames(sans);
        if (!gens)
            return gens.error();
        STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
        X509_EXTENSION *ext = X509V3_EXT_i2d(NID_subject_alt_name, 0, gens.value());
        GENERAL_NAMES_free(gens.value());
        sk_X509_EXTENSION_push(exts, ext);
        const int ok = X509_REQ_add_extensions(req.get(), exts);
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
        if (ok != 1)
            return opensslError(QStringLiteral("cannot add subjectAltName to signing request"));
    }
    if (X509_REQ_sign(req.get(), key.get(), key.signingDigest()) <= 0)
        return opensslError(QStringLiteral("cannot sign the signing request"));
    return CertificateRequest(std::move(req));
}

Result<CertificateRequest> CertificateRequest::fromPem(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE REQUEST-----") && !pem.contains("-----BEGIN NEW CERTIFICATE REQUEST-----")) {
        Error e = makeError(pem.contains("-----BEGIN ")
                                ? QStringLiteral("PEM does not hold a certificate signing request (no \"BEGIN CERTIFICATE REQUEST\" block)")
                                : QStringLiteral("signing request: not PEM (no \"-----BEGIN\" line)"));
        e.reason = QStringLiteral("MalformedPem");
        return e;
    }
    clearOpensslErrors();
    BioPtr bio = memoryBio(pem);
    X509_REQ *req = PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr);
    if (!req) {
        Error e = opensslError(QStringLiteral("signing request: malformed PEM"));
        e.reason = QStringLiteral("MalformedPem");
        return e;
    }
    return CertificateRequest(X509ReqPtr(req));
}

QByteArray CertificateRequest::toPem() const
{
    if (!m_req)
        return {};
    BioPtr bio = memoryBio();
    PEM_write_bio_X509_REQ(bio.get(), m_req.get());
    return bioContents(bio.get());
}

Result<void> CertificateRequest::verifySignature() const
{
    if (!m_req)
        return makeError(QStringLiteral("no signing request"));
    clearOpensslErrors();
    EVP_PKEY *pub = X509_REQ_get0_pubkey(m_req.get());
    if (!pub || X509_REQ_verify(m_req.get(), pub) != 1) {
        clearOpensslErrors();
        Error e = makeError(QStringLiteral("the signing request for \"%1\" has a bad signature: refused").arg(subject()));
        e.reason = QStringLiteral("BadSignature");
        return e;
    }
    return {};
}

DistinguishedName CertificateRequest::subjectName() const
{
    return m_req ? distinguishedNameFrom(X509_REQ_get_subject_name(m_req.get())) : DistinguishedName{};
}

QString CertificateRequest::subject() const
{
    return m_req ? nameToString(X509_REQ_get_subject_name(m_req.get())) : QString();
}

SubjectAltNames CertificateRequest::subjectAltNames() const
{
    if (!m_req)
        return {};
    STACK_OF(X509_EXTENSION) *exts = X509_REQ_get_extensions(m_req.get());
    SubjectAltNames sans;
    if (exts) {
        auto *names = static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts, NID_subject_alt_name, nullptr, nullptr));
        sans = subjectAltNamesFrom(names);
        GENERAL_NAMES_free(names);
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    }
    return sans;
}

QString CertificateRequest::keyAlgorithm() const
{
    EVP_PKEY *pub = m_req ? X509_REQ_get0_pubkey(m_req.get()) : nullptr;
    if (!pub)
        return {};
    switch (EVP_PKEY_get_base_id(pub)) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_EC: return QStringLiteral("EC");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    default: return QString::fromLatin1(EVP_PKEY_get0_type_name(pub));
    }
}

int CertificateRequest::keyBits() const
{
    EVP_PKEY *pub = m_req ? X509_REQ_get0_pubkey(m_req.get()) : nullptr;
    return pub ? EVP_PKEY_get_bits(pub) : 0;
}

} // namespace fc::pki
