package io.nas4j.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.SyntheticStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegularizedEvolutionTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> ONE = List.of(SyntheticStudy.SCORE);

    private static Strategy evolution() {
        return StrategyFactory.create(new ComponentSpec("regularized-evolution", Map.of("population", 6, "sample", 3)),
                SPACE, ONE, 8);
    }

    @Test
    void startsRandomThenWaitsForAWholePopulation() {
        Strategy s = evolution();
        List<Proposal> first = s.propose(History.empty(SyntheticStudy.SCORE.direction()), 10);
        assertEquals(6, first.size(), "only the random population before any result");
        assertTrue(first.stream().allMatch(p -> p.lineage().equals(Lineage.RANDOM)));
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            trials.add(SyntheticStudy.record(SPACE, ONE, i, first.get(i), i == 5 ? TrialState.RUNNING : TrialState.COMPLETE));
        }
        assertTrue(s.propose(new History(trials, SyntheticStudy.SCORE.direction()), 3).isEmpty());
        trials.set(5, SyntheticStudy.record(SPACE, ONE, 5, first.get(5), TrialState.COMPLETE));
        assertEquals(3, s.propose(new History(trials, SyntheticStudy.SCORE.direction()), 3).size());
    }

    @Test
    void eachChildMutatesOneGeneOfARecentParent() {
        List<TrialRecord> trials = SyntheticStudy.run(evolution(), SPACE, ONE, 40, 1);
        GeneCodec codec = new GeneCodec(SPACE);
        for (TrialRecord t : trials.subList(6, trials.size())) {
            Lineage l = t.lineage();
            assertEquals("mutation", l.operator());
            assertEquals(1, l.parents().size());
            int parent = l.parents().get(0);
            assertTrue(parent < t.number() && parent >= t.number() - 6, "parent " + parent + " of " + t.number());
            assertEquals(trials.get(parent).lineage().generation() + 1, l.generation());
            double[] a = GeneCodec.genes(codec.encode(trials.get(parent).candidate()));
            double[] b = GeneCodec.genes(codec.encode(t.candidate()));
            int changed = 0;
            for (int i = 0; i < a.length; i++) {
                changed += a[i] != b[i] ? 1 : 0;
            }
            assertTrue(changed >= 1, "child " + t.number() + " differs from its parent");
        }
    }
}
