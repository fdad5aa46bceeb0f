#include "backend/pki/OpenSslHandles.h"

#include <openssl/err.h>

namespace fc::pki {

Error opensslError(const QString &what)
{
    QStringList details;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        const char *reason = ERR_reason_error_string(code);
        details << QString::fromLatin1(reason ? reason : buf);
    }
    Error e;
    e.message = details.isEmpty() ? what : what + QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
    e.reason = QStringLiteral("OpenSSL");
    return e;
}

void clearOpensslErrors()
{
    ERR_clear_error();
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

BioPtr memoryBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioContents(BIO *bio)
{
    BUF_MEM *mem = nullptr;
    BIO_get_mem_ptr(bio, &mem);
    if (!mem)
        return {};
    return QByteArray(mem->data, qsizetype(mem->length));
}

} // namespace fc::pki
