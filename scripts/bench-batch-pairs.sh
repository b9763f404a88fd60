#!/usr/bin/env bash
# vnplan batch with -j 1 then -j 2 on the bench corpus (34 copies of the seeds and the OCR set),
# N times, each run with what the rest of the machine used meanwhile (from /proc/stat), to tell
# a slow batch from a busy machine. Usage: bash scripts/bench-batch-pairs.sh [N]   (Linux only)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${VNPLAN_SHARED:-$(cd .. && pwd)/shared}"
swift build -c release --product vnplan >&2
vnplan="$PWD/.build/release/vnplan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 34); do mkdir -p "$work/corpus/c$i"; cp "$shared"/seeds/*.txt "$shared"/ocr-dev/*.txt "$work/corpus/c$i/"; done

run() {  # $1 = jobs
  rm -rf "$work/out"
  read -r _ u1 n1 s1 _ < /proc/stat; t1=$(date +%s.%N)
  ours=$( { /usr/bin/time -f "%U %S" "$vnplan" batch "$work/corpus" -o "$work/out" -j "$1" -q; } 2>&1 | tail -1)
  t2=$(date +%s.%N); read -r _ u2 n2 s2 _ < /proc/stat
  awk -v j="$1" -v t1="$t1" -v t2="$t2" -v busy=$(( (u2-u1)+(n2-n1)+(s2-s1) )) -v ours="$ours" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { split(ours, a, " "); wall = t2 - t1; cpu = a[1] + a[2];
             printf "-j %d: wall %.2f s, batch CPU %.2f s, the rest of the machine used %.2f cores\n", j, wall, cpu, (busy / hz - cpu) / wall }'
}
for k in $(seq 1 "${1:-3}"); do run 1; run 2; done
