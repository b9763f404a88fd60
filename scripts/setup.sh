#!/usr/bin/env bash
# Installs what vnplan needs on a fresh Debian machine with Swift. Safe to run again.
set -euo pipefail
need=()
for pkg in libicu-dev libxml2-dev libssl-dev hunspell-vi poppler-utils tesseract-ocr tesseract-ocr-vie pango1.0-tools; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The tests validate every output against the JSON Schemas in schema/ with Python's jsonschema.
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
