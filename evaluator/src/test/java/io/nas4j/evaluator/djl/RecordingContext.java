package io.nas4j.evaluator.djl;

import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.TrialContext;
import java.util.ArrayList;
import java.util.List;

/** A trial context that records reported epochs and can prune after a given epoch or cancel. */
final class RecordingContext implements TrialContext {
    final List<EpochMetrics> epochs = new ArrayList<>();
    private final int trialNumber;
    private final long seed;
    private int epochBudget;
    private double dataFraction = 1.0;
    private int pruneAfter = Integer.MAX_VALUE;
    private volatile boolean cancelled;

    RecordingContext(int trialNumber, long seed) {
        this.trialNumber = trialNumber;
        this.seed = seed;
    }

    RecordingContext epochs(int budget) {
        this.epochBudget = budget;
        return this;
    }

    RecordingContext fraction(double fraction) {
        this.dataFraction = fraction;
        return this;
    }

    RecordingContext pruneAfter(int epoch) {
        this.pruneAfter = epoch;
        return this;
    }

    RecordingContext cancel() {
        this.cancelled = true;
        return this;
    }

    @Override
    public int trialNumber() {
        return trialNumber;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public int epochBudget() {
        return epochBudget;
    }

    @Override
    public double dataFraction() {
        return dataFraction;
    }

    @Override
    public EpochDecision reportEpoch(EpochMetrics metrics) {
        epochs.add(metrics);
        return metrics.epoch() >= pruneAfter ? EpochDecision.PRUNE : EpochDecision.CONTINUE;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }
}
