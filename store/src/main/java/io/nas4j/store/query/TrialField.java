package io.nas4j.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Something a trial query filters or sorts on: a trial column, a parameter ({@code param:NAME},
 * see {@link io.nas4j.store.TrialParams}) or a final metric ({@code metric:NAME}). Only these
 * forms parse, so a field never carries SQL.
 *
 * @param column the column, or null for a parameter or metric
 * @param kind what the field refers to
 * @param name the parameter or metric name, or the column word
 */
public record TrialField(Column column, Kind kind, String name) {
    /** Parameter and metric names: letters, digits, {@code _ . -}, at most 200 characters. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");

    /** What a field refers to. */
    public enum Kind {
        /** A column of the trial. */
        COLUMN,
        /** A flattened parameter ({@code param:NAME}). */
        PARAM,
        /** A final metric ({@code metric:NAME}). */
        METRIC
    }

    /** The trial columns one can sort and filter on. */
    public enum Column {
        NUMBER, STATE, OBJECTIVE, PARAM_COUNT, FLOPS, DURATION, GENERATION, CREATED_AT, FINISHED_AT, UPDATED_AT;

        /** The spelling in queries: lower case. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the parts. */
    public TrialField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == Kind.COLUMN) != (column != null)) {
            throw new IllegalArgumentException("a column field needs a column, a param or metric field none");
        }
        if (kind != Kind.COLUMN && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid " + kind.name().toLowerCase(Locale.ROOT) + " name '" + name
                    + "' (letters, digits, _ . - only)");
        }
    }

    /** A column field. */
    public static TrialField of(Column column) {
        return new TrialField(column, Kind.COLUMN, column.word());
    }

    /** A parameter field. */
    public static TrialField param(String name) {
        return new TrialField(null, Kind.PARAM, name);
    }

    /** A final-metric field. */
    public static TrialField metric(String name) {
        return new TrialField(null, Kind.METRIC, name);
    }

    /**
     * Parses a column word ({@code number}, {@code objective}, ...), {@code param:NAME} or
     * {@code metric:NAME}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static TrialField parse(String text) {
        Objects.requireNonNull(text, "field");
        if (text.startsWith("param:")) {
            return param(text.substring("param:".length()));
        }
        if (text.startsWith("metric:")) {
            return metric(text.substring("metric:".length()));
        }
        for (Column c : Column.values()) {
            if (c.word().equals(text)) {
                return of(c);
            }
        }
        throw new IllegalArgumentException("unknown trial field '" + text + "' (expected one of "
                + Arrays.stream(Column.values()).map(Column::word).collect(Collectors.joining(", "))
                + ", param:NAME or metric:NAME)");
    }

    /** The spelling that {@link #parse} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case COLUMN -> name;
            case PARAM -> "param:" + name;
            case METRIC -> "metric:" + name;
        };
    }
}
