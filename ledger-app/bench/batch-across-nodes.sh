#!/usr/bin/env bash
# The monthly batch on PostgreSQL split over NODES ledger nodes on this machine (docs/benchmarks.md, issue 16).
#
#   ledger-app/bench/batch-across-nodes.sh NODES ACCOUNTS [PARTITIONS]
#
# Needs PostgreSQL on 127.0.0.1:5432 (database test, user postgres without password), RabbitMQ on
# 127.0.0.1:5672 (guest/guest) and the packaged ledger-app/target/ledger-app.jar. In a fresh schema and a
# fresh partition queue it starts NODES-1 worker nodes (profiles postgres,cluster), then the benchmark as
# the managing node, which generates ACCOUNTS Beijing employees and runs their monthly credits in
# PARTITIONS partitions (default 6) that every node takes from the broker. It prints the benchmark's
# lines and, per node, the processor time it spent from the batch's start to its end and per credit.
set -euo pipefail

nodes=${1:?NODES}
accounts=${2:?ACCOUNTS}
partitions=${3:-6}
profiles=postgres,cluster
. "$(dirname "$0")/nodes.sh"

for i in $(seq 2 "$nodes"); do
  start_node "node-$i" $((18600 + i))
  await_ready $((18600 + i))
done

start_node node-1 18601 --ledger.benchmark.accounts="$accounts" --ledger.benchmark.rebuild=false
manager=$started
everyone=("$manager" "${pids[@]:0:$((nodes - 1))}")

until grep -q '\[benchmark\] projection catching up' "$work/node-1.log"; do
  kill -0 "$manager" 2>/dev/null || { tail -40 "$work/node-1.log"; exit 1; }
  sleep 0.1
done
declare -A before
for pid in "${everyone[@]}"; do before[$pid]=$(processor_ticks "$pid"); done
database_before=$(database_ticks)
until grep -q '\[benchmark\] monthly crediting batch' "$work/node-1.log"; do
  kill -0 "$manager" 2>/dev/null || { tail -40 "$work/node-1.log"; exit 1; }
  sleep 0.1
done
declare -A after
for pid in "${everyone[@]}"; do after[$pid]=$(processor_ticks "$pid"); done
database_after=$(database_ticks)
wait "$manager" || { tail -40 "$work/node-1.log"; exit 1; }

grep '^\[benchmark\]' "$work/node-1.log"
echo "[benchmark] processor time of each node from the batch's start to its end ($nodes nodes, $partitions partitions):"
total=0
for n in $(seq 1 "$nodes"); do
  pid=${everyone[$((n - 1))]}
  spent=$(( ${after[$pid]} - ${before[$pid]} ))
  total=$((total + spent))
  echo "[benchmark]   node-$n: $(seconds_per "$spent" "$accounts" "credit of the run")"
done
echo "[benchmark]   PostgreSQL: $(seconds_per $((database_after - database_before)) "$accounts" credit)" \
  "(connections that ended meanwhile not counted)"
echo "[benchmark]   all nodes: $(seconds_per "$total" "$accounts" credit)"
