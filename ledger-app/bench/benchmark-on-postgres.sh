#!/usr/bin/env bash
# The ledger's own benchmark (docs/benchmarks.md) on this machine's PostgreSQL, in a fresh schema.
#
#   ledger-app/bench/benchmark-on-postgres.sh ACCOUNTS [MONTHS_OF_HISTORY]
#
# One node with the postgres profile, as bench/nodes.sh starts them, runs MonthlyCreditBenchmark and
# exits; it prints the benchmark's lines.
set -euo pipefail

accounts=${1:?ACCOUNTS}
months=${2:-0}
. "$(dirname "$0")/nodes.sh"

# shellcheck disable=SC2046
java -Xmx2g -jar "$jar" $(node_arguments node-1 18601) --ledger.benchmark.accounts="$accounts" \
  --ledger.benchmark.months-of-history="$months" >"$work/node-1.log" 2>&1
grep '^\[benchmark\]' "$work/node-1.log"
