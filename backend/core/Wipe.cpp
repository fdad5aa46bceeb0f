#include "backend/core/Wipe.h"

#include <openssl/crypto.h>

namespace fc {

bool zeroInPlace(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return false; // shared, read-only or nothing: data() would copy, so leave it
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); // data() does not copy: we are the only holder
    return true;
}

bool wipe(QByteArray &bytes)
{
    const bool zeroed = zeroInPlace(bytes);
    bytes = QByteArray(); // shared (or nothing): only our reference is let go of
    return zeroed;
}

bool wipe(QString &text)
{
    bool zeroed = false;
    if (!text.isEmpty() && text.isDetached()) {
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
        zeroed = true;
    }
    text = QString();
    return zeroed;
}

} // namespace fc
