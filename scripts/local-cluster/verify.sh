#!/usr/bin/env bash
# shellcheck disable=SC1090,SC1091  # sources generated files in the state dir
# Smoke test of a running local cluster (scripts/local-cluster.sh up). Creates and deletes
# objects in namespace "lc-verify" only. Exit 0 = every check passed. Run it on an otherwise
# idle cluster: the GPU check needs one whole free H100 node (8 GPUs).
#   FEDCONSOLE_CLUSTER_DIR=... scripts/local-cluster/verify.sh [--restart-apiserver]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LC="$HERE/../local-cluster.sh"
eval "$("$LC" env)"
NS=lc-verify
TMP=$(mktemp -d)
trap 'kubectl delete ns "$NS" --wait=false >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
ok() { printf 'ok   %s (%ss)\n' "$*" "$SECONDS"; }
fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }
k() { kubectl -n "$NS" "$@"; }

"$LC" status >/dev/null || fail "status: cluster not healthy"
ok "status healthy"
kubectl delete ns "$NS" --wait=true >/dev/null 2>&1 || true
kubectl create ns "$NS" >/dev/null
for _ in $(seq 1 50); do k get sa default >/dev/null 2>&1 && break; sleep 0.2; done

# Nodes and GPU capacity
[[ $(kubectl get nodes --no-headers | grep -c ' Ready ') == 6 ]] || fail "6 Ready nodes"
[[ $(kubectl get node gpu-h100-0 -o jsonpath='{.status.allocatable.nvidia\.com/gpu}') == 8 ]] || fail "gpu-h100-0 has 8 GPUs"
[[ $(kubectl get node gpu-t4-0 -o jsonpath='{.status.allocatable.nvidia\.com/gpu}') == 4 ]] || fail "gpu-t4-0 has 4 GPUs"
[[ $(kubectl get node gpu-t4-0 -o jsonpath='{.metadata.labels.nvidia\.com/gpu\.sharing-strategy}') == time-slicing ]] || fail "t4 label"
ok "6 nodes Ready, GPU capacity/labels"

# Scheduler + kwok
k run p1 --image=busybox --restart=Never >/dev/null
k wait --for=jsonpath='{.status.phase}'=Running pod/p1 --timeout=30s >/dev/null || fail "pod Running"
ok "pod scheduled and Running on $(k get pod p1 -o jsonpath='{.spec.nodeName}')"

# Controller-manager
k create deployment web --image=nginx --replicas=3 >/dev/null
k rollout status deploy/web --timeout=60s >/dev/null || fail "deployment rollout"
[[ $(k get rs -l app=web --no-headers | wc -l) == 1 ]] || fail "replicaset"
ok "deployment -> replicaset -> 3 Running pods"

# GPU scheduling
for n in 2 8 9; do
  k apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Pod
metadata: {name: gpu$n}
spec:
  containers: [{name: c, image: trainer, resources: {limits: {nvidia.com/gpu: $n}}}]
EOF
done
k wait --for=jsonpath='{.status.phase}'=Running pod/gpu2 pod/gpu8 --timeout=30s >/dev/null ||
  fail "gpu pods Running (is another workload using the GPU nodes?): $(k get events --field-selector reason=FailedScheduling --no-headers 2>/dev/null | grep -v gpu9 | tail -1)"
[[ $(k get pod gpu2 -o jsonpath='{.spec.nodeName}') == gpu-* ]] || fail "gpu2 on a GPU node"
[[ $(k get pod gpu8 -o jsonpath='{.spec.nodeName}') == gpu-h100-* ]] || fail "gpu8 on an H100 node"
for _ in $(seq 1 50); do
  k get events --field-selector involvedObject.name=gpu9,reason=FailedScheduling --no-headers 2>/dev/null | grep -q 'Insufficient nvidia.com/gpu' && break
  sleep 0.2
done
[[ $(k get pod gpu9 -o jsonpath='{.status.phase}') == Pending ]] || fail "gpu9 Pending"
k get events --field-selector involvedObject.name=gpu9,reason=FailedScheduling --no-headers | grep -q 'Insufficient nvidia.com/gpu' || fail "gpu9 FailedScheduling event"
ok "GPU pods on GPU nodes only (8-GPU pod on H100); 9-GPU pod Pending with FailedScheduling"

# Logs through the apiserver
LOG="$TMP/p1.log"
printf '2026-01-02T03:04:05.123456789Z stdout F line one\n2026-01-02T03:04:06.000000000Z stdout F line two\n' >"$LOG"
chmod 644 "$LOG"; chmod 755 "$TMP"
k apply -f - >/dev/null <<EOF
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Logs
metadata: {name: p1}
spec:
  logs:
  - containers: [p1]
    logsFile: $LOG
    follow: true
EOF
for _ in $(seq 1 25); do k logs p1 2>/dev/null | grep -q 'line two' && break; sleep 0.2; done
[[ $(k logs p1) == $'line one\nline two' ]] || fail "kubectl logs"
[[ $(k logs p1 --tail=1) == 'line two' ]] || fail "--tail"
[[ $(k logs p1 --since-time=2026-01-02T03:04:06Z) == 'line two' ]] || fail "--since-time"
k logs p1 --timestamps | head -1 | grep -q '^2026-01-02T03:04:05.123456789Z line one$' || fail "--timestamps"
timeout 5 kubectl -n "$NS" logs -f p1 >"$TMP/follow.out" 2>&1 &
sleep 1.5
echo '2026-01-02T03:04:07.000000000Z stdout F appended later' >>"$LOG"
wait || true
grep -q 'appended later' "$TMP/follow.out" || fail "logs -f did not stream the appended line"
kubectl --context fedconsole-local-token -n "$NS" logs p1 --tail=1 | grep -q 'appended later' || fail "token user logs"
ok "kubectl logs: plain, --tail, --since-time, --timestamps, -f, token user"

# Token user is read-only
kubectl --context fedconsole-local-token -n "$NS" get pods >/dev/null || fail "token user list pods"
! kubectl --context fedconsole-local-token -n "$NS" delete pod p1 >/dev/null 2>&1 || fail "token user can delete"
ok "token user: view + pods/log, no writes"

# WatchList (needs etcd >= 3.4.31/3.5)
P=$(. "$FEDCONSOLE_CLUSTER_DIR/ports.env"; echo "$API_PORT")
timeout 3 curl -sN --cacert "$FEDCONSOLE_CLUSTER_DIR/ca.crt" --cert "$FEDCONSOLE_CLUSTER_DIR/admin.crt" \
  --key "$FEDCONSOLE_CLUSTER_DIR/admin.key" \
  "https://127.0.0.1:$P/api/v1/namespaces/$NS/pods?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true" \
  >"$TMP/wl.out" || true
grep -q 'initial-events-end' "$TMP/wl.out" || fail "WatchList initial-events-end bookmark"
ok "WatchList stream ends initial events with a bookmark"

if [[ ${1:-} == --restart-apiserver ]]; then
  "$LC" restart-apiserver --restart-controllers >/dev/null 2>&1 || fail "restart-apiserver"
  k run p2 --image=busybox --restart=Never >/dev/null
  k wait --for=jsonpath='{.status.phase}'=Running pod/p2 --timeout=30s >/dev/null || fail "pod Running after restart"
  ok "restart-apiserver --restart-controllers; pods schedule and run again"
fi

# Deletion
k delete deploy web --wait=true >/dev/null
k delete pod --all --wait=true --timeout=30s >/dev/null || fail "pod deletion"
for _ in $(seq 1 50); do [[ -z $(k get pods --no-headers 2>/dev/null) ]] && break; sleep 0.2; done
[[ -z $(k get pods --no-headers 2>/dev/null) ]] || fail "pods left after delete: $(k get pods --no-headers)"
ok "deletion: no Terminating leftovers"
echo "all checks passed"
