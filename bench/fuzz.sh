#!/usr/bin/env bash
# Fuzzes every parser that reads outside input (issue 14) with libFuzzer:
#   bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
# Builds build/fuzz with clang (-fsanitize=fuzzer,address,undefined; GUI off), seeds each target's
# corpus from tests/fuzz/corpus/<target>, runs it for SECONDS, and prints per target: executions,
# edges covered (libFuzzer's "cov"), corpus size, crashes. A crash input lands in
# build/fuzz/crashes/<target>/; once fixed, copy it to tests/fuzz/regressions/<target>/ so the
# normal test suite replays it (ctest -R fuzz_replay). The report is also written to
# build/fuzz/report.md, or $FUZZ_REPORT (docs/RELIABILITY.md quotes it).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
SECS=${1:-60}
shift || true
ALL=(kubeconfig yaml summarize watchstream loglines pki execcredential helmrelease accessreview)
TARGETS=("${@:-${ALL[@]}}")
((${#TARGETS[@]})) || TARGETS=("${ALL[@]}")
command -v clang++ >/dev/null || { echo "clang is not installed: apt-get install clang libclang-rt-14-dev (libFuzzer and the sanitizer runtimes)" >&2; exit 1; }
# clang without its compiler-rt (installed with --no-install-recommends) cannot link -fsanitize
rt=$(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a
[[ -f $rt ]] || { echo "clang's sanitizer runtimes are missing ($rt): apt-get install libclang-rt-$(clang++ -dumpversion | cut -d. -f1)-dev" >&2; exit 1; }
B=$SRC/build/fuzz
log() { printf '[fuzz %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

log "configuring $B (clang $(clang++ -dumpversion))"
CCACHE=()
command -v ccache >/dev/null && CCACHE=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$SRC" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  "${CCACHE[@]}" -DFEDCONSOLE_GUI=OFF -DFEDCONSOLE_FUZZ=ON -DFEDCONSOLE_WERROR=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
log "building ${TARGETS[*]}"
cmake --build "$B" --target "${TARGETS[@]/#/fuzz_}" >/dev/null

mkdir -p "$B/logs"
report=${FUZZ_REPORT:-$B/report.md} # FUZZ_REPORT: another file, for runs side by side
{
  echo "| target | seconds | executions | exec/s | edges (cov) | corpus | crashes |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >"$report"
open=0
for t in "${TARGETS[@]}"; do
  bin=$(find "$B" -name "fuzz_$t" -type f -perm -u+x | head -1)
  [[ -n $bin ]] || { echo "fuzz_$t was not built" >&2; exit 1; }
  mkdir -p "$B/corpus/$t" "$B/crashes/$t"
  cp -n "$SRC/tests/fuzz/corpus/$t/"* "$B/corpus/$t/" 2>/dev/null || true
  log "$t: ${SECS}s"
  # a target stops at its first crash or timeout; the input lands in crashes/<target>/
  set +e
  "$bin" -max_total_time="$SECS" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$B/crashes/$t/" "$B/corpus/$t" >"$B/logs/$t.log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$B/logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$B/logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$B/logs/$t.log" | tail -1 | grep -o '[0-9]*')
  corpus=$(find "$B/corpus/$t" -type f | wc -l)
  crashes=$(find "$B/crashes/$t" -type f | wc -l)
  ((crashes)) && open=$((open + crashes))
  ((rc != 0 && crashes == 0)) && { echo "fuzz_$t exited $rc without a crash input; see $B/logs/$t.log" >&2; open=$((open + 1)); }
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$SECS" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" "$crashes" >>"$report"
done
cat "$report"
if ((open)); then
  echo "$open crash(es): inputs in $B/crashes/<target>/, logs in $B/logs/" >&2
  exit 1
fi
