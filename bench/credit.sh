#!/usr/bin/env bash
# Credit benchmark: counterparty check p50/p99 with 32 concurrent HTTP clients, 1000-id batches
# and a full recompute, against a CredLink started here on a loopback port.
#   usage: bench/credit.sh [SCALE] [SEED]
#     without STORE: generates scale N (default 10), imports it into a temporary store (the import
#     recomputes every score; its time is printed), then serves that store;
#     STORE=dir DATASET=dir bench/credit.sh: serves an existing store, ids from DATASET's CSVs.
#     GRAPH=external: the store is served by the project's DBMS in a process of its own
#     (io.credlink.graph.StandaloneNeo4j, Bolt on a free loopback port, page cache BENCH_PAGE_CACHE)
#     and the application runs with credlink.neo4j.embedded=false against it, as against a remote
#     server (issue 15: the check's target holds in both modes).
#   env: PORT (18082), RATE_LIMIT (false: the per-user rate limit would answer most calls with 429), BCRYPT (bcrypt strength of the benchmark admin, default 4: see
#   docs/benchmarks.md), SERVER_OPTS (more --name=value settings for the server, e.g.
#   --credlink.security.audit.writers=1), CLIENTS, REQUESTS, BATCHES, WARMUP, RECOMPUTE (see bench/CreditBench.java).
# Builds target/credlink.jar when it is missing; stops the server it started at the end.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
scale=${1:-10}
seed=${2:-1}
port=${PORT:-18082}
password=benchmark-only-password
bench_init credit-bench
bench_machine
if [ -z "${STORE:-}" ]; then
  STORE="$work/store"
  DATASET="$work/dataset"
  echo "== generate scale $scale seed $seed"
  bench_generate "$DATASET" "$scale" "$seed"
  echo "== import (then the full recompute the import sets off)"
  start=$(date +%s)
  bench_import "$DATASET" "$STORE" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
      2>&1 | grep -E '^total|Credit scores recomputed|Resolution run' || true
  echo "import + recompute: $(( $(date +%s) - start )) s"
fi
: "${DATASET:?set DATASET to the dataset the store was imported from (its ids are checked)}"
bench_party_ids "$DATASET" "$work/ids.txt"
served="$STORE"
graph_opts=()
if [ "${GRAPH:-embedded}" = external ]; then
  echo "== DBMS of its own on $STORE"
  java ${BENCH_DBMS_OPTS:--Xmx2g} -cp target/credlink.jar -Dloader.main=io.credlink.graph.StandaloneNeo4j \
      org.springframework.boot.loader.launch.PropertiesLauncher --home "$STORE" --host 127.0.0.1 --port 0 \
      --page-cache "${BENCH_PAGE_CACHE:-1g}" --port-file "$work/bolt" > "$work/dbms.log" 2>&1 &
  dbms=$!
  for _ in $(seq 1 600); do
    [ -s "$work/bolt" ] && break
    kill -0 "$dbms" 2>/dev/null || { tail -20 "$work/dbms.log"; exit 1; }
    sleep 1
  done
  echo "bolt: $(cat "$work/bolt")"
  served=""
  graph_opts=(--credlink.neo4j.embedded=false --spring.neo4j.uri="$(cat "$work/bolt")")
fi
echo "== serve $STORE on 127.0.0.1:$port (graph ${GRAPH:-embedded})"
bench_serve "$served" "$work/server.log" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} "${graph_opts[@]}"
# Checks are answered from memory once the read models are built: measuring before that would
# time their build.
echo "== wait for the read models"
t0=$(date +%s)
bench_wait_read_models || true
echo "read models current after $(( $(date +%s) - t0 )) s: $(grep -o '"checkReadModel":{[^}]*}}' <<<"$health")"
echo "== load (parties: $(wc -l < "$work/ids.txt"))"
SERVER_PID=$server bench_java CreditBench "http://127.0.0.1:$port" admin "$password" "$work/ids.txt"
