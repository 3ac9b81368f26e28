#!/usr/bin/env python3
"""Regenerate the figures in README.md from the commands that produce them, between <!-- name:start/end --> markers.

Usage: python3 tools/refresh-readme.py [--skip-eval] [--bench]
- seed-output: `newsquality check fixtures/seeds` (what a new user sees first)
- rules: `newsquality rules --format markdown`
- translation-firing, translation-injected, mtquality, mtquality-pooling, mtquality-ceiling, mtquality-consensus, offtopic, realnews, realnews-fresh, duplicates, names-eval, extraction, extraction-peers (readability.js and readability-lxml from bench/peers/install.sh on the same pages), duplicates-wire, residue-damaged, residue-clean: the evaluations in eval/NewsQuality.Eval (need ../shared)
- dedup-bench, check-bench, check-bbc-bench (BBC News and lightly edited copies, 1,000 to 100,000, through the installed tool), rule-cost, startup-bench, installed-check, linters-bench (with --bench): the near-duplicate
  throughput benchmark, the whole-CLI memory benchmark, the cost of each rule on the BBC articles, the one-file start-up and
  the whole BBC check of the installed tool (tools/startup-bench.py) and the prose linters side by side (peers from bench/peers/install.sh), about twenty-five minutes
  (set NQ_PEER to the Go peer's binary to include it)
"""
import re, subprocess, sys, tempfile

def run(*args):
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout

def replace(text, name, body):
    pattern = re.compile(r"(<!-- %s:start -->\n).*?(<!-- %s:end -->)" % (name, name), re.S)
    if not pattern.search(text):
        sys.exit(f"README has no {name} markers")
    return pattern.sub(lambda m: m.group(1) + body.rstrip("\n") + "\n" + m.group(2), text)

def section(output, start, stop=None):
    begin = output.index(start)
    end = output.index(stop, begin) if stop else len(output)
    return output[begin:end].strip()

unknown = [a for a in sys.argv[1:] if a not in ("--skip-eval", "--bench")]
if unknown:
    # Anything else (--help included) prints the usage rather than starting twenty minutes of evaluations.
    if unknown == ["--help"]:
        sys.exit(print(__doc__))
    sys.exit(f"{__doc__}\nunknown option: {' '.join(unknown)}")

readme = open("README.md", encoding="utf-8").read()
cli = ["dotnet", "run", "--project", "src/NewsQuality.Cli", "--"]
readme = replace(readme, "seed-output", "```text\n" + run(*cli, "check", "fixtures/seeds").rstrip("\n") + "\n```")
readme = replace(readme, "rules", run(*cli, "rules", "--format", "markdown"))
if "--skip-eval" not in sys.argv:
    evaluation = ["dotnet", "run", "--project", "eval/NewsQuality.Eval", "-c", "Release", "--"]
    translation = run(*evaluation, "translation")
    readme = replace(readme, "translation-firing", section(translation, "| rule | findings", "\n\nSample"))
    readme = replace(readme, "translation-injected", section(translation, "| rule | injected error"))
    offtopic = run(*evaluation, "offtopic")
    readme = replace(readme, "offtopic", section(offtopic, "| rule |", "\n\nRecall"))
    realnews = run(*evaluation, "realnews")
    readme = replace(readme, "realnews", section(realnews, "| rule |", "\n\nJudged real") + "\n\n" + section(realnews, "| planted error |"))
    fresh = run(*evaluation, "realnews", "--split", "fresh")
    readme = replace(readme, "realnews-fresh", section(fresh, "| rule |", "\n\nJudged real") + "\n\n" + section(fresh, "| planted error |"))
    names = run(*evaluation, "names")
    readme = replace(readme, "names-eval", section(names, "| rule |"))
    mtquality = run(*evaluation, "mtquality")
    readme = replace(readme, "mtquality", section(mtquality, "MLQE-PE test split"))
    pooling = run(*evaluation, "mtquality-pooling")
    readme = replace(readme, "mtquality-pooling", section(pooling, "Learned article poolings"))
    ceiling = run(*evaluation, "mtquality-ceiling")
    readme = replace(readme, "mtquality-ceiling", section(ceiling, "Gold against gold"))
    consensus = run(*evaluation, "mtquality-consensus", "--resamples", "100")
    readme = replace(readme, "mtquality-consensus", section(consensus, "NQ1003 run through the engine"))
    duplicates = run(*evaluation, "duplicates")
    readme = replace(readme, "duplicates", section(duplicates, "| rule |", "\n\nDerived copies per original"))
    extraction = run(*evaluation, "extraction")
    readme = replace(readme, "extraction", section(extraction, "| part |", "\n\nPer page"))
    # The extractors bench/peers/install.sh installs, on the same pages and snippets; left as it was when one is missing.
    peers = {"readability.js": ["node", "bench/peers/readability-extract.mjs"], "readability-lxml": ["/usr/bin/python3", "bench/peers/readability-lxml-extract.py"]}
    with tempfile.TemporaryDirectory() as scratch:
        files = []
        for name, command in peers.items():
            reading = subprocess.run(command, capture_output=True, text=True, check=False)
            if reading.returncode != 0 or not reading.stdout:
                print(f"extraction-peers left as it was: {name} did not run (bash bench/peers/install.sh)", file=sys.stderr)
                break
            files.append(f"{name}={subprocess.os.path.join(scratch, name + '.jsonl')}")
            open(files[-1].split("=", 1)[1], "w", encoding="utf-8").write(reading.stdout)
        else:
            side = run(*evaluation, "extraction", *[a for f in files for a in ("--peer", f)])
            readme = replace(readme, "extraction-peers", section(side, "| extractor |"))
    residue = run(*evaluation, "residue")
    readme = replace(readme, "residue-damaged", section(residue, "| residue |", "\n\n### Untouched"))
    readme = replace(readme, "residue-clean", section(residue, "| corpus |"))
    readme = replace(readme, "duplicates-wire", section(duplicates, "| measure"))
if "--bench" in sys.argv:
    bench = run("dotnet", "run", "--project", "bench/NewsQuality.Bench", "-c", "Release", "--", "dedup", "10000,100000")
    readme = replace(readme, "dedup-bench", bench.replace(subprocess.os.path.abspath(".."), "..").strip())
    check = run("dotnet", "run", "--project", "bench/NewsQuality.Bench", "-c", "Release", "--", "check", "10000,100000")
    readme = replace(readme, "check-bench", "\n".join(line for line in check.splitlines() if line.startswith("|")))
    # Real-like articles (BBC News and lightly edited copies of it) through the installed tool: the scaling of issue 17.
    installed = subprocess.os.path.expanduser("~/.dotnet/tools/newsquality")
    scaling = run("dotnet", "run", "--project", "bench/NewsQuality.Bench", "-c", "Release", "--", "check", "1000,10000,100000", "--bbc", "--tool", installed)
    readme = replace(readme, "check-bbc-bench", "\n".join(line for line in scaling.splitlines() if line.startswith("|")))
    rules = run("dotnet", "run", "--project", "bench/NewsQuality.Bench", "-c", "Release", "--", "rules")
    readme = replace(readme, "rule-cost", "\n".join(line for line in rules.splitlines() if line.startswith("|")))
    # One-file start-up: the Release build (built above by the bench) against the tool installed as the README says.
    startup = run("python3", "tools/startup-bench.py", "build, JIT=src/NewsQuality.Cli/bin/Release/net10.0/newsquality", f"installed tool={installed}")
    readme = replace(readme, "startup-bench", startup)
    # What a user runs on the BBC file: the installed tool's whole process (start-up, collector, exit), which no
    # in-process row above sees.
    whole = run("python3", "tools/startup-bench.py", "--runs", "8", "--article", "../shared/corpora/bbc-news-2005.jsonl", "--format", "json", f"installed tool={installed}")
    readme = replace(readme, "installed-check", whole)
    # The prose linters: the whole BBC corpus with write-good, then 300 articles with every peer (proselint and harper.js
    # take minutes per run on the whole corpus).
    linters = ["dotnet", "run", "--project", "bench/NewsQuality.Bench", "-c", "Release", "--", "linters", "--runs", "3"]
    tables = [run(*linters, "--skip", "proselint,harper.js"), run(*linters, "--limit", "300")]
    readme = replace(readme, "linters-bench", "\n\n".join(table.strip() for table in tables))
open("README.md", "w", encoding="utf-8").write(readme)
print("README.md refreshed")
