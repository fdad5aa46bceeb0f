#!/usr/bin/env bash
# Runs every fedconsole-cli line of the README (between <!-- readme-cli:begin/end -->) on the
# release build, against the local control plane with the demo federation — issue 10: "run every
# fedconsole-cli command of the README on the release build". Each line must exit 0.
#   readme_cli.sh SOURCE_DIR CLI_BINARY
set -euo pipefail
SRC=$1
CLI=$2
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
[[ -x $CLI ]] || { echo "fedconsole-cli not built: $CLI (cmake --build --preset release)" >&2; exit 1; }
eval "$("$SRC/scripts/local-cluster.sh" env)"
HELM=${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/helm/v4.3.2/helm
[[ -x $HELM ]] || { echo "helm v4.3.2 is not built: run scripts/helm-bins.sh" >&2; exit 1; }
WORK=$(mktemp -d)
cleanup() {
  kubectl delete -n ingress daemonset nginx-ingress-microk8s-controller --ignore-not-found >/dev/null 2>&1 || true
  "$HELM" uninstall envoy-3 -n openfl-envoy-3 >/dev/null 2>&1 || true
  kubectl delete namespace openfl-envoy-3 --wait=false --ignore-not-found >/dev/null 2>&1 || true
  kubectl delete secret envoy-1-cert -n openfl-envoy-1 --ignore-not-found >/dev/null 2>&1 || true
  "$SRC/scripts/demo-federation.sh" --delete --wait >/dev/null 2>&1 || true # as the other demo tests leave the cluster
  rm -rf "$WORK"
}
trap cleanup EXIT

log "demo federation"
# its progress goes to a file: a failing line below must be what the end of this output shows
"$SRC/scripts/demo-federation.sh" --wait >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; echo "demo federation failed" >&2; exit 1; }
# the controller the demo's TCP map belongs to (microk8s' ingress-nginx DaemonSet)
kubectl apply -f "$SRC/tests/model/editors/fixtures/microk8s-ingress/01-serviceaccount.yaml" \
  -f "$SRC/tests/model/editors/fixtures/microk8s-ingress/20-nginx-ingress-microk8s-controller.yaml" >/dev/null

# the lines as written; the app's data (the CA store) and helm's in the work dir
mapfile -t lines < <(sed -n '/<!-- readme-cli:begin -->/,/<!-- readme-cli:end -->/p' "$SRC/README.md" |
  grep '^build/release/cli/fedconsole-cli ' | sed -e 's/[[:space:]]\+#.*$//')
[[ ${#lines[@]} -ge 10 ]] || { echo "README: found only ${#lines[@]} fedconsole-cli lines between the readme-cli markers" >&2; exit 1; }
export XDG_DATA_HOME=$WORK/data FEDCONSOLE_CA_PASSPHRASE=readme-demo-passphrase FEDCONSOLE_HELM=$HELM
export HELM_CACHE_HOME=$WORK/helm/cache HELM_CONFIG_HOME=$WORK/helm/config HELM_DATA_HOME=$WORK/helm/data
# run where a user would stand: files the lines write (./envoy-1) land in the work dir
mkdir -p "$WORK/cwd"
cd "$WORK/cwd"
failed=0
report=""
for line in "${lines[@]}"; do
  cmd=${line/#build\/release\/cli\/fedconsole-cli/$CLI}
  cmd=${cmd//tests\/charts\//$SRC/tests/charts/}
  out=$(eval "$cmd" 2>&1) && rc=0 || rc=$?
  if ((rc != 0)); then
    log "FAILED (exit $rc): \$ ${line}"
    report+=$(printf '\nFAILED (exit %s): %s\n%s\n' "$rc" "$line" "$out")
    failed=$((failed + 1))
  else
    log "ok: \$ ${line}"
  fi
done
if ((failed)); then
  # last, whole: what a truncated CI log keeps is its end
  printf '%s\n' "$report" >&2
  echo "$failed of ${#lines[@]} README lines failed" >&2
  exit 1
fi
echo "all ${#lines[@]} README fedconsole-cli lines ran on $CLI"
