#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

/// Overwrites a buffer that held a secret (a private key, a bearer token, a passphrase, a
/// kubeconfig with credentials) with zeros — OPENSSL_cleanse, which the compiler may not drop —
/// and empties it. Only a buffer this QByteArray holds alone is overwritten: data() on a shared
/// one would first copy it and wipe only the copy (the other holders still need theirs), so a
/// shared buffer is released instead. True when bytes were overwritten.
bool wipe(QByteArray &bytes);

/// The first half of wipe(): overwrites the bytes of a buffer held alone with zeros where they
/// are and keeps the (now zeroed) buffer; a shared, empty or read-only buffer is left as it is.
/// True when bytes were overwritten. wipe() = zeroInPlace() + release.
bool zeroInPlace(QByteArray &bytes);

/// The same for text (a token, a password read from a kubeconfig): its UTF-16 buffer, when held
/// alone, is overwritten before it is released.
bool wipe(QString &text);

} // namespace fc
