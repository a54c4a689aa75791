package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.pruning.LearningCurves;
import io.nas4j.strategies.pruning.Numbers;
import io.nas4j.strategies.pruning.PruneDecision;
import io.nas4j.strategies.pruning.TrialCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asynchronous successive halving (ASHA, Li et al. 2020), with optional asynchronous Hyperband
 * brackets. The recommended scheduler: it never waits for other trials, works with any number
 * of workers and with trials that finish out of order.
 *
 * <p><b>Rungs.</b> With minimum resource {@code r}, reduction factor {@code eta} and bracket
 * {@code b}, rung {@code k} is at resource {@code r·eta^(b+k)}. A trial's score at a rung is the
 * best value of the metric it reached up to that resource.
 *
 * <p><b>Epochs (default): stopping.</b> Every trial is started with {@code max_resource} epochs
 * (or the candidate's own epochs when not given). When it reports the epoch of a rung, it is
 * ranked among all trials of its bracket that have recorded that epoch so far, whatever their
 * state, itself included ({@code N} trials); it goes on when it is among the best
 * {@code max(1, floor(N / eta))}, and is otherwise stopped:
 * {@code stopped at rung 1 (epoch 3): not in the top 1/3 of 7 trials at that rung (...)}. Only
 * recorded curves are read, so out-of-order completions and parallel workers need no
 * coordination, and early trials are judged leniently (the first trial at a rung always goes
 * on), as in the paper. The trial's bracket is {@code trialNumber mod brackets}.
 *
 * <p><b>Data fraction: promotion.</b> A fraction of the data cannot grow during training, so a
 * trial trains its whole fraction and {@link #next} implements the paper's job rule: from the
 * highest rung down, the first finished trial that is among the best {@code floor(n / eta)} of
 * the {@code n} finished trials of its rung and was not promoted yet is re-run one rung up
 * (lineage {@code promotion}); if none, a new candidate starts at the bottom rung of its
 * bracket ({@code fresh-trial index mod brackets}).
 */
final class Asha implements Scheduler {
    private final String metric;
    private final Direction direction;
    private final Resource resource;
    private final double minResource;
    private final double maxResource;
    private final int eta;
    private final int brackets;

    /**
     * @param maxResource the largest resource; 0 with epochs means the candidate's own epochs
     */
    Asha(String metric, Direction direction, Resource resource, double minResource, double maxResource, int eta,
            int brackets) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.minResource = minResource;
        this.maxResource = maxResource;
        this.eta = eta;
        this.brackets = brackets;
    }

    @Override
    public Resource resource() {
        return resource;
    }

    @Override
    public PruneDecision decide(int trialNumber, List<EpochMetrics> curve, LearningCurves others) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("trial " + trialNumber + " reported no epoch yet");
        }
        others.requireWatching(metric, direction);
        if (resource != Resource.EPOCHS) {
            return PruneDecision.proceed();
        }
        int epoch = curve.stream().mapToInt(EpochMetrics::epoch).max().orElseThrow();
        if (maxResource > 0 && epoch >= maxResource) {
            return PruneDecision.proceed();
        }
        int bracket = trialNumber % brackets;
        int rung = rungAt(epoch, (long) minResource * pow(eta, bracket));
        if (rung < 0) {
            return PruneDecision.proceed();
        }
        TrialCurve own = TrialCurve.of(trialNumber, TrialState.RUNNING, curve, metric);
        double best = own.best(epoch, direction);
        if (Double.isNaN(best)) {
            return PruneDecision.pruneAtRung("stopped at rung " + rung + " (epoch " + epoch + "): " + metric
                    + " has no finite value", rung);
        }
        double score = others.score(best);
        int n = 1;
        int better = 0;
        for (TrialCurve c : others.others(trialNumber)) {
            if (c.trialNumber() % brackets != bracket || !c.reached(epoch)) {
                continue;
            }
            n++;
            double b = c.best(epoch, direction);
            double s = Double.isNaN(b) ? Double.NEGATIVE_INFINITY : others.score(b);
            if (s > score || (s == score && c.trialNumber() < trialNumber)) {
                better++;
            }
        }
        int top = Math.max(1, n / eta);
        if (better < top) {
            return PruneDecision.promoted(rung);
        }
        return PruneDecision.pruneAtRung("stopped at rung " + rung + " (epoch " + epoch + "): not in the top 1/" + eta
                + " of " + n + " trials at that rung (best " + metric + " " + Numbers.format(best) + " ranks "
                + Numbers.ordinal(better + 1) + ")", rung);
    }

    /** The rung {@code k} with {@code base·eta^k == epoch}, or -1. */
    private int rungAt(int epoch, long base) {
        long at = base;
        int k = 0;
        while (at < epoch) {
            at *= eta;
            k++;
        }
        return at == epoch ? k : -1;
    }

    private static long pow(int base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= base;
        }
        return p;
    }

    @Override
    public Assignment next(History history, LearningCurves curves) {
        curves.requireWatching(metric, direction);
        if (resource == Resource.EPOCHS) {
            return new Assignment.NewTrial(maxResource > 0 ? Fidelity.epochs((int) maxResource)
                    : Fidelity.candidateEpochs(), 0);
        }
        List<Double> rungs = fractionRungs(minResource, maxResource, eta);
        PromotionTree tree = PromotionTree.of(history);
        // members.get(b).get(k): trials of bracket b at rung k (rung index counted from the bracket's base)
        List<List<List<TrialRecord>>> members = new ArrayList<>();
        for (int b = 0; b < brackets; b++) {
            members.add(new ArrayList<>());
        }
        List<TrialRecord> fresh = tree.fresh();
        for (int b = 0; b < brackets; b++) {
            List<TrialRecord> level = new ArrayList<>();
            for (int i = b; i < fresh.size(); i += brackets) {
                level.add(fresh.get(i));
            }
            while (!level.isEmpty()) {
                members.get(b).add(level);
                level = tree.nextRung(level);
            }
        }
        for (int k = rungs.size() - 2; k >= 0; k--) {
            for (int b = 0; b <= Math.min(k, brackets - 1); b++) {
                List<List<TrialRecord>> byRung = members.get(b);
                int local = k - b;
                if (local >= byRung.size()) {
                    continue;
                }
                List<TrialRecord> finished = byRung.get(local).stream().filter(t -> t.state().isFinished()).toList();
                List<TrialRecord> ranked = PromotionTree.ranked(finished, curves);
                for (TrialRecord t : ranked.subList(0, Math.min(ranked.size(), finished.size() / eta))) {
                    if (!tree.promoted(t)) {
                        return new Assignment.Promotion(t.number(), k + 1, Fidelity.dataFraction(rungs.get(k + 1)));
                    }
                }
            }
        }
        int bracket = fresh.size() % brackets;
        return new Assignment.NewTrial(Fidelity.dataFraction(rungs.get(bracket)), bracket);
    }

    /** Fractions {@code min·eta^k} below {@code max}, then {@code max}. */
    static List<Double> fractionRungs(double min, double max, int eta) {
        List<Double> rungs = new ArrayList<>();
        for (double x = min; x < max * (1 - 1e-9); x *= eta) {
            rungs.add(x);
        }
        rungs.add(max);
        return List.copyOf(rungs);
    }
}
