package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import java.util.List;

/** The {@code none} pruner: every trial trains its whole budget. */
final class NoPruner implements Pruner {
    static final NoPruner INSTANCE = new NoPruner();

    private NoPruner() {
    }

    @Override
    public PruneDecision decide(int trialNumber, List<EpochMetrics> curve, LearningCurves others) {
        return PruneDecision.proceed();
    }
}
