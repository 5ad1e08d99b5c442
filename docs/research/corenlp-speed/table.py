#!/usr/bin/env python3
"""Markdown table from results.jsonl (last result per config+threads wins)."""
import json
rows = {}
for l in open("results.jsonl"):
    r = json.loads(l)
    rows[(r["config"], r["threads"])] = r
base = rows.get(("A", 1), {}).get("tokPerSec")
print("| config | threads | runs (s) | median s | tokens/s | x A(1 thr) | load ms | live model heap MB | peak heap used MB | dep-parsed sents/tokens |")
print("|---|---|---|---|---|---|---|---|---|---|")
for (c, t), r in sorted(rows.items(), key=lambda kv: -kv[1]["medianSec"]):
    runs = ", ".join(f"{x:.1f}" for x in r["runsSec"])
    x = f"{r['tokPerSec']/base:.1f}" if base else "?"
    dep = f"{r['depSentences']}/{r['depTokens']}" if r["depSentences"] else ""
    print(f"| {c} | {t} | {runs} | {r['medianSec']:.2f} | {r['tokPerSec']:,.0f} | {x} | {r['loadMs']} | {r['liveHeapModelsMB']} | {r['peakHeapUsedMB']} | {dep} |")
