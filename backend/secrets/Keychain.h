#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fc {

/// Secrets (CA passphrases, tokens) in the operating system's keychain through QtKeychain: Secret
/// Service/KWallet on Linux, Keychain on macOS, Credential Manager on Windows.
///
/// All calls are asynchronous: the callback runs on the context object's thread once the job has
/// finished, and never runs if the context was destroyed first. There is no plain-text fallback —
/// QtKeychain's insecure fallback is switched off on every job. When no keychain is reachable the
/// callback receives an Error with reason "NoKeychain" and nothing is stored anywhere.
class Keychain final : public QObject {
    Q_OBJECT
public:
    /// service: the keychain "service" (application) name the entries are filed under.
    explicit Keychain(QString service, QObject *parent = nullptr);

    /// Fast check whether a secure backend can be reached now (Linux: the Secret Service or KWallet
    /// is registered or activatable on the D-Bus session bus). Always true on macOS/Windows.
    /// False also while the user has turned the keychain off (setAllowed(false)).
    static bool isAvailable();
    /// The "use the keychain" preference, for the whole process: when off, nothing is read from or
    /// written to the keychain and every call fails with reason "NoKeychain".
    static void setAllowed(bool allowed);
    static bool isAllowed();
    /// What the UI shows when isAvailable() is false.
    static QString unavailableMessage();

    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    void readSecret(const QString &key, QObject *context, ReadCallback callback);
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback callback);
    void deleteSecret(const QString &key, QObject *context, DoneCallback callback);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace fc
