#!/usr/bin/env bash
# Renders the first page of the periodic report of 2026-Q3 into docs/bao-cao-trang-1.png with LibreOffice
# (apt-get install libreoffice-writer-nogui poppler-utils); run ./xanh demo first.
set -euo pipefail
cd "$(dirname "$0")/.."
./xanh report --period 2026-Q3
work=$(mktemp -d)
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" \
  output/reports/bao-cao-2026-Q3.docx > /dev/null
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/bao-cao-2026-Q3.pdf" docs/bao-cao-trang-1
rm -rf "$work"
