#pragma once

#include "model/common/StatusLevel.h"

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

/// The icon of a status level (model/common/StatusLevel.h): a green check, an amber warning
/// triangle, a red cross — shapes that differ without colour. Null for StatusLevel::None.
QIcon statusIcon(StatusLevel level);

} // namespace fc
