#!/usr/bin/env bash
# Import benchmark: generates a dataset of scale N, imports it into an empty embedded store (the
# bulk path: Neo4j's offline importer, unless BULK=false), then imports the same files again into
# the now populated store (the Cypher upserts; every row is a known id), and prints rows/s per
# file and in total for both runs, with the wall time of each command and the load average.
#   usage: bench/import.sh [SCALE] [SEED]        e.g. bench/import.sh 10 1
# Builds target/credlink.jar when it is missing. Work files go to a temporary directory that
# is removed at the end (set KEEP=1 to keep it). BENCH_JAVA_OPTS (default -Xmx2g; scale 100
# wants -Xmx3g) and BENCH_PAGE_CACHE (default 1g) tune the JVM and the DBMS.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-10}
seed=${2:-1}
[ -f target/credlink.jar ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-bench-XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
jar=(java ${BENCH_JAVA_OPTS:--Xmx2g} -jar target/credlink.jar)
opts=(--credlink.data-dir="$work/store" --credlink.security.bootstrap-admin-password=benchmark-only-password
      --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} --credlink.ingest.bulk-load=${BULK:-true})

load() { echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
run_import() {
  load
  local t0 t1
  t0=$(date +%s%N)
  "${jar[@]}" import "$work/dataset" "${opts[@]}" 2>/dev/null | grep -vE '^\S+:[0-9]+: ' \
    | grep -E '^(file|total|bulk load|[a-z_]+\.csv) '
  t1=$(date +%s%N)
  echo "   wall time of the command (JVM, Spring and DBMS start-up included): $(( (t1 - t0) / 1000000 )) ms"
  load
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
echo "== generate scale $scale seed $seed"
"${jar[@]}" generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1
echo "== import into an empty store ($([ "${BULK:-true}" = true ] && echo 'bulk path' || echo 'Cypher upserts'))"
run_import
echo "== import again into the populated store (every id known: incremental upserts)"
run_import
