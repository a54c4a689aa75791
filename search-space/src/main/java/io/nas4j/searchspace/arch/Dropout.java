package io.nas4j.searchspace.arch;

import java.util.Map;

/**
 * Dropout during training.
 *
 * @param rate probability of dropping a unit, in [0, 1)
 */
public record Dropout(double rate) implements Layer {
    /** Validates the rate. */
    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout.rate must be in [0, 1), got " + rate);
        }
    }

    @Override
    public LayerType type() {
        return LayerType.DROPOUT;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("rate", rate);
    }
}
