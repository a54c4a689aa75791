package io.nas4j.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.SyntheticStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneticSearchTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> ONE = List.of(SyntheticStudy.SCORE);

    private static Strategy genetic() {
        return StrategyFactory.create(new ComponentSpec("genetic", Map.of("population", 8, "elitism", 2)), SPACE, ONE, 42);
    }

    private static History history(List<TrialRecord> trials) {
        return new History(trials, SyntheticStudy.SCORE.direction());
    }

    @Test
    void waitsForItsGenerationToFinish() {
        Strategy s = genetic();
        List<Proposal> gen0 = s.propose(history(List.of()), 100);
        assertEquals(8, gen0.size(), "generation 0 is one batch of the population size");
        assertTrue(gen0.stream().allMatch(p -> p.lineage().generation() == 0));
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < gen0.size(); i++) {
            trials.add(SyntheticStudy.record(SPACE, ONE, i, gen0.get(i), i < 5 ? TrialState.COMPLETE : TrialState.RUNNING));
        }
        assertTrue(s.propose(history(trials), 100).isEmpty(), "3 trials still running");
        for (int i = 5; i < 8; i++) {
            trials.set(i, SyntheticStudy.record(SPACE, ONE, i, gen0.get(i), i == 7 ? TrialState.FAILED : TrialState.COMPLETE));
        }
        List<Proposal> gen1 = s.propose(history(trials), 100);
        assertEquals(6, gen1.size(), "population 8 minus 2 elites");
        Set<String> operators = Set.of("crossover", "mutation", "crossover+mutation");
        for (Proposal p : gen1) {
            assertEquals(1, p.lineage().generation());
            assertTrue(operators.contains(p.lineage().operator()), p.lineage().operator());
            assertFalse(p.lineage().parents().isEmpty());
            assertTrue(p.lineage().parents().stream().allMatch(n -> n >= 0 && n < 8));
            assertEquals(p.lineage().operator().startsWith("crossover") ? 2 : 1, p.lineage().parents().size());
            assertTrue(trials.stream().noneMatch(t -> t.fingerprint().equals(p.candidate().fingerprint())));
        }
    }

    @Test
    void laterGenerationsBreedFromEarlierOnesAndReuseElites() {
        List<TrialRecord> trials = SyntheticStudy.run(genetic(), SPACE, ONE, 8 + 6 * 5, 4);
        assertEquals(38, trials.size());
        for (int g = 0; g <= 5; g++) {
            int gen = g;
            assertEquals(g == 0 ? 8 : 6, trials.stream().filter(t -> t.lineage().generation() == gen).count());
        }
        // the best trial of generation 0 is an elite of generation 1: it can be a parent there
        TrialRecord best0 = trials.subList(0, 8).stream()
                .max((a, b) -> Double.compare(a.values().get(0), b.values().get(0))).orElseThrow();
        double bestFirst = best0.values().get(0);
        double bestLast = trials.stream().mapToDouble(t -> t.values().get(0)).max().orElseThrow();
        assertTrue(bestLast >= bestFirst);
        assertTrue(trials.stream().filter(t -> t.lineage().generation() == 2)
                .anyMatch(t -> t.lineage().parents().stream().anyMatch(n -> n < 8)),
                "generation 2 breeds from elites kept since generation 0 or from generation 1");
    }
}
