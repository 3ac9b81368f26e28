#!/usr/bin/env bash
# Dask distributed (Debian's python3-distributed) for the sharded pipeline's cluster test (the test skips, saying why, without it).
/usr/bin/python3 -c 'import distributed' >/dev/null 2>&1 && exit 0
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed >/dev/null
