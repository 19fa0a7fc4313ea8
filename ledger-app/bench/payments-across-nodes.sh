#!/usr/bin/env bash
# The payment load against NODES ledger nodes on one PostgreSQL on this machine (docs/benchmarks.md, issue 16).
#
#   ledger-app/bench/payments-across-nodes.sh NODES ACCOUNTS CONNECTIONS SECONDS [FAMILY]
#
# In a fresh schema it starts NODES nodes (profile postgres, each with -Xmx2g), then the load command
# (docs/operations.md, "Load") with every node's address, so that its connections are spread over them and a
# payer pays on each node in turn; FAMILY (default 0) family holders per payer. It prints the load's lines.
set -euo pipefail

nodes=${1:?NODES}
accounts=${2:?ACCOUNTS}
connections=${3:?CONNECTIONS}
seconds=${4:?SECONDS}
family=${5:-0}
. "$(dirname "$0")/nodes.sh"

addresses=()
for i in $(seq 1 "$nodes"); do
  start_node "node-$i" $((18600 + i))
  await_ready $((18600 + i))
  addresses+=("http://127.0.0.1:$((18600 + i))")
done

java -Xmx1g -cp "$jar" -Dloader.main=ledger.app.load.PaymentLoad org.springframework.boot.loader.launch.PropertiesLauncher \
  --url="$(IFS=,; echo "${addresses[*]}")" --accounts="$accounts" --connections="$connections" --warmup=10 \
  --seconds="$seconds" --family="$family"
