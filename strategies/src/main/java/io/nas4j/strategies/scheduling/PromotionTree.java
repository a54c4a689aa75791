package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.pruning.LearningCurves;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trials of a history arranged by promotion: fresh trials (any operator but
 * {@value Assignment#PROMOTION}) in trial-number order, and each trial's promoted children.
 * Rebuilt from the lineage alone, so it survives restarts. A promotion whose parent is missing
 * from the history is ignored.
 */
final class PromotionTree {
    private final List<TrialRecord> fresh;
    private final Map<Integer, List<TrialRecord>> children;

    private PromotionTree(List<TrialRecord> fresh, Map<Integer, List<TrialRecord>> children) {
        this.fresh = fresh;
        this.children = children;
    }

    static PromotionTree of(History history) {
        List<TrialRecord> fresh = new ArrayList<>();
        Map<Integer, List<TrialRecord>> children = new HashMap<>();
        for (TrialRecord t : history.trials()) {
            if (isPromotion(t)) {
                children.computeIfAbsent(t.lineage().parents().get(0), k -> new ArrayList<>()).add(t);
            } else {
                fresh.add(t);
            }
        }
        return new PromotionTree(List.copyOf(fresh), children);
    }

    static boolean isPromotion(TrialRecord t) {
        return Assignment.PROMOTION.equals(t.lineage().operator()) && !t.lineage().parents().isEmpty();
    }

    /** Fresh trials in trial-number order. */
    List<TrialRecord> fresh() {
        return fresh;
    }

    /** Whether {@code t} was promoted already. */
    boolean promoted(TrialRecord t) {
        return children.containsKey(t.number());
    }

    /** The promoted children of all {@code members}: the next rung. */
    List<TrialRecord> nextRung(List<TrialRecord> members) {
        List<TrialRecord> next = new ArrayList<>();
        for (TrialRecord m : members) {
            next.addAll(children.getOrDefault(m.number(), List.of()));
        }
        return next;
    }

    /**
     * The COMPLETE members with a finite score (best value of their whole curve), best first,
     * ties by trial number; the others can never be promoted.
     */
    static List<TrialRecord> ranked(List<TrialRecord> members, LearningCurves curves) {
        Map<Integer, Double> score = new HashMap<>();
        for (TrialRecord m : members) {
            if (m.state() == TrialState.COMPLETE) {
                double best = curves.trial(m.number()).map(c -> c.best(curves.direction())).orElse(Double.NaN);
                if (Double.isFinite(best)) {
                    score.put(m.number(), curves.score(best));
                }
            }
        }
        return members.stream().filter(m -> score.containsKey(m.number()))
                .sorted(Comparator.<TrialRecord>comparingDouble(m -> -score.get(m.number()))
                        .thenComparingInt(TrialRecord::number))
                .toList();
    }
}
