#!/usr/bin/env bash
# Converts an example plan and prints its plan JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product vnplan >&2
.build/release/vnplan convert "${1:-Tests/Fixtures/plans/ke-hoach-dong-hai.txt}"
