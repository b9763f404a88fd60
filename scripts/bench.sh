#!/usr/bin/env bash
# Speed benchmarks for BENCHMARKS.md: a release build, then convert on the seeds (one core) and
# batch on a generated corpus of a few hundred plans with -j 1 and -j (all cores).
# Usage: bash scripts/bench.sh [convert|batch|all]   (shared/ beside the repo, or VNPLAN_SHARED)
set -euo pipefail
cd "$(dirname "$0")/.."
export VNPLAN_SHARED="${VNPLAN_SHARED:-$(cd .. && pwd)/shared}"
swift build -c release --product vnplan >&2
what="${1:-all}"
if [[ "$what" == convert || "$what" == all ]]; then
  .build/release/vnplan bench convert --seconds 3
  echo
fi
if [[ "$what" == batch || "$what" == all ]]; then
  .build/release/vnplan bench batch --copies 34 --jobs 1 "$(nproc)" --repeats 3
fi
