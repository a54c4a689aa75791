package io.nas4j.strategies;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.strategies.evolution.GeneticSearch;
import io.nas4j.strategies.evolution.RegularizedEvolution;
import io.nas4j.strategies.pareto.Nsga2Search;
import io.nas4j.strategies.sampling.GridSearch;
import io.nas4j.strategies.sampling.RandomSearch;
import java.util.List;
import java.util.Objects;

/**
 * Builds a strategy from the spec's {@code strategy:} section. Type words: {@code random},
 * {@code grid}, {@code genetic}, {@code regularized-evolution}, {@code nsga2}.
 */
public final class StrategyFactory {
    /** The strategy type words, in the order the documentation lists them. */
    public static final List<String> TYPES = List.of(RandomSearch.TYPE, GridSearch.TYPE, GeneticSearch.TYPE,
            RegularizedEvolution.TYPE, Nsga2Search.TYPE);

    private StrategyFactory() {
    }

    /**
     * Checks the type and the options without a search space, e.g. before any data is loaded.
     *
     * @throws IllegalArgumentException naming the unknown type or the offending option
     */
    public static void validate(ComponentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        switch (spec.type()) {
            case RandomSearch.TYPE -> RandomSearch.Options.of(spec);
            case GridSearch.TYPE -> GridSearch.Options.of(spec);
            case GeneticSearch.TYPE -> GeneticSearch.Options.of(spec);
            case RegularizedEvolution.TYPE -> RegularizedEvolution.Options.of(spec);
            case Nsga2Search.TYPE -> Nsga2Search.Options.of(spec);
            default -> throw unknown(spec.type());
        }
    }

    /**
     * Creates the strategy the spec names.
     *
     * @param spec the {@code strategy:} section
     * @param space the study's search space
     * @param objectives the study's objectives, primary first
     * @param seed the study seed
     * @throws IllegalArgumentException naming the unknown type, the offending option, a grid that
     *     is too large or continuous, or objectives the strategy cannot use
     */
    public static Strategy create(ComponentSpec spec, SearchSpace space, List<Objective> objectives, long seed) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(space, "space");
        List<Objective> objs = List.copyOf(objectives);
        if (objs.isEmpty()) {
            throw new IllegalArgumentException("a strategy needs at least one objective");
        }
        return switch (spec.type()) {
            case RandomSearch.TYPE -> new RandomSearch(space, seed, RandomSearch.Options.of(spec));
            case GridSearch.TYPE -> new GridSearch(space, GridSearch.Options.of(spec));
            case GeneticSearch.TYPE -> new GeneticSearch(space, seed, GeneticSearch.Options.of(spec));
            case RegularizedEvolution.TYPE -> new RegularizedEvolution(space, seed,
                    RegularizedEvolution.Options.of(spec));
            case Nsga2Search.TYPE -> new Nsga2Search(space, objs, seed, Nsga2Search.Options.of(spec));
            default -> throw unknown(spec.type());
        };
    }

    private static IllegalArgumentException unknown(String type) {
        return new IllegalArgumentException("strategy.type: unknown strategy '" + type + "' (expected one of "
                + String.join(", ", TYPES) + ")");
    }
}
