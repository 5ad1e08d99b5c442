#!/usr/bin/env bash
# Archive ingest throughput, peak memory and search latency on a generated archive (see ArchiveBenchHarness).
# Usage: annals-bench/run-archive-bench.sh [WORK_DIR] [N] [FULL] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/annals-archive-bench.XXXXXX")}"
(cd "$root" && mvn -q -B -DskipTests -pl annals-bench -am package)
cp="$root/annals-bench/target/classes:$(cat "$root/annals-bench/target/classpath.txt")"
exec java -Xmx1g -Xss16m -XX:+UseParallelGC -Dannals.samples="$root/samples/corpus" -cp "$cp" \
  org.annals.bench.ArchiveBenchHarness "$work" "${2:-100000}" "${3:-2000}" "${4:-10}"
