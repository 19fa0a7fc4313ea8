# Sourced by the benchmarks that run several ledger nodes on this machine's PostgreSQL (docs/benchmarks.md,
# issue 16): a fresh schema per run, nodes started with the same -Xmx, their processor time from /proc.
# Needs PostgreSQL on 127.0.0.1:5432 (database test, user postgres without password) and the packaged
# ledger-app/target/ledger-app.jar; the cluster profile also RabbitMQ on 127.0.0.1:5672 (guest/guest).

here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../target/ledger-app.jar
run=bench_nodes_$(date +%s)_$$
work=$(mktemp -d "/tmp/$run.XXXX")
url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$run"
ticks=$(getconf CLK_TCK)
profiles=${profiles:-postgres}
partitions=${partitions:-1}
pids=()

psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $run"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA $run CASCADE" || true
}
trap cleanup EXIT

# The embedded default's four users (name = password = role in lower case), configured as a bureau would.
user_arguments() {
  local i=0 role
  for role in CASEWORKER SETTLEMENT AUDITOR OPERATOR; do
    local name=${role,,}
    echo "--ledger.security.users[$i].name=$name --ledger.security.users[$i].password={noop}$name" \
      "--ledger.security.users[$i].roles=$role"
    i=$((i + 1))
  done
}

node_arguments() {
  echo --spring.profiles.active="$profiles" \
    --spring.datasource.url="$url" --spring.datasource.username=postgres --spring.datasource.password= \
    --spring.flyway.user=postgres --spring.flyway.password= --spring.flyway.schemas="$run" \
    --ledger.batch.partitions="$partitions" --ledger.batch.partition-queue="$run" \
    --ledger.node-id="$1" --server.port="$2" --ledger.data-dir="$work/$1" $(user_arguments)
}

# start_node NAME PORT [ARGUMENT ...]: in the background, its log in $work/NAME.log; its pid in $started
start_node() {
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2046
  java -Xmx2g -jar "$jar" $(node_arguments "$name" "$port") "$@" >"$work/$name.log" 2>&1 &
  started=$!
  pids+=("$started")
}

await_ready() {
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "node on port $1 did not get ready: see $work" >&2
  return 1
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

# seconds_per TICKS COUNT WHAT: "12.3 s, 45.6 µs per WHAT"
seconds_per() {
  awk -v t="$1" -v hz="$ticks" -v c="$2" -v what="$3" \
    'BEGIN { printf "%.1f s, %.1f µs per %s", t / hz, t / hz / c * 1e6, what }'
}
