package io.nas4j.searchspace.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics of one epoch, e.g. {@code train_loss}, {@code val_loss}, {@code val_accuracy}.
 *
 * @param epoch epoch number, from 1
 * @param values metric values by name
 * @param seconds wall time of the epoch (training and validation)
 */
public record EpochMetrics(int epoch, Map<String, Double> values, double seconds) {
    /** Validates and copies. */
    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs count from 1, got " + epoch);
        }
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** A metric by name, or NaN when absent. */
    public double get(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }
}
