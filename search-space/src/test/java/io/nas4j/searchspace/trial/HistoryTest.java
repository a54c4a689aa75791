package io.nas4j.searchspace.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.spec.Direction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static TrialRecord trial(int number, TrialState state, Double value, int units) {
        Candidate c = new Candidate(new Architecture(List.of(new Dense(units, Activation.RELU))), Map.of());
        List<Double> values = new ArrayList<>();
        if (value != null) {
            values.add(value);
        }
        return new TrialRecord(number, state, c, c.fingerprint(), Lineage.RANDOM, values, Map.of(), -1, -1, null,
                null, null);
    }

    private static List<TrialRecord> mixed() {
        return List.of(
                trial(4, TrialState.COMPLETE, 0.80, 8),
                trial(0, TrialState.COMPLETE, 0.90, 16),
                trial(2, TrialState.RUNNING, null, 32),
                trial(1, TrialState.PRUNED, 0.99, 64),
                trial(3, TrialState.COMPLETE, 0.70, 128),
                trial(5, TrialState.WAITING, null, 8),
                trial(6, TrialState.FAILED, null, 256),
                trial(7, TrialState.COMPLETE, 0.90, 512),
                trial(8, TrialState.INFEASIBLE, null, 1024),
                trial(9, TrialState.COMPLETE, Double.NaN, 2048));
    }

    private static List<Integer> numbers(List<TrialRecord> trials) {
        return trials.stream().map(TrialRecord::number).toList();
    }

    @Test
    void trialsAreOrderedByNumber() {
        History h = new History(mixed(), Direction.MAXIMIZE);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), numbers(h.trials()));
        assertEquals(10, h.size());
    }

    @Test
    void evaluatedCountsCompletePrunedAndFailedButNotInfeasibleOrPending() {
        assertEquals(7, new History(mixed(), Direction.MAXIMIZE).evaluatedCount());
    }

    @Test
    void completeHoldsOnlyCompleteTrialsWithAValue() {
        History h = new History(mixed(), Direction.MAXIMIZE);
        assertEquals(List.of(0, 3, 4, 7), numbers(h.complete()));
        assertEquals(List.of(2, 5), numbers(h.pending()));
        assertEquals(List.of(0, 1, 3, 4, 6, 7, 8, 9), numbers(h.finished()));
    }

    @Test
    void bestMaximizesWithTiesToTheLowestNumber() {
        History h = new History(mixed(), Direction.MAXIMIZE);
        assertEquals(0, h.best().orElseThrow().number(), "0.90 twice (0 and 7); the pruned 0.99 does not count");
    }

    @Test
    void bestMinimizes() {
        History h = new History(mixed(), Direction.MINIMIZE);
        assertEquals(3, h.best().orElseThrow().number());
    }

    @Test
    void noBestWithoutACompleteTrial() {
        assertEquals(Optional.empty(), History.empty(Direction.MAXIMIZE).best());
        assertEquals(Optional.empty(), new History(List.of(trial(0, TrialState.RUNNING, null, 8),
                trial(1, TrialState.COMPLETE, Double.NaN, 8)), Direction.MINIMIZE).best());
    }

    @Test
    void scoreIsLargerForBetterTrialsInBothDirections() {
        TrialRecord good = trial(0, TrialState.COMPLETE, 0.9, 8);
        TrialRecord bad = trial(1, TrialState.COMPLETE, 0.5, 8);
        TrialRecord none = trial(2, TrialState.FAILED, null, 8);
        History max = History.empty(Direction.MAXIMIZE);
        History min = History.empty(Direction.MINIMIZE);
        assertTrue(max.score(good) > max.score(bad));
        assertTrue(min.score(bad) > min.score(good));
        assertEquals(0.9, max.score(good));
        assertEquals(-0.9, min.score(good));
        assertEquals(Double.NEGATIVE_INFINITY, max.score(none));
        assertEquals(Double.NEGATIVE_INFINITY, min.score(none));
        assertEquals(Double.NEGATIVE_INFINITY, min.score(trial(3, TrialState.COMPLETE, Double.NaN, 8)));
    }

    @Test
    void fingerprintsFindTheEarliestTrial() {
        History h = new History(mixed(), Direction.MAXIMIZE);
        String eight = trial(0, TrialState.WAITING, null, 8).fingerprint();
        assertTrue(h.contains(eight));
        assertEquals(4, h.byFingerprint().get(eight).number());
        assertFalse(h.contains("nope"));
        assertEquals(9, h.byFingerprint().size());
    }

    @Test
    void recordHelpers() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        TrialRecord t = new TrialRecord(0, TrialState.COMPLETE, trial(0, TrialState.COMPLETE, 1.0, 8).candidate(), "f",
                new Lineage(2, List.of(0, 1), "crossover"), List.of(0.5, 3.0), Map.of("b", 1.0, "a", 2.0), 10, 20, null,
                start, start.plusMillis(1500));
        assertEquals(1.5, t.durationSeconds());
        assertEquals(0.5, t.objective().getAsDouble());
        assertEquals(List.of("a", "b"), List.copyOf(t.metrics().keySet()));
        assertTrue(Double.isNaN(trial(1, TrialState.RUNNING, null, 8).durationSeconds()));
        assertThrows(IllegalArgumentException.class, () -> trial(-1, TrialState.WAITING, null, 8));
        assertThrows(IllegalArgumentException.class, () -> new Lineage(-1, List.of(), "random"));
        assertThrows(IllegalArgumentException.class, () -> Lineage.initial(" "));
        assertEquals(new Lineage(0, List.of(), "grid"), Lineage.initial("grid"));
    }
}
