package io.nas4j.searchspace.trial;

import static io.nas4j.searchspace.trial.TrialState.COMPLETE;
import static io.nas4j.searchspace.trial.TrialState.FAILED;
import static io.nas4j.searchspace.trial.TrialState.INFEASIBLE;
import static io.nas4j.searchspace.trial.TrialState.PRUNED;
import static io.nas4j.searchspace.trial.TrialState.RUNNING;
import static io.nas4j.searchspace.trial.TrialState.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialStateTest {

    /** The documented life of a trial. */
    private static final Map<TrialState, Set<TrialState>> LEGAL = Map.of(
            WAITING, EnumSet.of(RUNNING, INFEASIBLE, FAILED),
            RUNNING, EnumSet.of(COMPLETE, PRUNED, FAILED, WAITING),
            COMPLETE, EnumSet.noneOf(TrialState.class),
            PRUNED, EnumSet.noneOf(TrialState.class),
            FAILED, EnumSet.noneOf(TrialState.class),
            INFEASIBLE, EnumSet.noneOf(TrialState.class));

    @Test
    void everyPairIsLegalExactlyWhenDocumented() {
        int legal = 0;
        for (TrialState from : TrialState.values()) {
            for (TrialState to : TrialState.values()) {
                boolean expected = LEGAL.get(from).contains(to);
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
                legal += expected ? 1 : 0;
            }
            assertEquals(LEGAL.get(from), from.successors());
        }
        assertEquals(7, legal);
    }

    @Test
    void evaluatedStatesAreTheTrainedOutcomes() {
        assertEquals(java.util.EnumSet.of(TrialState.COMPLETE, TrialState.PRUNED, TrialState.FAILED),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(TrialState.values()).filter(TrialState::isEvaluated)
                        .toList()));
    }

    @Test
    void noStateMovesToItself() {
        for (TrialState s : TrialState.values()) {
            assertTrue(!s.canMoveTo(s), s.name());
        }
    }

    @Test
    void finishedStatesHaveNoSuccessors() {
        for (TrialState s : TrialState.values()) {
            assertEquals(s.isFinished(), s.successors().isEmpty(), s.name());
        }
        assertEquals(EnumSet.of(COMPLETE, PRUNED, FAILED, INFEASIBLE),
                EnumSet.copyOf(java.util.Arrays.stream(TrialState.values()).filter(TrialState::isFinished).toList()));
    }

    @Test
    void wordsParse() {
        for (TrialState s : TrialState.values()) {
            assertEquals(s, TrialState.fromWord(s.name().toLowerCase(java.util.Locale.ROOT)));
            assertEquals(s, TrialState.fromWord(s.name()));
        }
        assertEquals("unknown trial state 'done' (expected one of [WAITING, RUNNING, COMPLETE, PRUNED, FAILED, INFEASIBLE])",
                assertThrows(IllegalArgumentException.class, () -> TrialState.fromWord("done")).getMessage());
    }
}
