#!/bin/bash
# usage: ./run.sh CONFIG THREADS RUNS [mentions.tsv]  (XMX env overrides heap, default 3g)
cd "$(dirname "$0")"
[ target/classes/Bench.class -nt src/main/java/Bench.java ] || javac --release 17 -d target/classes -cp "$(cat cp.txt)" src/main/java/Bench.java || exit 1
EXTRA=""; case "$1" in E_*) EXTRA=":$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english.jar";; esac
CP=$(cat cp.txt)
# SLIM=1: only corenlp + models jars (+ jackson for the harness), no other CoreNLP transitive deps
if [ "$SLIM" = 1 ]; then CP=$(tr ':' '\n' < cp.txt | grep -E 'stanford-corenlp|jackson' | paste -sd:); fi
exec java -Xmx${XMX:-3g} -cp target/classes:$CP$EXTRA Bench "$@"
