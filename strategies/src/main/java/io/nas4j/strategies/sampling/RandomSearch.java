package io.nas4j.strategies.sampling;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.strategies.CandidateScreen;
import io.nas4j.strategies.Seeds;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.StrategyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Uniform random search. Proposal {@code k} (the history's size plus its place in the batch)
 * decodes genes drawn from a random stream seeded by the study seed and {@code k}, so a resumed
 * study proposes exactly what the interrupted one would have. Duplicates and infeasible
 * candidates are redrawn from the same stream, up to {@code max_attempts} times.
 */
public final class RandomSearch implements Strategy {
    /** The strategy's type word. */
    public static final String TYPE = "random";

    private final SearchSpace space;
    private final long seed;
    private final Options options;

    /**
     * Options of random search.
     *
     * @param maxAttempts draws per proposal before giving up on a new feasible candidate
     *     ({@code max_attempts}, default 64)
     */
    public record Options(int maxAttempts) {
        /** Option names as written in a spec. */
        public static final List<String> NAMES = List.of("max_attempts");

        /** Validates the values. */
        public Options {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("strategy.max_attempts: must be >= 1, got " + maxAttempts);
            }
        }

        /** Reads and validates the options of a spec. */
        public static Options of(ComponentSpec spec) {
            StrategyOptions o = new StrategyOptions(spec, NAMES);
            return new Options(o.integer("max_attempts", 64, 1, 100_000));
        }
    }

    /** Creates random search over {@code space} with the study seed. */
    public RandomSearch(SearchSpace space, long seed, Options options) {
        this.space = Objects.requireNonNull(space, "space");
        this.seed = seed;
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Proposal> propose(History history, int limit) {
        CandidateScreen screen = CandidateScreen.excluding(space, history.trials(), options.maxAttempts());
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            Random random = Seeds.random(seed, TYPE, history.size() + (long) i);
            Optional<Proposal> p = screen.pick(a -> new Proposal(space.sample(random), Lineage.RANDOM));
            p.ifPresent(out::add);
        }
        return out;
    }
}
