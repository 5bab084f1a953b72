#!/usr/bin/env bash
# Request-floor benchmark (issue 17): what a warm, authenticated request that reads (almost)
# nothing costs over HTTP, single client, per kind of request (bench/FloorBench.java), against a
# CredLink started here on the sample store on a loopback port; stops the server at the end.
#   usage: bench/floor.sh
#   env: JAR (target/credlink.jar; built when missing), PORT (18083), BCRYPT (bcrypt strength of
#   the benchmark admin, 10 = the default of a production install), JFR=file.jfr (records a
#   flight recording of the timed part: the server runs with -XX:StartFlightRecording),
#   JAVA_OPTS (more JVM options for the server), SERVER_OPTS (more --name=value settings),
#   START_TIMEOUT (s, 1200), STORE (a store directory to serve and keep, the sample is loaded into it once; a temporary one
#   by default), WARMUP, REQUESTS, KINDS (see bench/FloorBench.java).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
jar=${JAR:-target/credlink.jar}
port=${PORT:-18083}
password=benchmark-only-password
[ -f "$jar" ] || mvn -q package -DskipTests
work=$(mktemp -d -t credlink-floor-bench-XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
jfr=()
[ -n "${JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$JFR,settings=profile,delay=${JFR_DELAY:-60s}")
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), jar $jar"
java -Xmx1g ${JAVA_OPTS:-} "${jfr[@]}" -jar "$jar" --credlink.data-dir="${STORE:-$work/store}" --server.port="$port" \
    --server.address=127.0.0.1 --credlink.security.bcrypt-strength=${BCRYPT:-10} \
    --credlink.security.bootstrap-admin-password=$password --credlink.security.rate-limit.enabled=false \
    ${SERVER_OPTS:-} > "$work/server.log" 2>&1 &
server=$!
t0=$(date +%s.%N)
ready=""
while [ "$(echo "$(date +%s.%N) - $t0 < ${START_TIMEOUT:-1200}" | bc)" = 1 ]; do
  # ready: the readiness probe (after the warm-up); a build without probes: health UP
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null || true)
  [ "$code" = 200 ] && ready=1 && break
  [ "$code" = 404 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" 2>/dev/null)" = 200 ] \
    && ready=1 && break
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log"; exit 1; }
  sleep 0.2
done
[ -n "$ready" ] || { echo "not ready within ${START_TIMEOUT:-1200} s"; tail -20 "$work/server.log"; exit 1; }
echo "ready after $(echo "$(date +%s.%N) - $t0" | bc) s"
entity=$(tail -n +2 datasets/sample/insurers.csv | head -1 | cut -d, -f1)
SERVER_PID=$server bench_java FloorBench "http://127.0.0.1:$port" admin "$password" "$entity"
echo "== load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
