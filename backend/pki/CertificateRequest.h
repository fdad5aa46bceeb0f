#pragma once

#include "backend/core/Result.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/OpenSslHandles.h"
#include "backend/pki/PrivateKey.h"

namespace fc::pki {

/// A PKCS#10 certificate signing request (X509_REQ). Copies share the underlying object.
class CertificateRequest {
public:
    CertificateRequest() = default;
    explicit CertificateRequest(X509ReqPtr req) : m_req(std::move(req)) {}
    CertificateRequest(const CertificateRequest &other);
    CertificateRequest &operator=(const CertificateRequest &other);
    CertificateRequest(CertificateRequest &&) noexcept = default;
    CertificateRequest &operator=(CertificateRequest &&) noexcept = default;

    /// A CSR for subject/SANs signed with key (SANs go in an extensionRequest attribute).
    static Result<CertificateRequest> create(const DistinguishedName &subject, const SubjectAltNames &sans,
                                             const PrivateKey &key);
    static Result<CertificateRequest> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_req; }
    X509_REQ *get() const { return m_req.get(); }
    QByteArray toPem() const;

    /// Error unless the request is signed by the key it carries.
    Result<void> verifySignature() const;
    DistinguishedName subjectName() const;
    QString subject() const; ///< readable one-line subject for display
    SubjectAltNames subjectAltNames() const;
    QString keyAlgorithm() const;
    int keyBits() const;

private:
    X509ReqPtr m_req;
};

} // namespace fc::pki
