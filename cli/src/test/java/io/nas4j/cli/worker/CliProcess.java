package io.nas4j.cli.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** {@code nas4j} run as a child JVM with the test class path, its output collected line by line. */
final class CliProcess {
    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private CliProcess(Process process) {
        this.process = process;
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "cli-output");
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code java -cp <test class path> io.nas4j.cli.Main args} in {@code dir}. */
    static CliProcess start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), "io.nas4j.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        return new CliProcess(b.start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the exit code; fails the test when it takes longer than {@code limit}. */
    int await(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("nas4j did not end within " + limit + "; output:\n" + output());
        }
        process.waitFor();
        return process.exitValue();
    }

    /** Waits until an output line matches; fails after {@code limit} or when the process ends first. */
    void awaitLine(Predicate<String> match, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (lines) {
            while (lines.stream().noneMatch(match)) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0 || !process.isAlive() && lines.stream().noneMatch(match)) {
                    if (!process.isAlive()) {
                        lines.wait(200); // let the reader drain the last lines
                        if (lines.stream().anyMatch(match)) {
                            return;
                        }
                    }
                    throw new AssertionError("no matching line within " + limit + "; output:\n" + String.join("\n", lines));
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    /** Counts output lines matching. */
    long count(Predicate<String> match) {
        synchronized (lines) {
            return lines.stream().filter(match).count();
        }
    }

    /** The worker JVMs it started (alive now): a coordinator's only child processes. */
    /** Waits (up to 3 minutes) until the run reports its first COMPLETE trial. */
    void awaitFirstComplete() throws InterruptedException {
        awaitLine(l -> l.matches("trial \\d+ COMPLETE.*"), Duration.ofMinutes(3));
    }

    /** The pid of one live worker process; fails the test when there is none. */
    long aWorker() {
        List<ProcessHandle> live = workers();
        if (live.isEmpty()) {
            throw new AssertionError("no worker processes found; output:\n" + output());
        }
        return live.get(0).pid();
    }

    List<ProcessHandle> workers() {
        return process.children().filter(ProcessHandle::isAlive).toList();
    }

    /** Sends a signal by name (INT, KILL) with the system's kill command. */
    void signal(String name) throws IOException, InterruptedException {
        kill(name, pid());
    }

    static void kill(String name, long pid) throws IOException, InterruptedException {
        Process k = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        if (k.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + pid + " failed");
        }
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
