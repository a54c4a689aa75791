#!/usr/bin/env bash
# Platform overhead per trial (synthetic evaluator: no training) for random and genetic search,
# one study of TRIALS trials each in a fresh file database, ms/trial over windows of 100 trials.
# Usage: bench/platform-overhead.sh [trials=10000] [strategies="random genetic"]
set -euo pipefail
source "$(dirname "$0")/common.sh"
TRIALS="${1:-10000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
machine_line
for s in ${2:-random genetic}; do
    bench_java io.nas4j.cli.bench.PlatformOverheadBench "bench/specs/synthetic-$s.yaml" "$TRIALS" "$dir/$s" 2>/dev/null
    ls -l "$dir/$s.mv.db" | awk '{printf "database size: %.1f MB\n", $5 / 1e6}'
done
machine_line
