package io.nas4j.searchspace.evaluation;

import io.nas4j.searchspace.trial.TrialState;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a trial ended.
 *
 * @param state COMPLETE, PRUNED or FAILED
 * @param metrics final metrics by name: the last epoch's validation metrics, test metrics
 *     ({@code test_accuracy}, {@code test_loss}, {@code test_rmse}, ...), {@code param_count},
 *     {@code latency_ms}, {@code train_seconds}
 * @param epochs epochs actually trained
 * @param message why it failed or was pruned, or null
 */
public record EvaluationResult(TrialState state, Map<String, Double> metrics, int epochs, String message) {
    /** Validates and copies. */
    public EvaluationResult {
        Objects.requireNonNull(state, "state");
        if (!state.isEvaluated()) {
            throw new IllegalArgumentException("an evaluation ends COMPLETE, PRUNED or FAILED, not " + state);
        }
        if (state != TrialState.COMPLETE && (message == null || message.isBlank())) {
            throw new IllegalArgumentException(state + " needs a reason");
        }
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /** A completed trial. */
    public static EvaluationResult complete(Map<String, Double> metrics, int epochs) {
        return new EvaluationResult(TrialState.COMPLETE, metrics, epochs, null);
    }

    /** A failed trial with its reason and whatever metrics were measured. */
    public static EvaluationResult failed(String reason, Map<String, Double> metrics, int epochs) {
        return new EvaluationResult(TrialState.FAILED, metrics, epochs, reason);
    }

    /** A trial stopped by the pruner after {@code epochs} epochs. */
    public static EvaluationResult pruned(String reason, Map<String, Double> metrics, int epochs) {
        return new EvaluationResult(TrialState.PRUNED, metrics, epochs, reason);
    }
}
