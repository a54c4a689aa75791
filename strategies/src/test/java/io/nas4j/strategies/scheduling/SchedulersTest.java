package io.nas4j.strategies.scheduling;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulersTest {

    private static String error(String type, Map<String, Object> options, int defaultEpochs) {
        return assertThrows(IllegalArgumentException.class, () -> Schedulers.create(new ComponentSpec(type, options),
                "val_accuracy", Direction.MAXIMIZE, defaultEpochs)).getMessage();
    }

    @Test
    void namesTheBadOption() {
        assertEquals("scheduler.reduction_factor: must be >= 2, got 1", error("asha", Map.of("reduction_factor", 1), 0));
        assertEquals("scheduler.type: unknown scheduler 'asha2' (expected asha, successive-halving, hyperband)",
                error("asha2", Map.of(), 0));
        assertEquals("scheduler.brackets: unknown option for scheduler type 'hyperband' (expected resource, "
                + "min_resource, max_resource, reduction_factor)", error("hyperband", Map.of("brackets", 2), 9));
        assertEquals("scheduler.resource: unknown value 'samples' (expected epochs, data_fraction)",
                error("asha", Map.of("resource", "samples"), 0));
        assertEquals("scheduler.max_resource: a data fraction must be in (0, 1], got 1.5",
                error("asha", Map.of("resource", "data_fraction", "max_resource", 1.5), 0));
        assertEquals("scheduler.min_resource: min_resource (5) × reduction_factor (3) must be <= max_resource (9) so "
                + "that at least one halving happens", error("asha", Map.of("min_resource", 5, "max_resource", 9), 0));
        assertEquals("scheduler.max_resource: missing, and the study's 2 epochs leave no room for halving from "
                + "min_resource 1 with reduction_factor 3: give max_resource >= 3",
                error("successive-halving", Map.of(), 2));
        assertEquals("scheduler.max_resource: missing, and the study gives no epoch count to default to",
                error("hyperband", Map.of(), 0));
        assertEquals("scheduler.brackets: at most 2 with min_resource 1, max_resource 9 and reduction_factor 3 (each "
                + "bracket needs a halving), got 3", error("asha", Map.of("brackets", 3, "max_resource", 9), 0));
        assertEquals("scheduler.min_resource: must be a whole number, got 0.5",
                error("asha", Map.of("min_resource", 0.5), 0));
    }

    @Test
    void validatesWithoutTheStudysEpochs() {
        for (String type : Schedulers.TYPES) {
            assertDoesNotThrow(() -> Schedulers.validate(ComponentSpec.of(type)), type);
        }
        assertDoesNotThrow(() -> Schedulers.validate(new ComponentSpec("hyperband", Map.of("resource", "data_fraction",
                "min_resource", 0.1, "reduction_factor", 2))));
    }

    @Test
    void defaultsTheMaxResourceToTheStudysEpochs() {
        Scheduler s = Schedulers.create(ComponentSpec.of("successive-halving"), "val_accuracy", Direction.MAXIMIZE, 27);
        var empty = io.nas4j.strategies.pruning.LearningCurves.empty("val_accuracy", Direction.MAXIMIZE);
        assertEquals(new Assignment.NewTrial(Fidelity.epochs(1), 0),
                s.next(io.nas4j.searchspace.trial.History.empty(Direction.MAXIMIZE), empty));
        assertEquals(Resource.EPOCHS, s.resource());
    }

    @Test
    void fidelitiesAreWrittenIntoTheCandidate() {
        Candidate c = new Candidate(new Architecture(List.of()), Map.of("epochs", 20, "learning_rate", 0.01));
        assertEquals(3, Fidelity.epochs(3).applyTo(c).integer("epochs", 0));
        assertEquals(c, Fidelity.candidateEpochs().applyTo(c));
        Candidate third = Fidelity.dataFraction(1.0 / 3).applyTo(c);
        assertEquals(1.0 / 3, Fidelity.dataFractionOf(third), 1e-12);
        assertEquals(1.0, Fidelity.dataFractionOf(c));
        assertEquals(20, third.integer("epochs", 0));
        assertEquals("data fraction 0.3333", Fidelity.dataFraction(1.0 / 3).describe());
        assertThrows(IllegalArgumentException.class, () -> Fidelity.dataFraction(0));
        assertThrows(IllegalArgumentException.class, () -> new Fidelity(Resource.EPOCHS, 2.5));
    }
}
