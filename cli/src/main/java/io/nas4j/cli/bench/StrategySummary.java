package io.nas4j.cli.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * The best final metric one strategy found at one budget, over seeds.
 *
 * @param strategy the strategy's type word
 * @param evals the trial budget
 * @param values the best trial's final metric per seed (seed 0 first)
 */
public record StrategySummary(String strategy, int evals, double[] values) {
    /** Validates and copies. */
    public StrategySummary {
        Objects.requireNonNull(strategy, "strategy");
        values = values.clone();
        if (values.length == 0) {
            throw new IllegalArgumentException("a summary needs at least one seed");
        }
    }

    /** Number of seeds. */
    public int seeds() {
        return values.length;
    }

    /** Mean over seeds. */
    public double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Sample standard deviation over seeds (0 for one seed). */
    public double std() {
        if (values.length < 2) {
            return 0;
        }
        double m = mean();
        double ss = Arrays.stream(values).map(v -> (v - m) * (v - m)).sum();
        return Math.sqrt(ss / (values.length - 1));
    }

    /** Worst seed. */
    public double min() {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** Best seed. */
    public double max() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
