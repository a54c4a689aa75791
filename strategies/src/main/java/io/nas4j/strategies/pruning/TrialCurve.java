package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One trial's learning curve of one metric, as stored: its value at each epoch, and the trial's
 * state.
 *
 * @param trialNumber the trial
 * @param state the trial's state when the curve was read
 * @param values {@code values.get(e - 1)} is the metric at epoch {@code e}; NaN where the epoch
 *     did not report it (or reported NaN)
 */
public record TrialCurve(int trialNumber, TrialState state, List<Double> values) {
    /** Validates and copies. */
    public TrialCurve {
        if (trialNumber < 0) {
            throw new IllegalArgumentException("trial number must be >= 0, got " + trialNumber);
        }
        Objects.requireNonNull(state, "state");
        values = List.copyOf(values);
    }

    /**
     * The curve of {@code metric} from a trial's epoch reports, in any order; a later report of
     * an epoch replaces an earlier one (a trial rerun after a crash reports its epochs again).
     */
    public static TrialCurve of(int trialNumber, TrialState state, List<EpochMetrics> epochs, String metric) {
        int last = epochs.stream().mapToInt(EpochMetrics::epoch).max().orElse(0);
        List<Double> values = new ArrayList<>(Collections.nCopies(last, Double.NaN));
        for (EpochMetrics m : epochs) {
            values.set(m.epoch() - 1, m.get(metric));
        }
        return new TrialCurve(trialNumber, state, values);
    }

    /** The last epoch recorded, 0 when none. */
    public int epochs() {
        return values.size();
    }

    /** Whether the trial recorded epoch {@code epoch}. */
    public boolean reached(int epoch) {
        return epoch >= 1 && epoch <= values.size();
    }

    /** The value at {@code epoch}, NaN when not recorded. */
    public double at(int epoch) {
        return reached(epoch) ? values.get(epoch - 1) : Double.NaN;
    }

    /** The best finite value in epochs {@code 1..upToEpoch}, NaN when there is none. */
    public double best(int upToEpoch, Direction direction) {
        double best = Double.NaN;
        for (int e = 1; e <= Math.min(upToEpoch, values.size()); e++) {
            double v = values.get(e - 1);
            if (Double.isFinite(v) && (Double.isNaN(best) || direction.better(v, best))) {
                best = v;
            }
        }
        return best;
    }

    /** The best finite value of the whole curve, NaN when there is none. */
    public double best(Direction direction) {
        return best(values.size(), direction);
    }
}
