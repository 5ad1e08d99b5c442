#!/usr/bin/env bash
# Entity quality of Annals beside CoreNLP's default English pipeline on the entity gold set, in one JVM.
# Usage: annals-bench/run-entity-quality.sh [--gold FILE] [--out DIR] [--knowledge CLASS] [--coref]
# Mismatches of each system go to annals-bench/target/entity-quality/ (or --out).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -ntp -DskipTests -pl annals-bench -am package)
cp="$root/annals-bench/target/classes:$(cat "$root/annals-bench/target/classpath.txt")"
cd "$root"
# The default pipeline (three CRFs, SUTime, fine-grained regexner) needs about 3 GB of heap.
exec java -Xmx3g -cp "$cp" org.annals.bench.EntityQualityComparison "$@"
