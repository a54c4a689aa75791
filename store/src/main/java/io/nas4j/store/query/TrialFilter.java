package io.nas4j.store.query;

import java.util.Objects;

/**
 * A condition on one field: a numeric range (either end open) or, for word parameters, an exact
 * word. Trials without a value for the field never match.
 *
 * @param field what to test
 * @param min the smallest accepted value (inclusive), or null for no lower bound
 * @param max the largest accepted value (inclusive), or null for no upper bound
 * @param text the exact word to match (word parameters only), or null for a range
 */
public record TrialFilter(TrialField field, Double min, Double max, String text) {
    /** Validates. */
    public TrialFilter {
        Objects.requireNonNull(field, "field");
        if ((min != null && min.isNaN()) || (max != null && max.isNaN())) {
            throw new IllegalArgumentException("a range on " + field + " must not have NaN bounds");
        }
        if (text != null) {
            if (min != null || max != null) {
                throw new IllegalArgumentException("a filter is a range or a word, not both");
            }
            if (field.kind() != TrialField.Kind.PARAM) {
                throw new IllegalArgumentException("only parameters can match a word, not " + field);
            }
        } else {
            if (min == null && max == null) {
                throw new IllegalArgumentException("a range filter on " + field + " needs a minimum or a maximum");
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("empty range on " + field + ": " + min + " > " + max);
            }
            if (field.kind() == TrialField.Kind.COLUMN && field.column() == TrialField.Column.STATE) {
                throw new IllegalArgumentException("filter states with the query's state set, not a range");
            }
        }
    }

    /** {@code min <= field <= max}. */
    public static TrialFilter between(String field, double min, double max) {
        return new TrialFilter(TrialField.parse(field), min, max, null);
    }

    /** {@code field >= min}. */
    public static TrialFilter atLeast(String field, double min) {
        return new TrialFilter(TrialField.parse(field), min, null, null);
    }

    /** {@code field <= max}. */
    public static TrialFilter atMost(String field, double max) {
        return new TrialFilter(TrialField.parse(field), null, max, null);
    }

    /** A word parameter equal to {@code word}. */
    public static TrialFilter equalTo(String field, String word) {
        return new TrialFilter(TrialField.parse(field), null, null, Objects.requireNonNull(word, "word"));
    }
}
