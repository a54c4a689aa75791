package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.trial.TrialState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many trials in one process must not grow native memory: every trial closes what it opened.
 *
 * <p>Tagged slow. DJL 0.36 leaks two things per trainer that this project closes itself: the
 * MXNet parameter server ({@link ParameterServerCloser}; without it about 3.3 MB per trial for this
 * network) and the optimizer's detached state arrays ({@link OptimizerStateCloser}; without it
 * about 2.4 MB per trial with Adam). With both closed, resident memory stays flat within allocator
 * noise over 150 trials (docs/BENCHMARKS.md, "Memory").
 */
class NativeMemoryTest {
    private static final int TRIALS = 100;
    private static final long ALLOWED_GROWTH_KB = 32 * 1024;

    /**
     * Trains a CNN whose parameters, optimizer state and per-batch activations are each about
     * 1 MB, so leaking any of them per trial would add about 90 MB over the measured trials; the
     * medians of the resident size over trials 11-30 and 81-100 must differ by less than
     * {@value #ALLOWED_GROWTH_KB} KB (allocator noise is about 25 MB here).
     */
    @Test
    @Tag("slow")
    void hundredTrialsDoNotGrowResidentMemory() throws IOException {
        LoadedDataset images = SyntheticData.bars(256, 1);
        Candidate cnn = DjlEvaluatorTest.candidate(List.of(new Conv2d(16, 3, 1, Padding.SAME, Activation.RELU),
                new BatchNorm(), new Pool(LayerType.MAXPOOL, 2, 1, Padding.SAME), new Dropout(0.2),
                new Dense(256, Activation.RELU)), Map.of("batch_size", 64, "epochs", 1));
        long[] rss = new long[TRIALS + 1];
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(images).optLatencyRuns(5).build()) {
            for (int t = 1; t <= TRIALS; t++) {
                EvaluationResult r = evaluator.evaluate(cnn, new RecordingContext(t, t));
                assertEquals(TrialState.COMPLETE, r.state(), r.message());
                System.gc();
                rss[t] = residentKb();
                if (t % 10 == 0) {
                    System.out.printf("trial %d: VmRSS %d KB, Java heap committed %d KB%n", t, rss[t],
                            Runtime.getRuntime().totalMemory() / 1024);
                }
            }
        }
        long early = median(rss, 11, 30);
        long late = median(rss, TRIALS - 19, TRIALS);
        System.out.printf("VmRSS median over trials 11-30: %d KB, over trials %d-%d: %d KB, growth %d KB%n", early,
                TRIALS - 19, TRIALS, late, late - early);
        assertTrue(late - early < ALLOWED_GROWTH_KB, "resident memory grew by " + (late - early) + " KB from trials "
                + "11-30 to " + (TRIALS - 19) + "-" + TRIALS);
    }

    private static long median(long[] values, int from, int to) {
        long[] part = java.util.Arrays.copyOfRange(values, from, to + 1);
        java.util.Arrays.sort(part);
        return part[part.length / 2];
    }

    /** VmRSS of this process in KB, from /proc/self/status. */
    static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }
}
