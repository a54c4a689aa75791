package io.nas4j.searchspace.trial;

import io.nas4j.searchspace.candidate.Candidate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One recorded trial, as a strategy, a report or the UI reads it.
 *
 * @param number trial number, unique within the study, from 0
 * @param state current state
 * @param candidate the candidate as built (after repair)
 * @param fingerprint the candidate's fingerprint
 * @param lineage generation, parents, operator
 * @param values objective values in the study's objective order (empty until finished; may hold
 *     NaN for a missing value)
 * @param metrics final metrics by name (val_accuracy, test_accuracy, test_loss, latency_ms, ...)
 * @param paramCount parameter count (from shape inference), or -1 when unknown
 * @param flops FLOPs per example, or -1 when unknown
 * @param message failure, pruning or infeasibility reason, or null
 * @param startedAt when it started running, or null
 * @param finishedAt when it finished, or null
 */
public record TrialRecord(int number, TrialState state, Candidate candidate, String fingerprint, Lineage lineage,
        List<Double> values, Map<String, Double> metrics, long paramCount, long flops, String message,
        Instant startedAt, Instant finishedAt) {

    /** Validates and copies. */
    public TrialRecord {
        if (number < 0) {
            throw new IllegalArgumentException("trial number must be >= 0");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(lineage, "lineage");
        values = List.copyOf(values);
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /** The first (primary) objective value, if recorded and not NaN. */
    public OptionalDouble objective() {
        if (values.isEmpty() || values.get(0) == null || values.get(0).isNaN()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(values.get(0));
    }

    /** Seconds between start and finish, or NaN. */
    public double durationSeconds() {
        if (startedAt == null || finishedAt == null) {
            return Double.NaN;
        }
        return (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
