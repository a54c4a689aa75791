package io.nas4j.store;

import io.nas4j.searchspace.trial.TrialState;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a study listing.
 *
 * @param id the study key
 * @param name the study name
 * @param strategy the strategy type word
 * @param counts trials per state (every state present, zero when none)
 * @param best the best primary objective value among COMPLETE trials, if any
 * @param createdAt when the study was created
 * @param updatedAt the last change to the study or any of its trials
 */
public record StudySummary(long id, String name, String strategy, Map<TrialState, Integer> counts,
        OptionalDouble best, Instant createdAt, Instant updatedAt) {
    /** Validates and fills missing states with zero. */
    public StudySummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        EnumMap<TrialState, Integer> all = new EnumMap<>(TrialState.class);
        for (TrialState s : TrialState.values()) {
            all.put(s, counts.getOrDefault(s, 0));
        }
        counts = Collections.unmodifiableMap(all);
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Trials of any state. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Trials in {@code state}. */
    public int count(TrialState state) {
        return counts.get(state);
    }
}
