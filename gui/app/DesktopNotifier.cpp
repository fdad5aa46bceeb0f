#include "gui/app/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>
#include <QVariantMap>

namespace fc {

void sendDesktopNotification(const QString &summary, const QString &body, QObject *context,
                             std::function<void(bool sent, const QString &error)> done)
{
    // A desktop session names its bus; without one, asking for the session bus would make libdbus
    // autolaunch a private daemon (dbus-launch) that outlives the app and reaches no notifier.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QTimer::singleShot(0, context, [done] { done(false, QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")); });
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [done] { done(false, QStringLiteral("no D-Bus session bus")); });
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QStringLiteral("FedConsole") << uint(0) << QStringLiteral("org.fedconsole.FedConsole") << summary << body << QStringList()
         << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("org.fedconsole.FedConsole")},
                        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)}}
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        done(!reply.isError(), reply.isError() ? reply.error().message() : QString());
    });
}

} // namespace fc
