#!/usr/bin/env bash
# Ingest throughput per format: renders the fixture plan repeated N times (default 100) in
# every format with scripts/make-format-fixtures.py, then times `vnplan extract` on each
# (best of RUNS runs, default 5). Prints MB/s (pages/s for PDF). Needs a release build:
#   swift build -c release --product vnplan && bash scripts/bench-ingest.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"
BIN=.build/release/vnplan
WORK=$(mktemp -d /tmp/vnplan-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
for i in $(seq "$N"); do cat Tests/Fixtures/plans/ke-hoach-dong-hai.txt; echo; done > "$WORK/plan.txt"
/usr/bin/python3 scripts/make-format-fixtures.py "$WORK/plan.txt" "$WORK/out" >/dev/null
cp "$WORK/plan.txt" "$WORK/out/plan.txt"
pages=$(pdfinfo "$WORK/out/plan.pdf" | awk '/^Pages:/ {print $2}')
printf "%-16s %10s %8s %10s\n" format bytes seconds rate
for f in plan.txt plan.cp1258.txt plan.tcvn3.txt plan.vni.txt plan.docx plan.html plan.hocr plan.alto.xml plan.pdf; do
  file="$WORK/out/$f"
  bytes=$(stat -c %s "$file")
  best=999999
  for run in $(seq "${RUNS:-5}"); do
    start=$(date +%s.%N)
    "$BIN" extract "$file" > /dev/null
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  if [ "$f" = plan.pdf ]; then
    rate=$(printf "%.1f pages/s (%d pages)" "$(echo "$pages / $best" | bc -l)" "$pages")
  else
    rate=$(printf "%.2f MB/s" "$(echo "$bytes / 1048576 / $best" | bc -l)")
  fi
  printf "%-16s %10d %8.3f %s\n" "$f" "$bytes" "$best" "$rate"
done
