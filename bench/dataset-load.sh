#!/usr/bin/env bash
# Cold-load benchmark of a cached built-in dataset (default fashion-mnist), each run in a fresh JVM.
# Usage: bench/dataset-load.sh [name] [cacheDir] [runs]
# The dataset is fetched into the cache first when missing ($NAS4J_DATA, -Dnas4j.data or ~/.nas4j/datasets).
# JVM options come from BENCH_JAVA_OPTS (default: 2 GB heap with transparent huge pages, which cuts the
# page-fault cost of touching ~280 MB of fresh arrays; most of a cold load is that first touch).
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="${1:-fashion-mnist}"
CACHE="${2:-}"
RUNS="${3:-3}"
MVN_OFFLINE="${MVN_OFFLINE:--o}"
mvn -B -q $MVN_OFFLINE test-compile -pl evaluator -am
CPFILE="$(mktemp)"
trap 'rm -f "$CPFILE"' EXIT
# with -am each module writes the file in turn; the evaluator, built last, leaves its classpath
mvn -B -q $MVN_OFFLINE dependency:build-classpath -pl evaluator -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$CPFILE" >/dev/null
CP="evaluator/target/test-classes:evaluator/target/classes:search-space/target/classes:$(cat "$CPFILE")"
for i in $(seq 1 "$RUNS"); do
    echo "run $i:"
    # shellcheck disable=SC2086
    java ${BENCH_JAVA_OPTS:--Xmx2g -XX:+UseTransparentHugePages} -cp "$CP" io.nas4j.evaluator.data.DatasetLoadBench "$NAME" ${CACHE:+"$CACHE"}
done
