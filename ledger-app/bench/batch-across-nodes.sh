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
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../target/ledger-app.jar
run=bench_nodes_$(date +%s)_$$
work=$(mktemp -d "/tmp/$run.XXXX")
url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$run"
ticks=$(getconf CLK_TCK)
pids=()

psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $run"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA $run CASCADE" || true
}
trap cleanup EXIT

node_arguments() {
  echo --spring.profiles.active=postgres,cluster \
    --spring.datasource.url="$url" --spring.datasource.username=postgres --spring.datasource.password= \
    --spring.flyway.user=postgres --spring.flyway.password= --spring.flyway.schemas="$run" \
    --ledger.batch.partitions="$partitions" --ledger.batch.partition-queue="$run" \
    --ledger.node-id="$1" --server.port="$2" --ledger.data-dir="$work/$1"
}

processor_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# PostgreSQL's processes, the server's own and every connection's, share the same two cores
database_ticks() {
  local sum=0 pid
  for pid in $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}

await_ready() {
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "node on port $1 did not get ready: see $work" >&2
  return 1
}

for i in $(seq 2 "$nodes"); do
  port=$((18600 + i))
  # shellcheck disable=SC2046
  java -Xmx2g -jar "$jar" $(node_arguments "node-$i" "$port") >"$work/node-$i.log" 2>&1 &
  pids+=($!)
  await_ready "$port"
done

# shellcheck disable=SC2046
java -Xmx2g -jar "$jar" $(node_arguments node-1 18601) --ledger.benchmark.accounts="$accounts" \
  --ledger.benchmark.rebuild=false >"$work/node-1.log" 2>&1 &
manager=$!
pids+=("$manager")
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
  awk -v n="$n" -v t="$spent" -v hz="$ticks" -v c="$accounts" \
    'BEGIN { printf "[benchmark]   node-%d: %.1f s, %.1f µs per credit of the run\n", n, t / hz, t / hz / c * 1e6 }'
done
awk -v t="$((database_after - database_before))" -v hz="$ticks" -v c="$accounts" \
  'BEGIN { printf "[benchmark]   PostgreSQL: %.1f s, %.1f µs per credit (connections that ended meanwhile not counted)\n", t / hz, t / hz / c * 1e6 }'
awk -v t="$total" -v hz="$ticks" -v c="$accounts" \
  'BEGIN { printf "[benchmark]   all nodes: %.1f s, %.1f µs per credit\n", t / hz, t / hz / c * 1e6 }'
