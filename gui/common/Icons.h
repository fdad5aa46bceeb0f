#pragma once

#include <QIcon>

namespace fc {

/// The application icon (resources/icons/org.fedconsole.FedConsole.svg, compiled in).
QIcon appIcon();

/// A main action's icon: the icon theme's `themeName` when the theme has it (the desktop's look),
/// else FedConsole's own SVG `:/icons/actions/<fallback>.svg` — sharp at any scale.
QIcon actionIcon(const QString &themeName, const QString &fallback);

/// The icon of a resource kind in the kind list ("pods", "configmaps"…; anything else gets the
/// generic one). Shapes and colours group the kinds: workloads, network, configuration, cluster.
QIcon kindIcon(const QString &resource);

} // namespace fc
