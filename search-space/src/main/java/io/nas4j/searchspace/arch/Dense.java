package io.nas4j.searchspace.arch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fully connected block.
 *
 * @param units output units (at least 1)
 * @param activation activation after the affine map
 */
public record Dense(int units, Activation activation) implements Layer {
    /** Validates units and activation. */
    public Dense {
        if (units < 1) {
            throw new IllegalArgumentException("dense.units must be >= 1, got " + units);
        }
        Objects.requireNonNull(activation, "dense.activation");
    }

    @Override
    public LayerType type() {
        return LayerType.DENSE;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", units);
        m.put("activation", activation.word());
        return m;
    }
}
