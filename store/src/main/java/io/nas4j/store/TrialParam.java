package io.nas4j.store;

import java.util.Objects;

/**
 * One searchable value of a trial, as a row the UI can filter and sort on: a hyperparameter
 * ({@code learning_rate}, {@code optimizer}) or an architecture feature ({@code arch.depth}, ...,
 * see {@link TrialParams}).
 *
 * @param name the parameter name
 * @param number the numeric value (booleans as 1 or 0), or null for a word
 * @param text the word value (and {@code true}/{@code false} for booleans), or null for a number
 */
public record TrialParam(String name, Double number, String text) {
    /** Validates that there is a value. */
    public TrialParam {
        Objects.requireNonNull(name, "name");
        if (number == null && text == null) {
            throw new IllegalArgumentException("parameter '" + name + "' has no value");
        }
    }

    /** A numeric parameter. */
    public static TrialParam number(String name, double value) {
        return new TrialParam(name, value, null);
    }

    /** A word parameter. */
    public static TrialParam text(String name, String value) {
        return new TrialParam(name, null, value);
    }

    /** The value as it would be shown: the number, or the word. */
    public Object value() {
        return text != null ? text : number;
    }
}
