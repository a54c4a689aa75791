package io.nas4j.searchspace.arch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Max or average pooling with a square window.
 *
 * @param type {@link LayerType#MAXPOOL} or {@link LayerType#AVGPOOL}
 * @param size window side
 * @param stride stride in both directions
 * @param padding valid or same
 */
public record Pool(LayerType type, int size, int stride, Padding padding) implements Layer {
    /** Validates the kind and sizes. */
    public Pool {
        if (type != LayerType.MAXPOOL && type != LayerType.AVGPOOL) {
            throw new IllegalArgumentException("pool type must be maxpool or avgpool, got " + type);
        }
        if (size < 1) {
            throw new IllegalArgumentException(type.word() + ".size must be >= 1, got " + size);
        }
        if (stride < 1) {
            throw new IllegalArgumentException(type.word() + ".stride must be >= 1, got " + stride);
        }
        Objects.requireNonNull(padding, "padding");
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", size);
        m.put("stride", stride);
        m.put("padding", padding.word());
        return m;
    }
}
