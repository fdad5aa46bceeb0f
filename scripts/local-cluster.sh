#!/usr/bin/env bash
# shellcheck disable=SC1090,SC1091  # sources generated files in the state dir
# FedConsole local Kubernetes control plane: real upstream components on 127.0.0.1.
#
#   etcd v3.5.21 (built from scripts/local-cluster/etcd; or $FEDCONSOLE_ETCD / $KUBEBUILDER_ASSETS/etcd.
#       Debian's etcd 3.4.23 lacks RequestWatchProgress: WatchList streams and client-go >= 0.33
#       informers (kwok) then fail, so it is only used when FEDCONSOLE_ETCD points at it)
#   kube-apiserver, kube-controller-manager, kube-scheduler  (k8s.io/kubernetes v1.32.4,
#       one hyperkube-style binary built from scripts/local-cluster/hyperkube)
#   kwok v0.7.0 (simulated kubelets; stages in scripts/local-cluster/kwok/kwok.yaml)
#   helm v4.3.2 and v3.21.4 (scripts/helm-bins.sh; not needed to run the cluster, built by `build`)
#
# Usage: scripts/local-cluster.sh build|up|down|env|status|restart-apiserver
# See docs/LOCAL-CLUSTER.md.
set -euo pipefail

K8S_VERSION=v1.32.4
K8S_COMMIT=59526cd4867447956156ae3a602fcbac10a2c335   # tag v1.32.4 (from the Go module proxy .info)
KWOK_VERSION=v0.7.0
ETCD_VERSION=v3.5.21   # pinned in scripts/local-cluster/etcd/go.mod

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ASSETS="$SCRIPT_DIR/local-cluster"
CACHE_BIN="${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/$K8S_VERSION/bin"
STATE="${FEDCONSOLE_CLUSTER_DIR:-${TMPDIR:-/tmp}/fedconsole-local-cluster}"
# The kubeconfig's cluster and context name; users are named after it too (except for the default
# cluster's historical fedconsole-admin / fedconsole-token-user), so the kubeconfigs of a fleet
# (`fleet up`) merge without one cluster's credentials shadowing another's.
NAME="${FEDCONSOLE_CLUSTER_NAME:-fedconsole-local}"
if [[ $NAME == fedconsole-local ]]; then ADMIN_USER=fedconsole-admin TOKEN_USER=fedconsole-token-user
else ADMIN_USER=$NAME-admin TOKEN_USER=$NAME-token-user; fi
FLEET="${FEDCONSOLE_FLEET_DIR:-${TMPDIR:-/tmp}/fedconsole-fleet}"
declare -A STARTED=() STARTED_AT=()   # components this invocation started: pid, $EPOCHREALTIME
# Components in start order.
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok)
EXTRAS=(demo-logs) # started by others in this state dir (scripts/demo-federation.sh's log writer): stopped first
STOP_TIMEOUT=${FEDCONSOLE_STOP_TIMEOUT:-10}

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S.%2N)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(date -u +%H:%M:%S.%2N)" "$*" >&2; exit 1; }

# ---------------------------------------------------------------- binaries

# find_bin NAME: print the path of a usable binary (cache, then $KUBEBUILDER_ASSETS,
# then PATH for etcd), or nothing.
find_bin() {
  local name=$1
  if [[ $name == etcd && -n ${FEDCONSOLE_ETCD:-} ]]; then echo "$FEDCONSOLE_ETCD"; return; fi
  if [[ -x $CACHE_BIN/$name ]]; then echo "$CACHE_BIN/$name"; return; fi
  if [[ -n ${KUBEBUILDER_ASSETS:-} && -x $KUBEBUILDER_ASSETS/$name ]]; then
    case $name in
      kube-apiserver)
        # Only reuse an apiserver of the pinned minor version.
        if "$KUBEBUILDER_ASSETS/$name" --version 2>/dev/null | grep -q "v1\.32\."; then
          echo "$KUBEBUILDER_ASSETS/$name"; return
        fi ;;
      etcd)
        # envtest ships etcd 3.5.x; refuse 3.4 (no RequestWatchProgress).
        if "$KUBEBUILDER_ASSETS/$name" --version 2>/dev/null | grep -q "Version: 3\.[5-9]"; then
          echo "$KUBEBUILDER_ASSETS/$name"; return
        fi ;;
      *) echo "$KUBEBUILDER_ASSETS/$name"; return ;;
    esac
  fi
  return 0
}

go_env() {
  export GOTOOLCHAIN=local GOFLAGS=-mod=mod
  # k8s.io modules (k/k and the v0.32.4 staging tags) are not answered by the
  # checksum database through this machine's proxy; go.sum in the wrapper pins them.
  export GONOSUMDB=${GONOSUMDB:+$GONOSUMDB,}k8s.io
}

build_hyperkube() {
  local p=k8s.io/component-base/version ldflags out
  ldflags="-s -w -X $p.gitMajor=1 -X $p.gitMinor=32 -X $p.gitVersion=$K8S_VERSION"
  ldflags+=" -X $p.gitCommit=$K8S_COMMIT -X $p.gitTreeState=clean -X $p.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  out="$CACHE_BIN/hyperkube"
  log "building kube-apiserver/kube-controller-manager/kube-scheduler $K8S_VERSION (one hyperkube binary)"
  log "  cold build compiles all of Kubernetes: expect ~8-10 minutes on 2 cores (measured 7m42s); progress every 30s"
  (cd "$ASSETS/hyperkube" && go_env && go build -p "${FEDCONSOLE_BUILD_JOBS:-2}" -trimpath -ldflags "$ldflags" -o "$out.tmp" .) &
  local pid=$! start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    if (( (SECONDS - start) % 30 < 5 )); then log "  ... still compiling kubernetes ($((SECONDS - start))s)"; fi
  done
  wait "$pid" || die "hyperkube build failed (see output above)"
  mv -f "$out.tmp" "$out"
  log "  hyperkube built in $((SECONDS - start))s: $(du -h "$out" | cut -f1)"
}

build_kwok() {
  log "building kwok $KWOK_VERSION (go install sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION, ~1-3 min cold)"
  local start=$SECONDS
  (go_env && GOBIN="$CACHE_BIN" go install -p "${FEDCONSOLE_BUILD_JOBS:-2}" -trimpath -ldflags "-s -w" \
    "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION") || die "kwok build failed"
  log "  kwok built in $((SECONDS - start))s"
}

build_etcd() {
  log "building etcd $ETCD_VERSION (wrapper main around go.etcd.io/etcd/server/v3/etcdmain, ~30-60 s cold)"
  local start=$SECONDS out="$CACHE_BIN/etcd"
  (cd "$ASSETS/etcd" && go_env && go build -p "${FEDCONSOLE_BUILD_JOBS:-2}" -trimpath -ldflags "-s -w" -o "$out.tmp" .) ||
    die "etcd build failed"
  mv -f "$out.tmp" "$out"
  log "  etcd built in $((SECONDS - start))s"
}

cmd_build() {
  command -v go >/dev/null || die "go not found on PATH (needed to build the control plane)"
  mkdir -p "$CACHE_BIN"
  local t0=$SECONDS c
  log "binary cache: $CACHE_BIN"
  local need_hk=0
  [[ -n $(find_bin kube-apiserver) ]] || need_hk=1
  [[ -x $CACHE_BIN/kube-controller-manager && -x $CACHE_BIN/kube-scheduler ]] || need_hk=1
  if (( need_hk )); then
    if [[ ! -x $CACHE_BIN/hyperkube ]]; then build_hyperkube; else log "hyperkube: cached"; fi
    for c in kube-apiserver kube-controller-manager kube-scheduler; do ln -sfn hyperkube "$CACHE_BIN/$c"; done
  fi
  for c in kube-apiserver kube-controller-manager kube-scheduler; do log "$c: $(find_bin "$c")"; done
  if [[ -x $CACHE_BIN/kwok ]]; then log "kwok: cached ($CACHE_BIN/kwok)"; else build_kwok; fi
  local etcd; etcd=$(find_bin etcd)
  if [[ -z $etcd ]]; then build_etcd; etcd=$(find_bin etcd); fi
  log "etcd: $etcd ($("$etcd" --version 2>/dev/null | head -1))"
  command -v kubectl >/dev/null || die "kubectl not found on PATH"
  command -v openssl >/dev/null || die "openssl not found on PATH"
  # helm v4 and v3 for the Helm interop tests and bench/run-helm.sh (cached beside the above)
  "$SCRIPT_DIR/helm-bins.sh" build
  log "build done in $((SECONDS - t0))s"
}

# ---------------------------------------------------------------- state helpers

pidfile() { echo "$STATE/pids/$1.pid"; }
alive() { # alive NAME: the recorded process is running and is ours (its cmdline mentions the state dir)
  local f; f=$(pidfile "$1")
  [[ -f $f ]] || return 1
  local pid; pid=$(<"$f")
  [[ -n $pid && -d /proc/$pid ]] || return 1
  local stat state
  { stat=$(</proc/"$pid"/stat); } 2>/dev/null || return 1
  state=${stat##*) }; state=${state%% *}   # the field after "(comm)"; comm may hold spaces
  [[ -n $state && $state != Z && $state != X ]] || return 1
  local cmd
  { cmd=$(tr '\0' ' ' </proc/"$pid"/cmdline); } 2>/dev/null || return 1
  if [[ -z $cmd ]]; then
    # An empty cmdline is a process inside execve (the new image's argument area is not set up
    # yet: fork -> setsid -> component is two execs) or one tearing down its memory on exit. Both
    # are user processes with an executable; a kernel thread that took over a stale pid has none.
    # Seen in CI: a kube-apiserver read as dead 20 ms after its start, with an empty log.
    [[ -e /proc/$pid/exe ]]
    return
  fi
  [[ $cmd == *"$STATE"* ]]
}

port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

free_port() { # random unused port, not among those already chosen in this run
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 12000 ))   # 20000-31999: below the ephemeral range (32768+)
    [[ " ${CHOSEN_PORTS:-} " == *" $p "* ]] && continue
    port_in_use "$p" && continue
    CHOSEN_PORTS="${CHOSEN_PORTS:-} $p"
    echo "$p"; return
  done
  die "no free port found"
}

load_ports() { [[ -f $STATE/ports.env ]] && source "$STATE/ports.env"; }

kc() { kubectl --kubeconfig "$STATE/kubeconfig" --context "$NAME" "$@"; }

# start NAME BIN ARGS...: start a component in its own session, log to $STATE/logs/NAME.log,
# record pid and the exact command line (for restart-apiserver).
start() {
  local name=$1; shift
  local -a cmd=("$@")
  declare -p cmd | sed 's/^declare -a cmd=/CMD=/' >"$STATE/cmd/$name.sh"
  setsid "${cmd[@]}" >>"$STATE/logs/$name.log" 2>&1 </dev/null &
  local pid=$! i line
  echo "$pid" >"$(pidfile "$name")"
  STARTED[$name]=$pid
  STARTED_AT[$name]=$EPOCHREALTIME
  # Until the child has exec'd, /proc/PID/cmdline is this script's own, and alive() (which looks
  # for the state dir in it) would call a busy machine's slow start a dead process: wait for the
  # exec, or for the process to be gone, before anyone asks.
  for i in $(seq 1 200); do
    [[ -d /proc/$pid ]] || return 0
    { line=$(tr '\0' ' ' </proc/"$pid"/cmdline); } 2>/dev/null || return 0
    [[ $line == *"$STATE"* ]] && return 0
    sleep 0.05
  done
}

fail_component() { # fail_component NAME MESSAGE
  local name=$1; shift
  component_end "$name"
  [[ -z $ENDED ]] || set -- "$* ($ENDED)"
  log "---- last 40 lines of $STATE/logs/$name.log ----"
  tail -n 40 "$STATE/logs/$name.log" >&2 2>/dev/null || true
  log "----"
  if [[ -z ${KEEP_RUNNING_ON_FAIL:-} ]]; then
    log "stopping the components that did start"
    stop_components >&2 || true
  fi
  die "$name: $* (logs kept in $STATE/logs; '$0 down' removes the state dir)"
}

# component_end NAME: sets ENDED to how and when a component that this shell started has ended
# ("exit status 1 after 20 ms", "killed by SIGKILL after 3100 ms"); empty while it runs or when
# another invocation started it. Not in a $(...) subshell: only this shell can wait for its child.
component_end() {
  ENDED=
  local name=$1 pid=${STARTED[$1]:-} state rc=0
  [[ -n $pid ]] || return 0
  if [[ -d /proc/$pid ]]; then
    { state=$(<"/proc/$pid/stat"); } 2>/dev/null || state=
    state=${state##*) }; state=${state%% *}
    [[ $state == Z ]] || return 0
  fi
  wait "$pid" 2>/dev/null || rc=$?
  # (an exit status above 128 and a signal look alike to wait; the components exit with small codes)
  if (( rc > 128 )); then ENDED="killed by SIG$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128)))"
  else ENDED="exit status $rc"; fi
  # digits only: EPOCHREALTIME's separator follows the locale ("1733.5" or "1733,5")
  local now=${EPOCHREALTIME//[!0-9]/} then=${STARTED_AT[$name]//[!0-9]/}
  ENDED+=" after $(( (now - then) / 1000 )) ms"
}

wait_until() { # wait_until NAME TIMEOUT_S DESCRIPTION CMD...
  local name=$1 timeout=$2 what=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    alive "$name" || fail_component "$name" "process exited while waiting for $what"
    (( SECONDS < deadline )) || fail_component "$name" "timed out after ${timeout}s waiting for $what"
    sleep 0.3
  done
}

api_readyz() {
  curl -sf --max-time 3 --cacert "$STATE/pki/ca.crt" --cert "$STATE/pki/admin.crt" --key "$STATE/pki/admin.key" \
    "https://127.0.0.1:$API_PORT/readyz" | grep -q ok
}
etcd_health() { curl -sf --max-time 3 "http://127.0.0.1:$ETCD_PORT/health" | grep -q '"health":"true"'; }
https_healthz() { curl -skf --max-time 3 "https://127.0.0.1:$1/healthz" | grep -q ok; }
kwok_healthz() { curl -sf --max-time 3 "http://127.0.0.1:$KWOK_PORT/healthz" | grep -q ok; }

# ---------------------------------------------------------------- pki / kubeconfigs

gen_pki() {
  local d="$STATE/pki"
  mkdir -p "$d"
  (
    cd "$d"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt -days 3650 \
      -subj "/CN=fedconsole-local-ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" 2>/dev/null
    # sign NAME SUBJ EXTS
    sign() {
      openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$1.key" -out "$1.csr" -subj "$2" 2>/dev/null
      printf '%s\n' "$3" >"$1.ext"
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
        -extfile "$1.ext" -out "$1.crt" 2>/dev/null
      rm -f "$1.csr" "$1.ext"
    }
    local server_ext="basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:10.96.0.1"
    local client_ext="basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth"
    sign apiserver "/CN=kube-apiserver" "$server_ext"
    sign kwok-serving "/CN=kwok" "$server_ext"
    sign admin "/O=system:masters/CN=fedconsole-admin" "$client_ext"
    sign controller-manager "/CN=system:kube-controller-manager" "$client_ext"
    sign scheduler "/CN=system:kube-scheduler" "$client_ext"
    sign kwok "/O=system:masters/CN=kwok-controller" "$client_ext"
    # Front proxy (aggregation layer / requestheader authn): separate CA, used by the
    # apiserver to authenticate to aggregated APIs and by delegated authn in kcm/scheduler.
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout front-proxy-ca.key \
      -out front-proxy-ca.crt -days 3650 -subj "/CN=fedconsole-front-proxy-ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout front-proxy-client.key \
      -out front-proxy-client.csr -subj "/CN=front-proxy-client" 2>/dev/null
    printf '%s\n' "$client_ext" >front-proxy-client.ext
    openssl x509 -req -in front-proxy-client.csr -CA front-proxy-ca.crt -CAkey front-proxy-ca.key -CAcreateserial \
      -days 3650 -sha256 -extfile front-proxy-client.ext -out front-proxy-client.crt 2>/dev/null
    rm -f front-proxy-client.csr front-proxy-client.ext
    openssl ecparam -name prime256v1 -genkey -noout -out sa.key 2>/dev/null
    openssl ec -in sa.key -pubout -out sa.pub 2>/dev/null
    chmod 600 ./*.key
  )
  openssl rand -hex 24 >"$STATE/token"
  chmod 600 "$STATE/token"
  printf '%s,fedconsole-token-user,fedconsole-token-user,"fedconsole:token-users"\n' "$(<"$STATE/token")" >"$d/tokens.csv"
  chmod 600 "$d/tokens.csv"
}

b64() { base64 -w0 <"$1"; }

# write_kubeconfig FILE CERTNAME: kubeconfig for a client-cert identity (context $NAME)
write_kubeconfig() {
  local file=$1 cert=$2
  cat >"$file" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: $NAME
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority-data: $(b64 "$STATE/pki/ca.crt")
users:
- name: $cert
  user:
    client-certificate-data: $(b64 "$STATE/pki/$cert.crt")
    client-key-data: $(b64 "$STATE/pki/$cert.key")
contexts:
- name: $NAME
  context:
    cluster: $NAME
    user: $cert
current-context: $NAME
EOF
  chmod 600 "$file"
}

write_admin_kubeconfig() {
  local file="$STATE/kubeconfig"
  cat >"$file" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: $NAME
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority-data: $(b64 "$STATE/pki/ca.crt")
users:
- name: $ADMIN_USER
  user:
    client-certificate-data: $(b64 "$STATE/pki/admin.crt")
    client-key-data: $(b64 "$STATE/pki/admin.key")
- name: $TOKEN_USER
  user:
    token: $(<"$STATE/token")
contexts:
- name: $NAME
  context:
    cluster: $NAME
    user: $ADMIN_USER
    namespace: default
- name: $NAME-token
  context:
    cluster: $NAME
    user: $TOKEN_USER
    namespace: default
current-context: $NAME
EOF
  chmod 600 "$file"
}

# ---------------------------------------------------------------- components

start_etcd() {
  local -a ETCD_EXTRA_ARGS=()
  # Throw-away test data: skip fsync when the binary supports it (etcd >= 3.5).
  if "$(find_bin etcd)" --help 2>&1 | grep -q -- --unsafe-no-fsync; then ETCD_EXTRA_ARGS+=(--unsafe-no-fsync); fi
  start etcd "$(find_bin etcd)" \
    --name fedconsole --data-dir "$STATE/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "fedconsole=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-state new \
    --quota-backend-bytes 4294967296 --snapshot-count 10000 \
    --logger zap --log-outputs stderr "${ETCD_EXTRA_ARGS[@]}"
}

start_apiserver() {
  local p="$STATE/pki"
  start kube-apiserver "$(find_bin kube-apiserver)" \
    --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$API_PORT" \
    --cert-dir "$STATE/apiserver" \
    --tls-cert-file "$p/apiserver.crt" --tls-private-key-file "$p/apiserver.key" \
    --client-ca-file "$p/ca.crt" --token-auth-file "$p/tokens.csv" \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-account-key-file "$p/sa.pub" --service-account-signing-key-file "$p/sa.key" \
    --service-cluster-ip-range 10.96.0.0/16 \
    --authorization-mode Node,RBAC --allow-privileged=true \
    --endpoint-reconciler-type none \
    --kubelet-preferred-address-types InternalIP \
    --kubelet-client-certificate "$p/admin.crt" --kubelet-client-key "$p/admin.key" \
    --requestheader-client-ca-file "$p/front-proxy-ca.crt" --requestheader-allowed-names front-proxy-client \
    --requestheader-username-headers X-Remote-User --requestheader-group-headers X-Remote-Group \
    --requestheader-extra-headers-prefix X-Remote-Extra- \
    --proxy-client-cert-file "$p/front-proxy-client.crt" --proxy-client-key-file "$p/front-proxy-client.key" \
    --profiling=false --v=1
}

start_controller_manager() {
  local kcfg="$STATE/controller-manager.kubeconfig"
  start kube-controller-manager "$(find_bin kube-controller-manager)" \
    --kubeconfig "$kcfg" --authentication-kubeconfig "$kcfg" --authorization-kubeconfig "$kcfg" \
    --bind-address 127.0.0.1 --secure-port "$KCM_PORT" --cert-dir "$STATE/controller-manager" \
    --authorization-always-allow-paths /healthz,/readyz,/livez,/metrics \
    --leader-elect=false --use-service-account-credentials=true \
    --root-ca-file "$STATE/pki/ca.crt" --service-account-private-key-file "$STATE/pki/sa.key" \
    --cluster-signing-cert-file "$STATE/pki/ca.crt" --cluster-signing-key-file "$STATE/pki/ca.key" \
    --allocate-node-cidrs=false --node-monitor-grace-period=10m --v=1
  # node-monitor-grace-period: while the apiserver is down (tests stop it for a minute, the soak
  # kills it ten times) KWOK cannot renew its nodes' leases; with the default 40-50 s the node
  # lifecycle controller then marks every node Unknown and every pod Ready=False when the
  # apiserver returns, and KWOK never sets them Ready again (the pods stay "1/1 Running" with
  # condition Ready=False, so `kubectl wait --for=condition=Ready` times out).
}

start_scheduler() {
  local kcfg="$STATE/scheduler.kubeconfig"
  start kube-scheduler "$(find_bin kube-scheduler)" \
    --kubeconfig "$kcfg" --authentication-kubeconfig "$kcfg" --authorization-kubeconfig "$kcfg" \
    --bind-address 127.0.0.1 --secure-port "$SCHED_PORT" --cert-dir "$STATE/scheduler" \
    --authorization-always-allow-paths /healthz,/readyz,/livez,/metrics \
    --leader-elect=false --v=1
}

start_kwok() {
  start kwok "$(find_bin kwok)" \
    --kubeconfig "$STATE/kwok.kubeconfig" --config "$STATE/kwok.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --enable-crds Logs,ClusterLogs \
    --node-ip 127.0.0.1 --node-port "$KWOK_PORT" --server-address "127.0.0.1:$KWOK_PORT" \
    --tls-cert-file "$STATE/pki/kwok-serving.crt" --tls-private-key-file "$STATE/pki/kwok-serving.key" \
    --node-lease-duration-seconds 40
}

healthy() { # all processes alive and all health endpoints answering
  [[ -f $STATE/ports.env ]] || return 1
  load_ports
  local c
  for c in "${COMPONENTS[@]}"; do alive "$c" || return 1; done
  etcd_health && api_readyz && https_healthz "$KCM_PORT" && https_healthz "$SCHED_PORT" && kwok_healthz
}

# ---------------------------------------------------------------- subcommands

cmd_up() {
  local t0=$SECONDS
  if healthy; then
    log "local cluster already running and healthy ($STATE, apiserver https://127.0.0.1:$API_PORT)"
    return 0
  fi
  if [[ -d $STATE ]]; then
    log "stale or unhealthy cluster state in $STATE: cleaning up first"
    cmd_down
  fi
  for c in kube-apiserver kube-controller-manager kube-scheduler kwok etcd; do
    [[ -n $(find_bin "$c") ]] || { log "$c missing: running build"; cmd_build; break; }
  done

  mkdir -p "$STATE"/{pids,logs,cmd,etcd,apiserver,controller-manager,scheduler}
  chmod 700 "$STATE" "$STATE/etcd"
  CHOSEN_PORTS=""
  ETCD_PORT=$(free_port); ETCD_PEER_PORT=$(free_port); API_PORT=$(free_port)
  KCM_PORT=$(free_port); SCHED_PORT=$(free_port); KWOK_PORT=$(free_port)
  cat >"$STATE/ports.env" <<EOF
ETCD_PORT=$ETCD_PORT
ETCD_PEER_PORT=$ETCD_PEER_PORT
API_PORT=$API_PORT
KCM_PORT=$KCM_PORT
SCHED_PORT=$SCHED_PORT
KWOK_PORT=$KWOK_PORT
EOF
  log "state dir $STATE; ports: etcd $ETCD_PORT, apiserver $API_PORT, controller-manager $KCM_PORT, scheduler $SCHED_PORT, kwok $KWOK_PORT"

  gen_pki
  write_admin_kubeconfig
  write_kubeconfig "$STATE/controller-manager.kubeconfig" controller-manager
  write_kubeconfig "$STATE/scheduler.kubeconfig" scheduler
  write_kubeconfig "$STATE/kwok.kubeconfig" kwok
  cp "$ASSETS/kwok/kwok.yaml" "$STATE/kwok.yaml"
  # Convenience copies at stable names for tests.
  cp "$STATE/pki/ca.crt" "$STATE/ca.crt"; cp "$STATE/pki/admin.crt" "$STATE/admin.crt"
  cp "$STATE/pki/admin.key" "$STATE/admin.key"; chmod 600 "$STATE/admin.key"
  echo "https://127.0.0.1:$API_PORT" >"$STATE/server"

  log "starting etcd"
  start_etcd
  wait_until etcd 30 "etcd /health" etcd_health
  log "starting kube-apiserver"
  start_apiserver
  wait_until kube-apiserver 90 "kube-apiserver /readyz" api_readyz
  log "kube-apiserver ready after $((SECONDS - t0))s"

  log "starting kube-controller-manager and kube-scheduler"
  start_controller_manager
  start_scheduler

  log "applying kwok CRDs, RBAC and nodes"
  kc apply -f "$ASSETS/kwok/crds/" -f "$ASSETS/rbac.yaml" >/dev/null || fail_component kube-apiserver "applying CRDs/RBAC failed"
  kc wait --for condition=Established --timeout=30s crd/logs.kwok.x-k8s.io crd/clusterlogs.kwok.x-k8s.io >/dev/null ||
    fail_component kube-apiserver "kwok CRDs not established"
  kc apply -f "$ASSETS/nodes.yaml" >/dev/null || fail_component kube-apiserver "creating nodes failed"
  ensure_node_capacity

  log "starting kwok"
  start_kwok
  wait_until kube-controller-manager 60 "kube-controller-manager /healthz" https_healthz "$KCM_PORT"
  wait_until kube-scheduler 60 "kube-scheduler /healthz" https_healthz "$SCHED_PORT"
  wait_until kwok 60 "kwok /healthz" kwok_healthz

  log "waiting for nodes Ready and the default ServiceAccount"
  wait_until kwok 90 "all nodes Ready" all_nodes_ready
  log "  nodes Ready"
  wait_until kube-controller-manager 60 "serviceaccount default/default" kc get serviceaccount default -n default
  ensure_node_capacity
  log "local cluster up in $((SECONDS - t0))s"
  cmd_env
}

all_nodes_ready() {
  local n; n=$(kc get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}')
  [[ -n $n ]] && ! grep -qv '^True$' <<<"$n"
}

# Capacity must be on the node status: re-apply it through the status subresource
# for any node whose status lacks it (the apiserver keeps status from a create, but
# make sure).
ensure_node_capacity() {
  local node want missing
  missing=$(kc get nodes -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.status.capacity.pods}{"\n"}{end}' | awk 'NF==1{print $1}')
  [[ -n $missing ]] || return 0
  while read -r node want; do
    grep -qx -- "$node" <<<"$missing" || continue
    log "  re-applying status capacity for $node"
    kc patch node "$node" --subresource=status --type=merge -p "$want" >/dev/null
  done < <(kc create --dry-run=client -f "$ASSETS/nodes.yaml" -o json |
    jq -rc 'if .kind=="List" then .items[] else . end | "\(.metadata.name) \({status:{capacity:.status.capacity,allocatable:.status.allocatable}})"')
}

cmd_down() {
  if [[ ! -d $STATE ]]; then log "no cluster state at $STATE: nothing to stop"; return 0; fi
  stop_components || die "cluster did not stop cleanly; state kept in $STATE"
  rm -rf "$STATE"
  log "local cluster stopped; removed $STATE (binary cache kept in $CACHE_BIN)"
}

# stop_components: SIGTERM each recorded component (reverse start order), SIGKILL after
# $STOP_TIMEOUT s; then check that no recorded process or port is left.
stop_components() {
  load_ports || true
  local c pid i rc=0 rev=()
  for ((i=${#COMPONENTS[@]}-1; i>=0; i--)); do rev+=("${COMPONENTS[i]}"); done
  for c in "${EXTRAS[@]}" "${rev[@]}"; do
    alive "$c" || continue
    pid=$(<"$(pidfile "$c")")
    log "stopping $c (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i=0; i<STOP_TIMEOUT*10; i++)); do alive "$c" || break; sleep 0.1; done
    if alive "$c"; then log "  $c did not exit after ${STOP_TIMEOUT}s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; sleep 0.3; fi
  done
  for c in "${EXTRAS[@]}" "${COMPONENTS[@]}"; do if alive "$c"; then log "WARNING: $c still running"; rc=1; fi; done
  local p
  for p in ${ETCD_PORT:-} ${ETCD_PEER_PORT:-} ${API_PORT:-} ${KCM_PORT:-} ${SCHED_PORT:-} ${KWOK_PORT:-}; do
    for ((i=0; i<100; i++)); do port_in_use "$p" || break; sleep 0.1; done
    if port_in_use "$p"; then log "WARNING: port $p still bound"; rc=1; fi
  done
  return $rc
}

cmd_env() {
  printf 'export KUBECONFIG=%q\n' "$STATE/kubeconfig"
  printf 'export FEDCONSOLE_CLUSTER_DIR=%q\n' "$STATE"
}

cmd_status() {
  if [[ ! -f $STATE/ports.env ]]; then echo "local cluster: not running (no state at $STATE)"; return 1; fi
  load_ports
  local c ok=0
  for c in "${COMPONENTS[@]}"; do
    if alive "$c"; then echo "$c: running (pid $(<"$(pidfile "$c")"))"; else echo "$c: NOT running"; ok=1; fi
  done
  etcd_health && echo "etcd http://127.0.0.1:$ETCD_PORT: healthy" || { echo "etcd: unhealthy"; ok=1; }
  api_readyz && echo "kube-apiserver https://127.0.0.1:$API_PORT: ready" || { echo "kube-apiserver: not ready"; ok=1; }
  https_healthz "$KCM_PORT" && echo "kube-controller-manager :$KCM_PORT: healthy" || { echo "kube-controller-manager: unhealthy"; ok=1; }
  https_healthz "$SCHED_PORT" && echo "kube-scheduler :$SCHED_PORT: healthy" || { echo "kube-scheduler: unhealthy"; ok=1; }
  kwok_healthz && echo "kwok :$KWOK_PORT: healthy" || { echo "kwok: unhealthy"; ok=1; }
  if (( ok == 0 )); then kc get nodes --no-headers 2>/dev/null | awk '{print "node " $1 ": " $2}'; fi
  return $ok
}

cmd_stop_apiserver() { # kill -9 kube-apiserver and wait until its port is free (etcd and the rest stay up)
  [[ -f $STATE/cmd/kube-apiserver.sh ]] || die "no running cluster at $STATE"
  load_ports
  local pid
  if alive kube-apiserver; then
    pid=$(<"$(pidfile kube-apiserver)")
    log "killing kube-apiserver (pid $pid) with SIGKILL"
    kill -KILL "$pid"
    while alive kube-apiserver; do sleep 0.05; done
  fi
  # The thread-group leader turns zombie before the last thread has closed the listening
  # socket: wait for the port itself.
  local i
  for ((i=0; i<200; i++)); do port_in_use "$API_PORT" || break; sleep 0.05; done
  port_in_use "$API_PORT" && die "port $API_PORT still bound after killing kube-apiserver"
  return 0
}

cmd_start_apiserver() { # start kube-apiserver again with the recorded flags and port
  [[ -f $STATE/cmd/kube-apiserver.sh ]] || die "no running cluster at $STATE"
  load_ports
  alive kube-apiserver && { log "kube-apiserver is running"; return 0; }
  local CMD
  KEEP_RUNNING_ON_FAIL=1
  source "$STATE/cmd/kube-apiserver.sh"
  log "starting kube-apiserver on port $API_PORT"
  start kube-apiserver "${CMD[@]}"
  wait_until kube-apiserver 90 "kube-apiserver /readyz" api_readyz
  if [[ ${1:-} == --restart-controllers ]]; then restart_controllers; fi
}

restart_controllers() {
  # Clients that reconnected while the restarted apiserver's RBAC cache was still empty got 403s,
  # and after a long outage they sit in client-go's exponential backoff (scheduling and KWOK's
  # pod updates can lag 20-50 s). Restarting them makes the cluster fully usable at once.
  local c t0=$SECONDS
  for c in kube-controller-manager kube-scheduler kwok; do restart_component "$c"; done
  wait_until kube-controller-manager 60 "kube-controller-manager /healthz" https_healthz "$KCM_PORT"
  wait_until kube-scheduler 60 "kube-scheduler /healthz" https_healthz "$SCHED_PORT"
  wait_until kwok 60 "kwok /healthz" kwok_healthz
  log "controllers restarted after $((SECONDS - t0))s"
}

cmd_restart_apiserver() {
  local t0=$SECONDS
  cmd_stop_apiserver
  cmd_start_apiserver
  log "kube-apiserver ready again after $((SECONDS - t0))s"
  if [[ ${1:-} == --restart-controllers ]]; then restart_controllers; fi
}

restart_component() { # SIGTERM (SIGKILL after timeout) and start again with the recorded command line
  local name=$1 pid i CMD
  if alive "$name"; then
    pid=$(<"$(pidfile "$name")")
    kill -TERM "$pid" 2>/dev/null || true
    for ((i=0; i<STOP_TIMEOUT*10; i++)); do alive "$name" || break; sleep 0.1; done
    if alive "$name"; then kill -KILL "$pid" 2>/dev/null || true; fi
    for ((i=0; i<100; i++)); do [[ -d /proc/$pid ]] || break; sleep 0.05; done
  fi
  if [[ $name == kwok ]]; then
    # kwok only manages a node while it holds the node's Lease, and every kwok process has
    # a random identity: drop the old holder's leases or the new kwok waits ~40 s for them
    # to expire before pods progress.
    kc delete leases -n kube-node-lease --all --wait=false >/dev/null 2>&1 || true
  fi
  source "$STATE/cmd/$name.sh"
  log "restarting $name"
  start "$name" "${CMD[@]}"
}

cmd_restart_etcd() {
  [[ -f $STATE/cmd/etcd.sh ]] || die "no running cluster at $STATE"
  load_ports
  local t0=$SECONDS
  log "restarting etcd (SIGTERM; data kept in $STATE/etcd)"
  restart_component etcd
  wait_until etcd 60 "etcd /health" etcd_health
  log "etcd healthy again after $((SECONDS - t0))s"
}

# ---------------------------------------------------------------- fleet
# fleet up [N]: N (2 or 3, default 2) independent control planes side by side — each its own etcd,
# apiserver, controllers, KWOK, ports and state dir ($FLEET/fedconsole-a, -b, -c) — and one merged
# kubeconfig $FLEET/kubeconfig with their contexts fedconsole-a, fedconsole-b, fedconsole-c
# (current: fedconsole-a). fleet down stops them all; fleet env prints the KUBECONFIG line.
FLEET_NAMES=(fedconsole-a fedconsole-b fedconsole-c)
cmd_fleet() {
  local what=${1:-} n=${2:-2} name files=()
  case $what in
    up)
      [[ $n =~ ^[23]$ ]] || die "fleet up N: N is 2 or 3"
      mkdir -p "$FLEET"
      for name in "${FLEET_NAMES[@]:0:n}"; do
        log "fleet: $name"
        FEDCONSOLE_CLUSTER_DIR="$FLEET/$name" FEDCONSOLE_CLUSTER_NAME="$name" "$0" up >&2
        files+=("$FLEET/$name/kubeconfig")
      done
      (IFS=:; KUBECONFIG="${files[*]}" kubectl config view --flatten) >"$FLEET/kubeconfig.tmp"
      chmod 600 "$FLEET/kubeconfig.tmp"
      mv "$FLEET/kubeconfig.tmp" "$FLEET/kubeconfig"
      kubectl --kubeconfig "$FLEET/kubeconfig" config use-context fedconsole-a >/dev/null
      log "fleet of $n control planes up; contexts: $(kubectl --kubeconfig "$FLEET/kubeconfig" config get-contexts -o name | tr '\n' ' ')"
      printf 'export KUBECONFIG=%q\n' "$FLEET/kubeconfig"
      ;;
    down)
      for name in "${FLEET_NAMES[@]}"; do
        [[ -d $FLEET/$name ]] || continue
        FEDCONSOLE_CLUSTER_DIR="$FLEET/$name" FEDCONSOLE_CLUSTER_NAME="$name" "$0" down
      done
      rm -rf "$FLEET"
      ;;
    env) printf 'export KUBECONFIG=%q\n' "$FLEET/kubeconfig" ;;
    stop-apiserver|start-apiserver)
      # fleet stop-apiserver NAME: one member loses its apiserver, the others stay up
      [[ -n $n && -d $FLEET/$n ]] || die "fleet $what NAME: no fleet member '$n' in $FLEET"
      FEDCONSOLE_CLUSTER_DIR="$FLEET/$n" FEDCONSOLE_CLUSTER_NAME="$n" "$0" "$what" "${3:-}"
      ;;
    *) usage ;;
  esac
}

usage() {
  cat >&2 <<EOF
usage: $0 build|up|down|env|status|restart-apiserver|stop-apiserver|start-apiserver|restart-etcd|fleet
  build              build/cache binaries in $CACHE_BIN (idempotent)
  up                 start the cluster in \$FEDCONSOLE_CLUSTER_DIR (default $STATE); idempotent
  down               stop all components and remove the state dir (keeps the binary cache)
  env                print export lines for KUBECONFIG and FEDCONSOLE_CLUSTER_DIR
  status             exit 0 if every component is healthy
  restart-apiserver [--restart-controllers]
                     kill -9 kube-apiserver and start it again with the same flags/port;
                     with --restart-controllers also restart controller-manager, scheduler
                     and kwok so they do not sit in client-go backoff
  stop-apiserver     kill -9 kube-apiserver and leave it down (a lost connection; etcd stays up)
  start-apiserver [--restart-controllers]
                     start it again with the same flags/port and wait for /readyz
  restart-etcd       SIGTERM etcd and start it again on the same data (the apiserver stays up)
  fleet up [2|3]     two or three independent control planes side by side (contexts fedconsole-a,
                     -b, -c in one kubeconfig, $FLEET/kubeconfig); fleet down|env;
                     fleet stop-apiserver|start-apiserver NAME: one member's apiserver
Environment: FEDCONSOLE_CLUSTER_DIR (state dir), FEDCONSOLE_CLUSTER_NAME (context name, default
fedconsole-local), FEDCONSOLE_FLEET_DIR (default $FLEET).
EOF
  exit 2
}

case "${1:-}" in
  build) cmd_build ;;
  up) cmd_up ;;
  down) cmd_down ;;
  env) cmd_env ;;
  status) cmd_status ;;
  restart-apiserver) cmd_restart_apiserver "${2:-}" ;;
  stop-apiserver) cmd_stop_apiserver ;;
  start-apiserver) cmd_start_apiserver "${2:-}" ;;
  restart-etcd) cmd_restart_etcd ;;
  fleet) shift; cmd_fleet "$@" ;;
  *) usage ;;
esac
