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
source "$(dirname "$0")/lib.sh"
scale=${1:-1}
seed=${2:-1}
port=${PORT:-18085}
password=benchmark-only-password
bench_init crash
settings=(--credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-512m} --logging.level.io.credlink=INFO)
echo "== machine: $(nproc) cores, load $(bench_load)"
echo "== generate scale $scale seed $seed"
bench_generate "$work/dataset" "$scale" "$seed"

# the command's own line (its log goes to the same stream)
fingerprint() { "${jar[@]}" fingerprint --credlink.data-dir="$1" "${settings[@]}" 2>"$1.fingerprint.err" | grep '^nodes=' | tail -1; }

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
    at=$({ grep -E 'bulk|Resolution|recomput|Credit scores|rows/s|index' "$store.killed.log" || true; } | tail -1 | sed -E 's/.*(INFO|WARN)[^:]*: //' | cut -c1-100)
    [ -n "$at" ] || at="(before the first step's log line)"
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

# ---- kills of the served application (SERVED=0 skips them), each on a copy of the reference store
if [ "${SERVED:-1}" = 1 ]; then
base="http://127.0.0.1:$port"
api() { curl -sS -u "admin:$password" -H 'Content-Type: application/json' "$@"; }
subject=$(sed -n 2p "$work/dataset/consumers.csv" | cut -d, -f1)
sanction() {
  echo '{"id": "'"$1"'", "subjectId": "'"$subject"'", "authority": "NFRA", "kind": "FINE", "severity": 2,
    "blacklist": false, "decidedOn": "2025-01-01", "effectiveFrom": "2025-01-01"}'
}
reader=crash-reader
reader_password=crash-reader-password-0123
add_reader() {
  api -o /dev/null -w '%{http_code}' -X POST "$base/api/v1/users" \
      -d '{"name": "'$reader'", "password": "'$reader_password'", "role": "ANALYST"}' | grep -q 201
}
# until a finished (DONE) recomputation run holds the sanction's change
recomputed() {
  local _
  for _ in $(seq 1 "${2:-900}"); do
    api "$base/api/v1/credit/recomputations?limit=50" | python3 -c '
import json, sys
runs = json.load(sys.stdin)["runs"]
sys.exit(0 if any(r["state"] == "DONE" and any(sys.argv[1] + " " in t for t in r["triggers"]) for r in runs) else 1)' "$1" \
      && return 0
    sleep 1
  done
  return 1
}
served_starts=0
bench_party_ids "$work/dataset" "$work/ids.txt"
head -n "${READS:-2000}" "$work/ids.txt" > "$work/reads.txt"

echo "== served reference: a sanction and its recomputation, a full resolution run, without interruption"
cp -a "$work/reference" "$work/served-reference"
bench_serve "$work/served-reference" "$work/served-reference-$((++served_starts)).log" "${settings[@]}"
add_reader
api -o /dev/null -X POST "$base/api/v1/sanctions" -d "$(sanction SAN-CRASH-1)"
recomputed SAN-CRASH-1
t0=$(date +%s%N)
api -o /dev/null -X POST "$base/api/v1/resolution/runs"
resolution_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
bench_stop_server
served_reference=$(fingerprint "$work/served-reference")
echo "served reference: resolution run $resolution_ms ms over HTTP; $served_reference"

echo "== served: kill -9 right after answered reads and a sanction's answer, then during a resolution run"
store="$work/served"
cp -a "$work/reference" "$store"
bench_serve "$store" "$work/served-served-$((++served_starts)).log" "${settings[@]}"
add_reader
# (a) reads, 8 at a time, each with a purpose of its own; the answered ones are listed
: > "$work/answered.txt"
nl -ba -w1 -s' ' "$work/reads.txt" | xargs -P 8 -n 2 sh -c '
  code=$(curl -s -o /dev/null -w "%{http_code}" -u "$1" -H "X-Purpose: crash-read-$4" "$2/api/v1/entities/$5")
  [ "$code" = 200 ] && echo "crash-read-$4" >> "$3" || true' _ "$reader:$reader_password" "$base" "$work/answered.txt" \
  > /dev/null 2>&1 &
readers=$!
sleep "${READ_S:-3}"
# (c) the sanction's answer, then the kill at once: its recomputation is queued, not run
code=$(api -o /dev/null -w '%{http_code}' -X POST "$base/api/v1/sanctions" -d "$(sanction SAN-CRASH-1)")
bench_kill_server
wait "$readers" 2>/dev/null || true
answered=$(sort -u "$work/answered.txt" | wc -l)
bench_serve "$store" "$work/served-served-$((++served_starts)).log" "${settings[@]}"
# every answered read has its audit entry
: > "$work/audited.txt"
for page in $(seq 0 100); do
  got=$(api "$base/api/v1/audit?actor=$reader&size=1000&page=$page" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
for i in items:
    print(i.get("purpose") or "")
print(len(items), file=sys.stderr)' 2>&1 >> "$work/audited.txt")
  [ "$got" -gt 0 ] || break
done
missing=$(sort -u "$work/answered.txt" | comm -23 - <(sort -u "$work/audited.txt") | wc -l)
ok=yes; [ "$code" = 201 ] && [ "$missing" = 0 ] && [ "$answered" -gt 0 ] || ok=no
echo "point=served-reads answered=$answered audit_missing=$missing ok=$ok"
[ "$ok" = yes ] || all=no
ok=yes; recomputed SAN-CRASH-1 || ok=no
echo "point=served-sanction answer=$code recomputed_after_restart=$ok"
[ "$ok" = yes ] || all=no
# (d) a full resolution run killed half-way through (by the reference run's time), then run again
api -o "$work/resolution-killed.json" -X POST "$base/api/v1/resolution/runs" 2>/dev/null &
client=$!
sleep "$(awk -v ms="$resolution_ms" 'BEGIN { printf "%.3f", ms / 2000 }')"
bench_kill_server
wait "$client" 2>/dev/null || true
answered_run=no; grep -q runId "$work/resolution-killed.json" 2>/dev/null && answered_run=yes
bench_serve "$store" "$work/served-served-$((++served_starts)).log" "${settings[@]}"
api -o /dev/null -X POST "$base/api/v1/resolution/runs"
bench_stop_server
recovered=$(fingerprint "$store")
same=no; [ "$recovered" = "$served_reference" ] && same=yes
[ "$same" = yes ] || all=no
echo "point=served-resolution killed_after_ms=$((resolution_ms / 2)) answered_before_kill=$answered_run identical=$same $recovered"

echo "== served: kill -9 with a notification committed and not delivered (dispatcher off), restart with it on"
python3 - "$work/hooks.txt" "$work/hooks.port" <<'PY' &
import http.server, sys
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with open(sys.argv[1], "ab") as f:
            f.write(body + b"\n")
        self.send_response(204)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
open(sys.argv[2], "w").write(str(server.server_address[1]))
server.serve_forever()
PY
receiver=$!
for _ in $(seq 1 50); do [ -s "$work/hooks.port" ] && break; sleep 0.1; done
store="$work/served-hooks"
cp -a "$work/reference" "$store"
hooks=(--credlink.monitoring.allowed-hosts=127.0.0.1 --credlink.monitoring.dedup-window=0s)
bench_serve "$store" "$work/served-hooks-$((++served_starts)).log" "${settings[@]}" "${hooks[@]}" --credlink.monitoring.dispatcher=false
list=$(api -X POST "$base/api/v1/watchlists" -d '{"name": "crash", "entityIds": ["'"$subject"'"]}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
api -o /dev/null -X POST "$base/api/v1/subscriptions" -d '{"watchlistId": "'"$list"'", "events": ["SANCTION_RECORDED"],
  "url": "http://127.0.0.1:'"$(cat "$work/hooks.port")"'/crash", "secret": "crash-secret-0123456789abcdef"}'
api -o /dev/null -X POST "$base/api/v1/sanctions" -d "$(sanction SAN-CRASH-2)"
notification=""
for _ in $(seq 1 120); do
  notification=$(api "$base/api/v1/notifications?watchlistId=$list" \
    | python3 -c 'import json, sys; items = json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
  [ -n "$notification" ] && break
  sleep 0.5
done
bench_kill_server
bench_serve "$store" "$work/served-hooks-$((++served_starts)).log" "${settings[@]}" "${hooks[@]}" --credlink.monitoring.dispatch-interval=200ms
delivered=no
for _ in $(seq 1 120); do
  [ -n "$notification" ] && grep -q "\"$notification\"" "$work/hooks.txt" 2>/dev/null && { delivered=yes; break; }
  sleep 0.5
done
bench_stop_server
kill "$receiver" 2>/dev/null || true; wait "$receiver" 2>/dev/null || true
[ "$delivered" = yes ] || all=no
echo "point=served-notification committed=${notification:-none} delivered_after_restart=$delivered"
fi
echo "identical=$all $reference"
