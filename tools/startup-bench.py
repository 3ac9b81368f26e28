#!/usr/bin/env python3
"""Whole-process timing: medians of many runs of `newsquality check ARTICLE` for several builds, interleaved.

Usage: python3 tools/startup-bench.py [--runs N] [--article PATH | --version] [--format FORMAT]
                                      LABEL=NEWSQUALITY [LABEL=NEWSQUALITY ...]
e.g.   python3 tools/startup-bench.py base=/tmp/base/newsquality tool=$HOME/.dotnet/tools/newsquality
       python3 tools/startup-bench.py --runs 8 --article ../shared/corpora/bbc-news-2005.jsonl --format json tool=...

Each round runs every build once, in turn, so that a change in the machine's load touches them all alike; user CPU
(from the kernel's accounting of the child) compares builds on a shared machine, where wall time mostly measures the
neighbours. `--version` times `newsquality --version` instead (the runtime's start-up alone). Each run's own system CPU,
peak resident memory and minor page faults come from wait4: what the in-process benchmark rows cannot see (start-up, exit,
and the collector's first touch of fresh memory, which costs system CPU). For a JSON Lines file the table adds articles/s
from the median wall. Prints a Markdown table, with the load average before and after.
"""
import os, statistics, subprocess, sys, time

def main(argv):
    runs, article, version, report_format, builds = 15, "fixtures/seeds/004_d45996393cbbdd09.txt", False, None, []
    args = iter(argv)
    for arg in args:
        if arg == "--runs": runs = int(next(args))
        elif arg == "--article": article = next(args)
        elif arg == "--version": version = True
        elif arg == "--format": report_format = next(args)
        elif "=" in arg: builds.append(tuple(arg.split("=", 1)))
        else: sys.exit(__doc__)
    if not builds: sys.exit(__doc__)
    options = ["--format", report_format] if report_format else []
    command = ["--version"] if version else ["check", article, "--quiet", *options]
    samples = {label: [] for label, _ in builds}
    load_before = os.getloadavg()[0]
    for _ in range(runs):
        for label, program in builds:
            start = time.perf_counter()
            child = subprocess.Popen([program, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(child.pid, 0)
            samples[label].append((time.perf_counter() - start, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024, usage.ru_minflt))
    articles = None if version or not article.endswith(".jsonl") else sum(1 for line in open(article, encoding="utf-8", errors="replace") if line.strip())
    timed = "`newsquality " + " ".join(["--version"] if version else ["check", os.path.basename(article), *options]) + "`"
    size = "" if version else f" ({os.path.getsize(article):,} bytes{f', {articles:,} articles' if articles else ''})"
    print(f"{timed}{size}, {runs} runs each, interleaved; "
          f"{os.cpu_count()} cores, load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n")
    rate_head, rate_rule = (" articles/s (median wall) |", "---|") if articles else ("", "")
    print(f"| build | wall (median) | wall (fastest) | user CPU (median) | system CPU (median) | peak memory (median) | minor page faults (median) |{rate_head}")
    print(f"|---|---|---|---|---|---|---|{rate_rule}")
    for label, _ in builds:
        wall, user, system, peak, faults = (statistics.median(column) for column in zip(*samples[label]))
        rate = f" {articles / wall:,.0f} |" if articles else ""
        print(f"| {label} | {wall:.2f} s | {min(run[0] for run in samples[label]):.2f} s | {user:.2f} s | {system:.2f} s | {peak:.0f} MB | {faults:,.0f} |{rate}")

if __name__ == "__main__":
    main(sys.argv[1:])
