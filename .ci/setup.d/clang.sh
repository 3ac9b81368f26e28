#!/usr/bin/env bash
# clang and zlib for Native AOT (the ILCompiler links `newsquality` with clang): `dotnet pack -p:NativeTool=true` and the
# opt-in test that packs the native tool (NQ_NATIVE_TOOL_TEST=1) need them; without clang the pack makes the ready-to-run
# package, saying so, and that test skips, saying why.
command -v clang >/dev/null 2>&1 && exit 0
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
