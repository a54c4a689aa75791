package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A study as the store would hold it, written by hand: trials with states and lineage, and their
 * per-epoch values of one metric. Tests build the pruners' and schedulers' inputs from it exactly
 * as the runner does ({@link LearningCurves#from}).
 */
public final class SyntheticStudy {
    private final String metric;
    private final Direction direction;
    private final Map<Integer, TrialRecord> trials = new TreeMap<>();
    private final Map<Integer, List<EpochMetrics>> epochs = new TreeMap<>();

    public SyntheticStudy(String metric, Direction direction) {
        this.metric = metric;
        this.direction = direction;
    }

    /** val_accuracy, maximized. */
    public static SyntheticStudy accuracy() {
        return new SyntheticStudy("val_accuracy", Direction.MAXIMIZE);
    }

    /** A fresh (random) trial with its values at epochs 1, 2, ... */
    public SyntheticStudy trial(int number, TrialState state, double... values) {
        return put(number, state, candidate(number), Lineage.RANDOM, values);
    }

    /** Any trial. */
    public SyntheticStudy put(int number, TrialState state, Candidate candidate, Lineage lineage, double... values) {
        trials.put(number, new TrialRecord(number, state, candidate, candidate.fingerprint(), lineage, List.of(),
                Map.of(), -1, -1, null, null, null));
        epochs.put(number, curve(metric, values));
        return this;
    }

    /** Adds one epoch to a trial (its next one). */
    public SyntheticStudy report(int number, double value) {
        List<EpochMetrics> list = new ArrayList<>(epochs.get(number));
        list.add(new EpochMetrics(list.size() + 1, Map.of(metric, value), 1.0));
        epochs.put(number, List.copyOf(list));
        return this;
    }

    /** Changes a trial's state. */
    public SyntheticStudy state(int number, TrialState state) {
        TrialRecord t = trials.get(number);
        trials.put(number, new TrialRecord(number, state, t.candidate(), t.fingerprint(), t.lineage(), t.values(),
                t.metrics(), t.paramCount(), t.flops(), t.message(), t.startedAt(), t.finishedAt()));
        return this;
    }

    public History history() {
        return new History(List.copyOf(trials.values()), direction);
    }

    public LearningCurves curves() {
        return LearningCurves.from(history(), epochs, metric);
    }

    public List<EpochMetrics> epochs(int number) {
        return epochs.get(number);
    }

    public Map<Integer, List<EpochMetrics>> allEpochs() {
        return Map.copyOf(epochs);
    }

    public TrialRecord record(int number) {
        return trials.get(number);
    }

    public int size() {
        return trials.size();
    }

    /** Epochs 1, 2, ... reporting {@code metric} with the given values (NaN allowed). */
    public static List<EpochMetrics> curve(String metric, double... values) {
        List<EpochMetrics> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new EpochMetrics(i + 1, Map.of(metric, values[i], "train_loss", 1.0 / (i + 1)), 1.0));
        }
        return List.copyOf(list);
    }

    /** A distinct small candidate per number. */
    public static Candidate candidate(int number) {
        return new Candidate(new Architecture(List.of(new Dense(8 + number, Activation.RELU))),
                Map.of("learning_rate", 0.001));
    }
}
