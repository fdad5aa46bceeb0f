#!/usr/bin/env bash
# Soak under faults on the real local control plane (issue 14):
#   bench/run-soak.sh [PODS] [APISERVER_KILLS] [ETCD_RESTARTS]     (default 10000 10 2)
# N pods under label churn and three followed log streams while kube-apiserver is killed (-9) and
# restarted and etcd restarted; then the app's store is compared with `kubectl get pods -A -o json`
# and each log stream with the lines written. Exit 1 on any missing, stale or duplicate row or line.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${FEDCONSOLE_BENCH_BUILD:-$ROOT/build/release}
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
log "building soak_bench in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFEDCONSOLE_TESTS=ON >/dev/null
cmake --build "$BUILD" --target soak_bench >/dev/null
"$ROOT/scripts/local-cluster.sh" up >&2
eval "$("$ROOT/scripts/local-cluster.sh" env)"
"$BUILD/bench/soak_bench" --pods "${1:-10000}" --apiserver-kills "${2:-10}" --etcd-restarts "${3:-2}" --source "$ROOT" --clean
