package io.nas4j.searchspace.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A pluggable part named by {@code type} with its options, as written in the spec: the
 * strategy, the evaluator, the pruner or the scheduler. The module that implements the part
 * validates the options.
 *
 * @param type the implementation's name, e.g. {@code random}, {@code genetic}, {@code djl}
 * @param options the other keys of the section (numbers, words, lists, maps)
 */
public record ComponentSpec(String type, Map<String, Object> options) {
    /** Validates and copies. */
    public ComponentSpec {
        Objects.requireNonNull(type, "type");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A component with no options. */
    public static ComponentSpec of(String type) {
        return new ComponentSpec(type, Map.of());
    }

    /** A numeric option, or {@code fallback}. */
    public double number(String key, double fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(key + ": must be a number, got " + v);
    }

    /** An integer option, or {@code fallback}. */
    public int integer(String key, int fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw new IllegalArgumentException(key + ": must be a whole number, got " + v);
    }

    /** A word option, or {@code fallback}. */
    public String word(String key, String fallback) {
        Object v = options.get(key);
        return v == null ? fallback : v.toString();
    }
}
