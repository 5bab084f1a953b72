#!/usr/bin/env bash
# Sanction POST benchmark (issue 15): POST /api/v1/sanctions over HTTP, single sanctions each
# followed by the time until the credit scores caught up, then a burst posted back to back.
#   usage: bench/sanction-post.sh [STORE_DIR]   (default: the sample in a temporary store;
#          a STORE_DIR must not be open elsewhere; its scores get the benchmark's sanctions)
# Environment: BENCH_HEAP (2g), BENCH_SINGLES (10), BENCH_BURST (50).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), commit $(git rev-parse --short HEAD)"
java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -Xmx${BENCH_HEAP:-2g} -cp "target/classes:target/test-classes:$(cat "$cp")" \
  io.credlink.sanction.bench.SanctionPostBenchmark "${1:-}" ${BENCH_SINGLES:-10} ${BENCH_BURST:-50}
