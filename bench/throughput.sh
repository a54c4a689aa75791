#!/usr/bin/env bash
# Training throughput of the reference MLP and CNN: nas4j evaluator vs a hand-written DJL loop vs
# the engine's matMul rate, once per native-thread setting, each in a fresh JVM.
# Usage: bench/throughput.sh [repeats] [mlpSamples] [cnnSamples]
#   THREADS="default 1 2" selects the OMP_NUM_THREADS settings to compare ("default" = unset).
set -euo pipefail
source "$(dirname "$0")/common.sh"
machine_line
for t in ${THREADS:-default 1 2}; do
    echo "=== OMP_NUM_THREADS=$t"
    if [ "$t" = default ]; then
        (unset OMP_NUM_THREADS; bench_java io.nas4j.evaluator.bench.ThroughputBench "$@" 2>/dev/null)
    else
        OMP_NUM_THREADS=$t bench_java io.nas4j.evaluator.bench.ThroughputBench "$@" 2>/dev/null
    fi
done
machine_line
