package io.nas4j.strategies;

import io.nas4j.searchspace.spec.ComponentSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates a strategy's options. Every error names the option as the spec writes it,
 * e.g. {@code strategy.population: must be >= 2, got 1}.
 */
public final class StrategyOptions {
    private final ComponentSpec spec;

    /**
     * Wraps the options of {@code spec} and rejects keys not in {@code known}.
     *
     * @throws IllegalArgumentException naming an unknown option and the accepted ones
     */
    public StrategyOptions(ComponentSpec spec, List<String> known) {
        this.spec = spec;
        Set<String> unknown = new TreeSet<>(spec.options().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("strategy." + unknown.iterator().next() + ": unknown option for "
                    + spec.type() + " (expected " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
    }

    /** An integer option in {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String key, int fallback, int min, int max) {
        int v;
        try {
            v = spec.integer(key, fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strategy." + key + ": must be a whole number, got "
                    + spec.options().get(key), e);
        }
        if (v < min) {
            throw new IllegalArgumentException("strategy." + key + ": must be >= " + min + ", got " + v);
        }
        if (v > max) {
            throw new IllegalArgumentException("strategy." + key + ": must be <= " + max + ", got " + v);
        }
        return v;
    }

    /** A probability option in [0, 1], or {@code fallback} when absent. */
    public double probability(String key, double fallback) {
        double v;
        try {
            v = spec.number(key, fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strategy." + key + ": must be a number, got "
                    + spec.options().get(key), e);
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("strategy." + key + ": must be a probability in [0, 1], got " + v);
        }
        return v;
    }
}
