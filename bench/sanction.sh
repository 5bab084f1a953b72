#!/usr/bin/env bash
# Sanction benchmark (issue 3 targets): propagation of blacklisting sanctions, restrictions of
# many parties and the whole black list, timed in-process on the sanction facade (p50/p90/p99).
#   usage: bench/sanction.sh STORE_DIR          an existing store (stop any service using it first)
#          bench/sanction.sh --scale N [SEED]   generate scale N, import it into a temporary store, then measure
# Environment: BENCH_HEAP (2g), BENCH_PAGE_CACHE (1g), BENCH_SANCTIONS (2000), BENCH_PARTIES (2000),
# KEEP=1 keeps the temporary directory of --scale.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--scale" ]; then
  scale=${2:?scale}
  seed=${3:-1}
  [ -f target/credlink.jar ] || mvn -q package -DskipTests
  work=$(mktemp -d -t credlink-sanction-bench-XXXXXX)
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
  echo "== generate scale $scale seed $seed into $work"
  java -Xmx1g -jar target/credlink.jar generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1
  echo "== import"
  java -Xmx${BENCH_HEAP:-2g} -jar target/credlink.jar import "$work/dataset" --credlink.data-dir="$work/store" \
    --credlink.ingest.load-sample=false --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} 2>/dev/null | grep -E '^total '
  store="$work/store"
else
  store=${1:?"usage: bench/sanction.sh STORE_DIR | --scale N [SEED]"}
fi
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p)"
mvn -q -Pbench -DskipTests test -Dbench.store="$store" -Dbench.heap=${BENCH_HEAP:-2g} \
  -Dbench.pageCache=${BENCH_PAGE_CACHE:-1g} -Dbench.sanctions=${BENCH_SANCTIONS:-2000} -Dbench.parties=${BENCH_PARTIES:-2000}
