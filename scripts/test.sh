#!/usr/bin/env bash
# Runs every test: unit, integration (real local control plane), GUI (Xvfb), keychain
# (gnome-keyring), openssl interop. Builds with AddressSanitizer + UBSan (preset asan).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
log "1/4 system packages"
scripts/setup-deps.sh
log "2/4 local control plane binaries (first run compiles Kubernetes: ~15-25 min on 2 cores)"
scripts/local-cluster.sh build
log "3/4 build (preset asan)"
cmake --preset asan >/dev/null
cmake --build --preset asan
log "4/4 ctest (the local cluster is started and stopped by the local_cluster fixture)"
ctest --preset asan -j2 "$@"
