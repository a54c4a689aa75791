#!/usr/bin/env bash
# `nas4j run --workers 1` versus `--workers 2` on the same study (bench/parallel/iris-bench.yaml,
# fixed seed, so both train the same trials), alternating, ROUNDS times, through the ./nas4j
# launcher as users run it.
#
# Per run: wall time, trials/hour over the whole run (JVM starts included), trials/hour in the
# steady state (from the first finished trial to the last, read from the study database), CPU
# seconds per trial (user + sys of the coordinator and its workers), the load average at the start,
# and how long a fixed busy loop takes pinned to each core just before (this machine's two cores
# are shared with other tenants and are at times much slower than usual; compare runs whose cores
# read alike). Ends with the median ratios of 2 workers to 1.
#
# Usage: bench/parallel/workers.sh [TRIALS] [ROUNDS] [WORKERS]   (default 96 3 2)
#        SPEC=bench/parallel/fashion-bench.yaml bench/parallel/workers.sh 24 2   (multi-second trials)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
spec="$(realpath "${SPEC:-$root/bench/parallel/iris-bench.yaml}")"
trials="${1:-96}"
rounds="${2:-3}"
many="${3:-2}"
"$root/nas4j" --version >/dev/null # build (and make the class data archive) before timing anything
h2="$(ls "$root"/cli/target/lib/h2-*.jar | head -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

core_seconds() { # seconds of a fixed awk loop pinned to core $1 (about 0.3 s on an idle core here)
  local t
  t=$( { TIMEFORMAT=%R; time taskset -c "$1" awk 'BEGIN { for (i = 0; i < 2e7; i++) s += i }'; } 2>&1 )
  echo "$t"
}

steady_rate() { # trials/hour from the first finished trial to the last
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/db" -user sa \
    -sql "select count(*) - 1, (max(finished_at) - min(finished_at)) / 1000.0 from trials" 2>/dev/null |
    awk -F'|' 'NR == 2 { printf "%.0f", $1 * 3600 / $2 }'
}

printf '%-12s %6s %8s %10s %11s %9s %6s %11s\n' run trials wall "trials/h" "steady/h" "CPU/trial" load "core s 0/1"
declare -a ratio_total ratio_steady
for ((r = 1; r <= rounds; r++)); do
  declare -A total steady
  for n in 1 "$many"; do
    rm -rf "${work:?}"/*
    cores="$(core_seconds 0)/$(core_seconds 1)"
    load=$(cut -d' ' -f1 /proc/loadavg)
    t=$( { TIMEFORMAT='%R %U %S'; time "$root/nas4j" run "$spec" --quiet --keep-best 0 \
          --trials "$trials" --workers "$n" --db "$work/db" >"$work/out" 2>&1; } 2>&1 | tail -1)
    read -r wall user sys <<<"$t"
    total[$n]=$(awk -v t="$trials" -v w="$wall" 'BEGIN { printf "%.0f", t * 3600 / w }')
    steady[$n]=$(steady_rate)
    awk -v n="$n" -v t="$trials" -v w="$wall" -v u="$user" -v s="$sys" -v load="$load" -v rate="${total[$n]}" \
        -v st="${steady[$n]}" -v cores="$cores" \
      'BEGIN { printf "--workers %-2d %6d %7.1fs %10d %11d %8.2fs %6s %11s\n", n, t, w, rate, st, (u+s)/t, load, cores }'
  done
  ratio_total+=("$(awk -v a="${total[$many]}" -v b="${total[1]}" 'BEGIN { printf "%.2f", a / b }')")
  ratio_steady+=("$(awk -v a="${steady[$many]}" -v b="${steady[1]}" 'BEGIN { printf "%.2f", a / b }')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "ratio $many workers / 1 worker per round, whole run: ${ratio_total[*]} (median $(median "${ratio_total[@]}"))"
echo "ratio $many workers / 1 worker per round, steady state: ${ratio_steady[*]} (median $(median "${ratio_steady[@]}"))"
