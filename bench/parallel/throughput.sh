#!/usr/bin/env bash
# Trials/hour of small Iris MLPs: 1 stream, 2 streams as 2 JVMs, 2 streams as 2 threads of one JVM,
# under several native-thread and JIT settings, back to back. Each line gives wall time, CPU time
# (user+sys of all processes of the measurement), the load average when it started and how long a
# fixed busy loop takes pinned to each core just before (the cores are shared with other tenants
# and at times much slower: compare lines whose cores read alike).
# Usage: bench/parallel/throughput.sh [TRIALS_PER_STREAM] [ROUNDS] (default 6 1); CP overrides the classpath.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CP="${CP:-$root/cli/target/nas4j-cli.jar:$root/cli/target/lib/*}"
export SPEC="$root/bench/parallel/iris-bench.yaml" TRIALS="${1:-6}" WORK="$(mktemp -d)"
rounds="${2:-1}"
run_one() { java $JVM_OPTS -Dai.djl.offline=true -cp "$CP" io.nas4j.cli.Main run "$SPEC" --quiet --keep-best 0 --trials "$TRIALS" --db "$WORK/$1" >/dev/null; }
export -f run_one
measure() { # label streams command...
  local label="$1" streams="$2"; shift 2
  rm -rf "${WORK:?}"/*
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local cores; cores="$(core_seconds 0)/$(core_seconds 1)"
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  read -r wall user sys <<<"$t"
  awk -v l="$label" -v n=$((streams * TRIALS)) -v w="$wall" -v u="$user" -v s="$sys" -v load="$load" -v c="$cores" \
    'BEGIN { printf "%-62s | %3d trials | wall %6.1fs | %5.0f trials/h | CPU %5.2fs/trial | load %s | cores %s\n", l, n, w, n*3600/w, (u+s)/n, load, c }'
}
core_seconds() {
  local t
  t=$( { TIMEFORMAT=%R; time taskset -c "$1" awk 'BEGIN { for (i = 0; i < 2e7; i++) s += i }'; } 2>&1 )
  echo "$t"
}
# each setting: environment variables | JVM options
settings=("|" "OMP_NUM_THREADS=1|" "OMP_NUM_THREADS=1 MXNET_ENGINE_TYPE=NaiveEngine|"
  "OMP_NUM_THREADS=1 MXNET_ENGINE_TYPE=NaiveEngine|-XX:TieredStopAtLevel=1")
for ((r = 1; r <= rounds; r++)); do
  for setting in "${settings[@]}"; do
    envset="${setting%%|*}"
    export JVM_OPTS="${setting#*|}"
    name="${envset:-default}${JVM_OPTS:+ $JVM_OPTS}"
    measure "$name, 1 JVM 1 stream" 1 env $envset bash -c 'run_one one'
    measure "$name, 2 JVMs" 2 env $envset bash -c 'run_one a & run_one b & wait'
    measure "$name, 1 JVM 2 threads" 2 env $envset java $JVM_OPTS -Dai.djl.offline=true -cp "$CP" \
      "$root/bench/parallel/TwoThreads.java" "$SPEC" 2 "$TRIALS"
  done
done
rm -rf "$WORK"
