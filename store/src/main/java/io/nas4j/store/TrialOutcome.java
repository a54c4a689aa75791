package io.nas4j.store;

import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a running trial ended, as the store records it.
 *
 * @param state COMPLETE, PRUNED or FAILED (the store checks the transition)
 * @param values objective values in the study's objective order; NaN for a missing value
 * @param metrics final metrics by name (NaN allowed)
 * @param message reason for PRUNED or FAILED, or null
 */
public record TrialOutcome(TrialState state, List<Double> values, Map<String, Double> metrics, String message) {
    /** Validates and copies. */
    public TrialOutcome {
        Objects.requireNonNull(state, "state");
        values = List.copyOf(values);
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /**
     * The outcome of an evaluation: objective values are looked up in the result's metrics by
     * objective metric name (NaN when absent).
     */
    public static TrialOutcome of(EvaluationResult result, List<Objective> objectives) {
        List<Double> values = new ArrayList<>();
        for (Objective o : objectives) {
            Double v = result.metrics().get(o.metric());
            values.add(v == null ? Double.NaN : v);
        }
        return new TrialOutcome(result.state(), values, result.metrics(), result.message());
    }
}
