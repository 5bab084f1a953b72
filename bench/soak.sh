#!/usr/bin/env bash
# Soak: MINUTES of mixed traffic on loopback (bench/SoakDriver.java: single and batch checks,
# entity look-ups, networks, small imports, sanction changes, fraud scans, resolution runs),
# against a CredLink started here; stops by itself. Every minute the server's heap after its last
# GC (its GC log), live threads, open files (/proc/PID/fd) and store size are sampled into
# soak.csv and printed; bench/soak_plot.py draws them (PNG, default docs/soak.png).
#   usage: bench/soak.sh [MINUTES] [SCALE] [SEED]     (10, 1, 1)
#     without STORE: generates scale SCALE and imports it into a temporary store;
#     STORE=dir DATASET=dir bench/soak.sh: soaks a COPY of an existing store (IN_PLACE=1: the store).
#   env: PORT (18086), BENCH_HEAP (2g), BENCH_PAGE_CACHE (1g), BCRYPT (4), SERVER_OPTS, PYTHON
#     (/usr/bin/python3: Debian's, with python3-matplotlib),
#     PLOT (docs/soak.png; empty: no plot), CSV (where soak.csv is copied to; default: the work
#     directory only), and the driver's rates (CHECK_RATE, ADAPT, P99_MS, …: bench/SoakDriver.java).
# Last line: the driver's `soak minutes= errors= check_rate_per_s= check_p50_ms= check_p99_ms= …`;
# exit status 1 on any error.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
minutes=${1:-10}
scale=${2:-1}
seed=${3:-1}
port=${PORT:-18086}
password=benchmark-only-password
bench_init soak "${BENCH_HEAP:-2g}"
bench_machine
bench_store "${STORE:-}" "$scale" "$seed"
: "${DATASET:?set DATASET to the dataset the store was imported from}"
bench_party_ids "$DATASET" "$work/ids.txt"
# the server logs its collections, so that the heap after GC is read without forcing one
jar=(java ${BENCH_JAVA_OPTS:--Xmx${BENCH_HEAP:-2g}} "-Xlog:gc:file=$work/gc.log" -jar target/credlink.jar)
echo "== serve on 127.0.0.1:$port"
bench_serve "$store" "$work/server.log" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g}
bench_wait_read_models || echo "read models not current after 900 s"

# heap after the newest GC (MB), committed heap (MB), threads, open files, store (MB), load
sample() {
  local after committed
  after=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" 2>/dev/null | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/')
  committed=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" 2>/dev/null | tail -1 | sed -E 's/.*\(([0-9]+)M\)/\1/')
  echo "$1,${after:-0},${committed:-0},$(ls "/proc/$server/task" | wc -l),$(ls "/proc/$server/fd" | wc -l),$(( $(du -sb "$store" | cut -f1) / 1048576 )),$(cut -d' ' -f1 /proc/loadavg)"
}
echo "minute,heap_after_gc_mb,heap_committed_mb,threads,open_files,store_mb,load1" > "$work/soak.csv"
sample 0 >> "$work/soak.csv"
echo "== soak $minutes min (load $(bench_load))"
bench_java SoakDriver "http://127.0.0.1:$port" admin "$password" "$work/ids.txt" "$DATASET/consumers.csv" "$minutes" \
    > >(tee "$work/driver.log") &
driver=$!
for m in $(seq 1 "$minutes"); do
  for _ in $(seq 1 60); do kill -0 "$driver" 2>/dev/null || break; sleep 1; done
  kill -0 "$server" 2>/dev/null || { echo "the server died"; tail -20 "$work/server.log"; exit 1; }
  sample "$m" >> "$work/soak.csv"
  echo "sample $(tail -1 "$work/soak.csv")"
done
status=0
wait "$driver" || status=$?
echo "== samples (load at the end $(bench_load); the machine may be shared)"
column -s, -t < "$work/soak.csv"
[ -z "${CSV:-}" ] || cp "$work/soak.csv" "$CSV"
if [ -n "${PLOT-docs/soak.png}" ]; then
  ${PYTHON:-/usr/bin/python3} bench/soak_plot.py "$work/soak.csv" "${PLOT:-docs/soak.png}" "soak ${minutes} min, scale $scale, load $(bench_load)"
fi
grep '^soak minutes=' "$work/driver.log" || echo "soak minutes=$minutes errors=(the driver ended with status $status)"
exit "$status"
