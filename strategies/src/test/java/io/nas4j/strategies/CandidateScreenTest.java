package io.nas4j.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateScreenTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();

    @Test
    void letsEachFingerprintThroughOnce() {
        CandidateScreen screen = new CandidateScreen(SPACE, List.of(SPACE.gridPoint(0).fingerprint()), 3);
        assertTrue(screen.pick(a -> new Proposal(SPACE.gridPoint(0), Lineage.RANDOM)).isEmpty());
        assertEquals(SPACE.gridPoint(1), screen.pick(a -> new Proposal(SPACE.gridPoint(a), Lineage.RANDOM))
                .orElseThrow().candidate());
        assertEquals(SPACE.gridPoint(2), screen.pick(a -> new Proposal(SPACE.gridPoint(a), Lineage.RANDOM))
                .orElseThrow().candidate());
    }

    @Test
    void prefersFeasibleAndFallsBackToANewInfeasibleOne() {
        SearchSpace tight = SyntheticStudy.constrainedSpace(1);
        CandidateScreen screen = new CandidateScreen(tight, List.of(), 5);
        Random random = new Random(1);
        Proposal p = screen.pick(a -> new Proposal(tight.sample(random), Lineage.RANDOM)).orElseThrow();
        assertTrue(screen.feasible(p.candidate()).isEmpty(), "nothing fits 1 parameter");
        assertTrue(screen.seen(p.candidate().fingerprint()));
    }

    @Test
    void seedsDependOnEveryInput() {
        long s = Seeds.derive(1, "random", 5);
        assertEquals(s, Seeds.derive(1, "random", 5));
        assertNotEquals(s, Seeds.derive(2, "random", 5));
        assertNotEquals(s, Seeds.derive(1, "genetic", 5));
        assertNotEquals(s, Seeds.derive(1, "random", 6));
        assertNotEquals(Seeds.derive(1, "g", 1, 2), Seeds.derive(1, "g", 2, 1));
    }
}
