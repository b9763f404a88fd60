#!/usr/bin/env bash
# Regenerates Tests/Fixtures/formats/* from Tests/Fixtures/plans/ke-hoach-dong-hai.txt:
# DOCX (automatic numbering, a table), PDF (text layer), HTML, hOCR, ALTO, TCVN3, VNI,
# Windows-1258, and the broken inputs the bad-input tests read. The outputs are committed;
# tests never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pkg in python3-reportlab python3-docx poppler-utils qpdf fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Debian's python3 has reportlab (a pyenv python on PATH may not).
/usr/bin/python3 scripts/make-format-fixtures.py Tests/Fixtures/plans/ke-hoach-dong-hai.txt Tests/Fixtures/formats
