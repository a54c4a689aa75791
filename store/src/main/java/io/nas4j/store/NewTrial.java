package io.nas4j.store;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialState;
import java.util.Objects;

/**
 * A trial to record. The store assigns its number; the fingerprint is the candidate's.
 *
 * @param candidate the candidate as it will be built (after repair)
 * @param lineage generation, parents and operator
 * @param state WAITING (to be trained) or INFEASIBLE (cannot be built; never trained)
 * @param message why it is infeasible, or null for a WAITING trial
 * @param paramCount parameter count, or -1 when unknown
 * @param flops FLOPs per example, or -1 when unknown
 */
public record NewTrial(Candidate candidate, Lineage lineage, TrialState state, String message, long paramCount,
        long flops) {
    /** Validates: only WAITING and INFEASIBLE trials are created, and INFEASIBLE needs a reason. */
    public NewTrial {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(state, "state");
        if (state != TrialState.WAITING && state != TrialState.INFEASIBLE) {
            throw new IllegalArgumentException("a trial is created WAITING or INFEASIBLE, not " + state);
        }
        if (state == TrialState.INFEASIBLE && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("an INFEASIBLE trial needs a reason");
        }
        if (paramCount < -1 || flops < -1) {
            throw new IllegalArgumentException("paramCount and flops are >= 0, or -1 when unknown");
        }
    }

    /** A trial waiting to be trained. */
    public static NewTrial waiting(Candidate candidate, Lineage lineage, long paramCount, long flops) {
        return new NewTrial(candidate, lineage, TrialState.WAITING, null, paramCount, flops);
    }

    /** A trial that cannot be built, with the reason. */
    public static NewTrial infeasible(Candidate candidate, Lineage lineage, String reason) {
        return new NewTrial(candidate, lineage, TrialState.INFEASIBLE, reason, -1, -1);
    }

    /** The candidate's fingerprint. */
    public String fingerprint() {
        return candidate.fingerprint();
    }
}
