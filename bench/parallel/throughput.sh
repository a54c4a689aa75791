#!/usr/bin/env bash
# Trials/hour of small Iris MLPs: 1 stream, 2 streams as 2 JVMs, 2 streams as 2 threads of one JVM,
# under several native-thread settings. Each line records the load average when it started.
# Usage: bench/parallel/throughput.sh [TRIALS_PER_STREAM] (default 8); CP overrides the classpath.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp="${CP:-$root/cli/target/nas4j-cli.jar:$root/cli/target/lib/*}"
spec="$root/bench/parallel/iris-bench.yaml"
trials="${1:-8}"
work="$(mktemp -d)"
java_run() { java -Dai.djl.offline=true -cp "$cp" io.nas4j.cli.Main run "$spec" --quiet --trials "$trials" --db "$work/$1" >/dev/null; }
load() { cut -d' ' -f1 /proc/loadavg; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n * 3600 / s }'; }
for envset in "default" "OMP_NUM_THREADS=1" "OMP_NUM_THREADS=1 MXNET_ENGINE_TYPE=NaiveEngine"; do
  if [ "$envset" = default ]; then envs=(); else read -r -a envs <<<"$envset"; fi
  rm -rf "$work"/*
  l=$(load); t0=$(date +%s.%N); env "${envs[@]}" bash -c "$(declare -f java_run); cp='$cp' spec='$spec' trials=$trials work='$work' java_run one"
  s1=$(echo "$(date +%s.%N) - $t0" | bc)
  echo "$envset | 1 JVM, 1 stream | $trials trials | ${s1}s | $(rate "$trials" "$s1") trials/h | load $l"
  l=$(load); t0=$(date +%s.%N)
  env "${envs[@]}" bash -c "$(declare -f java_run); cp='$cp' spec='$spec' trials=$trials work='$work'; java_run a & java_run b & wait"
  s2=$(echo "$(date +%s.%N) - $t0" | bc)
  echo "$envset | 2 JVMs | $((2 * trials)) trials | ${s2}s | $(rate $((2 * trials)) "$s2") trials/h | load $l"
  l=$(load); t0=$(date +%s.%N)
  env "${envs[@]}" java -Dai.djl.offline=true -cp "$cp" "$root/bench/parallel/TwoThreads.java" "$spec" 2 "$trials" >/dev/null
  s3=$(echo "$(date +%s.%N) - $t0" | bc)
  echo "$envset | 1 JVM, 2 threads | $((2 * trials)) trials | ${s3}s | $(rate $((2 * trials)) "$s3") trials/h | load $l"
done
rm -rf "$work"
