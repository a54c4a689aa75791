package io.nas4j.store.query;

import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One page of a study's trials: which states, which filters (all must hold), the order and the
 * page. Build one with {@link #builder()}; the default is every trial by number, 50 per page.
 *
 * @param states the states to include (empty: all)
 * @param filters conditions that must all hold
 * @param sortBy the sort field; ties are broken by trial number, missing values come last
 * @param descending whether to sort from largest to smallest
 * @param offset trials to skip
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 */
public record TrialQuery(Set<TrialState> states, List<TrialFilter> filters, TrialField sortBy, boolean descending,
        int offset, int limit) {
    /** The largest page. */
    public static final int MAX_LIMIT = 500;
    /** The default page size. */
    public static final int DEFAULT_LIMIT = 50;

    /** Validates and copies. */
    public TrialQuery {
        states = states.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(states));
        filters = List.copyOf(filters);
        Objects.requireNonNull(sortBy, "sortBy");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrialQuery}; every part is optional. */
    public static final class Builder {
        private final Set<TrialState> states = EnumSet.noneOf(TrialState.class);
        private final List<TrialFilter> filters = new ArrayList<>();
        private TrialField sortBy = TrialField.of(TrialField.Column.NUMBER);
        private boolean descending;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        /** Only trials in these states (may be called repeatedly). */
        public Builder optStates(TrialState... states) {
            this.states.addAll(List.of(states));
            return this;
        }

        /** One more condition. */
        public Builder optFilter(TrialFilter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /** Sort by a field as {@link TrialField#parse} reads it. */
        public Builder optSort(String field, boolean descending) {
            return optSort(TrialField.parse(field), descending);
        }

        /** Sort by a field. */
        public Builder optSort(TrialField field, boolean descending) {
            this.sortBy = Objects.requireNonNull(field, "field");
            this.descending = descending;
            return this;
        }

        /** The page: skip {@code offset} trials and return at most {@code limit}. */
        public Builder optPage(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
            return this;
        }

        /** The query. */
        public TrialQuery build() {
            return new TrialQuery(states, filters, sortBy, descending, offset, limit);
        }
    }
}
