#!/usr/bin/env python3
"""NQ3003's continuation guard measured from cross-validated scores, before the rule is rebuilt (fifteenth pass, not shipped).

Usage: python3 eval/NewsQuality.Eval/OffTopic/reference-guard.py BBC_RUN BEYOND_RUN DUMP_RUN GATE BBC_DELTA BEYOND_DELTA SEED...
BBC_RUN and BEYOND_RUN name `offtopic-train --scores RUN-sSEED.scores` runs as combine-scores.py reads them (`--single-table --budget 5`
and `--topics beyond-bbc --margin 1.5 --trees 100 --budget 3`); DUMP_RUN names `offtopic-train --single-table --references --seed SEED
--dump DUMP_RUN-sSEED.tsv` runs, which give every paragraph's ParagraphReferences measures (features 19 to 23) by article and text.
A paragraph the gate picks must clear its scorer's cut by the delta (BBC_DELTA for the BBC trees, BEYOND_DELTA for the scorer
beyond BBC); both cuts are re-taken on the guarded score at the same budgets (5 and 3 flagged untouched paragraphs). Gates:
  cont    the paragraph opens with he/she/they or a quotation mark right after one naming a recurring person of the story, and
          names no one the host does not (ParagraphReferences.ContinuesIndex)
  known   it refers back by surname to someone the host names and to no one it does not
  either  cont or known
Printed: recall of planted paragraphs and untouched paragraphs flagged, BBC then crawl, mean over the seeds, and recall per seed.
With --list after the seeds: each paragraph of the scorer beyond BBC whose flag the guard changes, per seed (untouched or planted,
gated or not, flagged without the guard -> with it), for reading in its article.
"""
import importlib.util, os, sys

_spec = importlib.util.spec_from_file_location("combine_scores", os.path.join(os.path.dirname(os.path.abspath(__file__)), "combine-scores.py"))
combine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(combine)

bbc_run, beyond_run, dump_run, gate = sys.argv[1:5]
bbc_delta, beyond_delta, seeds = float(sys.argv[5]), float(sys.argv[6]), [s for s in sys.argv[7:] if s != "--list"]
listing = "--list" in sys.argv

def gated(f):
    resolved, unresolved, continues = f[20], f[21], f[23]
    return {"cont": continues > 0, "known": resolved > 0 and unresolved == 0,
            "either": continues > 0 or (resolved > 0 and unresolved == 0), "none": False}[gate]

def load(run, seed, features, delta):
    """(corpus, planted, untouched, guarded score, where) of each paragraph the boosted trees scored."""
    rows = []
    for line in open(f"{run}-s{seed}.scores", encoding="utf-8"):
        name, corpus, label, clean, score, where = line.rstrip("\n").split("\t", 5)
        if name == "FastTree":
            guard = delta if gated(features[tuple(where.split("\t", 1))]) else 0
            rows.append((corpus[:3], label == "1", clean == "1", float(score) - guard, where))
    return rows

per_seed = []
for seed in seeds:
    features = {}
    for line in open(f"{dump_run}-s{seed}.tsv", encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        features[(cells[-2], cells[-1])] = [float(x) for x in cells[2:-2]]
    bbc, beyond = load(bbc_run, seed, features, bbc_delta), load(beyond_run, seed, features, beyond_delta)
    bbc_cut, beyond_cut = combine.cut(bbc, 5), combine.cut(beyond, 3)
    if listing:
        plain = load(beyond_run, seed, features, 0)
        plain_cut = combine.cut(plain, 3)
        for (corpus, planted, clean, score, where), (_, _, _, guarded, _) in zip(plain, beyond):
            if (score > plain_cut) != (guarded > beyond_cut):
                print(seed, "planted" if planted else "untouched" if clean else "judged real", "gated" if guarded != score else "",
                      score > plain_cut, "->", guarded > beyond_cut, where[:160].replace("\t", " | "))
    cells = combine.judged_together(bbc, beyond, bbc_cut, beyond_cut)
    per_seed.append((seed, cells))
mean = [sum(cells[c][k] for _, cells in per_seed) / len(per_seed) for c in range(2) for k in range(2)]
print(f"{gate} {bbc_delta:g} {beyond_delta:g}: BBC {mean[0]:.3f} ({mean[1]:.1f})  crawl {mean[2]:.3f} ({mean[3]:.1f})  | "
      + " ".join(f"{seed}:{c[0][0]:.3f},{c[1][0]:.3f}" for seed, c in per_seed))
