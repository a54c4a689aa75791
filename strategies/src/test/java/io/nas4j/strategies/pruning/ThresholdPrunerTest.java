package io.nas4j.strategies.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdPrunerTest {
    private static final LearningCurves NONE = LearningCurves.empty("val_loss", Direction.MINIMIZE);

    private static PruneDecision ask(Map<String, Object> options, double... values) {
        Pruner p = Pruners.create(new ComponentSpec("threshold", options), "val_loss", Direction.MINIMIZE);
        return p.decide(3, SyntheticStudy.curve("val_loss", values), NONE);
    }

    @Test
    void stopsDivergedTrialsEvenDuringWarmup() {
        assertEquals("pruned at epoch 1: val_loss is NaN", ask(Map.of("n_warmup_epochs", 5), Double.NaN).reason());
        assertEquals("pruned at epoch 2: val_loss is Infinity", ask(Map.of(), 1.0, Double.POSITIVE_INFINITY).reason());
        assertFalse(ask(Map.of(), Double.NaN, 1.0).prune(), "only the latest value counts");
    }

    @Test
    void stopsOutsideTheBoundsAfterWarmup() {
        assertEquals("pruned at epoch 2: val_loss 3.5 is above the upper bound 3",
                ask(Map.of("upper", 3), 1.0, 3.5).reason());
        assertEquals("pruned at epoch 1: val_loss 0.01 is below the lower bound 0.05",
                ask(Map.of("lower", 0.05), 0.01).reason());
        assertFalse(ask(Map.of("upper", 3, "n_warmup_epochs", 2), 9.0, 9.0).prune());
        assertFalse(ask(Map.of("upper", 3, "lower", 0.0), 0.0, 3.0).prune(), "bounds are inclusive");
    }
}
