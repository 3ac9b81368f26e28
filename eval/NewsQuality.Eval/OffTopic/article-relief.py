#!/usr/bin/env python3
"""NQ3003's per-article cut measured from cross-validated scores (`offtopic-train --context FILE`), before the rule is rebuilt.

Usage: python3 eval/NewsQuality.Eval/OffTopic/article-relief.py BBC_RUN BEYOND_RUN SEED...
BBC_RUN names `offtopic-train --single-table --budget 5 --seed S --context BBC_RUN-sS.ctx` runs (the BBC trees, every article read
with BBC's table), BEYOND_RUN `offtopic-train --topics beyond-bbc --margin 1.5 --trees 100 --budget 3 --seed S --context
BEYOND_RUN-sS.ctx` runs (the articles the house-style switch reads with the table beyond BBC, scored by their own trees). An article
in the beyond run takes that run's scores and cut (3 flagged untouched paragraphs), every other one the BBC trees' (5, counted over
every article as the rule's Cut was). Each paragraph's score is first adjusted against its own article's other paragraphs' scores:
  max  s - L * (highest other)           (what NQ3003 ships, L = ArticleRelief)
  med  s - L * (median of the others)
  z    s + L * (s - median) / (MAD + 1)  (a robust z-score added)
Printed per form and L: recall of planted paragraphs and untouched paragraphs flagged, BBC then crawl, mean over seeds and per seed.
"""
import collections, statistics, sys

def load(path):
    """Each article's paragraphs in order: group -> (corpus, [(kind, score)]); kinds u untouched, r judged real, p planted, c the host's."""
    groups = collections.OrderedDict()
    for line in open(path, encoding="utf-8"):
        group, corpus, kind, score = line.rstrip("\n").split("\t")
        groups.setdefault(group, (corpus[:3], []))[1].append((kind, float(score)))
    return groups

def adjust(scores, i, form, lam):
    s, others = scores[i], scores[:i] + scores[i + 1:]
    if not others or lam == 0:
        return s
    if form == "max":
        return s - lam * max(others)
    median = statistics.median(others)
    if form == "med":
        return s - lam * median
    return s + lam * (s - median) / (statistics.median(abs(o - median) for o in others) + 1)

def run(bbc_run, beyond_run, seeds, form, lam):
    cells = []
    for seed in seeds:
        runs = {"bbc": load(f"{bbc_run}-s{seed}.ctx"), "beyond": load(f"{beyond_run}-s{seed}.ctx")}
        rows = {name: [(corpus, kind, adjust([s for _, s in ps], i, form, lam), group)
                       for group, (corpus, ps) in table.items() for i, (kind, _) in enumerate(ps)] for name, table in runs.items()}
        cuts = {name: sorted((r[2] for r in rows[name] if r[1] == "u"), reverse=True)[budget] for name, budget in (("bbc", 5), ("beyond", 3))}
        counts = collections.Counter()
        for name in rows:
            for corpus, kind, score, group in rows[name]:
                if name == "bbc" and group in runs["beyond"]:
                    continue
                counts[(corpus, kind, score > cuts[name])] += 1
        cells.append([(counts[(c, "p", True)] / (counts[(c, "p", True)] + counts[(c, "p", False)]), counts[(c, "u", True)]) for c in ("BBC", "hyp")])
    mean = [sum(c[k][m] for c in cells) / len(cells) for k in range(2) for m in range(2)]
    per_seed = " ".join(f"{seed}:{c[0][0]:.3f}/{c[0][1]},{c[1][0]:.3f}/{c[1][1]}" for seed, c in zip(seeds, cells))
    print(f"{form} {lam}: BBC {mean[0]:.3f} ({mean[1]:.1f})  crawl {mean[2]:.3f} ({mean[3]:.1f})  | {per_seed}")

if __name__ == "__main__":
    bbc_run, beyond_run, seeds = sys.argv[1], sys.argv[2], sys.argv[3:]
    run(bbc_run, beyond_run, seeds, "max", 0)
    for form, lams in (("max", (0.05, 0.1, 0.15, 0.2, 0.25)), ("med", (0.2, 0.5, 1.0)), ("z", (0.5, 1, 2))):
        for lam in lams:
            run(bbc_run, beyond_run, seeds, form, lam)
