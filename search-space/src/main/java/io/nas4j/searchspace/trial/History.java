package io.nas4j.searchspace.trial;

import io.nas4j.searchspace.spec.Direction;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything recorded about a study's trials, in trial-number order: what a strategy learns
 * from. Strategies are rebuilt from a history on resume, so they keep no other state that
 * matters.
 *
 * @param trials all trials, any state, ordered by number
 * @param direction direction of the primary objective
 */
public record History(List<TrialRecord> trials, Direction direction) {
    /** Copies and orders the trials. */
    public History {
        trials = trials.stream().sorted(Comparator.comparingInt(TrialRecord::number)).toList();
        java.util.Objects.requireNonNull(direction, "direction");
    }

    /** An empty history. */
    public static History empty(Direction direction) {
        return new History(List.of(), direction);
    }

    /** Number of trials of any state. */
    public int size() {
        return trials.size();
    }

    /** Trials in a finished state. */
    public List<TrialRecord> finished() {
        return trials.stream().filter(t -> t.state().isFinished()).toList();
    }

    /** Number of trials trained to an end (COMPLETE, PRUNED or FAILED), what a trial budget counts. */
    public int evaluatedCount() {
        return (int) trials.stream().filter(t -> t.state().isEvaluated()).count();
    }

    /** COMPLETE trials with an objective value. */
    public List<TrialRecord> complete() {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE && t.objective().isPresent()).toList();
    }

    /** WAITING or RUNNING trials. */
    public List<TrialRecord> pending() {
        return trials.stream().filter(t -> !t.state().isFinished()).toList();
    }

    /** The best COMPLETE trial by the primary objective (ties: lowest number). */
    public Optional<TrialRecord> best() {
        Comparator<TrialRecord> byValue = Comparator.comparingDouble(t -> t.objective().getAsDouble());
        if (direction == Direction.MAXIMIZE) {
            byValue = byValue.reversed();
        }
        return complete().stream().min(byValue.thenComparingInt(TrialRecord::number));
    }

    /** The earliest trial per fingerprint. */
    public Map<String, TrialRecord> byFingerprint() {
        Map<String, TrialRecord> m = new HashMap<>();
        for (TrialRecord t : trials) {
            m.putIfAbsent(t.fingerprint(), t);
        }
        return m;
    }

    /** Whether a candidate with this fingerprint was already proposed. */
    public boolean contains(String fingerprint) {
        return trials.stream().anyMatch(t -> t.fingerprint().equals(fingerprint));
    }

    /** A score where larger is better, for ranking by the primary objective. */
    public double score(TrialRecord t) {
        double v = t.objective().orElse(Double.NaN);
        if (Double.isNaN(v)) {
            return Double.NEGATIVE_INFINITY;
        }
        return direction == Direction.MAXIMIZE ? v : -v;
    }
}
