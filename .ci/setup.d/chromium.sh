#!/usr/bin/env bash
# Headless Chromium for the HTML report's browser test (Debian package; the test skips, saying why, without it).
command -v chromium >/dev/null 2>&1 && exit 0
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
