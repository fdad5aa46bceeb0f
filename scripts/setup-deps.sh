#!/usr/bin/env bash
# Installs what FedConsole needs from Debian 12's packages (idempotent; quick when present).
# Go is not installed here: the local control plane needs Go >= 1.23 (Debian 12 ships 1.19),
# see README.md.
set -euo pipefail
PKGS=(
  cmake ninja-build g++ pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-qpa-plugins
  qtkeychain-qt6-dev libyaml-cpp-dev libsimdjson-dev libssl-dev zlib1g-dev openssl
  etcd-server
  xvfb xauth gnome-keyring dbus dbus-x11 fonts-dejavu-core
  curl python3 python3-yaml
  librsvg2-bin qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-translations-l10n fonts-wqy-microhei
  lintian debootstrap desktop-file-utils appstream fakeroot
  tinyproxy microsocks stunnel4
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "[setup] installing from Debian: ${missing[*]}" >&2
  SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "[setup] Debian packages present" >&2
fi
if ! command -v kubectl >/dev/null; then
  echo "[setup] note: kubectl is not on PATH; interop tests and benchmarks compare against it" >&2
fi
if ! command -v go >/dev/null; then
  echo "[setup] ERROR: Go >= 1.23 is needed to build the local control plane (or set KUBEBUILDER_ASSETS)" >&2
  exit 1
fi
