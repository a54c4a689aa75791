package io.nas4j.strategies.pruning;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrunersTest {

    private static String error(String type, Map<String, Object> options) {
        return assertThrows(IllegalArgumentException.class,
                () -> Pruners.validate(new ComponentSpec(type, options))).getMessage();
    }

    @Test
    void namesTheBadOption() {
        assertEquals("pruner.percentile: must be in (0, 100), got 120", error("percentile", Map.of("percentile", 120)));
        assertEquals("pruner.percentile: missing (e.g. percentile: 25 lets the best 25% go on)",
                error("percentile", Map.of()));
        assertEquals("pruner.n_warmup_epochs: must be >= 0, got -1", error("median", Map.of("n_warmup_epochs", -1)));
        assertEquals("pruner.interval: must be a whole number, got 1.5", error("median", Map.of("interval", 1.5)));
        assertEquals("pruner.patience: must be >= 1, got 0", error("patience", Map.of("patience", 0)));
        assertEquals("pruner.min_delta: must be a number, got lots", error("patience", Map.of("min_delta", "lots")));
        assertEquals("pruner.upper: must be >= lower (0.5), got 0.2",
                error("threshold", Map.of("lower", 0.5, "upper", 0.2)));
        assertEquals("pruner.percentile: unknown option for pruner type 'median' (expected n_startup_trials, "
                + "n_warmup_epochs, interval, n_min_trials)", error("median", Map.of("percentile", 30)));
        assertEquals("pruner.type: unknown pruner 'medain' (expected none, median, percentile, patience, threshold)",
                error("medain", Map.of()));
    }

    @Test
    void acceptsEveryTypeWithDefaults() {
        for (String type : List.of("none", "median", "patience", "threshold")) {
            assertDoesNotThrow(() -> Pruners.validate(ComponentSpec.of(type)), type);
        }
        assertDoesNotThrow(() -> Pruners.validate(new ComponentSpec("percentile", Map.of("percentile", 10))));
        assertDoesNotThrow(() -> Pruners.validate(null));
    }

    @Test
    void noneAndAMissingSectionNeverPrune() {
        SyntheticStudy s = SyntheticStudy.accuracy();
        for (int i = 0; i < 6; i++) {
            s.trial(i, TrialState.COMPLETE, 0.9, 0.9);
        }
        for (Pruner p : List.of(Pruners.create(null, "val_accuracy", Direction.MAXIMIZE),
                Pruners.create(ComponentSpec.of("none"), "val_accuracy", Direction.MAXIMIZE))) {
            assertFalse(p.decide(9, SyntheticStudy.curve("val_accuracy", Double.NaN, 0.0), s.curves()).prune());
        }
    }

    @Test
    void multiObjectiveStudiesPruneOnTheFirstTrainingMetricOnly() {
        Objective acc = new Objective("val_accuracy", Direction.MAXIMIZE);
        Objective params = new Objective("param_count", Direction.MINIMIZE);
        Objective latency = new Objective("latency_ms", Direction.MINIMIZE);
        assertEquals(Optional.of(acc), Pruners.pruningObjective(List.of(acc, params)));
        assertEquals(Optional.of(acc), Pruners.pruningObjective(List.of(params, latency, acc)));
        assertEquals(Optional.empty(), Pruners.pruningObjective(List.of(params, latency)));

        SyntheticStudy s = SyntheticStudy.accuracy();
        for (int i = 0; i < 5; i++) {
            s.trial(i, TrialState.COMPLETE, 0.9, 0.9);
        }
        s.trial(5, TrialState.RUNNING, 0.1, 0.1);
        ComponentSpec median = ComponentSpec.of("median");
        assertTrue(Pruners.create(median, List.of(params, acc)).decide(5, s.epochs(5), s.curves()).prune());
        assertFalse(Pruners.create(median, List.of(params)).decide(5, s.epochs(5), s.curves()).prune(),
                "nothing to prune on: structural objectives are known before training");
    }

    @Test
    void decisionsMapToTheEvaluatorAnswer() {
        assertEquals(EpochDecision.CONTINUE, PruneDecision.proceed().toEpochDecision());
        assertEquals(EpochDecision.PRUNE, PruneDecision.prune("why").toEpochDecision());
        assertEquals(2, PruneDecision.pruneAtRung("why", 2).rungReached().getAsInt());
        assertTrue(PruneDecision.proceed().rungReached().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PruneDecision.prune(" "));
    }
}
