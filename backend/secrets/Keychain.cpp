#include "backend/secrets/Keychain.h"

#include <atomic>

#include <qt6keychain/keychain.h>

#include <QMetaObject>
#include <QPointer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#define FC_KEYCHAIN_DBUS 1
#endif

namespace fc {

namespace {

Error noKeychain(const QString &detail = {})
{
    Error e;
    e.message = Keychain::unavailableMessage();
    if (!detail.isEmpty())
        e.message += QStringLiteral(" (") + detail + QLatin1Char(')');
    e.reason = QStringLiteral("NoKeychain");
    return e;
}

Error jobError(const QKeychain::Job *job, const QString &key)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return noKeychain(job->errorString());
    case QKeychain::EntryNotFound: {
        Error e = makeError(QStringLiteral("no secret stored for \"%1\"").arg(key));
        e.reason = QStringLiteral("NotFound");
        return e;
    }
    default: {
        Error e = makeError(QStringLiteral("keychain error for \"%1\": %2").arg(key, job->errorString()));
        e.reason = QStringLiteral("KeychainError");
        return e;
    }
    }
}

/// Every job: no insecure fallback, deleted when done.
template<typename JobT>
JobT *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

/// Reports an error asynchronously, like a finished job would, honouring the context's lifetime.
template<typename Callback, typename Value>
void postLater(QObject *context, Callback callback, Value value)
{
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), value = std::move(value)]() mutable { callback(std::move(value)); },
        Qt::QueuedConnection);
}

} // namespace

namespace {
std::atomic<bool> g_allowed{true};
}

Keychain::Keychain(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

void Keychain::setAllowed(bool allowed)
{
    g_allowed = allowed;
}

bool Keychain::isAllowed()
{
    return g_allowed;
}

bool Keychain::isAvailable()
{
    if (!g_allowed)
        return false;
#ifdef FC_KEYCHAIN_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *iface = bus.interface();
    if (!iface)
        return false;
    const QStringList services{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                               QStringLiteral("org.kde.kwalletd5")};
    for (const QString &s : services) {
        if (iface->isServiceRegistered(s).value())
            return true;
    }
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    if (activatable.isValid()) {
        for (const QString &s : services) {
            if (activatable.value().contains(s))
                return true;
        }
    }
    return false;
#else
    return true;
#endif
}

QString Keychain::unavailableMessage()
{
    return g_allowed ? tr("no keychain: passphrase will be asked each time")
                     : tr("the keychain is turned off in Preferences: passphrase will be asked each time");
}

void Keychain::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    if (!isAvailable())
        return postLater(context, std::move(callback), Result<QByteArray>(noKeychain()));
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback), key](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError)
            callback(jobError(read, key));
        else
            callback(read->binaryData());
    });
    job->start();
}

void Keychain::writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback callback)
{
    if (!isAvailable())
        return postLater(context, std::move(callback), Result<void>(noKeychain()));
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback), key](QKeychain::Job *j) {
        callback(j->error() != QKeychain::NoError ? Result<void>(jobError(j, key)) : Result<void>());
    });
    job->start();
}

void Keychain::deleteSecret(const QString &key, QObject *context, DoneCallback callback)
{
    if (!isAvailable())
        return postLater(context, std::move(callback), Result<void>(noKeychain()));
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback), key](QKeychain::Job *j) {
        callback(j->error() != QKeychain::NoError ? Result<void>(jobError(j, key)) : Result<void>());
    });
    job->start();
}

} // namespace fc
