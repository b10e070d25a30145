#!/usr/bin/env bash
# Renders the public page in headless Chromium at a phone's width (360 px) into docs/cong-khai-phone.png,
# and copies the latest infographic to docs/infographic.png.
# Needs Debian's chromium package (apt-get install chromium); run ./xanh demo first.
# Usage: docs/screenshot-cong-khai.sh [OUTPUT_DIR]   (default: output)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-output}
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=360,2000 \
  --screenshot="$PWD/docs/cong-khai-phone.png" "file://$(cd "$out" && pwd)/cong-khai/index.html"
rm -rf "$profile"
cp "$(ls "$out"/*/kenh/infographic-*.png | sort | tail -n 1)" docs/infographic.png
