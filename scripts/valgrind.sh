#!/usr/bin/env bash
# Runs the test suite on the release build under valgrind's memcheck (issue 10: the release
# build is what users run; ASan's -O1 build hid a release-only bug). Slow: ~20-50x per test.
#   scripts/valgrind.sh [ctest arguments]      e.g. scripts/valgrind.sh -L unit, -R tst_certificateauthority
# Each test program runs under
#   valgrind --error-exitcode=99 --errors-for-leak-kinds=none --suppressions=scripts/valgrind.supp
# (leaks are not counted: Qt and fontconfig keep process-lifetime allocations), so a test fails on
# any invalid read/write, use of uninitialised memory or bad free. Logs: build/release/valgrind/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
command -v valgrind >/dev/null || { echo "valgrind not found: apt-get install valgrind" >&2; exit 1; }
scripts/setup-deps.sh
scripts/local-cluster.sh build
# per-test timeout raised for memcheck (and put back when done: the same build dir serves scripts/test.sh)
cmake --preset release -DFEDCONSOLE_TEST_TIMEOUT=36000 >/dev/null
trap 'cmake --preset release -DFEDCONSOLE_TEST_TIMEOUT=600 >/dev/null' EXIT
cmake --build --preset release
LOGS="$ROOT/build/release/valgrind"
mkdir -p "$LOGS"
export FEDCONSOLE_TEST_WRAPPER="valgrind --error-exitcode=99 --errors-for-leak-kinds=none --leak-check=no \
--suppressions=$ROOT/scripts/valgrind.supp --log-file=$LOGS/%p.log --child-silent-after-fork=yes"
export QTEST_FUNCTION_TIMEOUT=3600000 # QtTest's 300 s watchdog per test function, times valgrind
export QT_ENABLE_REGEXP_JIT=0 # PCRE2's JIT code is opaque to memcheck (false "uninitialised" reports at ??? frames)
log "ctest on the release build under valgrind (logs in $LOGS)"
rc=0
ctest --preset release "$@" || rc=$?
# every log with errors, named
grep -l "ERROR SUMMARY: [1-9]" "$LOGS"/*.log 2>/dev/null | while read -r f; do
  log "errors in $f ($(grep -m1 'Command:' "$f" | sed 's/.*Command: //'))"
done
exit $rc
