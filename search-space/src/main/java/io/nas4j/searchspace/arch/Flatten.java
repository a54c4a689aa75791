package io.nas4j.searchspace.arch;

import java.util.Map;

/** Flattens everything but the batch axis into one vector. */
public record Flatten() implements Layer {
    @Override
    public LayerType type() {
        return LayerType.FLATTEN;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
