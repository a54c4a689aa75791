package io.nas4j.cli.run;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.TrialRecord;

/** What a study run tells its observers (the terminal, the web UI, tests). */
public interface RunListener {
    /** A trial starts training. */
    default void trialStarted(TrialRecord trial, int epochs) {
    }

    /** A trial finished an epoch. */
    default void epochFinished(TrialRecord trial, EpochMetrics metrics) {
    }

    /** A trial reached a final state (including INFEASIBLE ones that never ran). */
    default void trialFinished(TrialRecord trial, TrialRecord best) {
    }

    /** A one-line note for the user (resume, reuse, budget reached). */
    default void note(String message) {
    }
}
