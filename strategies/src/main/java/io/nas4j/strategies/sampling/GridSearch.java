package io.nas4j.strategies.sampling;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.CandidateScreen;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exhaustive grid search: proposes {@link SearchSpace#gridPoint(long) grid point} 0, 1, 2, ... in
 * order, skipping points already in the history (by repaired fingerprint) and infeasible points
 * (those the constraints or shape inference reject; they are never trained). An empty proposal
 * list with nothing pending means the grid is done.
 *
 * <p>Every domain must be discrete, and the grid may hold at most {@code max_grid} points
 * (default 10,000).
 */
public final class GridSearch implements Strategy {
    /** The strategy's type word. */
    public static final String TYPE = "grid";

    private final SearchSpace space;
    private final int size;
    /** Repaired fingerprint per grid point, or "" for infeasible points; computed lazily. */
    private final String[] fingerprints;
    private final Candidate[] candidates;

    /**
     * Options of grid search.
     *
     * @param maxGrid the most grid points allowed ({@code max_grid}, default 10,000)
     */
    public record Options(int maxGrid) {
        /** Option names as written in a spec. */
        public static final List<String> NAMES = List.of("max_grid");

        /** Validates the values. */
        public Options {
            if (maxGrid < 1) {
                throw new IllegalArgumentException("strategy.max_grid: must be >= 1, got " + maxGrid);
            }
        }

        /** Reads and validates the options of a spec. */
        public static Options of(ComponentSpec spec) {
            StrategyOptions o = new StrategyOptions(spec, NAMES);
            return new Options(o.integer("max_grid", 10_000, 1, Integer.MAX_VALUE - 8));
        }
    }

    /**
     * Creates grid search over {@code space}.
     *
     * @throws IllegalArgumentException naming the first continuous parameter, or when the grid has
     *     more than {@code max_grid} points
     */
    public GridSearch(SearchSpace space, Options options) {
        this.space = Objects.requireNonNull(space, "space");
        long n = space.gridSize();
        if (n > options.maxGrid()) {
            throw new IllegalArgumentException("grid has " + (n == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : n)
                    + " points, more than max_grid " + options.maxGrid()
                    + "; shrink the space or raise strategy.max_grid");
        }
        this.size = (int) n;
        this.fingerprints = new String[size];
        this.candidates = new Candidate[size];
    }

    /** Number of grid points. */
    public int size() {
        return size;
    }

    @Override
    public List<Proposal> propose(History history, int limit) {
        Set<String> recorded = new HashSet<>();
        for (TrialRecord t : history.trials()) {
            recorded.add(t.fingerprint());
        }
        CandidateScreen screen = new CandidateScreen(space, List.of(), 1);
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < size && out.size() < limit; i++) {
            resolve(i, screen);
            String fp = fingerprints[i];
            if (!fp.isEmpty() && recorded.add(fp)) {
                out.add(new Proposal(candidates[i], Lineage.initial(TYPE)));
            }
        }
        return out;
    }

    /** Fills the cache for point {@code i}; the cache depends on the space only. */
    private void resolve(int i, CandidateScreen screen) {
        if (fingerprints[i] != null) {
            return;
        }
        Optional<Candidate> repaired = screen.feasible(space.gridPoint(i));
        candidates[i] = repaired.orElse(null);
        fingerprints[i] = repaired.map(Candidate::fingerprint).orElse("");
    }
}
