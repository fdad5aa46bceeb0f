#include "backend/core/Wipe.h"

#include <openssl/crypto.h>

namespace fc {

bool wipe(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached()) {
        bytes = QByteArray(); // shared (or nothing): let go of our reference only
        return false;
    }
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); // data() does not copy: we are the only holder
    bytes = QByteArray();
    return true;
}

} // namespace fc
