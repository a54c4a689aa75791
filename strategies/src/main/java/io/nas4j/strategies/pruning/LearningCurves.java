package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable view of the study's learning curves of one metric: for each trial, its state and
 * its value at each epoch. Pruners and schedulers decide from this view only, so the same
 * stored curves always give the same decisions, also after a restart.
 *
 * @param metric the metric the curves hold, e.g. {@code val_accuracy}
 * @param direction whether larger or smaller values of it are better
 * @param trials curves by trial number
 */
public record LearningCurves(String metric, Direction direction, Map<Integer, TrialCurve> trials) {
    /** Validates and copies (ordered by trial number). */
    public LearningCurves {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        TreeMap<Integer, TrialCurve> sorted = new TreeMap<>();
        trials.forEach((n, c) -> {
            if (n != c.trialNumber()) {
                throw new IllegalArgumentException("curve of trial " + c.trialNumber() + " filed under " + n);
            }
            sorted.put(n, c);
        });
        trials = Collections.unmodifiableMap(sorted);
    }

    /** No curves yet. */
    public static LearningCurves empty(String metric, Direction direction) {
        return new LearningCurves(metric, direction, Map.of());
    }

    /** A view of the given curves. */
    public static LearningCurves of(String metric, Direction direction, Collection<TrialCurve> curves) {
        Map<Integer, TrialCurve> m = new TreeMap<>();
        for (TrialCurve c : curves) {
            if (m.put(c.trialNumber(), c) != null) {
                throw new IllegalArgumentException("two curves for trial " + c.trialNumber());
            }
        }
        return new LearningCurves(metric, direction, m);
    }

    /**
     * The view the runner builds from the store: every trial of {@code history} (its state) with
     * its recorded epochs ({@code epochsByTrial}, trials without epochs get an empty curve), for
     * the metric {@code metric} in the history's direction.
     */
    public static LearningCurves from(History history, Map<Integer, List<EpochMetrics>> epochsByTrial, String metric) {
        Map<Integer, TrialCurve> m = new TreeMap<>();
        for (TrialRecord t : history.trials()) {
            m.put(t.number(), TrialCurve.of(t.number(), t.state(), epochsByTrial.getOrDefault(t.number(), List.of()),
                    metric));
        }
        return new LearningCurves(metric, history.direction(), m);
    }

    /** The curve of trial {@code number}, if known. */
    public Optional<TrialCurve> trial(int number) {
        return Optional.ofNullable(trials.get(number));
    }

    /** All curves, by trial number. */
    public List<TrialCurve> all() {
        return List.copyOf(trials.values());
    }

    /** All curves except the one of trial {@code number}. */
    public List<TrialCurve> others(int number) {
        return trials.values().stream().filter(c -> c.trialNumber() != number).toList();
    }

    /** This view with {@code curve} added or replacing the trial's previous one. */
    public LearningCurves with(TrialCurve curve) {
        Map<Integer, TrialCurve> m = new TreeMap<>(trials);
        m.put(curve.trialNumber(), curve);
        return new LearningCurves(metric, direction, m);
    }

    /**
     * Checks that this view holds the curves a rule expects.
     *
     * @throws IllegalArgumentException naming both metrics or directions when they differ
     */
    public void requireWatching(String expectedMetric, Direction expectedDirection) {
        if (!metric.equals(expectedMetric) || direction != expectedDirection) {
            throw new IllegalArgumentException("the curves are of " + metric + " (" + direction.word()
                    + ") but the rule watches " + expectedMetric + " (" + expectedDirection.word() + ")");
        }
    }

    /** A score where larger is better: the value, negated when minimizing; NaN stays NaN. */
    public double score(double value) {
        return direction == Direction.MAXIMIZE ? value : -value;
    }
}
