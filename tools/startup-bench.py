#!/usr/bin/env python3
"""One-file start-up: median wall and user CPU of many runs of `newsquality check ARTICLE` for several builds, interleaved.

Usage: python3 tools/startup-bench.py [--runs N] [--article PATH | --version] LABEL=NEWSQUALITY [LABEL=NEWSQUALITY ...]
e.g.   python3 tools/startup-bench.py base=/tmp/base/newsquality tool=$HOME/.dotnet/tools/newsquality

Each round runs every build once, in turn, so that a change in the machine's load touches them all alike; user CPU
(from the kernel's accounting of the child) compares builds on a shared machine, where wall time mostly measures the
neighbours. `--version` times `newsquality --version` instead (the runtime's start-up alone). Prints a Markdown table, with
the load average before and after.
"""
import os, resource, statistics, subprocess, sys, time

def main(argv):
    runs, article, version, builds = 15, "fixtures/seeds/004_d45996393cbbdd09.txt", False, []
    args = iter(argv)
    for arg in args:
        if arg == "--runs": runs = int(next(args))
        elif arg == "--article": article = next(args)
        elif arg == "--version": version = True
        elif "=" in arg: builds.append(tuple(arg.split("=", 1)))
        else: sys.exit(__doc__)
    if not builds: sys.exit(__doc__)
    samples = {label: ([], []) for label, _ in builds}
    load_before = os.getloadavg()[0]
    for _ in range(runs):
        for label, program in builds:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
            start = time.perf_counter()
            subprocess.run([program, "--version"] if version else [program, "check", article, "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            samples[label][0].append(time.perf_counter() - start)
            samples[label][1].append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
    timed = "`newsquality --version`" if version else f"`newsquality check {os.path.basename(article)}` ({os.path.getsize(article):,} bytes)"
    print(f"{timed}, {runs} runs each, interleaved; "
          f"{os.cpu_count()} cores, load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n")
    print("| build | wall (median) | wall (fastest) | user CPU (median) |")
    print("|---|---|---|---|")
    for label, _ in builds:
        wall, user = samples[label]
        print(f"| {label} | {statistics.median(wall):.2f} s | {min(wall):.2f} s | {statistics.median(user):.2f} s |")

if __name__ == "__main__":
    main(sys.argv[1:])
