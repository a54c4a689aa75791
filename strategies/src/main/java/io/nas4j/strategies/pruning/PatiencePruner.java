package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.spec.Direction;

/**
 * Stops a trial whose metric has not improved for {@code patience} epochs: at epoch {@code e} it
 * compares the best value of the last {@code patience} epochs with the best value before them,
 * and stops unless the recent one is better by more than {@code min_delta}. Other trials play no
 * part. NaN values never count as an improvement; a trial with no finite value before the window
 * goes on (nothing to compare with).
 */
final class PatiencePruner extends MetricPruner {
    private final int patience;
    private final double minDelta;
    private final int warmupEpochs;

    PatiencePruner(String metric, Direction direction, int patience, double minDelta, int warmupEpochs) {
        super(metric, direction);
        this.patience = patience;
        this.minDelta = minDelta;
        this.warmupEpochs = warmupEpochs;
    }

    @Override
    PruneDecision decide(TrialCurve own, int epoch, LearningCurves others) {
        if (epoch <= warmupEpochs || epoch <= patience) {
            return PruneDecision.proceed();
        }
        int before = epoch - patience;
        double reference = own.best(before, direction);
        if (Double.isNaN(reference)) {
            return PruneDecision.proceed();
        }
        double recent = Double.NaN;
        for (int e = before + 1; e <= epoch; e++) {
            double v = own.at(e);
            if (Double.isFinite(v) && (Double.isNaN(recent) || direction.better(v, recent))) {
                recent = v;
            }
        }
        if (!Double.isNaN(recent) && others.score(recent) - minDelta > others.score(reference)) {
            return PruneDecision.proceed();
        }
        int bestEpoch = 1;
        for (int e = 1; e <= before; e++) {
            if (own.at(e) == reference) {
                bestEpoch = e;
                break;
            }
        }
        return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " has not improved"
                + (minDelta > 0 ? " by more than " + Numbers.format(minDelta) : "") + " in " + patience + " epoch"
                + (patience == 1 ? "" : "s") + " (best " + Numbers.format(reference) + " at epoch " + bestEpoch + ")");
    }
}
