package io.nas4j.strategies.evolution;

import io.jenetics.DoubleGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.util.ISeq;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.StrategyOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generational genetic algorithm on the primary objective, built from Jenetics parts.
 *
 * <p>Each generation is one batch: generation 0 is {@code population} random candidates; each
 * later generation keeps the {@code elitism} best trials of the previous breeding population
 * (they are not trained again: their results are reused) and adds {@code population - elitism}
 * children. Parents are picked by Jenetics' {@link TournamentSelector} of size
 * {@code tournament_size} on the score (larger is better; FAILED, PRUNED and INFEASIBLE trials
 * score -infinity); children come from single-point crossover and gaussian mutation (see
 * {@link GenerationalSearch}). Lineage operators: {@code crossover}, {@code mutation},
 * {@code crossover+mutation}, with the parents' trial numbers.
 */
public final class GeneticSearch extends GenerationalSearch<Double> {
    /** The strategy's type word. */
    public static final String TYPE = "genetic";

    private final Options options;

    /**
     * Options of the genetic algorithm.
     *
     * @param population candidates per generation ({@code population}, default 20, at least 2)
     * @param tournamentSize contestants per parent selection ({@code tournament_size}, default 3,
     *     from 2 to population)
     * @param elitism best trials carried into the next generation unchanged ({@code elitism},
     *     default 2, less than population)
     * @param crossoverProbability probability a child is a crossover ({@code crossover_probability},
     *     default 0.7)
     * @param mutationProbability probability each gene mutates ({@code mutation_probability},
     *     default 0.2)
     * @param maxAttempts breeding attempts per child before giving up on a new feasible one
     *     ({@code max_attempts}, default 64)
     */
    public record Options(int population, int tournamentSize, int elitism, double crossoverProbability,
            double mutationProbability, int maxAttempts) {
        /** Option names as written in a spec. */
        public static final List<String> NAMES = List.of("population", "tournament_size", "elitism",
                "crossover_probability", "mutation_probability", "max_attempts");

        /** Validates the values. */
        public Options {
            if (population < 2) {
                throw new IllegalArgumentException("strategy.population: must be >= 2, got " + population);
            }
            if (tournamentSize < 2 || tournamentSize > population) {
                throw new IllegalArgumentException("strategy.tournament_size: must be from 2 to population ("
                        + population + "), got " + tournamentSize);
            }
            if (elitism < 0 || elitism >= population) {
                throw new IllegalArgumentException("strategy.elitism: must be from 0 to population - 1 ("
                        + (population - 1) + "), got " + elitism);
            }
            probability("crossover_probability", crossoverProbability);
            probability("mutation_probability", mutationProbability);
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("strategy.max_attempts: must be >= 1, got " + maxAttempts);
            }
        }

        private static void probability(String name, double p) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("strategy." + name + ": must be a probability in [0, 1], got " + p);
            }
        }

        /** Reads and validates the options of a spec. */
        public static Options of(ComponentSpec spec) {
            StrategyOptions o = new StrategyOptions(spec, NAMES);
            return new Options(o.integer("population", 20, 2, 1_000_000),
                    o.integer("tournament_size", 3, 2, 1_000_000), o.integer("elitism", 2, 0, 1_000_000),
                    o.probability("crossover_probability", 0.7), o.probability("mutation_probability", 0.2),
                    o.integer("max_attempts", 64, 1, 100_000));
        }
    }

    /** Creates the genetic algorithm over {@code space} with the study seed. */
    public GeneticSearch(SearchSpace space, long seed, Options options) {
        super(Objects.requireNonNull(space, "space"), seed, TYPE, options.population(),
                options.crossoverProbability(), options.mutationProbability(), options.maxAttempts());
        this.options = options;
    }

    @Override
    protected Optional<Double> fitness(TrialRecord trial, History history) {
        return Optional.of(score(trial, history));
    }

    private static double score(TrialRecord t, History history) {
        return t.state() == TrialState.COMPLETE ? history.score(t) : Double.NEGATIVE_INFINITY;
    }

    @Override
    protected List<TrialRecord> survivors(List<TrialRecord> previous, List<TrialRecord> generation,
            History history) {
        List<TrialRecord> next = new ArrayList<>(elites(previous, history));
        next.addAll(generation);
        return next;
    }

    /** The {@code elitism} best COMPLETE trials (ties: the older one). */
    private List<TrialRecord> elites(List<TrialRecord> population, History history) {
        return population.stream()
                .filter(t -> score(t, history) > Double.NEGATIVE_INFINITY)
                .sorted(Comparator.comparingDouble((TrialRecord t) -> -score(t, history))
                        .thenComparingInt(TrialRecord::number))
                .limit(options.elitism())
                .toList();
    }

    @Override
    protected ParentPicker<Double> parentPicker(ISeq<Phenotype<DoubleGene, Double>> population) {
        TournamentSelector<DoubleGene, Double> selector = new TournamentSelector<>(options.tournamentSize());
        return count -> selector.select(population, count, Optimize.MAXIMUM);
    }

    @Override
    protected int offspringCount() {
        return options.population() - options.elitism();
    }
}
