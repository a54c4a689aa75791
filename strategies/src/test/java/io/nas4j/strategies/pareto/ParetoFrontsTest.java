package io.nas4j.strategies.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoFrontsTest {
    private static final List<Objective> ACCURACY_AND_PARAMS = List.of(
            new Objective("val_accuracy", Direction.MAXIMIZE), new Objective("param_count", Direction.MINIMIZE));

    private static TrialRecord trial(int n, TrialState state, double accuracy, long params) {
        Candidate c = new Candidate(new Architecture(List.of()), Map.of("n", n));
        List<Double> values = state == TrialState.COMPLETE ? List.of(accuracy, (double) params) : List.of();
        return new TrialRecord(n, state, c, c.fingerprint(), Lineage.RANDOM, values, Map.of(), params, -1, null,
                null, null);
    }

    @Test
    void keepsTheNonDominatedCompleteTrials() {
        List<TrialRecord> trials = new ArrayList<>(List.of(
                trial(0, TrialState.COMPLETE, 0.90, 1000),
                trial(1, TrialState.COMPLETE, 0.80, 100),
                trial(2, TrialState.COMPLETE, 0.85, 2000), // dominated by 0
                trial(3, TrialState.COMPLETE, 0.95, 5000),
                trial(4, TrialState.COMPLETE, 0.80, 100), // equal to 1: both stay
                trial(5, TrialState.FAILED, 0.99, 10),
                trial(6, TrialState.COMPLETE, 0.70, 150))); // dominated by 1
        List<Integer> front = ParetoFronts.front(trials, ACCURACY_AND_PARAMS).stream().map(TrialRecord::number).toList();
        assertEquals(List.of(0, 1, 3, 4), front);
    }

    @Test
    void structuralObjectivesFallBackToTheRecordedCount() {
        TrialRecord t = new TrialRecord(0, TrialState.COMPLETE, new Candidate(new Architecture(List.of()), Map.of()),
                "x", Lineage.RANDOM, List.of(0.9), Map.of(), 1234, -1, null, null, null);
        assertEquals(-1234.0, ObjectiveVectors.oriented(t, ACCURACY_AND_PARAMS).orElseThrow()[1]);
    }
}
