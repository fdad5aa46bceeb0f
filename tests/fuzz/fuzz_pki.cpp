// The PEM/DER/PKCS#8/PKCS#12 readers and CSR parsing: certificates (one or a chain), private keys
// (plain and encrypted, with a wrong passphrase too), the kubeconfig PEM checks, CSRs, PKCS#12.
#include "FuzzTarget.h"

#include "backend/cluster/Credentials.h"
#include "backend/cluster/PemCheck.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/CertificateRequest.h"
#include "backend/pki/Pkcs12.h"
#include "backend/pki/PrivateKey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApp();
    const QByteArray in = fc::fuzz::bytes(data, size);
    if (auto c = fc::pki::Certificate::fromPem(in))
        (void)c->toPem();
    (void)fc::pki::Certificate::listFromPem(in);
    (void)fc::pki::Certificate::fromDer(in);
    (void)fc::pki::PrivateKey::fromPem(in);
    (void)fc::pki::PrivateKey::fromPem(in, QByteArrayLiteral("wrong passphrase"));
    (void)fc::pki::CertificateRequest::fromPem(in);
    (void)fc::pki::importPkcs12(in, QByteArrayLiteral("changeit"));
    (void)fc::pemcheck::checkCertificates(in);
    (void)fc::pemcheck::checkPrivateKey(in);
    (void)fc::pemcheck::keyMatchesCertificate(in, in);
    (void)fc::privateKeyFromPem(in);
    (void)fc::certificatesFromPem(in);
    return 0;
}
