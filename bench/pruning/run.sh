#!/usr/bin/env bash
# Early-stopping benchmark: the same wall-clock budget for random search, random + ASHA and
# regularized evolution + ASHA on Fashion-MNIST MLPs (up to 9 epochs; ASHA rungs at 1, 3, 9).
# Usage: bench/pruning/run.sh [TIME per arm, default 20m] [ARMS, default "random asha revo-asha"]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
time="${1:-20m}"
arms="${2:-random asha revo-asha}"
db="${PRUNING_DB:-/tmp/nas4j-pruning-$(date +%s).db}"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); budget $time per arm; db $db"
for arm in $arms; do
  "$root/nas4j" run "$root/bench/pruning/fashion-mnist-$arm.yaml" --db "$db" --time "$time" --quiet >/dev/null
  "$root/nas4j" best "fm-prune-$arm" --db "$db" --json | python3 -c '
import json,sys; b=json.load(sys.stdin); m=b["metrics"]
print("arm %-10s best trial %3d  val_accuracy %.4f  test_accuracy %.4f" % (sys.argv[1], b["trial"], m["val_accuracy"], m["test_accuracy"]))' "$arm"
  "$root/nas4j" studies --db "$db" | awk -v s="fm-prune-$arm" '$1==s {print "           trials " $3 ": complete " $4 ", pruned " $5 ", failed " $6}'
done
