package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import java.util.List;

/**
 * An early-stopping rule, asked after every epoch a trial reports. A decision is a pure function
 * of its arguments (no state kept between calls), so a restarted study decides as the crashed one
 * would have. Implementations are immutable and safe to share between threads.
 */
public interface Pruner {

    /**
     * Whether trial {@code trialNumber} should stop after its latest epoch.
     *
     * @param trialNumber the trial asking
     * @param curve its epochs so far, in any order; the latest is the one with the largest epoch
     *     number and is the epoch being decided
     * @param others the study's stored curves of the pruned metric; may include this trial's own
     *     curve, which is ignored in favour of {@code curve}
     * @return continue, or prune with a reason
     * @throws IllegalArgumentException when {@code others} holds another metric or direction than
     *     the pruner watches, or {@code curve} is empty
     */
    PruneDecision decide(int trialNumber, List<EpochMetrics> curve, LearningCurves others);
}
