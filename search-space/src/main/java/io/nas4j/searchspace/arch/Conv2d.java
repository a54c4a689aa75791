package io.nas4j.searchspace.arch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A 2-D convolution over (channels, height, width) with a square kernel.
 *
 * @param filters output channels
 * @param kernel kernel side
 * @param stride stride in both directions
 * @param padding valid or same
 * @param activation activation after the convolution
 */
public record Conv2d(int filters, int kernel, int stride, Padding padding, Activation activation) implements Layer {
    /** Validates sizes. */
    public Conv2d {
        if (filters < 1) {
            throw new IllegalArgumentException("conv2d.filters must be >= 1, got " + filters);
        }
        if (kernel < 1) {
            throw new IllegalArgumentException("conv2d.kernel must be >= 1, got " + kernel);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("conv2d.stride must be >= 1, got " + stride);
        }
        Objects.requireNonNull(padding, "conv2d.padding");
        Objects.requireNonNull(activation, "conv2d.activation");
    }

    @Override
    public LayerType type() {
        return LayerType.CONV2D;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filters", filters);
        m.put("kernel", kernel);
        m.put("stride", stride);
        m.put("padding", padding.word());
        m.put("activation", activation.word());
        return m;
    }
}
