package io.nas4j.strategies.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.SyntheticStudy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomSearchTest {
    private static final List<Objective> ONE = List.of(SyntheticStudy.SCORE);

    @Test
    void recordsRandomLineage() {
        SearchSpace space = SyntheticStudy.discreteSpace();
        List<TrialRecord> t = SyntheticStudy.run(StrategyFactory.create(ComponentSpec.of("random"), space, ONE, 4),
                space, ONE, 30, 7);
        assertTrue(t.stream().allMatch(r -> r.lineage().equals(Lineage.RANDOM)));
    }

    @Test
    void avoidsInfeasibleCandidatesWhenFeasibleOnesExist() {
        SearchSpace space = SyntheticStudy.constrainedSpace(3_000);
        List<TrialRecord> t = SyntheticStudy.run(StrategyFactory.create(ComponentSpec.of("random"), space, ONE, 4),
                space, ONE, 40, 5);
        assertEquals(40, t.size());
        assertTrue(t.stream().allMatch(r -> r.state() == TrialState.COMPLETE));
    }
}
