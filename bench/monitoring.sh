#!/usr/bin/env bash
# Monitoring benchmark: from a sanction's commit (its HTTP answer) to the arrival of the signed
# webhook POST that names it, with LISTS watch lists of MEMBERS parties in all and one
# subscription per list, against a CredLink started here on a loopback port. The receiver is
# bench/MonitoringBench.java (the JDK's HttpServer on loopback), which checks every signature.
#   usage: bench/monitoring.sh [SCALE] [SEED]
#     without STORE: generates scale N (default 10), imports it into a temporary store, then
#     serves that store; STORE=dir DATASET=dir bench/monitoring.sh: serves an existing store.
#   env: PORT (18083), BCRYPT (4), SERVER_OPTS (more --name=value settings, e.g.
#   --credlink.monitoring.dedup-window=0s), LISTS, MEMBERS, SANCTIONS, PAUSE_MS, WAIT_S (see
#   bench/MonitoringBench.java).
# Last line: `monitoring sanctions= delivered= missing= errors= webhook_calls= bad_signatures=
# unnamed= p50_ms= p99_ms= max_ms=`; the exit status is 1 when a webhook is missing or unsigned.
# Builds target/credlink.jar when it is missing; stops the server it started at the end.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
scale=${1:-10}
seed=${2:-1}
port=${PORT:-18083}
password=benchmark-only-password
bench_init monitoring-bench
bench_machine
if [ -z "${STORE:-}" ]; then
  STORE="$work/store"
  DATASET="$work/dataset"
  echo "== generate scale $scale seed $seed"
  bench_generate "$DATASET" "$scale" "$seed"
  echo "== import"
  start=$(date +%s)
  bench_import "$DATASET" "$STORE" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} 2>&1 | grep -E '^total' || true
  echo "import: $(( $(date +%s) - start )) s"
fi
: "${DATASET:?set DATASET to the dataset the store was imported from (its party ids are watched)}"
bench_party_ids "$DATASET" "$work/ids.txt"
echo "== serve $STORE on 127.0.0.1:$port (webhooks to 127.0.0.1 allowed)"
bench_serve "$STORE" "$work/server.log" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
    --credlink.monitoring.allowed-hosts=127.0.0.1
echo "== load (parties: $(wc -l < "$work/ids.txt"), load $(cut -d' ' -f1-3 /proc/loadavg))"
bench_java MonitoringBench "http://127.0.0.1:$port" admin "$password" "$work/ids.txt"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
