#!/usr/bin/env bash
# Renders the demo's digest in headless Chromium at a phone's width (412 px) into docs/digest-phone.png.
# Needs Debian's chromium package (apt-get install chromium); run ./xanh demo first.
set -euo pipefail
cd "$(dirname "$0")/.."
day=$(ls -d output/20*/ | sort | tail -n 1)
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=412,3000 \
  --screenshot="$PWD/docs/digest-phone.png" "file://$PWD/${day}digest.html"
rm -rf "$profile"
