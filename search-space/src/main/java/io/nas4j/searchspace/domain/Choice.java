package io.nas4j.searchspace.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A finite list of values (words, numbers or booleans); a single value is a fixed parameter.
 *
 * @param options the values, at least one, no duplicates
 */
public record Choice(List<Object> options) implements Domain {
    /** Copies and validates the options. */
    public Choice {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a choice needs at least one value");
        }
        for (int i = 0; i < options.size(); i++) {
            if (indexOf(options, options.get(i)) != i) { // numbers compare by value: 1 and 1.0 are one value
                throw new IllegalArgumentException("a choice lists a value twice: " + options);
            }
        }
    }

    /** A choice of the given values. */
    public static Choice of(Object... values) {
        return new Choice(List.of(values));
    }

    @Override
    public Object decode(double u) {
        int i = (int) Math.floor(Domain.clamp(u) * options.size());
        return options.get(Math.min(i, options.size() - 1));
    }

    @Override
    public double encode(Object value) {
        int i = indexOf(value);
        if (i < 0) {
            throw new IllegalArgumentException(value + " is not one of " + describe());
        }
        return (i + 0.5) / options.size();
    }

    private int indexOf(Object value) {
        return indexOf(options, value);
    }

    private static int indexOf(List<Object> options, Object value) {
        for (int i = 0; i < options.size(); i++) {
            Object o = options.get(i);
            if (o.equals(value) || (o instanceof Number a && value instanceof Number b
                    && a.doubleValue() == b.doubleValue())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean isDiscrete() {
        return true;
    }

    @Override
    public long cardinality() {
        return options.size();
    }

    @Override
    public Object valueAt(long i) {
        return options.get((int) i);
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    @Override
    public String describe() {
        return options.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
