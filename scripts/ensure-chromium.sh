#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; test tools cannot download a browser on this network.
# Installs it with apt-get when it is missing and we are root, else says how.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $chromium. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
