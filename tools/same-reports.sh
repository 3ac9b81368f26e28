#!/usr/bin/env bash
# Writes the JSON reports of one build on the inputs a speed change must not alter, so that two builds can be
# compared with `diff -r`: every BBC article, the first 500 hyperpartisan articles and the seeds (plus fixtures/clean).
#   tools/same-reports.sh BUILD-DIR OUT-DIR      (BUILD-DIR holds newsquality.dll, e.g. src/NewsQuality.Cli/bin/Release/net10.0,
#                                                or the native newsquality of a Native AOT build)
#   diff -r before/ after/ && echo identical
set -euo pipefail
build=$1 out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared/corpora
mkdir -p "$out"
# The report names each input by its path: the sample goes to the same path for every build.
sample=${TMPDIR:-/tmp}/same-reports-hyperpartisan-500.jsonl
head -n 500 "$shared/hyperpartisan-2019.jsonl" > "$sample"
newsquality() { if [ -f "$build/newsquality.dll" ]; then dotnet "$build/newsquality.dll" "$@"; else "$build/newsquality" "$@"; fi; }
check() { newsquality check "$@" --format json --quiet || [ $? -le 1 ]; }
cd "$root"
check ../shared/corpora/bbc-news-2005.jsonl > "$out/bbc.json"
check "$sample" > "$out/hyperpartisan-500.json"
check fixtures/seeds fixtures/clean > "$out/seeds.json"
wc -c "$out"/*.json
