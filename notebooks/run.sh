#!/usr/bin/env bash
# Executes every notebook of notebooks/ headless against a fresh CredLink and saves them with their
# outputs (in place). Builds target/credlink.jar when it is missing or older than the sources,
# generates a dataset (SCALE 1, SEED 1), imports it into a temporary store, serves it on a free
# loopback port with a generated admin password, scores credit as of three dates so that score
# histories exist, then runs each notebook with `python3 -m nbconvert --execute --inplace` (jupyter
# nbconvert). A cell error fails the script; the service is stopped and the temporary directory
# removed whatever happens. Exit 0 when every notebook ran.
#   usage: notebooks/run.sh [NOTEBOOK.ipynb ...]        (default: every notebooks/*.ipynb)
#   env: SCALE (1), SEED (1), PORT (a free one), JAR (default target/credlink.jar, built when missing or
#        older than the sources; a JAR you name is used as it is), PYTHON (the first
#        python3 that has the packages), KEEP=1 keeps the temporary directory (dataset, server log).
# Needs Debian's python3-nbconvert python3-ipykernel python3-pandas python3-matplotlib
# python3-requests python3-networkx python3-sklearn, a JDK 17 and Maven (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${SCALE:-1}
seed=${SEED:-1}
jarfile=${JAR:-target/credlink.jar}
# the generator's reference date (datasets/README.md): what the data describe, so what we score on
reference_date=2025-06-30
history_dates=(2021-06-30 2023-06-30 "$reference_date")

if [ $# -gt 0 ]; then notebooks=("$@"); else notebooks=(notebooks/*.ipynb); fi
[ -e "${notebooks[0]}" ] || { echo "no notebook in notebooks/" >&2; exit 1; }

# A python3 with the notebook packages: pyenv or venv shims on PATH may hide Debian's.
modules=nbconvert,ipykernel,pandas,matplotlib,requests,networkx,sklearn
python=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import $modules" 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "no python3 with $modules: apt-get install python3-nbconvert python3-ipykernel python3-pandas" \
       "python3-matplotlib python3-requests python3-networkx python3-sklearn" >&2
  exit 1
fi

# the default jar is (re)built when missing or older than the sources; a JAR of your own is used as it is
if [ -z "${JAR:-}" ] && { [ ! -f "$jarfile" ] || [ -n "$(find pom.xml src cypher -newer "$jarfile" -type f -print -quit)" ]; }; then
  echo "== build $jarfile"
  mvn -q -B -DskipTests package
fi

work=$(mktemp -d -t credlink-notebooks-XXXXXX)
server=""
cleanup() {
  status=$?
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

jar=(java -Xmx1g -jar "$jarfile")
echo "== generate scale $scale seed $seed"
"${jar[@]}" generate --out "$work/dataset" --scale "$scale" --seed "$seed" | tail -1
echo "== import into a temporary store"
# scores come from the recomputations below, as of fixed dates, so that they do not depend on today
"${jar[@]}" import "$work/dataset" --credlink.data-dir="$work/store" --credlink.ingest.load-sample=false \
    --credlink.credit.recompute-after-changes=false > "$work/import.log" 2>&1 \
  || { tail -30 "$work/import.log"; exit 1; }
grep -E '^ *total |^bulk load' "$work/import.log" || true

port=${PORT:-$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
password=$("$python" -c 'import secrets; print(secrets.token_urlsafe(24))')
url="http://127.0.0.1:$port"
echo "== serve on $url"
CREDLINK_BOOTSTRAP_ADMIN_PASSWORD="$password" "${jar[@]}" --credlink.data-dir="$work/store" \
    --credlink.ingest.load-sample=false --server.address=127.0.0.1 --server.port="$port" \
    > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  curl -fs "$url/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$server" 2>/dev/null || { echo "the service stopped:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$url/actuator/health" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }

for day in "${history_dates[@]}"; do
  echo "== credit recomputation as of $day"
  curl -fsS -u "admin:$password" -X POST "$url/api/v1/credit/recomputations?asOf=$day" -m 1800
  echo
done

# the kernel debugger's start-up note is noise in a headless run
export PYDEVD_DISABLE_FILE_VALIDATION=1
export CREDLINK_URL="$url" CREDLINK_USER=admin CREDLINK_PASSWORD="$password" \
       CREDLINK_DATASET="$work/dataset" CREDLINK_AS_OF="$reference_date"
failed=()
for notebook in "${notebooks[@]}"; do
  echo "== execute $notebook"
  start=$(date +%s)
  # no per-cell timing in the saved metadata: a re-run changes only what the data change
  if "$python" -m nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=900 \
       --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.record_timing=False "$notebook"; then
    # outputs are committed: a temporary path or the password in them is a failure
    if grep -qF -e "$work" -e "$password" "$notebook"; then
      echo "$notebook: an output shows the temporary directory or the password" >&2
      failed+=("$notebook")
    fi
    echo "   $(( $(date +%s) - start )) s"
  else
    failed+=("$notebook")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
echo "== all ${#notebooks[@]} notebooks executed"
