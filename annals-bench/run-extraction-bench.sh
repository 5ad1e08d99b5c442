#!/usr/bin/env bash
# Speed, memory and F1 of Annals' HTML extraction beside Readability4J and boilerpipe, in one JVM.
# Usage: annals-bench/run-extraction-bench.sh [BENCHMARK_DIR] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$root/../shared/data/article-extraction-benchmark}"
rounds="${2:-7}"
(cd "$root" && mvn -q -B -DskipTests -pl annals-bench -am package)
cp="$root/annals-bench/target/classes:$(cat "$root/annals-bench/target/classpath.txt")"
# A small fixed young generation makes peak heap reflect each tool's working set, not the collector's sizing.
exec java -Xmx2g -Xmn32m -Xss16m -XX:+UseParallelGC -cp "$cp" org.annals.bench.ExtractionSpeedHarness "$bench" "$rounds"
