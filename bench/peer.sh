#!/usr/bin/env bash
# CredLink and PostgreSQL side by side (issue 17): the same generated dataset loaded into both, the
# same questions asked of both, the answers compared (agree=n/n) before both are timed with the same
# inputs, single client and CLIENTS (32) clients, p50 and p99 (docs/benchmarks.md).
#   usage: bench/peer.sh SCALE [SEED]        e.g. bench/peer.sh 1
# CredLink: `generate`, then the `import --no-wait` command into an empty store (the bulk path; the
# credit recomputation queued, not run), then the service on a loopback port; its load time runs
# from the import's start until the service answers and its read models (check read model,
# restrictions projection, lists model) are current; the time until the scores are current (the
# queued full recomputation run by the service in the background) is printed apart. Entity resolution is
# off on this side (--credlink.resolution.run-after-import=false): SQL has no resolver, so both
# sides read the data as imported, each party its own entity.
# PostgreSQL: a private cluster (Debian's postgresql; PG_BIN or the newest
# /usr/lib/postgresql/*/bin, found at run time) in the temporary directory, on 127.0.0.1 and a free
# port, fsync and durability settings at their defaults; loaded with COPY, then keys, indexes and
# ANALYZE (bench/peer/schema.sql, keys.sql); the questions are bench/peer/<question>.sql. It is
# stopped and removed at the end, also on failure or Ctrl-C.
# The driver is io.credlink.peer.PeerBenchmark (src/test), run with the test classpath.
#   env: PORT (18087), SAMPLE (inputs per question, 300), CLIENTS (32), REQUESTS (calls per timed
#   series, 320), WARMUP (untimed calls per point question and side before its timed series, 0),
#   QUESTIONS (comma-separated subset), BENCH_JAVA_OPTS (-Xmx2g), SERVER_JAVA_OPTS (more
#   options for the service alone, e.g. a flight recording: -XX:StartFlightRecording=...), BENCH_PAGE_CACHE
#   (1g), CDS=1 (CredLink's JVMs from a class data sharing archive: bench/cds.sh), KEEP=1 keeps
#   the temporary directory, INPROCESS=1 also runs bench/sanction.sh on the store
#   afterwards (the sanction facade in-process, the service stopped) and io.credlink.peer.
#   InProcessPeerBenchmark (exposure and rings in-process, the same inputs); STORE=dir DATASET=dir serve a
#   store imported before (KEEP=1 of an earlier run keeps both; imported without resolution).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?"usage: bench/peer.sh SCALE [SEED]"}
seed=${2:-1}
port=${PORT:-18087}
password=benchmark-only-password

pg_bin=${PG_BIN:-}
if [ -z "$pg_bin" ]; then
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && pg_bin=$d
  done
fi
if [ -z "$pg_bin" ] && command -v initdb >/dev/null 2>&1; then pg_bin=$(dirname "$(command -v initdb)"); fi
[ -n "$pg_bin" ] || { echo "PostgreSQL binaries not found: install postgresql or set PG_BIN" >&2; exit 1; }

[ -f target/credlink.jar ] || mvn -q package -DskipTests
mvn -q -DskipTests test-compile
work=$(mktemp -d -t credlink-peer-bench-XXXXXX)
# under root PostgreSQL runs as the postgres user (it refuses root), which must reach $work/pg
chmod 711 "$work"
[ "${KEEP:-0}" = 1 ] && echo "== work directory (kept): $work"
mvn -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -f "$work/pg/data/postmaster.pid" ]; then
    as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# CDS=1: CredLink's JVMs (import and service) start from a class data sharing archive made for
# this build beforehand (bench/cds.sh, once per build like an installation, not counted in the load)
app=(-jar target/credlink.jar)
if [ "${CDS:-0}" = 1 ]; then
  bench/cds.sh "$work/app"
  app=(-XX:SharedArchiveFile="$work/app/credlink.jsa" -jar "$work/app/credlink.jar")
fi
jar=(java ${BENCH_JAVA_OPTS:--Xmx2g} "${app[@]}")
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), $("$pg_bin/postgres" --version), commit $(git rev-parse --short HEAD)"
t0=$(date +%s%N)
if [ -z "${STORE:-}" ]; then
  STORE="$work/store"
  DATASET="$work/dataset"
  echo "== generate scale $scale seed $seed"
  "${jar[@]}" generate --out "$DATASET" --scale "$scale" --seed "$seed" | tail -1
  echo "== CredLink: import into an empty store, serve, wait for the read models"
  t0=$(date +%s%N)
  "${jar[@]}" import "$DATASET" --no-wait --credlink.data-dir="$STORE" --credlink.ingest.load-sample=false \
      --credlink.resolution.run-after-import=false --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
      2>&1 | grep -E '^total |^bulk load|queued in' || true
else
  : "${DATASET:?set DATASET to the dataset STORE was imported from}"
  echo "== CredLink: serve $STORE (imported before, without resolution), wait for the read models"
fi
t_import=$(date +%s%N)
java ${BENCH_JAVA_OPTS:--Xmx2g} ${SERVER_JAVA_OPTS:-} "${app[@]}" --credlink.data-dir="$STORE" --credlink.ingest.load-sample=false --server.port="$port" \
    --server.address=127.0.0.1 --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} \
    --credlink.resolution.run-after-import=false \
    --credlink.security.bcrypt-strength=4 --credlink.security.bootstrap-admin-password=$password \
    --credlink.security.rate-limit.enabled=false > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 900); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log"; exit 1; }
  sleep 0.5
done
t_up=$(date +%s%N)
for _ in $(seq 1 1800); do
  health=$(curl -fs -u "admin:$password" "http://127.0.0.1:$port/actuator/health" || true)
  [ "$(grep -o '"current":true' <<<"$health" | wc -l)" -ge 3 ] && break
  sleep 0.5
done
t_ready=$(date +%s%N)
credlink_s=$(awk -v a="$t0" -v b="$t_ready" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
[ "$STORE" = "$work/store" ] || credlink_s="n/a(existing-store)"
awk -v a="$t0" -v i="$t_import" -v u="$t_up" -v r="$t_ready" 'BEGIN {
  printf "credlink load: import command %.1f s, service up %.1f s later, read models current %.1f s later: %.1f s\n",
    (i - a) / 1e9, (u - i) / 1e9, (r - u) / 1e9, (r - a) / 1e9 }'
# the questions read stored scores (exposure): wait until no recomputation waits or runs and the
# read models are current again
for _ in $(seq 1 7200); do
  queue=$(curl -fs -u "admin:$password" "http://127.0.0.1:$port/api/v1/credit/recomputations?limit=1" || true)
  health=$(curl -fs -u "admin:$password" "http://127.0.0.1:$port/actuator/health" || true)
  grep -q '"pending":0,"running":0' <<<"$queue" && [ "$(grep -o '"current":true' <<<"$health" | wc -l)" -ge 3 ] && break
  sleep 0.5
done
t_scores=$(date +%s%N)
awk -v a="$t0" -v r="$t_ready" -v s="$t_scores" 'BEGIN {
  printf "credlink scores current (the full recomputation in the background): %.1f s after ready, %.1f s after the import started\n",
    (s - r) / 1e9, (s - a) / 1e9 }'

echo "== PostgreSQL ($pg_bin) and the questions; load $(cut -d' ' -f1-3 /proc/loadavg)"
INPUTS_DIR="$work/inputs" java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$work/classpath")" io.credlink.peer.PeerBenchmark \
    "http://127.0.0.1:$port" admin "$password" "$DATASET" "$pg_bin" "$work/pg" "$credlink_s"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${INPROCESS:-0}" = 1 ]; then
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "== in-process: bench/sanction.sh on the same store (service stopped)"
  bench/sanction.sh "$STORE"
  echo "== in-process: exposure and rings on the same store, the inputs above"
  java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
      ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat "$work/classpath")" \
      io.credlink.peer.InProcessPeerBenchmark "$STORE" "$work/inputs"
fi
