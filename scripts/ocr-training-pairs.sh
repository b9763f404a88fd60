#!/usr/bin/env bash
# Makes the OCR training pairs from which scripts/learn-channel.py learns the OCR channel
# (corpus/ocr-channel.tsv): clean Vietnamese text that is no seed plan (the repo's fixture plans
# and a sample of the general text of scripts/lexicon-sources.sh), rendered and OCR'd with
# shared/tools/make-ocr.sh (pango-view + tesseract's English model) at 200 and 150 dpi.
# Never uses shared/ocr-dev (the test set). ~25 min of CPU for the default 150 KB.
# usage: scripts/ocr-training-pairs.sh [DIR=/tmp/vnplan-ocr-pairs] [SOURCES=/tmp/vnplan-lexicon-sources] [SHARED=../shared] [BYTES=150000]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/vnplan-ocr-pairs}
sources=${2:-/tmp/vnplan-lexicon-sources}
shared=${3:-../shared}
bytes=${4:-150000}
mkdir -p "$dir"
python3 scripts/ocr-training-text.py "$dir/train.txt" "$bytes" \
  Tests/Fixtures/plans/*.txt Tests/Fixtures/diff/*.txt -- "$sources/general/general-vi.txt"
# One tesseract thread: its OpenMP threads only spin on a shared 2-core machine.
export OMP_THREAD_LIMIT=1
bash "$shared/tools/make-ocr.sh" "$dir/train.txt" "$dir/train.ocr200.txt" 200 &
bash "$shared/tools/make-ocr.sh" "$dir/train.txt" "$dir/train.ocr150.txt" 150 &
wait
wc -c "$dir"/train*.txt
