package io.nas4j.strategies.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.trial.TrialState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentilePrunerTest {

    private static SyntheticStudy eight(String metric, Direction direction) {
        SyntheticStudy s = new SyntheticStudy(metric, direction);
        for (int i = 0; i < 8; i++) {
            s.trial(i, TrialState.COMPLETE, 0.5, 0.1 * (i + 1));
        }
        return s;
    }

    private static PruneDecision ask(String metric, Direction direction, double atEpoch2) {
        Pruner p = Pruners.create(new ComponentSpec("percentile", Map.of("percentile", 25.0)), metric, direction);
        SyntheticStudy s = eight(metric, direction).trial(8, TrialState.RUNNING, direction == Direction.MAXIMIZE
                ? 0.0 : 9.0, atEpoch2);
        return p.decide(8, s.epochs(8), s.curves());
    }

    @Test
    void keepsOnlyTheBestShareWhenMaximizing() {
        assertEquals("pruned at epoch 2: best val_accuracy 0.62 is below the top-25% cut 0.625 of 8 trials at that "
                + "epoch", ask("val_accuracy", Direction.MAXIMIZE, 0.62).reason());
        assertFalse(ask("val_accuracy", Direction.MAXIMIZE, 0.63).prune());
    }

    @Test
    void keepsOnlyTheBestShareWhenMinimizing() {
        assertEquals("pruned at epoch 2: best val_loss 0.28 is above the top-25% cut 0.275 of 8 trials at that epoch",
                ask("val_loss", Direction.MINIMIZE, 0.28).reason());
        assertFalse(ask("val_loss", Direction.MINIMIZE, 0.27).prune());
    }

    @Test
    void percentileInterpolatesLinearly() {
        assertEquals(2.5, Numbers.percentile(new double[] {4, 1, 3, 2}, 50), 1e-12);
        assertEquals(1.75, Numbers.percentile(new double[] {1, 2, 3, 4}, 25), 1e-12);
        assertEquals(7.0, Numbers.percentile(new double[] {7}, 90), 1e-12);
        assertEquals("0.6133", Numbers.format(0.61333333));
        assertEquals("12", Numbers.format(12.0));
        assertEquals("11th", Numbers.ordinal(11));
        assertEquals("22nd", Numbers.ordinal(22));
    }
}
