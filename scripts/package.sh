#!/usr/bin/env bash
# Builds the release packages (build/release/fedconsole_<version>_amd64.deb and a .tar.gz) with
# CPack. With --check it then proves the .deb on a clean system:
#   - lintian reports no errors; desktop-file-validate and appstreamcli validate --no-net pass;
#   - dpkg -c lists the binaries, desktop file, metainfo, icons, man pages and copyright;
#   - `apt-get install ./fedconsole_*.deb` into a clean Debian 12 root (debootstrap --variant=minbase
#     bookworm from this machine's apt source; the root's tarball is cached in
#     ~/.cache/fedconsole/debroot, downloaded .debs too), then inside it: fedconsole-cli --version,
#     fedconsole --version and QT_QPA_PLATFORM=offscreen fedconsole --self-test.
# Needs root for the chroot (CI runs as root). Tools: apt-get install lintian debootstrap
# desktop-file-utils appstream (scripts/setup-deps.sh installs them).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
log() { printf '[package %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
CHECK=0
[[ ${1:-} == --check ]] && CHECK=1

cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && rm -f fedconsole_*.deb fedconsole-*.tar.gz && cpack -G "DEB;TGZ" >/dev/null)
DEB=$(ls build/release/fedconsole_*_amd64.deb)
TGZ=$(ls build/release/fedconsole-*.tar.gz)
log "built $DEB ($(du -h "$DEB" | cut -f1)) and $TGZ"
((CHECK)) || exit 0

for tool in lintian debootstrap desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install lintian debootstrap desktop-file-utils appstream (scripts/setup-deps.sh)"
done

log "dpkg -c: what the package installs"
listing=$(dpkg -c "$DEB" | awk '{print $6}')
for want in ./usr/bin/fedconsole ./usr/bin/fedconsole-cli \
    ./usr/share/applications/org.fedconsole.FedConsole.desktop \
    ./usr/share/metainfo/org.fedconsole.FedConsole.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.fedconsole.FedConsole.svg \
    ./usr/share/man/man1/fedconsole.1.gz ./usr/share/man/man1/fedconsole-cli.1.gz \
    ./usr/share/doc/fedconsole/copyright ./usr/share/doc/fedconsole/changelog.gz; do
  grep -qx -- "$want" <<<"$listing" || fail "the package lacks $want"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -qx -- "./usr/share/icons/hicolor/${size}x${size}/apps/org.fedconsole.FedConsole.png" <<<"$listing" \
    || fail "the package lacks the ${size}x${size} icon"
done
if ls translations/*.ts >/dev/null 2>&1; then
  grep -q '^./usr/share/fedconsole/translations/fedconsole_.*\.qm$' <<<"$listing" || fail "the package lacks its translations"
fi
dpkg-deb -f "$DEB" Depends Recommends | sed 's/^/  /' >&2

log "lintian (errors fail; warnings are printed)"
lintian --fail-on error --tag-display-limit 0 "$DEB" >&2 || fail "lintian reports errors"

log "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate resources/org.fedconsole.FedConsole.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic resources/org.fedconsole.FedConsole.metainfo.xml >&2 || fail "appstreamcli validate"

# ---- a clean Debian 12 root
[[ $(id -u) -eq 0 ]] || fail "installing into a debootstrap root needs root (chroot)"
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/debroot
mkdir -p "$CACHE/archives/partial"
MIRROR=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[[ -n $MIRROR ]] || MIRROR=$(awk '/^deb / && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
TARBALL=$CACHE/bookworm-minbase.tar.gz
if [[ ! -s $TARBALL ]]; then
  log "debootstrap --variant=minbase bookworm from $MIRROR (about a minute; cached afterwards)"
  tmp=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$tmp/root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log" >&2; rm -rf "$tmp"; fail "debootstrap (log: $CACHE/debootstrap.log)"; }
  rm -rf "$tmp/root/var/cache/apt/archives/"*.deb
  tar -C "$tmp/root" -czf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
  rm -rf "$tmp"
fi
CHROOT=$(mktemp -d /tmp/fedconsole-debroot.XXXXXX)
cleanup() {
  umount "$CHROOT/var/cache/apt/archives" 2>/dev/null || true
  umount "$CHROOT/proc" 2>/dev/null || true
  rm -rf --one-file-system "$CHROOT"
}
trap cleanup EXIT
tar -C "$CHROOT" -xzf "$TARBALL"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# this machine's apt sources (bookworm, updates, security) and settings, so the root sees what it sees
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  rm -f "$CHROOT/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$CHROOT/etc/apt/sources.list.d/"
fi
cp /etc/apt/apt.conf.d/99artifact-registry "$CHROOT/etc/apt/apt.conf.d/" 2>/dev/null || true
mount --bind "$CACHE/archives" "$CHROOT/var/cache/apt/archives"
mount -t proc proc "$CHROOT/proc"
cp "$DEB" "$CHROOT/tmp/"
log "apt-get install ./$(basename "$DEB") in the clean root"
chroot "$CHROOT" env DEBIAN_FRONTEND=noninteractive apt-get -q update >/dev/null
chroot "$CHROOT" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o APT::Keep-Downloaded-Packages=true \
  install "/tmp/$(basename "$DEB")" >"$CACHE/apt-install.log" 2>&1 \
  || { tail -30 "$CACHE/apt-install.log" >&2; fail "apt-get install of the .deb in the clean root"; }
log "in the clean root:"
chroot "$CHROOT" fedconsole-cli --version >&2 || fail "fedconsole-cli --version"
chroot "$CHROOT" fedconsole --version >&2 || fail "fedconsole --version"
mkdir -m 700 "$CHROOT/tmp/xdg-runtime"
chroot "$CHROOT" env HOME=/root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg-runtime fedconsole --self-test >&2 \
  || fail "fedconsole --self-test in the clean root"
for lang in de zh_CN; do # the installed translations load (the self-test fails when they do not)
  chroot "$CHROOT" env HOME=/root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg-runtime fedconsole --self-test --language "$lang" >&2 \
    || fail "fedconsole --self-test --language $lang in the clean root"
done
chroot "$CHROOT" man -w fedconsole-cli >/dev/null 2>&1 || test -f "$CHROOT/usr/share/man/man1/fedconsole-cli.1.gz" \
  || fail "the man page is not installed"
log "the .deb installs and runs on a clean Debian 12"
