#!/usr/bin/env bash
# Seed a realistic three-framework federation into a cluster (by default the local control plane
# of scripts/local-cluster.sh): NVIDIA FLARE (overseer, server1, server2 + GPU sites), OpenFL
# (director + 2 envoys with certificates, envoy configs, shard descriptors, GPU requests) and FATE
# (exchange + parties 9999/10000 with their KubeFATE components). Certificates are real X.509
# made with openssl; party fate-10000's expires in 10 days so FedConsole shows it amber.
# On the local control plane the pods also get logs: CRI files under the cluster's state dir that
# KWOK serves through ClusterLogs objects, with a writer (scripts/demo/log-writer.sh) appending a
# simulated training run every half second; `local-cluster.sh down` or --delete stops it.
#
# Usage: scripts/demo-federation.sh [--wait] [--broken] [--delete] [--context NAME | --fleet]
#   --wait     wait until every demo pod is Running and Ready (expected-pending pods excluded)
#   --broken   also add an envoy pointing at an unknown director and a site pending for GPUs
#   --delete   remove everything the demo created (with --wait: until the namespaces are gone)
#   --fleet    spread the demo over the local fleet (scripts/local-cluster.sh fleet up 2|3): the
#              FLARE server side, the OpenFL director and the FATE exchange in fedconsole-a, the
#              parties in fedconsole-b (site-1, envoy-1, fate-9999) and fedconsole-c (the others;
#              also in fedconsole-b when the fleet has two). No pod logs there.
# Uses $KUBECONFIG; when unset, the local cluster's kubeconfig if it is up (with --fleet, the
# fleet's). Idempotent.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DEMO="$SCRIPT_DIR/demo"
PKI="${FEDCONSOLE_DEMO_PKI:-${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/demo-pki}"
WAIT=0 BROKEN=0 DELETE=0 CONTEXT="" FLEET=0
WAIT_TIMEOUT=${FEDCONSOLE_DEMO_TIMEOUT:-180}

log() { printf '[demo %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf '[demo] ERROR: %s\n' "$*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --wait) WAIT=1 ;;
    --broken) BROKEN=1 ;;
    --delete) DELETE=1 ;;
    --context) CONTEXT=${2:?--context needs a name}; shift ;;
    --fleet) FLEET=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
  shift
done

command -v kubectl >/dev/null || die "kubectl not found"
(( FLEET )) && [[ -n $CONTEXT ]] && die "--fleet and --context exclude each other"
local_state="${FEDCONSOLE_CLUSTER_DIR:-${TMPDIR:-/tmp}/fedconsole-local-cluster}"
fleet_dir="${FEDCONSOLE_FLEET_DIR:-${TMPDIR:-/tmp}/fedconsole-fleet}"
if (( FLEET )) && [[ -z ${KUBECONFIG:-} ]]; then
  [[ -f $fleet_dir/kubeconfig ]] || die "no fleet at $fleet_dir: start it first: scripts/local-cluster.sh fleet up 2"
  export KUBECONFIG="$fleet_dir/kubeconfig"
fi
if [[ -z ${KUBECONFIG:-} ]]; then
  if [[ -f $local_state/kubeconfig ]]; then
    export KUBECONFIG="$local_state/kubeconfig"
  elif [[ ! -f $HOME/.kube/config ]]; then
    die "no KUBECONFIG; start the local cluster first: scripts/local-cluster.sh up && eval \"\$(scripts/local-cluster.sh env)\""
  fi
fi
kc() { kubectl ${CONTEXT:+--context "$CONTEXT"} "$@"; }

# Where each demo namespace goes: the current context, or with --fleet the hub (fedconsole-a) for
# the server side and the fleet's other members for the parties.
HUB_NAMESPACES=(flare openfl-director fate-exchange ingress)
PARTY_B=(flare-site-1 openfl-envoy-1 fate-9999)
CONTEXTS=("$CONTEXT")
if (( FLEET )); then
  CONTEXTS=()
  known=$'\n'$(kubectl config get-contexts -o name 2>/dev/null)$'\n' # not piped into grep -q: pipefail + SIGPIPE
  for c in fedconsole-a fedconsole-b fedconsole-c; do
    [[ $known == *$'\n'"$c"$'\n'* ]] && CONTEXTS+=("$c")
  done
  (( ${#CONTEXTS[@]} >= 2 )) || die "--fleet needs the contexts fedconsole-a and fedconsole-b in $KUBECONFIG (scripts/local-cluster.sh fleet up 2)"
fi
context_of() { # context_of NAMESPACE: the context holding it ("" = kubectl's current)
  (( FLEET )) || { printf '%s' "$CONTEXT"; return; }
  local ns=$1 n
  for n in "${HUB_NAMESPACES[@]}"; do [[ $ns == "$n" ]] && { printf fedconsole-a; return; }; done
  for n in "${PARTY_B[@]}"; do [[ $ns == "$n" ]] && { printf fedconsole-b; return; }; done
  printf '%s' "${CONTEXTS[2]:-fedconsole-b}"
}
kcn() { # kcn NAMESPACE kubectl-args...: kubectl in the context that holds NAMESPACE
  local ctx; ctx=$(context_of "$1"); shift
  kubectl ${ctx:+--context "$ctx"} "$@"
}
# only_for CONTEXT FILE...: the YAML documents whose namespace (or, for a Namespace, whose name)
# belongs in CONTEXT; documents without one go to the hub
only_for() {
  local ctx=$1; shift
  local doc="" ns
  flush() {
    [[ -n ${doc//[[:space:]]/} ]] || { doc=""; return; }
    ns=""
    if [[ $doc =~ (^|$'\n')kind:\ Namespace($'\n') ]]; then
      [[ $doc =~ metadata:\ \{name:\ ([a-z0-9-]+) || $doc =~ $'\n'\ \ name:\ ([a-z0-9-]+) ]] && ns=${BASH_REMATCH[1]}
    elif [[ $doc =~ namespace:\ ([a-z0-9-]+) ]]; then
      ns=${BASH_REMATCH[1]}
    fi
    if [[ $(context_of "${ns:-flare}") == "$ctx" ]]; then printf -- '---\n%s' "$doc"; fi
    doc=""
  }
  local line file
  for file in "$@"; do # a file's first document has no separator before it
    while IFS= read -r line || [[ -n $line ]]; do
      if [[ $line == ---* ]]; then flush; continue; fi
      doc+="$line"$'\n'
    done <"$file"
    flush
  done
}
apply_demo() { # apply_demo FILE...: each document into the context that holds its namespace
  local ctx
  if (( ! FLEET )); then
    local files=() f
    for f in "$@"; do files+=(-f "$f"); done
    kc apply "${files[@]}" >/dev/null
    return
  fi
  for ctx in "${CONTEXTS[@]}"; do
    local docs; docs=$(only_for "$ctx" "$@")
    [[ -n $docs ]] || continue # nothing of these files lives there (--broken: parties only)
    kubectl --context "$ctx" apply -f - <<<"$docs" >/dev/null
  done
}
for ctx in "${CONTEXTS[@]}"; do
  kubectl ${ctx:+--context "$ctx"} version --request-timeout=10s >/dev/null 2>&1 ||
    die "cluster ${ctx:-(current context)} not reachable with KUBECONFIG=${KUBECONFIG:-~/.kube/config}"
done

NAMESPACES=(flare flare-site-1 flare-site-2 openfl-director openfl-envoy-1 openfl-envoy-2 fate-exchange fate-9999 fate-10000)
BROKEN_NAMESPACES=(openfl-envoy-3) # flare-site-3 only holds the pod meant to stay Pending

# ---------------------------------------------------------------------------------------------
# Logs: only where KWOK serves them from this machine (the local control plane: its state dir
# holds the kubeconfig in use and the cluster has KWOK's ClusterLogs CRD).
LOG_DIR="$local_state/demo-logs"
WRITER_PID="$local_state/pids/demo-logs.pid"
local_kwok_logs() {
  [[ -d $local_state/pids && ${KUBECONFIG:-} == "$local_state/kubeconfig" ]] &&
    kc get crd clusterlogs.kwok.x-k8s.io >/dev/null 2>&1
}
writer_alive() { # the recorded writer runs and is ours (its command line names the log dir)
  [[ -f $WRITER_PID ]] || return 1
  local pid; pid=$(<"$WRITER_PID")
  [[ -n $pid && -r /proc/$pid/cmdline ]] && tr '\0' ' ' </proc/"$pid"/cmdline | grep -qF -- "$LOG_DIR"
}
stop_writer() {
  if writer_alive; then
    kill "$(<"$WRITER_PID")" 2>/dev/null || true
  fi
  rm -f "$WRITER_PID"
}

if (( DELETE )); then
  log "deleting demo namespaces and the ingress TCP map"
  (( FLEET )) || stop_writer
  for ctx in "${CONTEXTS[@]}"; do
    CONTEXT=$ctx
    kc delete clusterlogs -l fedconsole.io/demo=true --ignore-not-found >/dev/null 2>&1 || true
    kc delete namespace -l fedconsole.io/demo=true --ignore-not-found --wait=false
    kc -n ingress delete configmap nginx-ingress-tcp-microk8s-conf --ignore-not-found
    if (( WAIT )); then
      kc wait --for=delete namespace -l fedconsole.io/demo=true --timeout="${WAIT_TIMEOUT}s" >/dev/null 2>&1 || true
      log "demo namespaces gone${ctx:+ in $ctx}"
    fi
  done
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# PKI: one CA per framework (FLARE provisions its own root, OpenFL/FATE use a site CA), leaf
# certificates per participant. Kept in $PKI and reused, so reruns do not rotate secrets; a leaf
# that has expired (or is within a day of it) is re-issued.
command -v openssl >/dev/null || die "openssl not found"
mkdir -p "$PKI" && chmod 700 "$PKI"

ca() { # ca NAME SUBJECT
  local name=$1 subject=$2
  [[ -f $PKI/$name.crt ]] && return
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "$subject" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$PKI/$name.key" -out "$PKI/$name.crt" 2>/dev/null
}

leaf() { # leaf CA NAME CN DAYS
  local ca=$1 name=$2 cn=$3 days=$4
  if [[ -f $PKI/$name.crt ]] && openssl x509 -checkend 86400 -noout -in "$PKI/$name.crt" >/dev/null; then
    return
  fi
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=FedConsole demo/CN=$cn" \
    -keyout "$PKI/$name.key" -out "$PKI/$name.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth,clientAuth\n' "$cn" >"$PKI/$name.ext"
  openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/$ca.crt" -CAkey "$PKI/$ca.key" -CAcreateserial \
    -days "$days" -sha256 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt" 2>/dev/null
  rm -f "$PKI/$name.csr" "$PKI/$name.ext"
}

secret() { # secret NAMESPACE NAME key=file...
  local ns=$1 name=$2; shift 2
  local args=()
  for kv in "$@"; do args+=(--from-file="$kv"); done
  kcn "$ns" -n "$ns" create secret generic "$name" "${args[@]}" --dry-run=client -o yaml |
    kcn "$ns" label --local -f - fedconsole.io/demo=true -o yaml | kcn "$ns" apply -f - >/dev/null
}

log "certificates in $PKI"
ca flare-root "/O=nvidia/CN=example_project root CA"
ca openfl-root "/O=FedConsole demo/CN=OpenFL root CA"
ca fate-root "/O=FedConsole demo/CN=FATE root CA"
leaf flare-root overseer overseer 365
leaf flare-root server1 server1 365
leaf flare-root server2 server2 365
leaf flare-root site-1 site-1 365
leaf flare-root site-2 site-2 365
leaf openfl-root director director.openfl-director.svc.cluster.local 365
leaf openfl-root envoy-1 envoy-1 365
leaf openfl-root envoy-2 envoy-2 180
leaf fate-root fate-exchange rollsite.fate-exchange 365
leaf fate-root fate-9999 rollsite.fate-9999 365
leaf fate-root fate-10000 rollsite.fate-10000 10   # amber: expires within 30 days

log "namespaces"
apply_demo "$DEMO/namespaces.yaml"

log "secrets"
secret flare overseer-startup rootCA.pem="$PKI/flare-root.crt" overseer.crt="$PKI/overseer.crt" overseer.key="$PKI/overseer.key"
secret flare server1-startup rootCA.pem="$PKI/flare-root.crt" server.crt="$PKI/server1.crt" server.key="$PKI/server1.key"
secret flare server2-startup rootCA.pem="$PKI/flare-root.crt" server.crt="$PKI/server2.crt" server.key="$PKI/server2.key"
secret flare-site-1 site-1-startup rootCA.pem="$PKI/flare-root.crt" client.crt="$PKI/site-1.crt" client.key="$PKI/site-1.key"
secret flare-site-2 site-2-startup rootCA.pem="$PKI/flare-root.crt" client.crt="$PKI/site-2.crt" client.key="$PKI/site-2.key"
secret openfl-director director-cert director.crt="$PKI/director.crt" priv.key="$PKI/director.key" root_ca.crt="$PKI/openfl-root.crt"
secret openfl-envoy-1 envoy-cert envoy.crt="$PKI/envoy-1.crt" priv.key="$PKI/envoy-1.key" root_ca.crt="$PKI/openfl-root.crt"
secret openfl-envoy-2 envoy-cert envoy.crt="$PKI/envoy-2.crt" priv.key="$PKI/envoy-2.key" root_ca.crt="$PKI/openfl-root.crt"
for party in fate-exchange fate-9999 fate-10000; do
  secret "$party" eggroll-certs server.crt="$PKI/$party.crt" server.key="$PKI/$party.key" ca.pem="$PKI/fate-root.crt"
done

log "NVIDIA FLARE, OpenFL, FATE"
apply_demo "$DEMO/flare.yaml" "$DEMO/openfl.yaml" "$DEMO/fate.yaml"
if (( FLEET )); then
  log "no pod logs over the fleet (KWOK's ClusterLogs are set up for the single local cluster only)"
elif local_kwok_logs; then
  # one ClusterLogs per namespace: each container name -> its file (KWOK matches pods by
  # namespace here, so Deployment pods with generated names are covered)
  log "pod logs in $LOG_DIR (KWOK ClusterLogs, writer appending every 0.5 s)"
  stop_writer
  rm -rf "$LOG_DIR"
  "$DEMO/log-writer.sh" "$LOG_DIR" backlog 240
  {
    logs_for() { # logs_for NAMESPACE CONTAINER...
      local ns=$1; shift
      printf -- '---\napiVersion: kwok.x-k8s.io/v1alpha1\nkind: ClusterLogs\n'
      printf 'metadata: {name: fedconsole-demo-%s, labels: {fedconsole.io/demo: "true"}}\n' "$ns"
      printf 'spec:\n  selector: {matchNamespaces: [%s]}\n  logs:\n' "$ns"
      local c
      for c in "$@"; do
        printf '  - containers: [%s]\n    logsFile: %s\n    follow: true\n' "$c" "$LOG_DIR/$ns/$c.log"
        : >>"$LOG_DIR/$ns/$c.log" # a container that says nothing still has a (empty) log
      done
    }
    logs_for flare overseer server1 server2
    logs_for flare-site-1 site-1
    logs_for flare-site-2 site-2
    logs_for openfl-director director
    logs_for openfl-envoy-1 envoy
    logs_for openfl-envoy-2 envoy
    logs_for fate-exchange rollsite
    logs_for fate-9999 rollsite python clustermanager
    logs_for fate-10000 rollsite python clustermanager
  } | kc apply -f - >/dev/null
  setsid "$DEMO/log-writer.sh" "$LOG_DIR" follow >>"$LOG_DIR/.writer.log" 2>&1 </dev/null &
  echo $! >"$WRITER_PID"
else
  log "no pod logs: KWOK's ClusterLogs are only set up on the local control plane (scripts/local-cluster.sh)"
fi

if (( BROKEN )); then
  log "problems (--broken)"
  apply_demo "$DEMO/broken.yaml"
  NAMESPACES+=("${BROKEN_NAMESPACES[@]}")
fi

if (( WAIT )); then
  log "waiting up to ${WAIT_TIMEOUT}s for the demo pods"
  deadline=$((SECONDS + WAIT_TIMEOUT))
  for ns in "${NAMESPACES[@]}"; do
    # pods appear only after the controllers ran: wait for them to exist first
    until [[ -n $(kcn "$ns" -n "$ns" get pods -l 'fedconsole.io/demo-expect!=pending' -o name 2>/dev/null) ]]; do
      (( SECONDS < deadline )) || die "no pods in $ns after ${WAIT_TIMEOUT}s"
      sleep 1
    done
    left=$((deadline - SECONDS)); (( left > 0 )) || left=1
    kcn "$ns" -n "$ns" wait pod -l 'fedconsole.io/demo-expect!=pending' --for=condition=Ready --timeout="${left}s" >/dev/null ||
      { kcn "$ns" -n "$ns" get pods -o wide >&2; die "pods in $ns not ready${CONTEXTS[0]:+ in context $(context_of "$ns")}"; }
  done
  log "all demo pods Running and Ready"
fi

for ctx in "${CONTEXTS[@]}"; do
  (( FLEET )) && log "in $ctx:"
  kubectl ${ctx:+--context "$ctx"} get pods -A -l fedconsole.io/demo=true -o wide 2>/dev/null | awk 'NR==1 || $1 ~ /^(flare|openfl|fate)/' >&2 || true
done
log "done: FLARE (flare, flare-site-1/2), OpenFL (openfl-director, openfl-envoy-1/2), FATE (fate-exchange, fate-9999, fate-10000)"
