#!/usr/bin/env bash
# Runs every test: unit, integration (real local control plane), GUI (Xvfb), keychain
# (gnome-keyring), openssl interop — twice: on the asan preset (AddressSanitizer + UBSan, -O1) and
# on the release preset (-O2 with a distribution's hardening flags: what scripts/run.sh and the
# package ship), then builds the .deb and installs it into a clean Debian 12 root (scripts/package.sh --check).
# Both builds go through ccache (~/.cache/ccache), so a warm run rebuilds quickly.
# Arguments are passed to both ctest runs (e.g. -L unit).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
log "1/6 system packages"
scripts/setup-deps.sh
log "2/6 local control plane binaries (first run compiles Kubernetes: ~15-25 min on 2 cores)"
scripts/local-cluster.sh build
for preset in asan release; do
  log "3/6 build (preset $preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
failed=()
log "4/6 ctest on the asan build (the local cluster is started and stopped by the local_cluster fixture)"
ctest --preset asan -j2 "$@" || failed+=(asan)
log "5/6 ctest on the release build"
ctest --preset release -j2 "$@" || failed+=(release)
log "6/6 package: the .deb built, linted (lintian, desktop-file-validate, appstreamcli), installed into a clean Debian 12 root and run there"
scripts/package.sh --check || failed+=(package)
if ((${#failed[@]})); then
  log "FAILED on: ${failed[*]}"
  exit 1
fi
log "all tests passed on both builds"
