# Shared steps of the benchmark scripts (sourced, not run): a work directory removed at the end,
# a dataset generated and imported, a CredLink served on a loopback port and stopped again.
#   bench_init NAME [HEAP]      cd to the project, build target/credlink.jar if missing, make $work
#                               (credlink-NAME-XXXXXX; KEEP=1 keeps it), set up jar=(java … -jar …)
#                               with BENCH_JAVA_OPTS (default -XmxHEAP, HEAP 2g) and the clean-up trap
#   bench_load                  the load average (three figures)
#   bench_machine               "== machine: cores, GiB, load, java" line
#   bench_generate DIR SCALE SEED
#   bench_import DATASET STORE [--setting=value…]   the import command; its output on stdout
#   bench_party_ids DATASET FILE                    every party id of the dataset's CSVs into FILE
#   bench_serve STORE LOG [--setting=value…]        serves STORE (empty: no data-dir, e.g. for an
#                               external DBMS) on 127.0.0.1:$port as admin/$password
#                               (BCRYPT, default 4; the rate limit off) with SERVER_OPTS appended;
#                               sets $server; waits for /actuator/health (bench_wait_up)
#   bench_wait_up LOG [SECONDS] until /actuator/health answers (polled every 0.2 s); exit 1
#                               with the log's tail if the server died
#   bench_wait_read_models [SECONDS]  until the read models say current; sets $health
#   bench_cleanup (the EXIT trap) also stops a $dbms the caller started
#   bench_stop_server           SIGTERM to $server and wait (a clean stop)
#   bench_kill_server           SIGKILL to $server and wait (a crash)
#   bench_java MAIN ARGS…       runs the load generator bench/MAIN.java: javac compiles every
#                               bench/*.java together into $work/bench-classes (once per $work;
#                               the drivers share Percentiles, RawHttp and BenchEnv, which Java 17's
#                               single-file launcher could not import), then java -cp runs MAIN
# The caller sets port and password before bench_serve.

bench_init() {
  local name=$1 heap=${2:-2g}
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  [ -f target/credlink.jar ] || mvn -q package -DskipTests
  work=$(mktemp -d -t "credlink-$name-XXXXXX")
  server=""
  trap bench_cleanup EXIT
  jar=(java ${BENCH_JAVA_OPTS:--Xmx$heap} -jar target/credlink.jar)
}

bench_cleanup() {
  if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "${dbms:-}" ]; then kill "$dbms" 2>/dev/null || true; wait "$dbms" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}

bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

bench_machine() {
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(bench_load), $(java -version 2>&1 | sed -n 1p)"
}

bench_generate() {
  "${jar[@]}" generate --out "$1" --scale "$2" --seed "$3" | tail -1
}

bench_import() {
  local dataset=$1 store=$2
  shift 2
  "${jar[@]}" import "$dataset" --credlink.data-dir="$store" "$@"
}

# The store a benchmark serves: GIVEN copied into the work directory (IN_PLACE=1: GIVEN itself), or,
# without GIVEN, scale SCALE seed SEED generated into $work/dataset (DATASET) and imported.
bench_store() {
  local given=$1 scale=$2 seed=$3
  if [ -z "$given" ]; then
    store="$work/store"
    DATASET="$work/dataset"
    echo "== generate scale $scale seed $seed"
    bench_generate "$DATASET" "$scale" "$seed"
    echo "== import"
    bench_import "$DATASET" "$store" --credlink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} 2>&1 | grep -E '^total' || true
  elif [ "${IN_PLACE:-0}" = 1 ]; then
    store="$given"
  else
    store="$work/store"
    echo "== copy $given ($(du -sh "$given" | cut -f1))"
    cp -a "$given" "$store"
  fi
}

bench_party_ids() {
  local f
  for f in insurers intermediaries practitioners consumers providers; do
    if [ -f "$1/$f.csv" ]; then tail -n +2 "$1/$f.csv" | cut -d, -f1; fi
  done > "$2"
}

bench_serve() {
  local store=$1 log=$2 data=()
  shift 2
  if [ -n "$store" ]; then data=(--credlink.data-dir="$store"); fi
  "${jar[@]}" "${data[@]}" --credlink.ingest.load-sample=false --server.port="$port" \
      --server.address=127.0.0.1 "$@" \
      --credlink.security.bcrypt-strength=${BCRYPT:-4} --credlink.security.bootstrap-admin-password="$password" \
      --credlink.security.rate-limit.enabled=${RATE_LIMIT:-false} ${SERVER_OPTS:-} \
      > "$log" 2>&1 &
  server=$!
  bench_wait_up "$log"
}

bench_wait_up() {
  local log=$1 _
  for _ in $(seq 1 $(( ${2:-600} * 5 ))); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || { tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  echo "the server did not answer /actuator/health in time"; tail -20 "$log"; exit 1
}

# Checks, restrictions and list pages are answered from memory once the read models are built
# (the check read model, the restrictions projection, the lists model, /actuator/health): each
# reports "current":true then.
bench_wait_read_models() {
  local _
  for _ in $(seq 1 $(( ${1:-900} * 5 ))); do
    health=$(curl -fs -u "admin:$password" "http://127.0.0.1:$port/actuator/health" || true)
    [ "$(grep -o '"current":true' <<<"$health" | wc -l)" -ge 3 ] && return 0
    sleep 0.2
  done
  return 1
}

bench_stop_server() {
  [ -n "$server" ] || return 0
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}

bench_java() {
  local classes="$work/bench-classes"
  [ -d "$classes" ] || javac -encoding UTF-8 -d "$classes" bench/*.java
  java -cp "$classes" "$@"
}

bench_kill_server() {
  [ -n "$server" ] || return 0
  kill -KILL "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}
