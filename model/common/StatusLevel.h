#pragma once

#include <Qt>

namespace fc {

/// How a status cell reads at a glance (pod phase, node readiness, federation health). The GUI
/// draws an icon for it beside the text and the colour, so status never rests on colour alone.
/// Unknown: the state cannot be read now (a cluster that does not answer) — neither good nor failed.
enum class StatusLevel { None = 0, Ok, Progressing, Failed, Unknown };

/// The role every model answers with int(StatusLevel) for its status cells (and nothing for the
/// others): one role number, so a delegate can draw the icon without knowing the model.
inline constexpr int StatusLevelRole = Qt::UserRole + 900;

} // namespace fc
