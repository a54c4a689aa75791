package io.nas4j.evaluator.data.raw;

import java.util.Objects;

/**
 * Unsigned 8-bit feature values (pixels 0..255), row-major, starting at {@code offset} of
 * {@code data} (so a whole file's bytes can be used without copying past its header). The array is
 * shared, not copied: callers hand over ownership.
 *
 * @param data the bytes; from {@code offset} on, {@code count * width} row-major values
 * @param offset index of the first value
 * @param width values per row
 */
public record ByteFeatures(byte[] data, int offset, int width) implements Features {

    /** Checks that the data holds whole rows. */
    public ByteFeatures {
        Objects.requireNonNull(data, "data");
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        if (offset < 0 || offset > data.length || (data.length - offset) % width != 0) {
            throw new IllegalArgumentException("data length " + data.length + " from offset " + offset
                    + " is not a multiple of width " + width);
        }
    }

    /** Values from the start of {@code data}. */
    public ByteFeatures(byte[] data, int width) {
        this(data, 0, width);
    }

    @Override
    public int count() {
        return (data.length - offset) / width;
    }

    @Override
    public void copyRow(int row, float[] dst, int offset) {
        int base = offset + row * width;
        for (int i = 0; i < width; i++) {
            dst[offset + i] = data[base + i] & 0xFF;
        }
    }

    @Override
    public float get(int row, int col) {
        return data[offset + row * width + col] & 0xFF;
    }

    /** Normalizes through a 256-entry lookup table per group, in one pass. */
    @Override
    public float[] gather(int[] rows, float[] center, float[] invScale, int groupSize) {
        int groups = center == null ? 1 : center.length;
        float[][] lut = new float[groups][256];
        for (int g = 0; g < groups; g++) {
            for (int v = 0; v < 256; v++) {
                lut[g][v] = center == null ? v : (v - center[g]) * invScale[g];
            }
        }
        int size = center == null ? width : groupSize;
        float[] out = new float[Math.multiplyExact(rows.length, width)];
        int k = 0;
        for (int row : rows) {
            int base = offset + row * width;
            for (int col = 0; col < width; col += size) {
                float[] t = lut[col / size];
                for (int end = base + col + size, j = base + col; j < end; j++) {
                    out[k++] = t[data[j] & 0xFF];
                }
            }
        }
        return out;
    }

    /**
     * Per-group histograms of the values in {@code rows}: {@code [group][value]} counts, where a group
     * is {@code groupSize} consecutive values of a row.
     */
    public long[][] histograms(int[] rows, int groupSize) {
        int groups = width / groupSize;
        long[][] hist = new long[groups][256];
        for (int g = 0; g < groups; g++) {
            long[] h = hist[g];
            for (int row : rows) {
                int start = offset + row * width + g * groupSize;
                for (int j = start, end = start + groupSize; j < end; j++) {
                    h[data[j] & 0xFF]++;
                }
            }
        }
        return hist;
    }
}
