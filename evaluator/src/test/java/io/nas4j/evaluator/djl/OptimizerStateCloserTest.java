package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

/** The optimizer's detached per-parameter state is found and closed (DJL never closes it). */
class OptimizerStateCloserTest {
    @Test
    void closesAdamMeansAndVariancesOfEveryParameterOnce() {
        Optimizer adam = Optimizer.adam().build();
        updateTwoParameters(adam);
        assertEquals(4, OptimizerStateCloser.close(adam), "a mean and a variance per parameter");
        assertEquals(0, OptimizerStateCloser.close(adam), "the state maps are emptied");
    }

    @Test
    void closesMomentumButFindsNothingInPlainSgd() {
        Optimizer momentum = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f).build();
        updateTwoParameters(momentum);
        assertEquals(2, OptimizerStateCloser.close(momentum));
        Optimizer plain = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build();
        updateTwoParameters(plain);
        assertEquals(0, OptimizerStateCloser.close(plain));
    }

    @Test
    void closesRmsPropState() {
        Optimizer rmsprop = Optimizer.rmsprop().build();
        updateTwoParameters(rmsprop);
        assertEquals(2, OptimizerStateCloser.close(rmsprop), "one mean square per parameter (not centered)");
    }

    private static void updateTwoParameters(Optimizer optimizer) {
        try (NDManager manager = NDManager.newBaseManager("MXNet")) {
            for (String id : new String[] {"w", "b"}) {
                NDArray weight = manager.ones(new ai.djl.ndarray.types.Shape(3, 2));
                NDArray gradient = manager.ones(new ai.djl.ndarray.types.Shape(3, 2)).mul(0.5f);
                optimizer.update(id, weight, gradient);
                optimizer.update(id, weight, gradient);
            }
        }
    }
}
