package io.nas4j.evaluator.data.raw;

/**
 * A read-only table of {@link #count()} examples, each a row of {@link #width()} feature values.
 * Implementations store the values compactly; {@link #copyRow} widens one row to floats.
 */
public interface Features {

    /** Number of examples (rows). */
    int count();

    /** Number of values per example (row length). */
    int width();

    /** Copies row {@code row} into {@code dst} starting at {@code offset}. */
    void copyRow(int row, float[] dst, int offset);

    /** Value {@code col} of row {@code row}, widened to float. */
    float get(int row, int col);

    /**
     * The rows {@code rows}, in that order, as one row-major float array, each value normalized as
     * {@code (v - center[g]) * invScale[g]} where {@code g = col / groupSize}; with {@code center}
     * null the values are copied unchanged.
     */
    default float[] gather(int[] rows, float[] center, float[] invScale, int groupSize) {
        int width = width();
        float[] out = new float[Math.multiplyExact(rows.length, width)];
        for (int i = 0; i < rows.length; i++) {
            copyRow(rows[i], out, i * width);
        }
        if (center != null) {
            for (int i = 0, k = 0; i < rows.length; i++) {
                for (int col = 0; col < width; col++, k++) {
                    int g = col / groupSize;
                    out[k] = (out[k] - center[g]) * invScale[g];
                }
            }
        }
        return out;
    }
}
