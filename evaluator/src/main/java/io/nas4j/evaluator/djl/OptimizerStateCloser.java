package io.nas4j.evaluator.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * Works around a native leak in DJL 0.36: every stateful {@link Optimizer} (Adam's means and
 * variances, RMSProp's, SGD and NAG momentum) creates its per-parameter state with
 * {@code Optimizer.withDefaultState}, which <em>detaches</em> each state array from its manager
 * so that it outlives the batch. Nothing ever closes those arrays: closing the trainer, the model
 * and every manager leaves them allocated, so each trial leaked one or two copies of the model's
 * weights (measured: ~2.4 MB per trial for a 260k-parameter network with Adam, growing without a
 * plateau). This closes every array held in the optimizer's state maps (fields of type
 * {@code Map<String, Map<Device, NDArray>>} anywhere in its class hierarchy) and empties them; if
 * DJL's internals change it closes whatever state maps it still finds, and nothing else.
 */
final class OptimizerStateCloser {
    private OptimizerStateCloser() {
    }

    /**
     * Closes the state arrays of {@code optimizer}; call it once the trainer that used the
     * optimizer is closed. Returns the number of arrays closed.
     */
    static int close(Optimizer optimizer) {
        int closed = 0;
        for (Class<?> type = optimizer.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !Map.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    closed += closeStates((Map<?, ?>) field.get(optimizer));
                } catch (IllegalAccessException | RuntimeException e) {
                    // not a state map we can reach: leave it alone
                }
            }
        }
        return closed;
    }

    private static int closeStates(Map<?, ?> states) {
        if (states == null) {
            return 0;
        }
        int closed = 0;
        for (Object perDevice : states.values()) {
            if (perDevice instanceof Map<?, ?> arrays) {
                for (Object array : arrays.values()) {
                    if (array instanceof NDArray a) {
                        a.close();
                        closed++;
                    }
                }
            }
        }
        if (closed > 0) {
            states.clear();
        }
        return closed;
    }
}
