#!/usr/bin/env bash
# Installs the prose linters that `bench ... linters` measures NewsQuality against (issue 17) and the HTML extractors
# that `eval ... extraction --peer` reads the dev set's pages with (issue 20: readability.js from npm, readability-lxml from Debian).
# Idempotent: npm installs the locked versions into bench/peers/node_modules (git-ignored); proselint comes from
# Debian and is installed only when missing and when running as root. Not part of CI (.ci/setup.d): CI does not run
# benchmarks and must stay fast.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if command -v npm >/dev/null; then
  # `npm ci` when the lock file exists keeps the exact versions measured in the README.
  if [ -f "$here/package-lock.json" ]; then npm ci --prefix "$here" --no-audit --no-fund
  else npm install --prefix "$here" --no-audit --no-fund write-good@1.0.8 harper.js@2.10.0 @mozilla/readability@0.6.0 jsdom@26.1.0; fi
else
  echo "npm missing: write-good, harper.js and readability.js not installed (apt-get install nodejs npm)" >&2
fi

if ! command -v proselint >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y python3-proselint || { apt-get update && apt-get install -y python3-proselint; }
  else
    echo "proselint missing: run as root or 'sudo apt-get install python3-proselint'" >&2
  fi
fi

# readability-lxml goes into Debian's interpreter (/usr/bin/python3), which bench/peers/readability-lxml-extract.py names.
if ! /usr/bin/python3 -c "import readability" 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y python3-readability || { apt-get update && apt-get install -y python3-readability; }
  else
    echo "readability-lxml missing: run as root or 'sudo apt-get install python3-readability'" >&2
  fi
fi
