package io.nas4j.evaluator.data.raw;

import java.util.Objects;

/**
 * Float feature values, row-major. The array is shared, not copied: callers hand over ownership.
 *
 * @param data row-major values, {@code count * width} long
 * @param width values per row
 */
public record FloatFeatures(float[] data, int width) implements Features {

    /** Checks that the data holds whole rows. */
    public FloatFeatures {
        Objects.requireNonNull(data, "data");
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        if (data.length % width != 0) {
            throw new IllegalArgumentException("data length " + data.length + " is not a multiple of width " + width);
        }
    }

    @Override
    public int count() {
        return data.length / width;
    }

    @Override
    public void copyRow(int row, float[] dst, int offset) {
        System.arraycopy(data, row * width, dst, offset, width);
    }

    @Override
    public float get(int row, int col) {
        return data[row * width + col];
    }
}
