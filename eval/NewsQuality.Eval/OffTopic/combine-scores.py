#!/usr/bin/env python3
"""NQ3003's two scorers judged together at one false-flag budget, from `offtopic-train --scores` files (cross-validated scores).

Usage: python3 eval/NewsQuality.Eval/OffTopic/combine-scores.py BBC_RUN BEYOND_RUN BBC_BUDGET LEARNER SEED...
BBC_RUN is the name of `offtopic-train --single-table --scores BBC_RUN-sSEED.scores` runs (the BBC trees, every article read with
BBC's table), BEYOND_RUN of `offtopic-train --topics beyond-bbc --margin M --scores BEYOND_RUN-sSEED.scores` runs (the paragraphs
the house-style switch reads with the table beyond BBC, scored by their own learner). A paragraph in the beyond run takes its
score there at that run's cut, every other one the BBC trees' score at their cut (BBC_BUDGET flagged untouched paragraphs, as
the rule's Cut); printed per beyond budget: recall of planted paragraphs and untouched paragraphs flagged, BBC then crawl,
mean over the seeds and per seed.
"""
import collections, sys


def load(run, seed, learner):
    """(corpus, planted, untouched, score, where) of each paragraph one learner scored."""
    rows = []
    for line in open(f"{run}-s{seed}.scores", encoding="utf-8"):
        name, corpus, label, clean, score, where = line.rstrip("\n").split("\t", 5)
        if name == learner:
            rows.append((corpus[:3], label == "1", clean == "1", float(score), where))
    return rows

def cut(rows, budget):
    """The score of the (budget + 1)th untouched paragraph: exactly `budget` score above it."""
    return sorted((r[3] for r in rows if r[2]), reverse=True)[budget]

def judged_together(bbc, beyond, bbc_cut, beyond_cut):
    """Each paragraph the beyond run scored takes its score and cut there, every other one the BBC trees' (rows as load gives them):
    recall of planted paragraphs and untouched paragraphs flagged, [(BBC recall, flags), (crawl recall, flags)]."""
    in_beyond = collections.Counter((r[0], r[1], r[4]) for r in beyond)
    counts, taken = collections.Counter(), collections.Counter()
    for corpus, planted, clean, score, where in bbc:
        key = (corpus, planted, where)
        if taken[key] < in_beyond[key]:
            taken[key] += 1
            continue
        counts[(corpus, planted, clean, score > bbc_cut)] += 1
    for corpus, planted, clean, score, _ in beyond:
        counts[(corpus, planted, clean, score > beyond_cut)] += 1
    cells = []
    for corpus in ["BBC", "hyp"]:
        caught = counts[(corpus, True, False, True)]
        cells.append((caught / (caught + counts[(corpus, True, False, False)]), counts[(corpus, False, True, True)]))
    return cells

if __name__ == "__main__":
    bbc_run, beyond_run, bbc_budget, learner, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
    results = collections.defaultdict(list)
    for seed in seeds:
        bbc = load(bbc_run, seed, "FastTree")
        beyond = load(beyond_run, seed, learner)
        bbc_cut = cut(bbc, bbc_budget)
        for budget in [2, 3, 4, 5, 6, 8]:
            results[budget].append((seed, judged_together(bbc, beyond, bbc_cut, cut(beyond, budget))))
    for budget, runs in sorted(results.items()):
        mean = [sum(cells[c][k] for _, cells in runs) / len(runs) for c in range(2) for k in range(2)]
        per_seed = " ".join(f"{seed}:{c[0][0]:.3f}/{c[0][1]},{c[1][0]:.3f}/{c[1][1]}" for seed, c in runs)
        print(f"beyond budget {budget}: BBC {mean[0]:.3f} ({mean[1]:.1f})  crawl {mean[2]:.3f} ({mean[3]:.1f})  | {per_seed}")
