package io.nas4j.searchspace.shape;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A tensor shape without the batch axis: {@code (features)}, {@code (time, features)} or
 * {@code (channels, height, width)}.
 *
 * @param dims the sizes, each at least 1
 */
public record Shape(int... dims) {
    /** Copies and validates the sizes. */
    public Shape {
        dims = dims.clone();
        if (dims.length == 0) {
            throw new IllegalArgumentException("a shape needs at least one axis");
        }
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("shape sizes must be >= 1: " + Arrays.toString(dims));
            }
        }
    }

    /** The sizes (a copy). */
    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Number of axes. */
    public int rank() {
        return dims.length;
    }

    /** Size of axis {@code i}. */
    public int dim(int i) {
        return dims[i];
    }

    /** Product of the sizes. */
    public long size() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Written like {@code (1, 28, 28)}. */
    @Override
    public String toString() {
        return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
