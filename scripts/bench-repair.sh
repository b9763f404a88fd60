#!/usr/bin/env bash
# Leave-one-out measures of `vnplan repair` on the three seed plans (issue 3):
# for each seed, a lexicon is built from hunspell-vi and the OTHER two seeds (plus the shipped
# lexicon's background model: general-text counts and dictionary word pairs, no seed), then used to
# repair (a) the seed with every diacritic stripped, (b) its OCR at 200 and 150 dpi,
# (c) the clean seed; each output is scored with shared/tools/score-restore.py.
# usage: scripts/bench-repair.sh [BUILD_CONFIG=release] [SHARED=../shared]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}
shared=${2:-${VNPLAN_SHARED:-../shared}}
swift build -c "$config" --product vnplan >/dev/null
bin=$(swift build -c "$config" --show-bin-path)/vnplan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score="python3 $shared/tools/score-restore.py"
total_bytes=0; total_time=0
for seed in "$shared"/seeds/*.txt; do
  name=$(basename "$seed" .txt); id=${name%%_*}
  "$bin" lexicon build --corpus "$shared/seeds" --exclude "$name" --background corpus/vi-plans.vnlex -o "$tmp/$id.vnlex" 2>/dev/null
  python3 - "$seed" "$tmp/$id.stripped.txt" <<'PY'
import sys, unicodedata
t = unicodedata.normalize("NFC", open(sys.argv[1], encoding="utf-8").read()).replace("đ", "d").replace("Đ", "D")
open(sys.argv[2], "w", encoding="utf-8").write("".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)))
PY
  for input in "stripped:$tmp/$id.stripped.txt" "ocr200:$shared/ocr-dev/$name.ocr-eng-200dpi.txt" \
               "ocr150:$shared/ocr-dev/$name.ocr-eng-150dpi.txt" "clean:$seed"; do
    kind=${input%%:*}; file=${input#*:}
    start=$(date +%s.%N)
    "$bin" repair --lexicon "$tmp/$id.vnlex" "$file" -o "$tmp/$id.$kind.out"
    end=$(date +%s.%N)
    if [ "$kind" != clean ]; then
      total_bytes=$((total_bytes + $(stat -c %s "$file"))); total_time=$(echo "$total_time + $end - $start" | bc)
    fi
    if [ "$kind" = clean ]; then
      # Clean text: the share of its syllables repair left exactly as they were.
      printf '%s %-8s %s\n' "$id" "$kind" "unchanged: $($score "$seed" "$tmp/$id.$kind.out")"
    else
      printf '%s %-8s %s\n' "$id" "$kind" "$($score "$seed" "$tmp/$id.$kind.out")"
    fi
  done
done
echo "throughput (stripped+OCR, one process per file, incl. process start and lexicon load): $(echo "scale=1; $total_bytes / $total_time / 1000" | bc) KB/s"
# Repair alone: every stripped and OCR input in one file, one process (start and lexicon load
# paid once), minus the same process on empty input; user CPU seconds, so other load on the
# machine counts less than in wall time. Best of three.
cat "$tmp"/*.stripped.txt "$shared"/ocr-dev/*.txt > "$tmp/all.txt"
bytes=$(stat -c %s "$tmp/all.txt")
lexicon=$(ls "$tmp"/*.vnlex | head -1)
cpu() { /usr/bin/time -f %U "$bin" repair --lexicon "$lexicon" "$1" -o /dev/null 2>&1 >/dev/null | tail -1; }
best=999; empty=999
for _ in 1 2 3; do
  t=$(cpu "$tmp/all.txt"); best=$(echo "if ($t < $best) $t else $best" | bc)
  : > "$tmp/empty.txt"; e=$(cpu "$tmp/empty.txt"); empty=$(echo "if ($e < $empty) $e else $empty" | bc)
done
echo "repair throughput: $bytes bytes in $best s user CPU (empty input $empty s): $(echo "scale=2; $bytes / ($best - $empty) / 1000000" | bc) MB/s per core"
"$bin" lexicon info "$lexicon"
