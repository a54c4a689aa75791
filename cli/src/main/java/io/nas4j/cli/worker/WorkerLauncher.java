package io.nas4j.cli.worker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Starts {@code nas4j worker} JVMs with the same Java, JVM options (but a debugger, agent, flight
 * recording or class archive dump of this process's) and class path as this process (plus the
 * {@link WorkerRuntime} settings),
 * the database URL in their environment ({@value DatabaseServer#DB_ENV}, so it never shows in a
 * process list) and the control channel on their standard input.
 */
public final class WorkerLauncher {
    private final List<String> command;
    private final Map<String, String> environment;
    private final Consumer<String> output;
    private final java.util.Optional<CorePinning> pinning;

    /**
     * A launcher.
     *
     * @param databaseUrl the URL workers connect to
     * @param workerArgs arguments after {@code worker} (study, time limit, heartbeat)
     * @param runtime JVM options and environment variables added for workers (native thread settings)
     * @param output where the workers' output lines go, prefixed with the worker id
     */
    public WorkerLauncher(String databaseUrl, List<String> workerArgs, WorkerRuntime runtime, Consumer<String> output) {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        this.output = Objects.requireNonNull(output, "output");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Xrunjdwp")
                    && !arg.startsWith("-Xdebug") && !arg.startsWith("-XX:StartFlightRecording")
                    && !arg.startsWith("-XX:ArchiveClassesAtExit")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(runtime.jvmOptions());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.nas4j.cli.Main");
        cmd.add("worker");
        cmd.add("--managed");
        cmd.addAll(workerArgs);
        this.command = List.copyOf(cmd);
        this.pinning = runtime.pinning();
        Map<String, String> env = new java.util.HashMap<>(runtime.environment());
        env.put(DatabaseServer.DB_ENV, databaseUrl);
        this.environment = Map.copyOf(env);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Starts a worker named {@code id} in {@code slot} (0 to N-1: the CPU it is pinned to, if any). */
    WorkerProcess launch(String id, int slot) throws IOException {
        List<String> cmd = new ArrayList<>();
        pinning.ifPresent(p -> cmd.addAll(p.prefix(slot)));
        cmd.addAll(command);
        cmd.add("--worker-id");
        cmd.add(id);
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().putAll(environment);
        return WorkerProcess.start(id, slot, b, line -> output.accept(id + ": " + line));
    }
}
