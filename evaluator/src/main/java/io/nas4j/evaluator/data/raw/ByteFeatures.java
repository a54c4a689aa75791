package io.nas4j.evaluator.data.raw;

import java.util.Objects;

/**
 * Unsigned 8-bit feature values (pixels 0..255), row-major. The array is shared, not copied: callers
 * hand over ownership.
 *
 * @param data row-major unsigned bytes, {@code count * width} long
 * @param width values per row
 */
public record ByteFeatures(byte[] data, int width) implements Features {

    /** Checks that the data holds whole rows. */
    public ByteFeatures {
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
        int base = row * width;
        for (int i = 0; i < width; i++) {
            dst[offset + i] = data[base + i] & 0xFF;
        }
    }

    @Override
    public float get(int row, int col) {
        return data[row * width + col] & 0xFF;
    }
}
