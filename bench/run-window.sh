#!/usr/bin/env bash
# The real main window on the live pod list, next to the harness and kubectl in the same run.
#   bench/run-window.sh [N ...]      (default: 10000 50000 150000)
# For each N: seed N bench pods (cluster_bench seed), then
#   - kubectl get pods -A -o json (the peer) and cluster_bench list (the harness: store + table + proxy),
#   - window_bench list on the Resources page and on the Federations page (MainWindow with every
#     page built and a log tab open): time to a populated, responsive window, the UI thread's CPU
#     time per watch batch (median, p95, worst) and per event of any kind,
#   - window_bench churn 3000 on the Federations page: the same figures while 3,000 watch events arrive.
# Prints one row per N and rewrites the window table in docs/BENCHMARKS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${FEDCONSOLE_BENCH_BUILD:-$ROOT/build/release}
COUNTS=("$@")
[[ ${#COUNTS[@]} -gt 0 ]] || COUNTS=(10000 50000 150000)
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

log "building release binaries in $BUILD"
cmake --preset release >/dev/null
cmake --build --preset release --target cluster_bench window_bench >/dev/null
"$ROOT/scripts/local-cluster.sh" up >/dev/null
eval "$("$ROOT/scripts/local-cluster.sh" env)"
B="$BUILD/bench/cluster_bench"
W="$BUILD/bench/window_bench"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

ms_of() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
j() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); [d:=d[k] for k in sys.argv[2].split('.')]; print(d if not isinstance(d,float) else f'{d:.1f}')" "$1" "$2"; }

rows=()
for N in "${COUNTS[@]}"; do
  log "== $N pods =="
  # a fresh control plane per row: deleting 50,000+ pods keeps the apiserver busy for minutes
  "$ROOT/scripts/local-cluster.sh" down
  "$ROOT/scripts/local-cluster.sh" up
  "$B" seed "$N"
  km=$(ms_of kubectl get pods -A -o json)
  harness=$("$B" list)
  hm=$(j "$harness" ms_to_populated)
  res=$("$W" list --page resources 2>/dev/null)
  fed=$("$W" list --page federations 2>/dev/null)
  churn=$("$W" churn 3000 --page federations 2>/dev/null)
  log "resources: $res"
  log "federations: $fed"
  log "churn: $churn"
  wm=$(j "$res" ms_to_responsive); fm=$(j "$fed" ms_to_responsive)
  ratio=$(python3 -c "print(f'{max($wm,$fm)/$hm:.2f}')")
  cell() { # median / p95 / worst batch, worst event
    printf '%s / %s / %s ms (worst event %s ms)' "$(j "$1" "$2.median_batch_cpu_ms")" "$(j "$1" "$2.p95_batch_cpu_ms")" \
      "$(j "$1" "$2.worst_batch_cpu_ms")" "$(j "$1" "$2.worst_event_cpu_ms")"
  }
  row="| $N | $km ms | $hm ms | $wm / $fm ms | ${ratio}× | $(cell "$res" list) | $(cell "$fed" list) | $(cell "$churn" churn), $(j "$churn" churn_events) events at $(j "$churn" churn_events_per_s)/s, worst gap $(j "$churn" churn_worst_stall_ms) ms | $(( $(j "$res" peak_rss_kb) / 1024 )) MB |"
  log "$row"
  rows+=("$row")
done
"$ROOT/scripts/local-cluster.sh" down

header="| pods | kubectl get pods -A -o json | harness: connect → populated (store + table + proxy) | window: connect → populated and responsive (Resources / Federations page shown) | window ÷ harness (goal ≤ 1.5×) | UI thread per watch batch during the list, Resources page: median / p95 / worst (goal ≤ 8 ms) | same, Federations page | same during churn, Federations page | window peak RSS |
|---|---|---|---|---|---|---|---|---|"
table=$(printf '%s\n%s\n' "$header" "$(printf '%s\n' "${rows[@]}")")
echo "$table"
doc="$ROOT/docs/BENCHMARKS.md"
python3 - "$doc" "$table" "$(date -u +%Y-%m-%d) on $(nproc) cores, $(kubectl version --client 2>/dev/null | head -1)" <<'PY'
import sys, re, pathlib
path, table, when = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = path.read_text() if path.exists() else "# Benchmarks\n"
block = f"<!-- window-bench:begin -->\nMeasured {when} by `bench/run-window.sh` (one run per row; the window's figures are the UI thread's own CPU time per event, measured in QApplication::notify).\n\n{table}\n<!-- window-bench:end -->"
if "<!-- window-bench:begin -->" in text:
    text = re.sub(r"<!-- window-bench:begin -->.*?<!-- window-bench:end -->", block, text, flags=re.S)
else:
    text = text.replace("## Federation and GPU views", "## The real window (issue 10)\n\n" + block + "\n\n## Federation and GPU views", 1)
path.write_text(text)
PY
