#!/usr/bin/env bash
# Recipe (not run in CI: needs macOS with Xcode and Qt 6 from Homebrew): FedConsole.app in a .dmg.
#   brew install qt yaml-cpp simdjson openssl@3 qtkeychain cmake ninja
#   installers/macos/build-dmg.sh   → build/macos/FedConsole-<version>.dmg
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
cmake -B build/macos -G Ninja -DCMAKE_BUILD_TYPE=Release -DFEDCONSOLE_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix openssl@3)"
cmake --build build/macos
APP=build/macos/FedConsole.app
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp build/macos/gui/fedconsole build/macos/cli/fedconsole-cli "$APP/Contents/MacOS/"
# the icon: iconutil from the rendered PNGs
ICONSET=build/macos/fedconsole.iconset
mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
  cp "build/macos/resources/hicolor/${s}x${s}/apps/org.fedconsole.FedConsole.png" "$ICONSET/icon_${s}x${s}.png"
done
iconutil -c icns -o "$APP/Contents/Resources/fedconsole.icns" "$ICONSET"
cat > "$APP/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleIdentifier</key><string>org.fedconsole.FedConsole</string>
  <key>CFBundleName</key><string>FedConsole</string>
  <key>CFBundleExecutable</key><string>fedconsole</string>
  <key>CFBundleIconFile</key><string>fedconsole.icns</string>
  <key>CFBundleShortVersionString</key><string>$(sed -n 's/^project(FedConsole VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)</string>
  <key>NSHighResolutionCapable</key><true/>
</dict></plist>
PLIST
macdeployqt "$APP" -dmg
mv build/macos/FedConsole.dmg "build/macos/FedConsole-$(sed -n 's/^project(FedConsole VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt).dmg"
