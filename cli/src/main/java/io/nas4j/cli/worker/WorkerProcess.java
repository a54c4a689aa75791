package io.nas4j.cli.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One spawned {@code nas4j worker} JVM: its id, control lines to its standard input, and the last
 * lines it wrote (kept to explain a crash). Its output lines are passed on as they come.
 */
final class WorkerProcess {
    private static final int KEPT_LINES = 5;

    private final String id;
    private final int slot;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final Deque<String> lastLines = new ArrayDeque<>();

    private WorkerProcess(String id, int slot, Process process) {
        this.id = id;
        this.slot = slot;
        this.process = process;
    }

    /** Starts {@code command} as the worker in {@code slot}; every output line goes to {@code lines}. */
    static WorkerProcess start(String id, int slot, ProcessBuilder builder, Consumer<String> lines) throws IOException {
        builder.redirectErrorStream(true);
        WorkerProcess w = new WorkerProcess(id, slot, builder.start());
        Thread reader = new Thread(() -> w.pump(lines), "nas4j-worker-output-" + id);
        reader.setDaemon(true);
        reader.start();
        return w;
    }

    private void pump(Consumer<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line);
                }
                lines.accept(line);
            }
        } catch (IOException e) {
            // the process is gone: its exit code tells the rest
        }
    }

    String id() {
        return id;
    }

    /** Which of the coordinator's N places this worker fills (0 to N-1). */
    int slot() {
        return slot;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Seconds since it started. */
    double ageSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Its last output lines, joined with " | ". */
    String lastOutput() {
        synchronized (lastLines) {
            return String.join(" | ", List.copyOf(lastLines));
        }
    }

    /** Sends a control line ({@link ControlChannel#FINISH} or {@link ControlChannel#ABORT}); ignored once it exited. */
    void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // it exited already
        }
    }

    /** Waits up to {@code millis} for it to exit; true when it did. */
    boolean awaitExit(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills it at once (SIGKILL) and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit(10_000);
    }

    /** How its exit looks to a user: the code and, for a signal, its name. */
    String describeExit() {
        int code = exitCode();
        String why = switch (code) {
            case 137 -> " (killed: SIGKILL, e.g. out of memory or kill -9)";
            case 134 -> " (aborted: SIGABRT, e.g. a native crash)";
            case 139 -> " (SIGSEGV: a native crash)";
            case 143 -> " (terminated: SIGTERM)";
            case 130 -> " (interrupted)";
            default -> "";
        };
        return "exit code " + code + why;
    }
}
