package io.nas4j.strategies.pareto;

import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import java.util.List;
import java.util.Optional;

/**
 * A trial's objective values as one vector where larger is better in every component
 * (minimized objectives are negated), the form Jenetics' {@code Vec} dominance expects.
 */
public final class ObjectiveVectors {
    private ObjectiveVectors() {
    }

    /**
     * The oriented objective vector of {@code trial}, or empty when a value is missing.
     *
     * <p>Value {@code i} is {@code trial.values().get(i)}; when that is missing or NaN, a
     * structural objective falls back to the trial's {@code paramCount}/{@code flops}, and any
     * objective to the metric of the same name.
     */
    public static Optional<double[]> oriented(TrialRecord trial, List<Objective> objectives) {
        double[] v = new double[objectives.size()];
        for (int i = 0; i < v.length; i++) {
            Objective o = objectives.get(i);
            double x = value(trial, i, o);
            if (Double.isNaN(x)) {
                return Optional.empty();
            }
            v[i] = o.direction() == Direction.MAXIMIZE ? x : -x;
        }
        return Optional.of(v);
    }

    private static double value(TrialRecord t, int i, Objective o) {
        if (i < t.values().size() && t.values().get(i) != null && !t.values().get(i).isNaN()) {
            return t.values().get(i);
        }
        if (o.metric().equals("param_count") && t.paramCount() >= 0) {
            return t.paramCount();
        }
        if (o.metric().equals("flops") && t.flops() >= 0) {
            return t.flops();
        }
        Double m = t.metrics().get(o.metric());
        return m == null ? Double.NaN : m;
    }
}
