#!/usr/bin/env bash
# nas4j run --workers 1 versus --workers 2 on the same Iris study, alternating, ROUNDS times.
# Each line gives wall time, CPU time (user+sys of the coordinator and its workers) and the load
# average when it started. Usage: bench/parallel/workers.sh [TRIALS] [ROUNDS] (default 8 2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp="${CP:-$root/cli/target/nas4j-cli.jar:$root/cli/target/lib/*}"
spec="$root/bench/parallel/iris-bench.yaml"
trials="${1:-8}"
rounds="${2:-2}"
work="$(mktemp -d)"
for ((r = 1; r <= rounds; r++)); do
  for n in 1 2; do
    rm -rf "${work:?}"/*
    load=$(cut -d' ' -f1 /proc/loadavg)
    TIMEFORMAT='%R %U %S'
    t=$( { time java -Dai.djl.offline=true -cp "$cp" io.nas4j.cli.Main run "$spec" --quiet --keep-best 0 \
          --trials "$trials" --workers "$n" --db "$work/db" >/dev/null 2>&1; } 2>&1 | tail -1)
    read -r wall user sys <<<"$t"
    awk -v n="$n" -v t="$trials" -v w="$wall" -v u="$user" -v s="$sys" -v load="$load" \
      'BEGIN { printf "--workers %d | %d trials | wall %6.1fs | %5.0f trials/h | CPU %5.2fs/trial | load %s\n", n, t, w, t*3600/w, (u+s)/t, load }'
  done
done
rm -rf "$work"
