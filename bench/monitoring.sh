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
cd "$(dirname "$0")/.."
scale=${1:-10}
seed=${2:-1}
port=${PORT:-18083}
password=benchmark-only-password
[ -f target/credlink.jar ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-monitoring-bench-XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
jar=(java ${BENCH_JAVA_OPTS:--Xmx2g} -jar target/credlink.jar)
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p)"
if [ -z "${STORE:-}" ]; then
  STORE="$work/store"
  DATASET="$work/dataset"
  echo "== generate scale $scale seed $seed"
  "${jar[@]}" generate --out "$DATASET" --scale "$scale" --seed "$seed" | tail -1
  echo "== import"
  start=$(date +%s)
  "${jar[@]}" import "$DATASET" --credlink.data-dir="$STORE" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
      2>&1 | grep -E '^total' || true
  echo "import: $(( $(date +%s) - start )) s"
fi
: "${DATASET:?set DATASET to the dataset the store was imported from (its party ids are watched)}"
for f in insurers intermediaries practitioners consumers providers; do
  [ -f "$DATASET/$f.csv" ] && tail -n +2 "$DATASET/$f.csv" | cut -d, -f1
done > "$work/ids.txt"
echo "== serve $STORE on 127.0.0.1:$port (webhooks to 127.0.0.1 allowed)"
"${jar[@]}" --credlink.data-dir="$STORE" --credlink.ingest.load-sample=false --server.port="$port" \
    --server.address=127.0.0.1 --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
    --credlink.security.bcrypt-strength=${BCRYPT:-4} --credlink.security.bootstrap-admin-password=$password \
    --credlink.security.rate-limit.enabled=false --credlink.monitoring.allowed-hosts=127.0.0.1 ${SERVER_OPTS:-} \
    > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log"; exit 1; }
  sleep 1
done
echo "== load (parties: $(wc -l < "$work/ids.txt"), load $(cut -d' ' -f1-3 /proc/loadavg))"
java bench/MonitoringBench.java "http://127.0.0.1:$port" admin "$password" "$work/ids.txt"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
