package io.nas4j.strategies;

import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import java.util.List;

/**
 * Proposes the candidates a study evaluates next.
 *
 * <p>A strategy keeps no state that matters: it is rebuilt from the study's {@link History} alone
 * (after a crash the runner constructs a fresh strategy and calls {@link #propose} with the stored
 * history), and it is deterministic: the same seed and the same history give the same proposals.
 * Every random draw is derived from the study seed and a position (proposal index, generation,
 * slot), never from the clock or from shared random state.
 *
 * <p>Proposed candidates are new (their fingerprint is not in the history) and, where the strategy
 * found one within its attempts, feasible; they are already repaired, and repairing them again
 * changes nothing.
 */
public interface Strategy {

    /**
     * Proposes up to {@code limit} new candidates given everything recorded so far.
     *
     * @param history all trials of the study, any state, with their lineage
     * @param limit the most proposals wanted (0 gives an empty list)
     * @return the proposals, possibly fewer than {@code limit}; an empty list means "wait for
     *     results" while the history has WAITING or RUNNING trials, and "nothing left to propose"
     *     (the space is exhausted) when it has none
     */
    List<Proposal> propose(History history, int limit);
}
