#!/usr/bin/env bash
# Import benchmark: generates a dataset of scale N, imports it into an empty embedded database
# (bulk load), then imports it again into the now populated database (incremental upserts of
# known ids), and prints rows/s per file and in total for both runs.
#   usage: bench/import.sh [SCALE] [SEED]        e.g. bench/import.sh 10 1
# Builds target/credlink.jar when it is missing. Work files go to a temporary directory that
# is removed at the end (set KEEP=1 to keep it).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-10}
seed=${2:-1}
[ -f target/credlink.jar ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-bench-XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
jar=(java ${BENCH_JAVA_OPTS:--Xmx2g} -jar target/credlink.jar)
opts=(--credlink.data-dir="$work/store" --credlink.security.bootstrap-admin-password=benchmark-only-password
      --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g})

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== generate scale $scale seed $seed"
"${jar[@]}" generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1
echo "== import into an empty database"
"${jar[@]}" import "$work/dataset" "${opts[@]}" 2>/dev/null | grep -vE '^\S+:[0-9]+: ' | grep -E '^(file|total|[a-z_]+\.csv) '
echo "== import again into the populated database (every id known: incremental upserts)"
"${jar[@]}" import "$work/dataset" "${opts[@]}" 2>/dev/null | grep -vE '^\S+:[0-9]+: ' | grep -E '^(file|total|[a-z_]+\.csv) '
