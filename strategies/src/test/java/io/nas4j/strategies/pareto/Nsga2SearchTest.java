package io.nas4j.strategies.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.ext.moea.Pareto;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.SyntheticStudy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Nsga2SearchTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> OBJECTIVES = List.of(SyntheticStudy.SCORE, SyntheticStudy.PARAMS);

    @Test
    void findsANonDominatedFrontAcrossTheTradeOff() {
        List<TrialRecord> trials = SyntheticStudy.run(StrategyFactory.create(
                new ComponentSpec("nsga2", Map.of("population", 12)), SPACE, OBJECTIVES, 3), SPACE, OBJECTIVES, 120, 12);
        assertEquals(120, trials.size());
        assertTrue(trials.stream().mapToInt(t -> t.lineage().generation()).max().orElseThrow() >= 8);
        List<TrialRecord> front = ParetoFronts.front(trials, OBJECTIVES);
        for (TrialRecord a : front) {
            for (TrialRecord b : trials) {
                double[] va = ObjectiveVectors.oriented(a, OBJECTIVES).orElseThrow();
                double[] vb = ObjectiveVectors.oriented(b, OBJECTIVES).orElseThrow();
                assertTrue(Pareto.dominance(vb, va) <= 0, "trial " + b.number() + " dominates front trial " + a.number());
            }
        }
        assertTrue(front.size() >= 5, "front of " + front.size());
        // the front spans the trade-off: the smallest network of the space and a near-optimal score
        long smallest = trials.stream().mapToLong(TrialRecord::paramCount).min().orElseThrow();
        assertEquals(16 * 16 + 16 + 16 * 10 + 10, smallest, "one dense(16) block is the smallest network");
        double bestScore = front.stream().mapToDouble(t -> t.values().get(0)).max().orElseThrow();
        assertTrue(bestScore > 0.9, "best score on the front " + bestScore);
        assertTrue(front.stream().anyMatch(t -> t.paramCount() == smallest));
    }
}
