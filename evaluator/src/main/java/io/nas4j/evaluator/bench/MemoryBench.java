package io.nas4j.evaluator.bench;

import io.nas4j.evaluator.data.Augmenter;
import io.nas4j.evaluator.data.DataSplit;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.Normalization;
import io.nas4j.evaluator.djl.DjlEvaluator;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.TrialState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Resident memory across consecutive real trials in one process: trains a 263k-parameter CNN
 * (conv 16, batch norm, max pool, dropout, dense 256; Adam) on 256 8x8 images per trial through
 * {@link DjlEvaluator}, and prints {@code trial,vmrss_kb} after each trial (after a GC), then the
 * medians of trials 11-30 and of the last 20 and the least-squares slope over the second half
 * (KB per trial). A leak shows as a slope that stays positive; allocator caching as a plateau.
 * Usage: {@code MemoryBench [trials=100]}.
 */
public final class MemoryBench {
    private MemoryBench() {
    }

    /** Runs the benchmark; see the class comment. */
    public static void main(String[] args) throws IOException {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        if (trials < 40) {
            throw new IllegalArgumentException("MemoryBench needs at least 40 trials, got " + trials);
        }
        LoadedDataset data = images(256, 1);
        Candidate cnn = new Candidate(new Architecture(List.of(new Conv2d(16, 3, 1, Padding.SAME, Activation.RELU),
                new BatchNorm(), new Pool(LayerType.MAXPOOL, 2, 1, Padding.SAME), new Dropout(0.2),
                new Dense(256, Activation.RELU))), Map.of("optimizer", "adam", "batch_size", 64, "epochs", 1));
        long[] rss = new long[trials + 1];
        System.out.println("trial,vmrss_kb");
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).optLatencyRuns(5).build()) {
            for (int t = 1; t <= trials; t++) {
                int number = t;
                EvaluationResult r = evaluator.evaluate(cnn, new TrialContext() {
                    @Override
                    public int trialNumber() {
                        return number;
                    }

                    @Override
                    public long seed() {
                        return number;
                    }

                    @Override
                    public EpochDecision reportEpoch(EpochMetrics metrics) {
                        return EpochDecision.CONTINUE;
                    }
                });
                if (r.state() != TrialState.COMPLETE) {
                    throw new IllegalStateException("trial " + t + " ended " + r.state() + ": " + r.message());
                }
                System.gc();
                rss[t] = residentKb();
                System.out.println(t + "," + rss[t]);
            }
        }
        long early = median(rss, 11, 30);
        long late = median(rss, trials - 19, trials);
        System.out.printf("RESULT VmRSS median trials 11-30: %d KB; trials %d-%d: %d KB; growth %d KB; "
                + "slope over trials %d-%d: %.1f KB/trial%n", early, trials - 19, trials, late, late - early,
                trials / 2, trials, slope(rss, trials / 2, trials));
    }

    static double slope(long[] values, int from, int to) {
        int n = to - from + 1;
        double mx = (from + to) / 2.0;
        double my = 0;
        for (int i = from; i <= to; i++) {
            my += values[i];
        }
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i <= to; i++) {
            sxy += (i - mx) * (values[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        return sxy / sxx;
    }

    private static long median(long[] values, int from, int to) {
        long[] part = Arrays.copyOfRange(values, from, to + 1);
        Arrays.sort(part);
        return part[part.length / 2];
    }

    private static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }

    /** 1x8x8 images: a vertical bar, a horizontal bar or none, with noise. */
    private static LoadedDataset images(int n, long seed) {
        Random rng = new Random(seed);
        return new LoadedDataset("bars", Task.CLASSIFICATION, new int[] {1, 8, 8}, new int[0],
                List.of("vertical", "horizontal", "none"), split(n, rng), split(n / 4, rng), split(n / 4, rng),
                Normalization.none(Normalization.Per.FEATURE), "synthetic", Augmenter.NONE);
    }

    private static DataSplit split(int n, Random rng) {
        float[] x = new float[n * 64];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(3);
            int at = rng.nextInt(8);
            for (int p = 0; p < 64; p++) {
                boolean on = (k == 0 && p % 8 == at) || (k == 1 && p / 8 == at);
                x[i * 64 + p] = (on ? 1f : 0f) + (float) rng.nextGaussian() * 0.1f;
            }
            y[i] = k;
        }
        return new DataSplit(x, y, n);
    }
}
