#!/usr/bin/env python3
"""Derive the background document-frequency table NewsQuality falls back on when the corpus being checked is
too small to weigh words by itself (one article, a handful).

Usage: python3 tools/derive-background-idf.py [BBC_JSONL] [OUT_TSV]
Defaults: ../shared/corpora/bbc-news-2005.jsonl and src/NewsQuality.Core/Text/Data/background-df.tsv.
Words are lower-cased runs of letters (as NewsQuality's TermVectors tokenises them); words in fewer than 2
articles are dropped to keep the table small. Output is deterministic.
"""
import json, re, sys
from collections import Counter

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/bbc-news-2005.jsonl"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/NewsQuality.Core/Text/Data/background-df.tsv"

df, n = Counter(), 0
for line in open(SRC, encoding="utf-8"):
    d = json.loads(line)
    n += 1
    df.update(set(re.findall(r"[^\W\d_]+", (d["title"] + " " + d["text"]).lower())))
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# document frequencies over {n} BBC News articles (2004-2005, Greene & Cunningham BBC dataset); see tools/derive-background-idf.py\n")
    f.write(f"{n}\n")
    for word, count in sorted(df.items()):
        if count >= 2:
            f.write(f"{word}\t{count}\n")
print(f"{n} articles, {sum(1 for c in df.values() if c >= 2)} words -> {OUT}")
