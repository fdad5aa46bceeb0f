#!/usr/bin/env bash
# Recipe (not run in CI: linuxdeploy is not a Debian package and is not fetched by this machine):
# an AppImage of the release build with linuxdeploy and its Qt plugin.
#   installers/appimage/build-appimage.sh   → FedConsole-<version>-x86_64.AppImage
# Needs: linuxdeploy-x86_64.AppImage and linuxdeploy-plugin-qt-x86_64.AppImage on PATH
# (https://github.com/linuxdeploy), qmake6 for the plugin to find Qt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
cmake --preset release -DFEDCONSOLE_TESTS=OFF
cmake --build --preset release
APPDIR=build/release/AppDir
rm -rf "$APPDIR"
DESTDIR=$PWD/$APPDIR cmake --install build/release --prefix /usr
export QMAKE=${QMAKE:-qmake6}
export EXTRA_QT_PLUGINS=svg        # the icons are SVG
linuxdeploy-x86_64.AppImage --appdir "$APPDIR" \
  --desktop-file "$APPDIR/usr/share/applications/org.fedconsole.FedConsole.desktop" \
  --icon-file "$APPDIR/usr/share/icons/hicolor/256x256/apps/org.fedconsole.FedConsole.png" \
  --plugin qt --output appimage
