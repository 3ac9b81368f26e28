#!/usr/bin/env bash
# clang and zlib for Native AOT (the ILCompiler links `newsquality` with clang): packing the native tool and the test that
# packs it need them; without clang the pack falls back to the ready-to-run package and that test skips, saying why.
command -v clang >/dev/null 2>&1 && exit 0
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
