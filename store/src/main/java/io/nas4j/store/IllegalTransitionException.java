package io.nas4j.store;

import io.nas4j.searchspace.trial.TrialState;

/** A write asked for a trial state change that {@link TrialState#canMoveTo} forbids. */
public class IllegalTransitionException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** For trial {@code number} moving from {@code from} to {@code to}. */
    public IllegalTransitionException(int number, TrialState from, TrialState to) {
        super("trial " + number + " cannot move from " + from + " to " + to + " (allowed from " + from + ": "
                + (from.successors().isEmpty() ? "none, it is finished" : from.successors()) + ")");
    }
}
