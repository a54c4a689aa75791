package io.nas4j.strategies.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatiencePrunerTest {

    /** Epoch by epoch, the decision texts ("go" when it goes on), until the first prune. */
    private static List<String> walk(Pruner p, String metric, Direction direction, double... values) {
        List<String> out = new ArrayList<>();
        for (int e = 1; e <= values.length; e++) {
            PruneDecision d = p.decide(0, SyntheticStudy.curve(metric, java.util.Arrays.copyOf(values, e)),
                    LearningCurves.empty(metric, direction));
            out.add(d.prune() ? d.reason() : "go");
            if (d.prune()) {
                break;
            }
        }
        return out;
    }

    @Test
    void stopsAfterPatienceEpochsWithoutAnImprovementOfMinDelta() {
        Pruner p = Pruners.create(new ComponentSpec("patience", Map.of("patience", 2, "min_delta", 0.005)),
                "val_accuracy", Direction.MAXIMIZE);
        assertEquals(List.of("go", "go", "go", "go", "pruned at epoch 5: val_accuracy has not improved by more than "
                + "0.005 in 2 epochs (best 0.61 at epoch 3)"),
                walk(p, "val_accuracy", Direction.MAXIMIZE, 0.5, 0.6, 0.61, 0.61, 0.605, 0.9));
    }

    @Test
    void minimizesLossesAndIgnoresNaN() {
        Pruner p = Pruners.create(ComponentSpec.of("patience"), "val_loss", Direction.MINIMIZE);
        assertEquals(List.of("go", "go", "go", "go", "go", "go", "pruned at epoch 7: val_loss has not improved in 3 "
                + "epochs (best 0.4 at epoch 4)"),
                walk(p, "val_loss", Direction.MINIMIZE, 1.0, 0.8, Double.NaN, 0.4, 0.45, Double.NaN, 0.41, 0.1));
    }

    @Test
    void aSteadilyImprovingCurveIsNeverStopped() {
        Pruner p = Pruners.create(new ComponentSpec("patience", Map.of("patience", 1)), "val_accuracy",
                Direction.MAXIMIZE);
        assertEquals(List.of("go", "go", "go", "go"), walk(p, "val_accuracy", Direction.MAXIMIZE, 0.1, 0.2, 0.3, 0.4));
    }
}
