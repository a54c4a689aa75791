package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.pruning.LearningCurves;
import io.nas4j.strategies.pruning.PruneDecision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Synchronous successive halving and Hyperband, as promotions rather than pauses.
 *
 * <p><b>Design.</b> A trial is never paused: every trial trains exactly its rung's fidelity and
 * finishes. Going up a rung is a <em>new</em> trial (lineage operator {@code promotion}, the
 * lower-fidelity trial as parent, the larger budget written into its candidate as {@code epochs}
 * or {@code data_fraction}). This works unchanged with one sequential worker and with many: a
 * worker asks {@link #next} and either gets a promotion, or a fresh candidate to ask the strategy
 * for. The strategy keeps proposing as usual; the scheduler only decides budgets and re-runs.
 *
 * <p><b>Brackets.</b> Fresh trials fill brackets in trial-number order: the first
 * {@code n_0} fresh trials form bracket 0, the next ones bracket 1, and so on; promoted trials
 * belong to their parent's bracket, one rung up. Successive halving repeats its single bracket
 * ({@code eta^s} trials, {@code s} halvings from {@code min_resource} to {@code max_resource});
 * Hyperband cycles through its brackets {@code s = s_max .. 0} (see {@link BracketPlan}).
 * Everything is recomputed from the lineage and the curves on every call, so a restart resumes
 * the same brackets.
 *
 * <p><b>Synchrony.</b> Rung {@code k} of a bracket is decided only when all its trials have
 * finished: then its best {@code n_(k+1)} COMPLETE trials (by the best value of their curve;
 * failed, pruned and NaN trials never go up) are promoted, one per call. While a rung still
 * waits for running trials, {@link #next} does not wait: it starts or continues the next
 * bracket, so parallel workers stay busy (earlier brackets' promotions come first once ready).
 *
 * <p>{@link #decide} never stops a trial: the budget does.
 */
final class SynchronousHalving implements Scheduler {
    private final String metric;
    private final Direction direction;
    private final Resource resource;
    private final IntFunction<BracketPlan> plans;

    SynchronousHalving(String metric, Direction direction, Resource resource, IntFunction<BracketPlan> plans) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    /** Successive halving: the same bracket again and again. */
    static SynchronousHalving successiveHalving(String metric, Direction direction, Resource resource, double min,
            double max, int eta) {
        BracketPlan plan = BracketPlan.successiveHalving(BracketPlan.maxHalvings(min, max, eta), eta, resource, max);
        return new SynchronousHalving(metric, direction, resource, j -> plan);
    }

    /** Hyperband: brackets {@code s_max, s_max - 1, .., 0}, then again. */
    static SynchronousHalving hyperband(String metric, Direction direction, Resource resource, double min, double max,
            int eta) {
        int sMax = BracketPlan.maxHalvings(min, max, eta);
        List<BracketPlan> cycle = new java.util.ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            cycle.add(BracketPlan.hyperband(s, sMax, eta, resource, max));
        }
        return new SynchronousHalving(metric, direction, resource, j -> cycle.get(j % cycle.size()));
    }

    /** The plan of bracket {@code index} (0 is the first bracket of the study). */
    BracketPlan plan(int index) {
        return plans.apply(index);
    }

    @Override
    public Resource resource() {
        return resource;
    }

    @Override
    public PruneDecision decide(int trialNumber, List<EpochMetrics> curve, LearningCurves others) {
        others.requireWatching(metric, direction);
        return PruneDecision.proceed();
    }

    @Override
    public Assignment next(History history, LearningCurves curves) {
        curves.requireWatching(metric, direction);
        PromotionTree tree = PromotionTree.of(history);
        List<TrialRecord> fresh = tree.fresh();
        int start = 0;
        int bracket = 0;
        while (start < fresh.size()) {
            BracketPlan plan = plan(bracket);
            int size = plan.sizes().get(0);
            if (fresh.size() - start < size) {
                return new Assignment.NewTrial(plan.fidelities().get(0), 0);
            }
            Optional<Assignment> promotion = promotion(plan, fresh.subList(start, start + size), tree, curves);
            if (promotion.isPresent()) {
                return promotion.get();
            }
            start += size;
            bracket++;
        }
        return new Assignment.NewTrial(plan(bracket).fidelities().get(0), 0);
    }

    private static Optional<Assignment> promotion(BracketPlan plan, List<TrialRecord> bottom, PromotionTree tree,
            LearningCurves curves) {
        List<TrialRecord> rung = bottom;
        for (int k = 0; k + 1 < plan.rungs() && !rung.isEmpty(); k++) {
            if (!rung.stream().allMatch(t -> t.state().isFinished())) {
                return Optional.empty();
            }
            List<TrialRecord> ranked = PromotionTree.ranked(rung, curves);
            for (TrialRecord t : ranked.subList(0, Math.min(ranked.size(), plan.sizes().get(k + 1)))) {
                if (!tree.promoted(t)) {
                    return Optional.of(new Assignment.Promotion(t.number(), k + 1, plan.fidelities().get(k + 1)));
                }
            }
            rung = tree.nextRung(rung);
        }
        return Optional.empty();
    }
}
