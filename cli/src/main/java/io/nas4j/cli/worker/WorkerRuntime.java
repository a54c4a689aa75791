package io.nas4j.cli.worker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JVM options and native settings worker processes get on top of the coordinator's own, chosen
 * by measurement for N single-threaded trainings on N cores (docs/BENCHMARKS.md, "Parallel
 * workers"). Each default yields to the user: a variable already in the environment, or a JVM
 * option of the same name in the coordinator's options or in {@value #WORKER_JAVA_OPTS} (options
 * for the workers alone, split at white space), wins.
 *
 * <ul>
 *   <li>{@code OMP_NUM_THREADS=1}: one OpenMP thread per worker, so N workers do not oversubscribe
 *       the cores with N pools that spin.
 *   <li>{@code MXNET_ENGINE_TYPE=NaiveEngine}: MXNet runs each operator on the calling thread
 *       instead of handing it to an engine thread; for small networks the hand-off cost more CPU
 *       than the operator. Results are identical to the threaded engine's (only timings differ).
 *   <li>{@code -XX:TieredStopAtLevel=1}: the client compiler only. Training time is spent in native
 *       code; the optimizing compiler's work on the Java side cost a worker more CPU than it saved,
 *       and with N workers on N cores that CPU comes out of another worker's training.
 * </ul>
 *
 * <p>Each worker also gets a CPU of its own ({@link CorePinning}) when there is one for each.
 *
 * @param jvmOptions options added after the coordinator's JVM options
 * @param environment variables added to the inherited environment
 * @param pinning how workers are pinned to CPUs, or empty to leave them to the scheduler
 */
public record WorkerRuntime(List<String> jvmOptions, Map<String, String> environment, Optional<CorePinning> pinning) {
    /** The environment variable with JVM options for worker processes only. */
    public static final String WORKER_JAVA_OPTS = "NAS4J_WORKER_JAVA_OPTS";
    /** The environment defaults, by variable. */
    static final Map<String, String> ENVIRONMENT_DEFAULTS = Map.of(
            "OMP_NUM_THREADS", "1",
            "MXNET_ENGINE_TYPE", "NaiveEngine");
    /** The JVM option default, and the option prefixes that mean the user chose the compiler already. */
    static final String COMPILER_OPTION = "-XX:TieredStopAtLevel=1";
    private static final List<String> COMPILER_CHOICES = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp");

    /** Validates and copies. */
    public WorkerRuntime {
        jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions"));
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        Objects.requireNonNull(pinning, "pinning");
    }

    /** Settings without pinning. */
    public WorkerRuntime(List<String> jvmOptions, Map<String, String> environment) {
        this(jvmOptions, environment, Optional.empty());
    }

    /**
     * The settings for {@code workers} workers of a coordinator that runs with
     * {@code coordinatorJvmOptions} in {@code environment}, pinned to CPUs where that applies.
     */
    public static WorkerRuntime defaults(int workers, List<String> coordinatorJvmOptions, Map<String, String> environment) {
        WorkerRuntime r = defaults(coordinatorJvmOptions, environment);
        return new WorkerRuntime(r.jvmOptions(), r.environment(), CorePinning.detect(workers, environment));
    }

    /**
     * The settings for workers of a coordinator that runs with {@code coordinatorJvmOptions} in
     * {@code environment}, without pinning.
     */
    public static WorkerRuntime defaults(List<String> coordinatorJvmOptions, Map<String, String> environment) {
        Objects.requireNonNull(coordinatorJvmOptions, "coordinatorJvmOptions");
        Objects.requireNonNull(environment, "environment");
        Map<String, String> env = new HashMap<>();
        ENVIRONMENT_DEFAULTS.forEach((k, v) -> {
            if (!environment.containsKey(k)) {
                env.put(k, v);
            }
        });
        String own = environment.getOrDefault(WORKER_JAVA_OPTS, "").strip();
        List<String> workerOptions = own.isEmpty() ? List.of() : List.of(own.split("\\s+"));
        List<String> options = new ArrayList<>();
        boolean compilerChosen = java.util.stream.Stream.concat(coordinatorJvmOptions.stream(), workerOptions.stream())
                .anyMatch(o -> COMPILER_CHOICES.stream().anyMatch(o::startsWith));
        if (!compilerChosen) {
            options.add(COMPILER_OPTION);
        }
        options.addAll(workerOptions);
        return new WorkerRuntime(options, env);
    }
}
