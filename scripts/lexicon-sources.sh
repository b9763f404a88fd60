#!/usr/bin/env bash
# Fetches the background sources of the shipped lexicon (corpus/README.md) into DIR:
#   DIR/words.txt            pyvi 0.1.1's Vietnamese word list (PyPI, MIT licence): syllable pairs of words
#   DIR/general/general-vi.txt  the Vietnamese lines of libreoffice-help-vi, maint-guide-vi and
#                            manpages-vi (Debian; MPL-2.0 / GPL): general-text unigram and bigram counts
# Only counts made from them go into the compiled lexicon. Needs apt-get, dpkg-deb, pip, unzip.
# usage: scripts/lexicon-sources.sh [DIR=/tmp/vnplan-lexicon-sources]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/vnplan-lexicon-sources}
mkdir -p "$dir/debs" "$dir/general" "$dir/pip"
(cd "$dir/debs" && apt-get download libreoffice-help-vi maint-guide-vi manpages-vi >/dev/null 2>&1)
for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/debs/root"; done
python3 scripts/general-vi-text.py "$dir/debs/root" "$dir/general/general-vi.txt"
python3 -m pip download -q pyvi==0.1.1 --no-deps -d "$dir/pip"
unzip -o -q -j "$dir"/pip/pyvi-0.1.1-*.whl pyvi/models/words.txt -d "$dir"
echo "$dir/words.txt $dir/general/general-vi.txt"
