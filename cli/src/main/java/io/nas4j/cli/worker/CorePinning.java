package io.nas4j.cli.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pins worker process number {@code slot} to one CPU of those this process may use, through
 * {@code taskset}. Two single-threaded trainings that the scheduler moves between the cores ran
 * about 40% slower than the same two pinned one to a core (docs/BENCHMARKS.md, "Parallel
 * workers"). Used only when every worker can have a CPU of its own, on Linux with {@code taskset};
 * {@value #DISABLE} turns it off.
 *
 * @param taskset the {@code taskset} executable
 * @param cpus the CPUs this process may run on, in order
 */
public record CorePinning(Path taskset, List<Integer> cpus) {
    /** The environment variable that turns pinning off when set to {@code 0}. */
    public static final String DISABLE = "NAS4J_WORKER_PIN";

    /** Validates and copies. */
    public CorePinning {
        Objects.requireNonNull(taskset, "taskset");
        cpus = List.copyOf(Objects.requireNonNull(cpus, "cpus"));
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("cpus must not be empty");
        }
    }

    /**
     * Pinning for {@code workers} workers of this process, if it applies: not turned off in
     * {@code environment}, {@code taskset} on its {@code PATH}, this process's CPU list readable
     * from {@code /proc/self/status} and at least one CPU per worker.
     */
    public static Optional<CorePinning> detect(int workers, Map<String, String> environment) {
        if ("0".equals(environment.get(DISABLE))) {
            return Optional.empty();
        }
        Optional<Path> taskset = onPath("taskset", environment.getOrDefault("PATH", ""));
        if (taskset.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> cpus;
        try {
            cpus = allowedCpus(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (cpus.size() < workers) {
            return Optional.empty();
        }
        return Optional.of(new CorePinning(taskset.get(), cpus));
    }

    /** The command prefix that runs worker {@code slot} on its CPU. */
    public List<String> prefix(int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("slot must be >= 0, got " + slot);
        }
        return List.of(taskset.toString(), "-c", Integer.toString(cpus.get(slot % cpus.size())));
    }

    /** The CPUs of the {@code Cpus_allowed_list} line of a {@code /proc/PID/status} text ("0-3,6"). */
    static List<Integer> allowedCpus(List<String> statusLines) {
        String list = statusLines.stream().filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst()
                .map(l -> l.substring("Cpus_allowed_list:".length()).strip())
                .orElseThrow(() -> new IllegalArgumentException("no Cpus_allowed_list line"));
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad CPU range '" + p + "'");
            }
            for (int c = from; c <= to; c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }

    private static Optional<Path> onPath(String program, String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
