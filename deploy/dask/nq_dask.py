#!/usr/bin/python3
"""Runs NewsQuality's sharded corpus pipeline on a Dask cluster.

Each stage is a `newsquality shard ...` command over a work folder every worker sees (a shared file system). Dask places
the tasks, retries one whose worker died, and orders them by their dependencies:

    digest (one per shard) -> pairs (one per partition) -> verify (one per partition) -> cluster (one) -> report (one per shard)

Every stage skips output that is already complete and writes its own atomically, so a retried task, or this driver run
again after it was killed, redoes only what is missing. See docs/scale-out.md.

    python3 nq_dask.py --scheduler tcp://10.0.0.1:8786 --work /shared/nq-work --partitions 16 /shared/in/part-*.jsonl
"""
import argparse
import shlex
import subprocess
import sys
import uuid

from dask.distributed import Client, wait


def run_stage(command, *after):
    """One stage task on a worker: the command, failing the task (so Dask retries it) when it exits non-zero."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout.strip()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shards", nargs="+", help="one file or folder per shard, in order (absolute paths, seen alike by every worker)")
    parser.add_argument("--scheduler", required=True, help="the Dask scheduler's address, e.g. tcp://10.0.0.1:8786")
    parser.add_argument("--work", required=True, help="the shared work folder")
    parser.add_argument("--partitions", type=int, default=8, help="reduce tasks of the pairs and verify stages (default 8)")
    parser.add_argument("--newsquality", default="newsquality", help="how workers run the CLI (default: newsquality on the PATH)")
    parser.add_argument("--config", help="a newsquality.json every stage applies (as check --config)")
    parser.add_argument("--format", action="append", default=None, help="report formats (repeatable; default json)")
    parser.add_argument("--jobs", type=int, default=1, help="threads each task uses (default 1: Dask runs one task per worker thread)")
    parser.add_argument("--retries", type=int, default=3, help="retries of a task that failed (default 3)")
    args = parser.parse_args(argv)

    nq = shlex.split(args.newsquality) + ["shard"]
    work = ["--work", args.work]
    jobs = ["--jobs", str(args.jobs)]
    # The plan is written here, once; a rerun checks it is the same plan.
    config = ["--config", args.config] if args.config else []
    subprocess.run(nq + ["plan", *args.shards, *work, "--partitions", str(args.partitions), *config], check=True)

    run = uuid.uuid4().hex[:8]
    with Client(args.scheduler) as client:
        def submit(name, command, *after):
            return client.submit(run_stage, nq + command + work, *after, key=f"nq-{name}-{run}", pure=False, retries=args.retries)

        shards = range(len(args.shards))
        partitions = range(args.partitions)
        digests = [submit(f"digest-{s}", ["digest", "--shard", str(s), *jobs]) for s in shards]
        pairs = [submit(f"pairs-{p}", ["pairs", "--partition", str(p)], *digests) for p in partitions]
        verified = [submit(f"verify-{p}", ["verify", "--partition", str(p)], pairs[p]) for p in partitions]
        cluster = submit("cluster", ["cluster"], *verified)
        formats = [option for f in (args.format or ["json"]) for option in ("--format", f)]
        reports = [submit(f"report-{s}", ["report", "--shard", str(s), *formats, *jobs], cluster) for s in shards]
        wait(reports)
        for future in digests + pairs + verified + [cluster] + reports:
            print(future.result(), flush=True)

    subprocess.run(nq + ["summary", *work], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
