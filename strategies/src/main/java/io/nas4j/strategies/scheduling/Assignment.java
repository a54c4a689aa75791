package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import java.util.List;
import java.util.Objects;

/**
 * A scheduler's answer to "what runs next?": a new candidate from the strategy at some fidelity,
 * or an earlier trial's candidate again at a larger fidelity (a promotion).
 */
public sealed interface Assignment permits Assignment.NewTrial, Assignment.Promotion {

    /** The lineage operator of promoted trials. */
    String PROMOTION = "promotion";

    /** How much the new trial gets. */
    Fidelity fidelity();

    /** The rung the new trial starts at (0 is the lowest fidelity). */
    int rung();

    /**
     * Ask the strategy for a candidate, write {@link #fidelity()} into it and run it.
     *
     * @param fidelity what it gets
     * @param rung the rung it starts at
     */
    record NewTrial(Fidelity fidelity, int rung) implements Assignment {
        /** Validates. */
        public NewTrial {
            Objects.requireNonNull(fidelity, "fidelity");
            if (rung < 0) {
                throw new IllegalArgumentException("rung must be >= 0, got " + rung);
            }
        }

        /** The strategy's candidate at this fidelity. */
        public Candidate apply(Candidate candidate) {
            return fidelity.applyTo(candidate);
        }
    }

    /**
     * Train trial {@code parent}'s configuration again at a larger fidelity, as a new trial with
     * lineage operator {@value Assignment#PROMOTION} and {@code parent} as its only parent.
     *
     * @param parent the promoted trial
     * @param rung the rung the new trial is at
     * @param fidelity what it gets
     */
    record Promotion(int parent, int rung, Fidelity fidelity) implements Assignment {
        /** Validates. */
        public Promotion {
            Objects.requireNonNull(fidelity, "fidelity");
            if (parent < 0 || rung < 1) {
                throw new IllegalArgumentException("a promotion needs a parent >= 0 and a rung >= 1, got " + parent
                        + " and " + rung);
            }
        }

        /** The proposal to record: the parent's candidate at the new fidelity, lineage "promotion". */
        public Proposal proposal(History history) {
            TrialRecord p = history.trials().stream().filter(t -> t.number() == parent).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("trial " + parent + " is not in the history"));
            return new Proposal(fidelity.applyTo(p.candidate()),
                    new Lineage(p.lineage().generation(), List.of(parent), PROMOTION));
        }
    }
}
