#!/usr/bin/env bash
# Start-up benchmark (issue 17: class data sharing): how long the service takes from `java` until
# its readiness probe answers (after the warm-up pass), on one store with the sample data, started
# ROUNDS (3) times each way, the ways interleaved:
#   jar        java -jar target/credlink.jar
#   extracted  the same jar extracted (Spring Boot's CDS-friendly layout)
#   cds        extracted, from a class data sharing archive (bench/cds.sh; its training not counted)
# Prints each start and the median per way, with Spring's own "Started … in" figure.
#   usage: bench/startup.sh [ROUNDS]
#   env: PORT (18096), KEEP=1 keeps the work directory
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds=${1:-3}
port=${PORT:-18096}
password=benchmark-only-password
bench_init startup 1g
bench_machine
bench/cds.sh "$work/app"
# the sample loaded once into the store every start then serves
"${jar[@]}" import datasets/sample --credlink.data-dir="$work/store" --credlink.ingest.load-sample=false >/dev/null 2>&1
declare -A cmd=(
  [jar]="-jar target/credlink.jar"
  [extracted]="-jar $work/app/credlink.jar"
  [cds]="-XX:SharedArchiveFile=$work/app/credlink.jsa -jar $work/app/credlink.jar"
)
for round in $(seq 1 "$rounds"); do
  for way in jar extracted cds; do
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    java -Xmx1g ${cmd[$way]} --credlink.data-dir="$work/store" --server.port="$port" --server.address=127.0.0.1 \
        --credlink.security.bootstrap-admin-password=$password > "$work/$way-$round.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null)" = 200 ]; do
      kill -0 "$server" 2>/dev/null || { tail -20 "$work/$way-$round.log"; exit 1; }
      sleep 0.1
    done
    t1=$(date +%s%N)
    started=$(grep -o 'Started CredLinkApplication in [0-9.]*' "$work/$way-$round.log" | grep -o '[0-9.]*$')
    echo "$way round=$round ready_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') spring_started_s=$started" \
      | tee -a "$work/starts"
    bench_stop_server
  done
done
echo "== median per way"
for way in jar extracted cds; do
  grep "^$way " "$work/starts" | sed 's/.*ready_s=\([0-9.]*\) spring_started_s=\([0-9.]*\)/\1 \2/' | sort -n \
    | awk -v w="$way" '{ r[NR] = $1; s[NR] = $2 } END { m = int((NR + 1) / 2); printf "%-10s ready %.1f s (Spring started in %.1f s), %d starts\n", w, r[m], s[m], NR }'
done
echo "== load at the end: $(bench_load)"
