#!/usr/bin/env bash
# Crash safety: imports a generated dataset once without interruption (the reference), then again
# into fresh stores, each time killing the process with SIGKILL at a point of the reference run's
# time line (early and mid import, the index build of the bulk path, entity resolution, the score
# recomputation), restarting the same import as a client would, and comparing what the store
# knows with the reference (`java -jar credlink.jar fingerprint`: counts and a checksum over
# every node and relationship but the operational ones, docs/operations.md).
#   usage: bench/crash.sh [SCALE] [SEED]
#   env: POINTS (fractions of the reference import's time to kill at, default "0.1 0.3 0.5 0.7 0.9")
# Last line: identical=yes|no nodes=<n> relationships=<n> checksum=<hex> (of the reference).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
seed=${2:-1}
[ -f target/credlink.jar ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-crash-XXXXXX)
trap '[ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
jar=(java ${BENCH_JAVA_OPTS:--Xmx2g} -jar target/credlink.jar)
settings=(--credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-512m} --logging.level.io.credlink=INFO)
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== generate scale $scale seed $seed"
"${jar[@]}" generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1

fingerprint() { "${jar[@]}" fingerprint --credlink.data-dir="$1" "${settings[@]}" 2>"$1.fingerprint.err" | tail -1; }

echo "== reference: import without interruption"
start=$(date +%s%N)
"${jar[@]}" import "$work/dataset" --credlink.data-dir="$work/reference" "${settings[@]}" > "$work/reference.log" 2>&1
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
reference=$(fingerprint "$work/reference")
echo "import: $took_ms ms; $reference"

all=yes
for point in ${POINTS:-0.1 0.3 0.5 0.7 0.9}; do
  store="$work/store-$point"
  delay_ms=$(awk -v t="$took_ms" -v p="$point" 'BEGIN { printf "%d", t * p }')
  "${jar[@]}" import "$work/dataset" --credlink.data-dir="$store" "${settings[@]}" > "$store.killed.log" 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"; wait "$pid" 2>/dev/null || true
    # where the killed run was: its last log line naming a step
    at=$(grep -E 'bulk|Resolution|recomput|Credit scores|rows/s|index' "$store.killed.log" | tail -1 | sed -E 's/.*(INFO|WARN)[^:]*: //' | cut -c1-100)
  else
    wait "$pid" || true
    at="(finished before the kill)"
  fi
  # the client runs the same import again; a failure to run is a difference
  if ! "${jar[@]}" import "$work/dataset" --credlink.data-dir="$store" "${settings[@]}" > "$store.again.log" 2>&1; then
    echo "point=$point killed_after_ms=$delay_ms at=\"$at\" identical=no (the import again failed: $(tail -1 "$store.again.log"))"
    all=no
    continue
  fi
  recovered=$(fingerprint "$store")
  same=no
  [ "$recovered" = "$reference" ] && same=yes
  [ "$same" = yes ] || all=no
  echo "point=$point killed_after_ms=$delay_ms at=\"$at\" identical=$same $recovered"
done
echo "identical=$all $reference"
