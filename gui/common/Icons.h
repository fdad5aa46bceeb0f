#pragma once

#include <QIcon>

namespace fc {

/// The application icon (resources/icons/org.fedconsole.FedConsole.svg, compiled in).
QIcon appIcon();

/// A main action's icon: the icon theme's `themeName` when the theme has it (the desktop's look),
/// else FedConsole's own SVG `:/icons/actions/<fallback>.svg` — sharp at any scale.
QIcon actionIcon(const QString &themeName, const QString &fallback);

} // namespace fc
