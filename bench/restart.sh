#!/usr/bin/env bash
# What a restart costs: serves a store, stops it cleanly (SIGTERM) and starts it again, then kills
# it (SIGKILL, right after a sanction's answer, so work is pending too) and starts it again; each
# time prints how long until /actuator/health answers UP (ready: requests are served) and until
# both read models (the check read model, the restrictions projection) report current
# (counterparty checks answered from memory again), from the launch of the JVM.
#   usage: bench/restart.sh [STORE]
#     with STORE: restarts a COPY of it (IN_PLACE=1: the store itself; it must not be open elsewhere);
#     without: generates SCALE (1) seed SEED (1) and imports it into a temporary store.
#   env: PORT (18087), BENCH_HEAP (2g), BENCH_PAGE_CACHE (1g), BCRYPT (4), SERVER_OPTS, ROUNDS (2:
#     clean stop and kill, each ROUNDS times), KEEP.
# One line per start: `restart after=first|clean-stop|kill round= ready_ms= read_models_current_ms= stop_ms=`;
# last line `restart store_mb= clean_ready_ms= clean_current_ms= kill_ready_ms= kill_current_ms=`
# (medians over the rounds).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
port=${PORT:-18087}
password=benchmark-only-password
bench_init restart "${BENCH_HEAP:-2g}"
bench_machine
bench_store "${1:-}" "${SCALE:-1}" "${SEED:-1}"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start_timed() { # after round
  local t0 ready current
  t0=$(now_ms)
  bench_serve "$store" "$work/server-$1-$2.log" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g}
  ready=$(( $(now_ms) - t0 ))
  bench_wait_read_models || { echo "read models not current after 900 s"; exit 1; }
  current=$(( $(now_ms) - t0 ))
  echo "$1 $ready $current" >> "$work/starts.txt"
  printf 'restart after=%s round=%s ready_ms=%d read_models_current_ms=%d' "$1" "$2" "$ready" "$current"
}
sanction() {
  local subject
  subject=$(curl -fsS -u "admin:$password" "http://127.0.0.1:$port/api/v1/credit/scores?size=1" \
    | grep -o '"entityId":"[^"]*"' | head -1 | cut -d'"' -f4)
  curl -fsS -o /dev/null -u "admin:$password" -H 'Content-Type: application/json' -X POST \
    "http://127.0.0.1:$port/api/v1/sanctions" -d '{"id": "RESTART-'"$1"'", "subjectId": "'"$subject"'",
    "authority": "NFRA", "kind": "FINE", "severity": 2, "blacklist": false, "decidedOn": "2025-01-01",
    "effectiveFrom": "2025-01-01"}'
}
: > "$work/starts.txt"
echo "== store $(du -sh "$store" | cut -f1), load $(bench_load)"
start_timed first 0; echo
for round in $(seq 1 "${ROUNDS:-2}"); do
  t0=$(now_ms); bench_stop_server; stopped=$(( $(now_ms) - t0 ))
  start_timed clean-stop "$round"; echo " stop_ms=$stopped (load $(bench_load))"
  sanction "$round"
  t0=$(now_ms); bench_kill_server; stopped=$(( $(now_ms) - t0 ))
  start_timed kill "$round"; echo " stop_ms=$stopped (load $(bench_load))"
done
bench_stop_server
median() { awk -v a="$1" -v c="$2" '$1 == a { print $c }' "$work/starts.txt" | sort -n \
  | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }
echo "restart store_mb=$(( $(du -sb "$store" | cut -f1) / 1048576 )) clean_ready_ms=$(median clean-stop 2)" \
  "clean_current_ms=$(median clean-stop 3) kill_ready_ms=$(median kill 2) kill_current_ms=$(median kill 3)"
