package io.nas4j.searchspace.domain;

import java.util.List;

/**
 * The values one parameter may take. {@link #decode(double)} maps a gene in [0, 1) onto the
 * domain; {@link #encode(Object)} maps a value back to a gene that decodes to it.
 */
public sealed interface Domain permits IntRange, FloatRange, Choice {

    /** The value for gene {@code u} in [0, 1) (values outside are clamped). */
    Object decode(double u);

    /** A gene that decodes to {@code value}; throws when the value is outside the domain. */
    double encode(Object value);

    /** Whether the domain has finitely many values (ints and choices do, floats do not). */
    boolean isDiscrete();

    /** Number of values of a discrete domain. */
    long cardinality();

    /** The {@code i}-th value of a discrete domain, {@code 0 <= i < cardinality()}. */
    Object valueAt(long i);

    /** Whether {@code value} lies in the domain. */
    boolean contains(Object value);

    /** A short description such as {@code int[8..128 log]} or {@code {relu, tanh}}. */
    String describe();

    /** Clamps a gene into [0, 1). */
    static double clamp(double u) {
        if (Double.isNaN(u) || u < 0) {
            return 0;
        }
        return u >= 1 ? Math.nextDown(1.0) : u;
    }

    /** All values of a discrete domain. */
    default List<Object> values() {
        if (!isDiscrete()) {
            throw new IllegalStateException("a continuous domain has no list of values: " + describe());
        }
        return java.util.stream.LongStream.range(0, cardinality()).mapToObj(this::valueAt).toList();
    }
}
