# Shared by the bench scripts: builds nas4j when sources changed (through the launcher) and
# defines CP (the command line's classpath, which holds every module) and bench_java.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/nas4j" --version >/dev/null
CP="$root/cli/target/nas4j-cli.jar:$root/cli/target/lib/*"
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-$HOME/.djl.ai}"
machine_line() {
    echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB RAM; load:$(uptime | sed 's/.*load average://')"
}
bench_java() {
    # shellcheck disable=SC2086
    java ${BENCH_JAVA_OPTS:-} -Dai.djl.offline=true -cp "$CP" "$@"
}
