package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import java.util.List;

/**
 * Stops a trial whose best value so far is worse than a percentile of the other trials' values
 * at the same epoch; {@code median} is the 50th percentile.
 *
 * <p>At epoch {@code e} the trial's <em>best value over epochs 1..e</em> is compared with the
 * other trials' <em>values at epoch e</em> (as Optuna's median pruner does: lenient towards a
 * trial that had a good epoch). The others are the COMPLETE and PRUNED trials that recorded a
 * finite value at {@code e}; running and failed trials are left out, so that a decision only
 * rests on finished curves. With {@code percentile: 25} a trial must be in the best 25% to go on.
 *
 * <p>Nothing is pruned while fewer than {@code n_startup_trials} trials are COMPLETE, during the
 * first {@code n_warmup_epochs} epochs, between the checked epochs ({@code interval}), or when
 * fewer than {@code n_min_trials} trials recorded epoch {@code e}. A trial whose values are all
 * NaN is pruned.
 */
final class PercentilePruner extends MetricPruner {
    private final double percentile;
    private final int startupTrials;
    private final int warmupEpochs;
    private final int interval;
    private final int minTrials;

    PercentilePruner(String metric, Direction direction, double percentile, int startupTrials, int warmupEpochs,
            int interval, int minTrials) {
        super(metric, direction);
        this.percentile = percentile;
        this.startupTrials = startupTrials;
        this.warmupEpochs = warmupEpochs;
        this.interval = interval;
        this.minTrials = minTrials;
    }

    @Override
    PruneDecision decide(TrialCurve own, int epoch, LearningCurves others) {
        if (!checked(epoch, warmupEpochs, interval)) {
            return PruneDecision.proceed();
        }
        List<TrialCurve> rest = others.others(own.trialNumber());
        long complete = rest.stream().filter(c -> c.state() == TrialState.COMPLETE).count();
        if (complete < startupTrials) {
            return PruneDecision.proceed();
        }
        double best = own.best(epoch, direction);
        if (Double.isNaN(best)) {
            return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " is NaN");
        }
        double[] scores = rest.stream()
                .filter(c -> c.state() == TrialState.COMPLETE || c.state() == TrialState.PRUNED)
                .mapToDouble(c -> c.at(epoch))
                .filter(Double::isFinite)
                .map(others::score)
                .toArray();
        if (scores.length < minTrials || scores.length == 0) {
            return PruneDecision.proceed();
        }
        double cutScore = Numbers.percentile(scores, 100.0 - percentile);
        if (others.score(best) >= cutScore) {
            return PruneDecision.proceed();
        }
        double cut = others.score(cutScore); // the score map is its own inverse
        String what = (percentile == 50.0 ? "the median " : "the top-" + Numbers.format(percentile) + "% cut ")
                + Numbers.format(cut);
        return PruneDecision.prune("pruned at epoch " + epoch + ": best " + metric + " " + Numbers.format(best)
                + " is " + worseWord() + " " + what + " of " + scores.length + " trials at that epoch");
    }
}
