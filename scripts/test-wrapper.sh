#!/bin/sh
# Every ctest test program starts through here. Normally it just execs the test; with
# FEDCONSOLE_TEST_WRAPPER set (scripts/valgrind.sh sets it to a valgrind command line) the test
# runs under that command instead.
# shellcheck disable=SC2086  # the wrapper is a command line: split it on purpose
exec ${FEDCONSOLE_TEST_WRAPPER:-} "$@"
