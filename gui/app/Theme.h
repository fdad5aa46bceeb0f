#pragma once

#include "model/app/Preferences.h"

namespace fc {

/// Applies the theme to the whole application: System keeps the desktop's style and palette;
/// Light and Dark use Fusion with a light or dark palette. Views that paint with the palette (the
/// log viewer, the federation graph, tables) follow; call again to switch while running.
void applyTheme(Preferences::Theme theme);
/// True when the current palette is dark (text lighter than the window): for the few colours
/// chosen by hand (status badges), which need a lighter shade on a dark background.
bool isDarkPalette();

} // namespace fc
