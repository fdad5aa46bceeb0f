#pragma once

#include <QByteArray>

namespace fc {

/// Overwrites a buffer that held a secret (a private key, a bearer token, a passphrase, a
/// kubeconfig with credentials) with zeros — OPENSSL_cleanse, which the compiler may not drop —
/// and empties it. Only a buffer this QByteArray holds alone is overwritten: data() on a shared
/// one would first copy it and wipe only the copy (the other holders still need theirs), so a
/// shared buffer is released instead. True when bytes were overwritten.
bool wipe(QByteArray &bytes);

} // namespace fc
