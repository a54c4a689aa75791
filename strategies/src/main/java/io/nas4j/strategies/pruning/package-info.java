/**
 * Early stopping: rules that decide, after every epoch a trial reports, whether it trains on.
 *
 * <h2>Contract</h2>
 * A {@link io.nas4j.strategies.pruning.Pruner} is asked
 * {@code decide(trialNumber, curve, curves)} with the trial's epochs so far and an immutable
 * {@link io.nas4j.strategies.pruning.LearningCurves} view of every trial's stored curve of the
 * watched metric. Decisions are pure functions of these arguments: no pruner keeps state, so a
 * study restarted from its store decides exactly as before the crash, and several workers that
 * read the same store agree. Build pruners with
 * {@link io.nas4j.strategies.pruning.Pruners#create(io.nas4j.searchspace.spec.ComponentSpec, String,
 * io.nas4j.searchspace.spec.Direction)}.
 *
 * <h2>Runner hook (per reported epoch)</h2>
 * <pre>{@code
 * EpochDecision reportEpoch(EpochMetrics m) {
 *     store.saveEpoch(trial, m);
 *     LearningCurves curves = LearningCurves.from(store.history(), store.epochsByTrial(), metric);
 *     PruneDecision d = pruner.decide(trial, store.epochs(trial), curves);
 *     if (!d.prune() && scheduler != null) d = scheduler.decide(trial, store.epochs(trial), curves);
 *     d.rungReached().ifPresent(r -> store.setAttribute(trial, "rung", r));
 *     if (d.prune()) pendingMessage = d.reason();   // the evaluator returns PRUNED
 *     return d.toEpochDecision();
 * }
 * }</pre>
 *
 * <h2>Multi-objective studies (NSGA-II)</h2>
 * Pruning compares partial learning curves, which only exist for metrics measured while training.
 * nas4j therefore prunes on <em>one</em> objective: the first objective in the study's order that
 * is reported per epoch (the primary objective in the usual case, e.g. {@code val_accuracy} in
 * {@code [val_accuracy, param_count]}); see
 * {@link io.nas4j.strategies.pruning.Pruners#pruningObjective(java.util.List)}. Structural
 * objectives ({@code param_count}, {@code flops}) are never pruned on: they are known before
 * training and stopping early cannot change them (a candidate that breaks a size limit is
 * rejected by the constraints instead, before training). Latencies are measured after training
 * and are never pruned on either. A consequence worth knowing: a small model with mediocre
 * accuracy may be Pareto-optimal and still be pruned by its accuracy curve. Use a lenient rule
 * ({@code percentile} with a large share, {@code threshold}, {@code patience}) or none for
 * NSGA-II studies that care about the small end of the front; Pareto-rank-based pruning (compare
 * a partial curve's objective vector with the front at the same epoch) is not implemented.
 */
package io.nas4j.strategies.pruning;
