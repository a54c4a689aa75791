package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.bench.MemoryBench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many trials in one process must not grow native memory: every trial closes what it opened.
 *
 * <p>Tagged slow. DJL 0.36 leaks two things per trainer that this project closes itself: the
 * MXNet parameter server ({@link ParameterServerCloser}; without it about 3.3 MB per trial for this
 * network) and the optimizer's detached state arrays ({@link OptimizerStateCloser}; without it
 * about 2.4 MB per trial with Adam, growing linearly). The trials run in a child JVM with a fixed,
 * pre-touched Java heap, so that resident memory measures native memory and not the heap's
 * growth (which otherwise shows as steps of 10-20 MB); see docs/BENCHMARKS.md, "Memory".
 */
class NativeMemoryTest {
    private static final int TRIALS = 100;
    /** Growth allowed between the medians of trials 11-30 and 81-100. */
    private static final long ALLOWED_GROWTH_KB = 16 * 1024;
    /** Slope allowed over trials 50-100: a twelfth of the Adam-state leak this guards against. */
    private static final double ALLOWED_SLOPE_KB = 200;
    private static final Pattern RESULT = Pattern.compile("growth (-?\\d+) KB; slope over trials \\d+-\\d+: (-?[\\d.]+) KB/trial");

    /**
     * Runs {@link MemoryBench}: a CNN whose parameters, optimizer state and activations are each
     * about 1 MB, so leaking any of them per trial would add about 70 MB between the windows.
     */
    @Test
    @Tag("slow")
    void hundredTrialsDoNotGrowResidentMemory() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
                "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), MemoryBench.class.getName(),
                Integer.toString(TRIALS))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "the memory benchmark did not finish");
        assertEquals(0, p.exitValue(), "the memory benchmark failed:\n" + out);
        Matcher m = RESULT.matcher(out);
        assertTrue(m.find(), "no RESULT line in:\n" + out);
        long growth = Long.parseLong(m.group(1));
        double slope = Double.parseDouble(m.group(2));
        System.out.println(out.substring(out.indexOf("RESULT")));
        assertTrue(growth < ALLOWED_GROWTH_KB, "resident memory grew by " + growth + " KB from trials 11-30 to 81-100");
        assertTrue(slope < ALLOWED_SLOPE_KB, "resident memory grows by " + slope + " KB per trial over trials 50-100");
    }
}
