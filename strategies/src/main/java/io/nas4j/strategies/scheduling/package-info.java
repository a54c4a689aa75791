/**
 * Multi-fidelity scheduling: how much resource (epochs, or a fraction of the training data) each
 * trial gets, and which trials go on to more.
 *
 * <h2>Contract</h2>
 * A {@link io.nas4j.strategies.scheduling.Scheduler} answers two questions, both pure functions of
 * the stored trials ({@link io.nas4j.searchspace.trial.History}) and curves
 * ({@link io.nas4j.strategies.pruning.LearningCurves}), so that a restarted study or another
 * worker gets the same answers:
 * <ul>
 *   <li>{@code next(history, curves)}: what runs next, an
 *       {@link io.nas4j.strategies.scheduling.Assignment.NewTrial} (ask the strategy, write the
 *       fidelity into the candidate) or an
 *       {@link io.nas4j.strategies.scheduling.Assignment.Promotion} (re-run an earlier trial's
 *       configuration at a larger fidelity, lineage operator {@code promotion});</li>
 *   <li>{@code decide(trial, curve, curves)}, inherited from
 *       {@link io.nas4j.strategies.pruning.Pruner}: whether a running trial goes on after an
 *       epoch; ASHA with epochs stops trials at rung boundaries and reports the rung.</li>
 * </ul>
 * Build them with {@link io.nas4j.strategies.scheduling.Schedulers#create}. {@code asha} is the
 * recommended default: it never waits, so it suits one sequential worker and many parallel ones
 * alike. {@code successive-halving} and {@code hyperband} are synchronous: a rung is decided when
 * all its trials have finished; instead of pausing trials they promote (re-run) the best ones,
 * and they open the next bracket rather than leave a worker idle.
 *
 * <h2>Runner: choosing the next trial</h2>
 * <pre>{@code
 * // inside the store transaction that records the new trial (workers must not interleave here)
 * Assignment a = scheduler.next(history, curves);
 * Proposal p;
 * if (a instanceof Assignment.Promotion promo) {
 *     p = promo.proposal(history);                    // parent's candidate, larger fidelity
 * } else {
 *     Proposal fromStrategy = strategy.propose(history);
 *     p = new Proposal(((Assignment.NewTrial) a).apply(fromStrategy.candidate()), fromStrategy.lineage());
 * }
 * int n = store.recordWaiting(p);                      // attribute "rung" = a.rung()
 * // when the trial runs: TrialContext.epochBudget() = 0 (the candidate holds its epochs),
 * //                      TrialContext.dataFraction() = Fidelity.dataFractionOf(candidate)
 * }</pre>
 * A promotion is a real trial: it counts towards {@code budget.trials}, and strategies see it in
 * the history (its operator tells them it is no new proposal). Without a scheduler the runner
 * asks the strategy directly.
 *
 * <h2>Runner: after each epoch</h2>
 * See {@link io.nas4j.strategies.pruning}: the scheduler's {@code decide} is asked like a pruner
 * (after the pruner, if both are configured), and {@code rungReached()} is stored as the trial
 * attribute {@code rung}.
 *
 * <h2>Multi-objective studies</h2>
 * Schedulers rank trials on the same single metric as pruners, chosen by
 * {@link io.nas4j.strategies.pruning.Pruners#pruningObjective(java.util.List)}.
 */
package io.nas4j.strategies.scheduling;
