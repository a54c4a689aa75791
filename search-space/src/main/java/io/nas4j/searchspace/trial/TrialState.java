package io.nas4j.searchspace.trial;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a trial. WAITING → RUNNING → COMPLETE | PRUNED | FAILED; a RUNNING trial whose
 * worker died goes back to WAITING; a candidate that cannot be built goes straight from WAITING to
 * INFEASIBLE (it is never trained). Finished states are final.
 */
public enum TrialState {
    WAITING, RUNNING, COMPLETE, PRUNED, FAILED, INFEASIBLE;

    /** Whether no further transition is allowed. */
    public boolean isFinished() {
        return this == COMPLETE || this == PRUNED || this == FAILED || this == INFEASIBLE;
    }

    /** Whether the trial was trained to an end (COMPLETE, PRUNED or FAILED): what a trial budget counts. */
    public boolean isEvaluated() {
        return this == COMPLETE || this == PRUNED || this == FAILED;
    }

    /** The states this one may move to. */
    public Set<TrialState> successors() {
        return switch (this) {
            case WAITING -> EnumSet.of(RUNNING, INFEASIBLE, FAILED);
            case RUNNING -> EnumSet.of(COMPLETE, PRUNED, FAILED, WAITING);
            default -> EnumSet.noneOf(TrialState.class);
        };
    }

    /** Whether {@code next} is a legal transition from this state. */
    public boolean canMoveTo(TrialState next) {
        return successors().contains(next);
    }

    /** Parses a stored state word. */
    public static TrialState fromWord(String word) {
        try {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trial state '" + word + "' (expected one of "
                    + java.util.Arrays.toString(values()) + ")", e);
        }
    }
}
