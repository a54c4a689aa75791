#!/usr/bin/env bash
# Trials/hour of small Iris MLPs: 1 stream, 2 streams as 2 JVMs, 2 streams as 2 threads of one JVM,
# under several native-thread settings, back to back. Each line gives wall time, CPU time (user+sys
# of all processes of the measurement) and the load average when it started: on a shared machine
# the CPU seconds per trial are the figure that does not depend on what others run.
# Usage: bench/parallel/throughput.sh [TRIALS_PER_STREAM] [ROUNDS] (default 6 1); CP overrides the classpath.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CP="${CP:-$root/cli/target/nas4j-cli.jar:$root/cli/target/lib/*}"
export SPEC="$root/bench/parallel/iris-bench.yaml" TRIALS="${1:-6}" WORK="$(mktemp -d)"
rounds="${2:-1}"
run_one() { java -Dai.djl.offline=true -cp "$CP" io.nas4j.cli.Main run "$SPEC" --quiet --trials "$TRIALS" --db "$WORK/$1" >/dev/null; }
export -f run_one
measure() { # label streams command...
  local label="$1" streams="$2"; shift 2
  rm -rf "${WORK:?}"/*
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  read -r wall user sys <<<"$t"
  awk -v l="$label" -v n=$((streams * TRIALS)) -v w="$wall" -v u="$user" -v s="$sys" -v load="$load" \
    'BEGIN { printf "%-52s | %3d trials | wall %6.1fs | %5.0f trials/h | CPU %5.2fs/trial | load %s\n", l, n, w, n*3600/w, (u+s)/n, load }'
}
for ((r = 1; r <= rounds; r++)); do
  for envset in "" "OMP_NUM_THREADS=1" "OMP_NUM_THREADS=1 MXNET_ENGINE_TYPE=NaiveEngine"; do
    name="${envset:-default}"
    measure "$name, 1 JVM 1 stream" 1 env $envset bash -c 'run_one one'
    measure "$name, 2 JVMs" 2 env $envset bash -c 'run_one a & run_one b & wait'
    measure "$name, 1 JVM 2 threads" 2 env $envset java -Dai.djl.offline=true -cp "$CP" "$root/bench/parallel/TwoThreads.java" "$SPEC" 2 "$TRIALS"
  done
done
rm -rf "$WORK"
