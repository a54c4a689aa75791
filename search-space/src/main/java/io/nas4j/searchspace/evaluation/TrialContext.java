package io.nas4j.searchspace.evaluation;

/**
 * What an evaluator knows about the trial it runs and how it talks back while training.
 */
public interface TrialContext {

    /** The trial's number within its study. */
    int trialNumber();

    /** The trial's seed: derived from the study seed and the trial number. */
    long seed();

    /**
     * Epochs to train, overriding the candidate's {@code epochs} hyperparameter when a scheduler
     * sets the budget; 0 means "use the candidate's".
     */
    default int epochBudget() {
        return 0;
    }

    /** Fraction of the training data to use (a multi-fidelity resource), in (0, 1]. */
    default double dataFraction() {
        return 1.0;
    }

    /**
     * Records one finished epoch and asks whether to go on; the runner stores the metrics and
     * consults the pruner.
     */
    EpochDecision reportEpoch(EpochMetrics metrics);

    /** Whether the trial should stop at once (time limit, shutdown). Checked between batches. */
    default boolean cancelled() {
        return false;
    }
}
