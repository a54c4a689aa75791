package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.spec.ComponentSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the options of a {@code pruner:} or {@code scheduler:} section and rejects bad ones with
 * a message naming the option as it is written in the spec, e.g.
 * {@code pruner.percentile: must be in (0, 100), got 120}.
 */
public final class ComponentOptions {
    private final String section;
    private final ComponentSpec spec;

    private ComponentOptions(String section, ComponentSpec spec) {
        this.section = section;
        this.spec = spec;
    }

    /**
     * Options of {@code spec} read under the field name {@code section}; fails when an option is
     * not one of {@code known}.
     */
    public static ComponentOptions of(String section, ComponentSpec spec, List<String> known) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(spec, "spec");
        Set<String> allowed = new LinkedHashSet<>(known);
        for (String key : spec.options().keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(section + "." + key + ": unknown option for " + section + " type '"
                        + spec.type() + "' (expected " + (allowed.isEmpty() ? "none" : String.join(", ", allowed))
                        + ")");
            }
        }
        return new ComponentOptions(section, spec);
    }

    /** An error about option {@code key}: {@code section.key: problem}. */
    public IllegalArgumentException problem(String key, String problem) {
        return new IllegalArgumentException(section + "." + key + ": " + problem);
    }

    /** Whether the option is given. */
    public boolean has(String key) {
        return spec.options().get(key) != null;
    }

    /** The option as written, or null. */
    public Object raw(String key) {
        return spec.options().get(key);
    }

    /** A number, or {@code fallback} when absent. */
    public double number(String key, double fallback) {
        OptionalDouble v = optionalNumber(key);
        return v.isPresent() ? v.getAsDouble() : fallback;
    }

    /** A number, if given. */
    public OptionalDouble optionalNumber(String key) {
        Object v = raw(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (v instanceof Number n && !Double.isNaN(n.doubleValue())) {
            return OptionalDouble.of(n.doubleValue());
        }
        throw problem(key, "must be a number, got " + v);
    }

    /** A whole number of at least {@code min}, or {@code fallback} when absent. */
    public int integer(String key, int fallback, int min) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw problem(key, "must be a whole number, got " + v);
        }
        int i = n.intValue();
        if (i < min) {
            throw problem(key, "must be >= " + min + ", got " + v);
        }
        return i;
    }

    /** A word from {@code allowed}, or {@code fallback} when absent. */
    public String word(String key, String fallback, List<String> allowed) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        String w = v.toString();
        if (!allowed.contains(w)) {
            throw problem(key, "unknown value '" + w + "' (expected " + String.join(", ", allowed) + ")");
        }
        return w;
    }
}
