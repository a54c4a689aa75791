package io.nas4j.strategies.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.StrategyFactory;
import io.nas4j.strategies.SyntheticStudy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridSearchTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> ONE = List.of(SyntheticStudy.SCORE);

    private static GridSearch grid(SearchSpace space) {
        return (GridSearch) StrategyFactory.create(ComponentSpec.of("grid"), space, ONE, 0);
    }

    @Test
    void proposesGridPointsInOrder() {
        List<Proposal> first = grid(SPACE).propose(History.empty(SyntheticStudy.SCORE.direction()), 25);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(SPACE.gridPoint(i), first.get(i).candidate());
            assertEquals("grid", first.get(i).lineage().operator());
        }
    }

    @Test
    void coversTheWholeGridThenStops() {
        List<TrialRecord> all = SyntheticStudy.run(grid(SPACE), SPACE, ONE, 10_000, 500);
        assertEquals(SPACE.gridSize(), all.size());
        assertEquals(all.size(), new HashSet<>(SyntheticStudy.fingerprints(all)).size());
        assertTrue(grid(SPACE).propose(new History(all, SyntheticStudy.SCORE.direction()), 10).isEmpty());
    }

    @Test
    void skipsInfeasiblePoints() {
        SearchSpace small = SyntheticStudy.constrainedSpace(3_000);
        List<TrialRecord> all = SyntheticStudy.run(grid(small), small, ONE, 10_000, 500);
        assertTrue(all.size() > 0 && all.size() < small.gridSize(), "feasible points: " + all.size());
        assertTrue(all.stream().allMatch(t -> t.paramCount() <= 3_000));
    }

    @Test
    void refusesAGridOverMaxGrid() {
        String m = assertThrows(IllegalArgumentException.class, () -> StrategyFactory.create(
                new ComponentSpec("grid", Map.of("max_grid", 1000)), SPACE, ONE, 0)).getMessage();
        assertEquals("grid has 5840 points, more than max_grid 1000; shrink the space or raise strategy.max_grid", m);
    }

    @Test
    void namesTheContinuousParameter() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> grid(SyntheticStudy.continuousSpace())).getMessage();
        assertTrue(m.startsWith("hyperparameters.learning_rate: a grid needs a list of values"), m);
    }
}
