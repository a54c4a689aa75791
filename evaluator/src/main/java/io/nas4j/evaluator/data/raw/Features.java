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
}
