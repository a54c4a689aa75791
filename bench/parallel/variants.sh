#!/usr/bin/env bash
# Which settings make `--workers 2` fast: per round, 1 worker with the defaults, 2 workers with the
# defaults (client-compiler workers), 2 workers whose JVMs keep the optimizing compiler, and 1
# worker run with the workers' settings (OMP_NUM_THREADS=1, NaiveEngine, client compiler).
# Usage: bench/parallel/variants.sh [TRIALS] [ROUNDS]   (default 96 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
trials="${1:-96}"
rounds="${2:-3}"
"$root/nas4j" --version >/dev/null
h2="$(ls "$root"/cli/target/lib/h2-*.jar | head -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
core() { ( TIMEFORMAT=%R; time taskset -c "$1" awk 'BEGIN { for (i = 0; i < 2e7; i++) s += i }' ) 2>&1; }
one() { # label workers env...
  local label=$1 w=$2; shift 2
  rm -rf "${work:?}"/*
  local c t wall user sys st
  c="$(core 0)/$(core 1)"
  t=$( { TIMEFORMAT='%R %U %S'; time env "$@" "$root/nas4j" run "$root/bench/parallel/iris-bench.yaml" --quiet \
        --keep-best 0 --trials "$trials" --workers "$w" --db "$work/db" >/dev/null 2>&1; } 2>&1 | tail -1)
  read -r wall user sys <<<"$t"
  st=$(java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/db" -user sa \
    -sql "select count(*) - 1, (max(finished_at) - min(finished_at)) / 1000.0 from trials" 2>/dev/null |
    awk -F'|' 'NR == 2 { printf "%.0f", $1 * 3600 / $2 }')
  awk -v l="$label" -v n="$trials" -v w="$wall" -v u="$user" -v s="$sys" -v st="$st" -v c="$c" \
    'BEGIN { printf "%-44s wall %6.1fs  %5.0f/h  steady %5d/h  CPU %.2fs/trial  cores %s\n", l, w, n*3600/w, st, (u+s)/n, c }'
}
for ((r = 1; r <= rounds; r++)); do
  one "1 worker, defaults" 1 NAS4J_BENCH=1
  one "2 workers, defaults (C1 workers)" 2 NAS4J_BENCH=1
  one "2 workers, C2 workers" 2 NAS4J_WORKER_JAVA_OPTS=-XX:TieredStopAtLevel=4
  one "1 worker, worker settings (OMP 1, Naive, C1)" 1 OMP_NUM_THREADS=1 MXNET_ENGINE_TYPE=NaiveEngine \
    JAVA_OPTS=-XX:TieredStopAtLevel=1
done
