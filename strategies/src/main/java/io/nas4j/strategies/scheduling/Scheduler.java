package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.trial.History;
import io.nas4j.strategies.pruning.LearningCurves;
import io.nas4j.strategies.pruning.Pruner;

/**
 * A multi-fidelity scheduler: decides what runs next and at which fidelity
 * ({@link #next}), and, as a {@link Pruner}, whether a running trial goes on after an epoch.
 * Both answers are pure functions of the stored history and curves, so a restarted study (or
 * another worker) reaches the same rungs and promotions.
 */
public interface Scheduler extends Pruner {

    /** The resource this scheduler allots. */
    Resource resource();

    /**
     * What to run next. The runner must record the resulting trial (WAITING) before anyone asks
     * again, e.g. in the same store transaction, or two workers may get the same promotion.
     *
     * @param history every trial so far, any state (pending ones count as members of their rung)
     * @param curves the stored curves of the scheduled metric
     */
    Assignment next(History history, LearningCurves curves);
}
