package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.spec.Direction;
import java.util.OptionalDouble;

/**
 * Stops a trial whose latest value is NaN or infinite (at any epoch, warmup included: a diverged
 * trial does not recover), or, after {@code n_warmup_epochs} and every {@code interval} epochs,
 * below {@code lower} or above {@code upper}. Without bounds it only stops diverged trials.
 */
final class ThresholdPruner extends MetricPruner {
    private final OptionalDouble lower;
    private final OptionalDouble upper;
    private final int warmupEpochs;
    private final int interval;

    ThresholdPruner(String metric, Direction direction, OptionalDouble lower, OptionalDouble upper, int warmupEpochs,
            int interval) {
        super(metric, direction);
        this.lower = lower;
        this.upper = upper;
        this.warmupEpochs = warmupEpochs;
        this.interval = interval;
    }

    @Override
    PruneDecision decide(TrialCurve own, int epoch, LearningCurves others) {
        double v = own.at(epoch);
        if (Double.isNaN(v)) {
            return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " is NaN");
        }
        if (Double.isInfinite(v)) {
            return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " is " + v);
        }
        if (!checked(epoch, warmupEpochs, interval)) {
            return PruneDecision.proceed();
        }
        if (lower.isPresent() && v < lower.getAsDouble()) {
            return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " " + Numbers.format(v)
                    + " is below the lower bound " + Numbers.format(lower.getAsDouble()));
        }
        if (upper.isPresent() && v > upper.getAsDouble()) {
            return PruneDecision.prune("pruned at epoch " + epoch + ": " + metric + " " + Numbers.format(v)
                    + " is above the upper bound " + Numbers.format(upper.getAsDouble()));
        }
        return PruneDecision.proceed();
    }
}
