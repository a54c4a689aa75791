package io.nas4j.searchspace.evaluation;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.shape.ModelIO;

/**
 * Trains and measures candidates. Implementations release every native resource a trial
 * used before {@link #evaluate} returns, and never throw for a bad trial: divergence and
 * errors come back as a FAILED {@link EvaluationResult} with the reason.
 */
public interface CandidateEvaluator extends AutoCloseable {

    /** The input shape and output head of the data this evaluator trains on. */
    ModelIO io();

    /**
     * Trains {@code candidate} (already repaired and shape-checked) and returns its result.
     *
     * @param candidate what to train
     * @param context the trial's number, seed, budget and epoch reporting
     */
    EvaluationResult evaluate(Candidate candidate, TrialContext context);

    /** Releases what the evaluator holds across trials (datasets, engines). */
    @Override
    default void close() {
    }
}
