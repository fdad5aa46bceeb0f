#!/usr/bin/env bash
# Pod log benchmark on the real local control plane, kubectl measured in the same run.
#   bench/run-logs.sh [LINES]     (default 200000)
# Prints a markdown table (the lead records it in docs/BENCHMARKS.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${FEDCONSOLE_BENCH_BUILD:-$ROOT/build/release}
LINES=${1:-200000}
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

log "building release binaries in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFEDCONSOLE_TESTS=ON >/dev/null
cmake --build "$BUILD" --target log_bench fedconsole-cli -- -j2 >/dev/null
"$ROOT/scripts/local-cluster.sh" up >&2
eval "$("$ROOT/scripts/local-cluster.sh" env)"
kubectl delete namespace bench-logs --ignore-not-found --wait=true >/dev/null 2>&1 || true
log "kubectl $(kubectl version --client -o json | python3 -c 'import json,sys; print(json.load(sys.stdin)["clientVersion"]["gitVersion"])'), $(nproc) cores"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BUILD/bench/log_bench" --lines "$LINES" --cli "$BUILD/cli/fedconsole-cli"
