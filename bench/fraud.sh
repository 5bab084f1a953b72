#!/usr/bin/env bash
# Fraud scan benchmark (issue 4 target: a full scan at scale 100 in <= 2 min on 2 cores): serves a
# store on a loopback port, runs full scans through POST /api/v1/fraud/scans and prints the time
# of every step of each scan (the "fraud scan step" INFO lines of the server log) and the total.
#   usage: bench/fraud.sh [SCALE] [SEED]
#     without STORE: generates scale N (default 1), imports it into a temporary store, scans it;
#     STORE=dir bench/fraud.sh: scans a COPY of an existing store (a scan writes alerts and claim
#     scores; IN_PLACE=1 scans the store itself). PASSWORD: the store's admin password.
#   env: PORT (18084), SCANS (2: the first runs on cold caches), JAR (target/credlink.jar), BENCH_HEAP (4g),
#     BENCH_PAGE_CACHE (2g), KEEP=1 keeps the temporary directory (copy, server log).
# Builds target/credlink.jar when it is missing; stops the server it started at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
seed=${2:-1}
port=${PORT:-18084}
password=${PASSWORD:-benchmark-only-password}
scans=${SCANS:-2}
jarfile=${JAR:-target/credlink.jar}
[ -f "$jarfile" ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-fraud-bench-XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
jar=(java -Xmx${BENCH_HEAP:-4g} -jar "$jarfile")
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(load), $(java -version 2>&1 | sed -n 1p)"
if [ -z "${STORE:-}" ]; then
  store="$work/store"
  echo "== generate scale $scale seed $seed"
  "${jar[@]}" generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1
  echo "== import"
  "${jar[@]}" import "$work/dataset" --credlink.data-dir="$store" --credlink.ingest.load-sample=false \
      --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-2g} 2>&1 | grep -E '^total' || true
elif [ "${IN_PLACE:-0}" = 1 ]; then
  store="$STORE"
else
  store="$work/store"
  echo "== copy $STORE ($(du -sh "$STORE" | cut -f1))"
  cp -a "$STORE" "$store"
fi
echo "== serve the store on 127.0.0.1:$port (heap ${BENCH_HEAP:-4g}, page cache ${BENCH_PAGE_CACHE:-2g})"
"${jar[@]}" --credlink.data-dir="$store" --credlink.ingest.load-sample=false --server.port="$port" \
    --server.address=127.0.0.1 --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-2g} \
    --credlink.security.bcrypt-strength=4 --credlink.security.bootstrap-admin-password="$password" \
    --credlink.security.rate-limit.enabled=false \
    > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 900); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log"; exit 1; }
  sleep 1
done
api="http://127.0.0.1:$port/api/v1/fraud"
for n in $(seq 1 "$scans"); do
  echo "== scan $n (load before: $(load))"
  from=$(wc -l < "$work/server.log")
  start=$(date +%s%N)
  curl -fsS -u "admin:$password" -X POST "$api/scans" -o "$work/scan.json" -m 3600
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  tail -n +"$((from + 1))" "$work/server.log" | grep -o 'fraud scan step .* took [0-9]* ms' \
    | awk '{printf "  %-28s %8d ms\n", $4, $6}'
  echo "  $(cat "$work/scan.json")"
  echo "  total (HTTP wall) $wall ms, load after: $(load)"
done
# a digest of the results, to compare two versions of the code on the same store
rings=$(curl -fsS -u "admin:$password" "$api/rings?size=1000" | grep -o '"id":"[^"]*"' | sort | sha1sum | cut -c1-12)
top=$(curl -fsS -u "admin:$password" "$api/claim-scores?size=1000" | sed 's/"scanId":"[^"]*"//g' | sha1sum | cut -c1-12)
echo "== digests: rings $rings, top 1000 claim scores $top"
