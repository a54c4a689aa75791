#!/usr/bin/env bash
# Store benchmark (store/src/test/.../bench/StoreBenchmark): fills a study of TRIALS trials with
# EPOCHS epochs of metrics each the way a run does, times the reads, reports the size on disk.
# Usage: bench/store.sh [trials=10000] [epochs=20]
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_OFFLINE="${MVN_OFFLINE:--o}"
mvn -B -q $MVN_OFFLINE install -pl search-space -DskipTests
mvn -B -q $MVN_OFFLINE test-compile -pl store
CPFILE="$(mktemp)"
dir="$(mktemp -d)"
trap 'rm -rf "$CPFILE" "$dir"' EXIT
mvn -B -q $MVN_OFFLINE dependency:build-classpath -pl store -Dmdep.includeScope=test -Dmdep.outputFile="$CPFILE" >/dev/null
# this worktree's modules, never the copies other builds install into ~/.m2
CP="store/target/test-classes:store/target/classes:search-space/target/classes:$(tr ':' '\n' <"$CPFILE" | grep -v '/io/nas4j/' | paste -sd:)"
echo "machine: $(nproc) CPUs, load:$(uptime | sed 's/.*load average://')"
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -cp "$CP" io.nas4j.store.bench.StoreBenchmark "$dir/bench.db" "${1:-10000}" "${2:-20}"
echo "load after:$(uptime | sed 's/.*load average://')"
