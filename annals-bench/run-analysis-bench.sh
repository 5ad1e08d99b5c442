#!/usr/bin/env bash
# Tokens/s and peak heap of Annals' analysis beside CoreNLP's default English pipeline on the
# benchmark's 181 gold texts, 2 threads, -Xmx3g each, contenders alternating in fresh JVMs.
# Usage: annals-bench/run-analysis-bench.sh [BENCHMARK_DIR] [ROUNDS] [PASSES_PER_ROUND]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$root/../shared/data/article-extraction-benchmark}"
rounds="${2:-3}"
passes="${3:-2}"
(cd "$root" && mvn -q -B -ntp -DskipTests -pl annals-bench -am package)
cp="$root/annals-bench/target/classes:$(cat "$root/annals-bench/target/classpath.txt")"
log="$root/annals-bench/target/analysis-bench.log"
: > "$log"
for round in $(seq 1 "$rounds"); do
  for contender in annals corenlp-default; do
    java -Xmx3g -Xss16m -cp "$cp" org.annals.bench.AnalysisSpeedHarness "$bench" "$contender" 2 "$passes" 2>/dev/null \
      | grep '^RESULT' | tee -a "$log"
  done
done
python3 - "$log" <<'PY'
import sys, statistics, re
rows = [dict(kv.split('=') for kv in line.split()[1:]) for line in open(sys.argv[1])]
by = {}
for r in rows:
    by.setdefault(r['contender'], []).append(r)
med = {}
for c, rs in by.items():
    tps = statistics.median(float(r['tokens_per_s']) for r in rs)
    heap = statistics.median(float(r['peak_heap_mb']) for r in rs)
    med[c] = tps
    print(f"{c:16s} passes={len(rs)} median tokens/s={tps:,.0f} (range {min(float(r['tokens_per_s']) for r in rs):,.0f}-{max(float(r['tokens_per_s']) for r in rs):,.0f}) median peak heap MB={heap:,.0f}")
if 'annals' in med and 'corenlp-default' in med:
    print(f"ratio annals / corenlp-default = {med['annals'] / med['corenlp-default']:.1f}x")
PY
