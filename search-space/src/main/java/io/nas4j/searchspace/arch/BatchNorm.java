package io.nas4j.searchspace.arch;

import java.util.Map;

/** Batch normalization over the channel (or feature) axis. */
public record BatchNorm() implements Layer {
    @Override
    public LayerType type() {
        return LayerType.BATCHNORM;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
