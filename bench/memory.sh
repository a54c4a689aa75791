#!/usr/bin/env bash
# Resident memory (VmRSS) across consecutive real CNN trials in one JVM.
# Usage: bench/memory.sh [trials=100] [csv-out]
set -euo pipefail
source "$(dirname "$0")/common.sh"
machine_line
out="${2:-/dev/null}"
bench_java io.nas4j.evaluator.bench.MemoryBench "${1:-100}" 2>/dev/null | tee "$out" | grep -E 'RESULT|^[0-9]+0,'
machine_line
