#!/usr/bin/env bash
# A CredLink whose JVM starts from a class data sharing archive (issue 17: start-up): the jar
# extracted into DIR (Spring Boot's CDS-friendly layout, DIR/credlink.jar and DIR/lib/), then one
# training run that starts the application on a temporary empty store, stops once the context is
# refreshed and archives every class it loaded into DIR/credlink.jsa. Then start any command of the
# jar (serve, import, generate…) with
#   java -XX:SharedArchiveFile=DIR/credlink.jsa -jar DIR/credlink.jar …
# The archive belongs to this build and this JDK: make it again after either changes (the JVM
# refuses a stale one with a warning and starts without it). docs/operations.md "Faster starts".
#   usage: bench/cds.sh [JAR] DIR        JAR: target/credlink.jar (built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 2 ]; then jar=$1; dir=$2; else jar=target/credlink.jar; dir=${1:?"usage: bench/cds.sh [JAR] DIR"}; fi
[ -f "$jar" ] || mvn -q package -DskipTests
t0=$(date +%s%N)
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
[ -f "$dir/credlink.jar" ] || mv "$dir/$(basename "$jar")" "$dir/credlink.jar"
t1=$(date +%s%N)
# the training run: the same classes a start loads, on a throwaway store and a free port
java -Xmx1g -XX:ArchiveClassesAtExit="$dir/credlink.jsa" -Dspring.context.exit=onRefresh -jar "$dir/credlink.jar" \
    --credlink.neo4j.temporary=true --credlink.ingest.load-sample=false --server.port=0 \
    --credlink.security.bootstrap-admin-password="training-$(date +%s%N)" > "$dir/training.log" 2>&1 \
  || { tail -20 "$dir/training.log"; echo "cds: the training run failed ($dir/training.log)" >&2; exit 1; }
[ -s "$dir/credlink.jsa" ] || { echo "cds: no archive written ($dir/training.log)" >&2; exit 1; }
t2=$(date +%s%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v mb="$(du -m "$dir/credlink.jsa" | cut -f1)" -v d="$dir" 'BEGIN {
  printf "cds: extracted in %.1f s, archive of %d MB trained in %.1f s: java -XX:SharedArchiveFile=%s/credlink.jsa -jar %s/credlink.jar\n",
    (b - a) / 1e9, mb, (c - b) / 1e9, d, d }'
