package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What every metric-watching pruner does first: check the view, find the latest epoch, and
 * never prune an epoch that did not report the metric (no information).
 */
abstract class MetricPruner implements Pruner {
    final String metric;
    final Direction direction;

    MetricPruner(String metric, Direction direction) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    @Override
    public final PruneDecision decide(int trialNumber, List<EpochMetrics> curve, LearningCurves others) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("trial " + trialNumber + " reported no epoch yet");
        }
        others.requireWatching(metric, direction);
        EpochMetrics latest = curve.stream().max(Comparator.comparingInt(EpochMetrics::epoch)).orElseThrow();
        if (!latest.values().containsKey(metric)) {
            return PruneDecision.proceed();
        }
        TrialCurve own = TrialCurve.of(trialNumber, TrialState.RUNNING, curve, metric);
        return decide(own, latest.epoch(), others);
    }

    /** The decision at {@code epoch}, the latest epoch of {@code own}, which reported the metric. */
    abstract PruneDecision decide(TrialCurve own, int epoch, LearningCurves others);

    /** Whether {@code epoch} is checked: after the warmup, every {@code interval} epochs. */
    static boolean checked(int epoch, int warmupEpochs, int interval) {
        return epoch > warmupEpochs && (epoch - warmupEpochs - 1) % interval == 0;
    }

    /** "below" when maximizing, "above" when minimizing. */
    String worseWord() {
        return direction == Direction.MAXIMIZE ? "below" : "above";
    }
}
