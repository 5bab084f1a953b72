#!/usr/bin/env bash
# Entity resolution benchmark: a full run over every party, then the incremental run of an import
# of new parties, against a CredLink started here on a loopback port.
#   usage: bench/resolution.sh [SCALE] [SEED]
#   1. generates scale N (default 10) and imports it into a temporary store (bulk load; the import
#      command ends with a full resolution run, its time is in the import's output);
#   2. serves the store and times POST /api/v1/resolution/runs (a full run in a warm process; it
#      also keeps the snapshot an import's run resolves against);
#   3. makes an import of NEW (10000) new parties: consumers of another seed under new ids, and
#      DUPS (500) records of existing consumers under new ids (the same name and number, a phone
#      written another way), uploads it with POST /api/v1/imports and reads the incremental run's
#      own time from the graph (ResolutionRun.tookMs), and the upload's wall time.
#   STORE=dir DATASET=dir bench/resolution.sh: skips 1 and serves an existing store (the import
#   adds its parties to that store; NEW- and DUP- ids must not be in it yet).
#   env: PORT (18083), BENCH_JAVA_OPTS (-Xmx4g), NEW, DUPS, BCRYPT (4).
# Builds target/credlink.jar when it is missing; stops the server it started at the end. The
# machine may be shared: the load average is printed with the figures.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
scale=${1:-10}
seed=${2:-1}
port=${PORT:-18083}
new=${NEW:-10000}
dups=${DUPS:-500}
password=benchmark-only-password
bench_init resolution-bench 4g
load() { bench_load; }
bench_machine
if [ -z "${STORE:-}" ]; then
  STORE="$work/store"
  DATASET="$work/dataset"
  echo "== generate scale $scale seed $seed"
  bench_generate "$DATASET" "$scale" "$seed"
  echo "== import (ends with a full resolution run)"
  start=$(date +%s)
  bench_import "$DATASET" "$STORE" 2>&1 | grep -E '^total|work after' || true
  echo "import + resolution + recompute: $(( $(date +%s) - start )) s (load $(load))"
fi
: "${DATASET:?set DATASET to the dataset the store was imported from (its consumers are duplicated)}"

echo "== serve on 127.0.0.1:$port"
bench_serve "$STORE" "$work/server.log"
api=(curl -fsS -u "admin:$password")
echo "== full run (load before $(load))"
t0=$(date +%s%N)
"${api[@]}" -X POST "http://127.0.0.1:$port/api/v1/resolution/runs"; echo
echo "full run: $(( ($(date +%s%N) - t0) / 1000000 )) ms over HTTP (load after $(load))"

echo "== an import of $new new parties ($dups of them records of existing consumers)"
# scale 2 has more than NEW consumers (scale 1 has about 8,500)
"${jar[@]}" generate --out "$work/other" --scale $(( (new - dups) / 8000 + 1 )) --seed $((seed + 1000)) >/dev/null
mkdir -p "$work/new"
# new ids (NEW-…) for another seed's consumers; their identifiers follow them
awk -F, -v n="$((new - dups))" 'NR==1 {print; next} NR<=n+1 {print "NEW-" $0}' "$work/other/consumers.csv" \
    > "$work/new/consumers.csv"
cut -d, -f1 "$work/new/consumers.csv" | tail -n +2 | sed 's/^NEW-//' > "$work/new-ids.txt"
awk -F, 'NR==FNR {keep[$1]=1; next} FNR==1 {print; next} keep[$1] {print "NEW-" $0}' \
    "$work/new-ids.txt" "$work/other/identifiers.csv" > "$work/new/identifiers.csv"
# records of existing consumers under new ids: the same name and number, the phone written +86 …
awk -F, -v d="$dups" 'NR>1 && NR%97==0 && c<d && $0 !~ /"/ {c++; print "DUP-" $0}' "$DATASET/consumers.csv" \
    >> "$work/new/consumers.csv"
awk -F, 'NR==FNR {if ($1 ~ /^DUP-/) keep[substr($1,5)]=1; next}
         keep[$1] && $2=="PHONE" {print "DUP-" $1 ",PHONE,+86 " $3}' \
    "$work/new/consumers.csv" "$DATASET/identifiers.csv" >> "$work/new/identifiers.csv"
echo "parties in the import: $(( $(wc -l < "$work/new/consumers.csv") - 1 ))"
(cd "$work/new" && zip -q ../new.zip consumers.csv identifiers.csv)
echo "== upload (load before $(load))"
t0=$(date +%s%N)
"${api[@]}" -F "files=@$work/new.zip" "http://127.0.0.1:$port/api/v1/imports" | head -c 300; echo
echo "upload with its resolution: $(( ($(date +%s%N) - t0) / 1000000 )) ms (load after $(load))"
grep -o 'Resolution run [^(]*(INCREMENTAL).*' "$work/server.log" | tail -1 || echo "no incremental run in the log"
