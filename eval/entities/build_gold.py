#!/usr/bin/env python3
"""Builds gold.jsonl from the annotated articles-*.txt beside this script, and checks it.

Markup: an article starts with '=== id: ID | published: YYYY-MM-DD | heldout: true|false';
'@KEY TYPE COUNTRY NAME' lines declare its entities (COUNTRY an ISO alpha-3 code or 'null');
every other line is text, in which '{surface|KEY}' marks a name mention and '{surface|KEY|pron}'
or '{surface|KEY|nom}' a pronoun or nominal mention. Spans are computed from the markup, so they
cannot drift; the script still re-reads each span from the text, and warns about unmarked
occurrences of a marked surface (likely forgotten mentions).

Usage: build_gold.py          write gold.jsonl
       build_gold.py --check  only check gold.jsonl against the markup
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{([^{}|]+)\|([A-Za-z0-9_]+)(?:\|(pron|nom))?\}")
HEADER = re.compile(r"^=== id: (\S+) \| published: (\d{4}-\d{2}-\d{2}) \| heldout: (true|false)$")
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}


def parse(path):
    articles, current = [], None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        h = HEADER.match(line)
        if h:
            current = {"id": h.group(1), "published": h.group(2), "heldout": h.group(3) == "true",
                       "decl": {}, "lines": [], "where": f"{path}:{n}"}
            articles.append(current)
        elif line.startswith("@"):
            key, etype, country, name = line[1:].split(" ", 3)
            if etype not in TYPES or not (country == "null" or re.fullmatch(r"[A-Z]{3}", country)):
                sys.exit(f"{path}:{n}: bad declaration {line!r}")
            if key in current["decl"]:
                sys.exit(f"{path}:{n}: {key} declared twice")
            current["decl"][key] = {"name": name, "type": etype, "country": None if country == "null" else country}
        elif current is not None:
            current["lines"].append(line.rstrip())
    return articles


def build(article):
    markup = "\n".join(article["lines"]).strip("\n")
    text, mentions, pos = [], {k: [] for k in article["decl"]}, 0
    out_len = 0
    for m in MARK.finditer(markup):
        plain = markup[pos:m.start()]
        text.append(plain)
        out_len += len(plain.encode("utf-16-le")) // 2
        surface, key, kind = m.group(1), m.group(2), m.group(3)
        if key not in article["decl"]:
            sys.exit(f"{article['id']}: undeclared entity {key} for {surface!r}")
        length = len(surface.encode("utf-16-le")) // 2
        mentions[key].append([out_len, out_len + length] + ([kind] if kind else []))
        text.append(surface)
        out_len += length
        pos = m.end()
    text.append(markup[pos:])
    text = "".join(text)
    if "{" in text or "}" in text:
        sys.exit(f"{article['id']}: stray brace in text")
    entities = []
    for key, d in article["decl"].items():
        if not mentions[key]:
            sys.exit(f"{article['id']}: entity {key} ({d['name']}) has no mention")
        if not any(len(m) == 2 for m in mentions[key]):
            sys.exit(f"{article['id']}: entity {key} ({d['name']}) has no name mention")
        entities.append({"name": d["name"], "type": d["type"], "mentions": mentions[key], "country": d["country"]})
    return {"id": article["id"], "published": article["published"], "heldout": article["heldout"],
            "text": text, "entities": entities}


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def check(record, article):
    """Every span reads as marked; unmarked repeats of a marked name are reported."""
    text, warnings = record["text"], []
    covered = []
    for e, surfaces in zip(record["entities"], [None] * len(record["entities"])):
        for m in e["mentions"]:
            covered.append((m[0], m[1]))
    markup = "\n".join(article["lines"])
    marked = [(m.group(1), m.group(2)) for m in MARK.finditer(markup)]
    for surface, key in marked:
        if not any(utf16_slice(text, s, t) == surface for s, t in covered):
            sys.exit(f"{record['id']}: span text mismatch for {surface!r}")
    names = {s for s, _ in marked if s[0].isupper() and s.lower() not in {"he", "she", "it", "they"}}
    for name in names:
        for occ in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            s = len(text[:occ.start()].encode("utf-16-le")) // 2
            t = s + len(name.encode("utf-16-le")) // 2
            if not any(a <= s and t <= b for a, b in covered):
                warnings.append(f"{record['id']}: unmarked {name!r} at {s}")
    return warnings


def main():
    articles = [a for p in sorted(glob.glob(os.path.join(HERE, "articles-*.txt"))) for a in parse(p)]
    ids = [a["id"] for a in articles]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate article ids")
    records = [build(a) for a in articles]
    warnings = [w for r, a in zip(records, articles) for w in check(r, a)]
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    target = os.path.join(HERE, "gold.jsonl")
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if "--check" in sys.argv:
        with open(target, encoding="utf-8") as f:
            if f.read().splitlines() != lines:
                sys.exit("gold.jsonl differs from the markup: run build_gold.py")
    else:
        with open(target, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    words = sum(len(r["text"].split()) for r in records)
    mentions = [m for r in records for e in r["entities"] for m in e["mentions"]]
    print(f"{len(records)} articles ({sum(r['heldout'] for r in records)} held out), {words} words, "
          f"{sum(len(r['entities']) for r in records)} entities, {len(mentions)} mentions "
          f"({sum(len(m) == 3 for m in mentions)} pron/nom)")


if __name__ == "__main__":
    main()
