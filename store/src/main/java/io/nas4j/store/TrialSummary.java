package io.nas4j.store;

import io.nas4j.searchspace.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A trial without its candidate and metrics: the columns a study-wide chart needs (history,
 * Pareto scatter, lineage), cheap to read for tens of thousands of trials.
 *
 * @param number the trial number
 * @param state its state
 * @param values objective values in the study's objective order (empty until finished; NaN for missing)
 * @param paramCount parameter count, or -1 when unknown
 * @param flops FLOPs per example, or -1 when unknown
 * @param generation the lineage generation
 * @param parents the parents' trial numbers
 * @param operator what made the candidate ({@code random}, {@code mutation}, ...)
 * @param startedAt when it started running, or null
 * @param finishedAt when it finished, or null
 */
public record TrialSummary(int number, TrialState state, List<Double> values, long paramCount, long flops,
        int generation, List<Integer> parents, String operator, Instant startedAt, Instant finishedAt) {
    /** Validates and copies. */
    public TrialSummary {
        Objects.requireNonNull(state, "state");
        values = List.copyOf(values);
        parents = List.copyOf(parents);
        Objects.requireNonNull(operator, "operator");
    }

    /** The primary objective value, if recorded and not NaN. */
    public OptionalDouble objective() {
        if (values.isEmpty() || values.get(0) == null || values.get(0).isNaN()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(values.get(0));
    }
}
