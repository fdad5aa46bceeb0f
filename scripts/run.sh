#!/usr/bin/env bash
# Sets up and runs FedConsole. With no kubeconfig (KUBECONFIG unset and no ~/.kube/config), it
# starts the local control plane, seeds the demo federation and opens the app on it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
log "system packages"
scripts/setup-deps.sh
log "build (preset release)"
cmake --preset release >/dev/null
cmake --build --preset release
if [[ -z ${KUBECONFIG:-} && ! -f $HOME/.kube/config ]]; then
  log "no kubeconfig: starting the local control plane (first run compiles Kubernetes, ~15-25 min)"
  scripts/local-cluster.sh up
  eval "$(scripts/local-cluster.sh env)"
  if [[ -x scripts/demo-federation.sh ]]; then
    log "seeding the demo federation"
    scripts/demo-federation.sh --wait || log "demo federation: seeding reported a problem (see above)"
  fi
fi
exec build/release/gui/fedconsole "$@"
