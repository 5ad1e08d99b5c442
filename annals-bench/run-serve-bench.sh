#!/usr/bin/env bash
# Load test of `annals serve` on loopback: the sample corpus is ingested into a temporary archive, a
# server is started on it in its own process, and ServeLoadClient (a second process) sends a bounded
# number of requests per scenario, reporting requests/s and latency percentiles.
# Usage: annals-bench/run-serve-bench.sh [REQUESTS_PER_SCENARIO] [THREADS] [SECONDS_PER_SCENARIO]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/annals-serve-bench.XXXXXX")"
(cd "$root" && mvn -q -B -ntp -DskipTests -pl annals-bench,annals-cli -am package)
"$root/annals" ingest --data "$work/archive" "$root/samples/corpus" 2>/dev/null
"$root/annals" serve --data "$work/archive" --port 0 >"$work/url" 2>"$work/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do [ -s "$work/url" ] && break; sleep 0.1; done
[ -s "$work/url" ] || { cat "$work/serve.log" >&2; exit 1; }
cp="$root/annals-bench/target/classes:$(cat "$root/annals-bench/target/classpath.txt")"
java -cp "$cp" org.annals.bench.ServeLoadClient "$(head -1 "$work/url")" "${1:-2000}" "${2:-4}" "${3:-30}"
