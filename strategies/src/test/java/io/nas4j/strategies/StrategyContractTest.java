package io.nas4j.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every strategy promises: determinism, exact resume from the history, no duplicates. */
class StrategyContractTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> OBJECTIVES = List.of(SyntheticStudy.SCORE, SyntheticStudy.PARAMS);
    private static final int BUDGET = 70;
    private static final int BATCH = 6;

    private static Strategy strategy(String type, long seed) {
        Map<String, Object> options = type.equals("grid") || type.equals("random") ? Map.of()
                : Map.of("population", 10);
        return StrategyFactory.create(new ComponentSpec(type, options), SPACE, OBJECTIVES, seed);
    }

    private static List<TrialRecord> run(String type, long seed) {
        return SyntheticStudy.run(strategy(type, seed), SPACE, OBJECTIVES, BUDGET, BATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void sameSeedSameTrials(String type) {
        List<TrialRecord> a = run(type, 7);
        assertEquals(BUDGET, a.size());
        assertSameTrials(a, run(type, 7), type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "genetic", "regularized-evolution", "nsga2"})
    void otherSeedOtherTrials(String type) {
        assertNotEquals(SyntheticStudy.fingerprints(run(type, 7)), SyntheticStudy.fingerprints(run(type, 8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void neverProposesAFingerprintTwice(String type) {
        List<String> fps = SyntheticStudy.fingerprints(run(type, 3));
        assertEquals(fps.size(), new HashSet<>(fps).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void freshStrategyOnEveryCallRunsTheSameStudy(String type) {
        Strategy fresh = (history, limit) -> strategy(type, 11).propose(history, limit);
        List<TrialRecord> rebuilt = SyntheticStudy.run(fresh, SPACE, OBJECTIVES, BUDGET, BATCH);
        assertSameTrials(run(type, 11), rebuilt, type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void resumesAfterAnyCall(String type) {
        // one trial per call: every cut is between two calls, as after a crash of a serial runner
        List<TrialRecord> full = SyntheticStudy.run(strategy(type, 5), SPACE, OBJECTIVES, BUDGET, 1);
        for (int cut = 0; cut < BUDGET; cut += 4) {
            List<TrialRecord> resumed = SyntheticStudy.resume(strategy(type, 5), SPACE, OBJECTIVES,
                    full.subList(0, cut), BUDGET, 1);
            assertSameTrials(full, resumed, "cut at " + cut);
        }
    }

    private static void assertSameTrials(List<TrialRecord> expected, List<TrialRecord> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of trials");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).fingerprint(), actual.get(i).fingerprint(), what + ": trial " + i);
            assertEquals(expected.get(i).lineage(), actual.get(i).lineage(), what + ": lineage of trial " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "nsga2"})
    void resumesInTheMiddleOfABatch(String type) {
        // a crash after recording part of a batch: the rest of that batch comes again
        List<TrialRecord> full = run(type, 9);
        for (int cut : new int[] {3, 15, 27, 40, 55}) {
            List<TrialRecord> resumed = SyntheticStudy.resume(strategy(type, 9), SPACE, OBJECTIVES,
                    full.subList(0, cut), cut + BATCH - cut % BATCH, BATCH);
            assertSameTrials(full.subList(0, resumed.size()), resumed, "cut at " + cut);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid", "genetic", "regularized-evolution", "nsga2"})
    void proposesRepairedFeasibleCandidatesWithinTheLimit(String type) {
        Strategy s = strategy(type, 1);
        History empty = History.empty(SyntheticStudy.SCORE.direction());
        assertTrue(s.propose(empty, 0).isEmpty());
        List<Proposal> three = s.propose(empty, 3);
        assertEquals(3, three.size());
        CandidateScreen screen = new CandidateScreen(SPACE, List.of(), 1);
        for (Proposal p : three) {
            assertEquals(p.candidate(), screen.feasible(p.candidate()).orElseThrow());
        }
    }
}
