package io.nas4j.store;

import io.nas4j.searchspace.trial.TrialState;
import java.time.Instant;
import java.util.Objects;

/**
 * Who runs a trial and how often it was tried.
 *
 * @param number the trial
 * @param state its state
 * @param worker the worker that claimed it last, or null if never claimed
 * @param attempts how many times it was claimed
 * @param heartbeatAt the last sign of life of its worker, or null
 * @param updatedAt the last change of any of its data
 */
public record TrialLease(int number, TrialState state, String worker, int attempts, Instant heartbeatAt,
        Instant updatedAt) {
    /** Checks for nulls. */
    public TrialLease {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
