#pragma once

#include <QString>

#include <functional>

class QObject;

namespace fc {

/// Sends a desktop notification through the freedesktop Notifications service on the session bus
/// (GNOME, KDE, XFCE… all serve it), asynchronously: the UI never waits for the bus. `done` runs
/// on `context`'s thread with true, or false and the reason when no session bus or notification
/// service answered — the caller keeps its in-window badge either way.
void sendDesktopNotification(const QString &summary, const QString &body, QObject *context,
                             std::function<void(bool sent, const QString &error)> done);

} // namespace fc
