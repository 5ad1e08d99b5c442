#!/usr/bin/env python3
"""Compare PERSON/ORGANIZATION/LOCATION mentions of a config against reference A.
usage: compare.py mentions/A.tsv mentions/B.tsv [--show N]
Mention rows: doc, begin, end, coarseType, fineType (offsets only; text is read from the
corpus at run time and only printed to stdout for spot checks)."""
import json, random, signal, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
from collections import Counter

TYPES = {"PERSON", "ORGANIZATION", "LOCATION"}
CORPUS = "/work/shared/data/article-extraction-benchmark/ground-truth.json"


STOP = set("the of and to a in is that for on it with as was he by at from his be are have has said".split())


def english_docs():
    """indices (sorted-key order, as in Bench) of docs whose words are >= 20% common English stopwords"""
    import re
    root = json.load(open(CORPUS, encoding="utf-8"))
    out = set()
    for i, k in enumerate(sorted(root)):
        w = re.findall(r"\w+", root[k].get("articleBody", "").lower())
        if w and sum(x in STOP for x in w) / len(w) >= 0.20:
            out.add(i)
    return out


ONLY = None


def load(path):
    s = set()
    for line in open(path, encoding="utf-8"):
        d, b, e, t, _f = line.rstrip("\n").split("\t")
        if ONLY is not None and int(d) not in ONLY:
            continue
        if t in TYPES:
            s.add((int(d), int(b), int(e), t))
    return s


def prf(ref, hyp):
    tp = len(ref & hyp)
    p = tp / len(hyp) if hyp else 0
    r = tp / len(ref) if ref else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return p, r, f, tp


def main():
    global ONLY
    if "--english" in sys.argv:
        ONLY = english_docs()
        print(f"restricted to {len(ONLY)} English docs")
    ref, hyp = load(sys.argv[1]), load(sys.argv[2])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    p, r, f, tp = prf(ref, hyp)
    print(f"ALL  ref={len(ref)} hyp={len(hyp)} tp={tp} P={p:.3f} R={r:.3f} F1={f:.3f}")
    for t in sorted(TYPES):
        rt = {m for m in ref if m[3] == t}
        ht = {m for m in hyp if m[3] == t}
        p, r, f, tp = prf(rt, ht)
        print(f"{t:12s} ref={len(rt)} hyp={len(ht)} P={p:.3f} R={r:.3f} F1={f:.3f}")
    # span-only agreement
    rs = {m[:3] for m in ref}
    hs = {m[:3] for m in hyp}
    p, r, f, tp = prf(rs, hs)
    print(f"span-only    P={p:.3f} R={r:.3f} F1={f:.3f}")
    # classify disagreements
    ref_by_span = {m[:3]: m[3] for m in ref}
    hyp_by_span = {m[:3]: m[3] for m in hyp}
    kinds = Counter()
    for s, t in hyp_by_span.items():
        if s in ref_by_span:
            if ref_by_span[s] != t:
                kinds[f"type {ref_by_span[s]}->{t}"] += 1
        else:
            kinds["hyp-only span"] += 1
    for s in ref_by_span:
        if s not in hyp_by_span:
            kinds["ref-only span"] += 1
    print("disagreements:", dict(kinds.most_common()))
    if show:
        root = json.load(open(CORPUS, encoding="utf-8"))
        texts = [root[k].get("articleBody", "") for k in sorted(root)]
        diff = sorted((ref - hyp) | (hyp - ref))
        random.seed(7)
        for m in random.sample(diff, min(show, len(diff))):
            d, b, e, t = m
            side = "A-only" if m in ref else "X-only"
            other = [x for x in (hyp if m in ref else ref) if x[0] == d and x[1] < e and b < x[2]]
            ctx = texts[d][max(0, b - 60):e + 60].replace("\n", " ")
            print(f"--- {side} {t} [{texts[d][b:e]}] other={[(texts[d][x[1]:x[2]], x[3]) for x in other]}\n    ...{ctx}...")


if __name__ == "__main__":
    main()
