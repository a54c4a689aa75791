package io.nas4j.evaluator.djl;

import ai.djl.training.ParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import java.lang.reflect.Field;

/**
 * Works around a native leak in DJL 0.36: {@link Trainer#close()} never closes the
 * {@link ParameterServer} its {@link ParameterStore} holds. On MXNet that server is a native
 * KVStore keeping its own copies of every parameter, gradient buffer and optimizer state, so each
 * closed trainer leaked about four times the model's size (measured: ~4 MB per trial for a
 * 260k-parameter network). This closes the server by reflection; if DJL's internals change it
 * does nothing.
 */
final class ParameterServerCloser {
    private ParameterServerCloser() {
    }

    /** Closes the parameter server of {@code trainer}'s parameter store, if there is one. */
    static void close(Trainer trainer) {
        try {
            Field storeField = Trainer.class.getDeclaredField("parameterStore");
            storeField.setAccessible(true);
            Object store = storeField.get(trainer);
            if (store == null) {
                return;
            }
            Field serverField = ParameterStore.class.getDeclaredField("parameterServer");
            serverField.setAccessible(true);
            Object server = serverField.get(store);
            if (server instanceof ParameterServer s) {
                s.close();
                serverField.set(store, null);
            }
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            // DJL changed its internals: nothing to close here.
        }
    }
}
