package io.nas4j.strategies.pareto;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.strategies.StrategyOptions;
import io.nas4j.strategies.evolution.GenerationalSearch;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * NSGA-II (Deb et al. 2002) on all of the study's objectives, generation-batched like
 * {@code genetic} (see {@link GenerationalSearch}).
 *
 * <p>Fitness is the vector of objective values oriented so that larger is better (see
 * {@link ObjectiveVectors}); trials that are not COMPLETE or miss a value take no part. After each
 * generation the breeding population is the best {@code population} of the previous breeding
 * population plus the new generation, by Jenetics' {@link NSGA2Selector} (non-dominated rank,
 * then crowding distance): NSGA-II's elitist (mu + lambda) survival. Parents are chosen by binary
 * tournaments on that crowded order, and each generation breeds {@code population} children.
 */
public final class Nsga2Search extends GenerationalSearch<Vec<double[]>> {
    /** The strategy's type word. */
    public static final String TYPE = "nsga2";

    private final List<Objective> objectives;
    private final Options options;

    /**
     * Options of NSGA-II.
     *
     * @param population candidates per generation and survivors kept ({@code population},
     *     default 20, at least 2)
     * @param crossoverProbability probability a child is a crossover ({@code crossover_probability},
     *     default 0.7)
     * @param mutationProbability probability each gene mutates ({@code mutation_probability},
     *     default 0.2)
     * @param maxAttempts breeding attempts per child before giving up on a new feasible one
     *     ({@code max_attempts}, default 64)
     */
    public record Options(int population, double crossoverProbability, double mutationProbability,
            int maxAttempts) {
        /** Option names as written in a spec. */
        public static final List<String> NAMES = List.of("population", "crossover_probability",
                "mutation_probability", "max_attempts");

        /** Validates the values. */
        public Options {
            if (population < 2) {
                throw new IllegalArgumentException("strategy.population: must be >= 2, got " + population);
            }
            if (!(crossoverProbability >= 0 && crossoverProbability <= 1)) {
                throw new IllegalArgumentException("strategy.crossover_probability: must be a probability in [0, 1], got "
                        + crossoverProbability);
            }
            if (!(mutationProbability >= 0 && mutationProbability <= 1)) {
                throw new IllegalArgumentException("strategy.mutation_probability: must be a probability in [0, 1], got "
                        + mutationProbability);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("strategy.max_attempts: must be >= 1, got " + maxAttempts);
            }
        }

        /** Reads and validates the options of a spec. */
        public static Options of(ComponentSpec spec) {
            StrategyOptions o = new StrategyOptions(spec, NAMES);
            return new Options(o.integer("population", 20, 2, 1_000_000), o.probability("crossover_probability", 0.7),
                    o.probability("mutation_probability", 0.2), o.integer("max_attempts", 64, 1, 100_000));
        }
    }

    /**
     * Creates NSGA-II over {@code space} for {@code objectives}.
     *
     * @throws IllegalArgumentException when there are fewer than two objectives
     */
    public Nsga2Search(SearchSpace space, List<Objective> objectives, long seed, Options options) {
        super(Objects.requireNonNull(space, "space"), seed, TYPE, options.population(),
                options.crossoverProbability(), options.mutationProbability(), options.maxAttempts());
        this.objectives = List.copyOf(objectives);
        if (this.objectives.size() < 2) {
            throw new IllegalArgumentException("strategy.type: nsga2 needs at least two objectives, got "
                    + this.objectives.size() + "; use genetic or regularized-evolution for one");
        }
        this.options = options;
    }

    @Override
    protected Optional<Vec<double[]>> fitness(TrialRecord trial, History history) {
        if (trial.state() != TrialState.COMPLETE) {
            return Optional.empty();
        }
        return ObjectiveVectors.oriented(trial, objectives).map(Vec::of);
    }

    @Override
    protected List<TrialRecord> survivors(List<TrialRecord> previous, List<TrialRecord> generation,
            History history) {
        Map<Phenotype<DoubleGene, Vec<double[]>>, TrialRecord> records = new IdentityHashMap<>();
        List<Phenotype<DoubleGene, Vec<double[]>>> pool = new ArrayList<>();
        List<TrialRecord> candidates = new ArrayList<>(previous);
        candidates.addAll(generation);
        for (TrialRecord t : candidates) {
            Optional<Vec<double[]>> f = fitness(t, history);
            if (f.isPresent()) {
                // the genotype plays no part in survival; an empty placeholder keeps records apart
                Phenotype<DoubleGene, Vec<double[]>> p = Phenotype.of(placeholder(), t.number(), f.get());
                pool.add(p);
                records.put(p, t);
            }
        }
        if (pool.size() <= options.population()) {
            return pool.stream().map(records::get).toList();
        }
        return NSGA2Selector.<DoubleGene, double[], Vec<double[]>>ofVec()
                .select(ISeq.of(pool), options.population(), Optimize.MAXIMUM)
                .stream().map(records::get).toList();
    }

    private static Genotype<DoubleGene> placeholder() {
        return Genotype.of(DoubleChromosome.of(0, 1, 1));
    }

    @Override
    protected ParentPicker<Vec<double[]>> parentPicker(ISeq<Phenotype<DoubleGene, Vec<double[]>>> population) {
        ISeq<Phenotype<DoubleGene, Vec<double[]>>> crowded = NSGA2Selector.<DoubleGene, double[], Vec<double[]>>ofVec()
                .select(population, population.size(), Optimize.MAXIMUM);
        Map<Phenotype<DoubleGene, Vec<double[]>>, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < crowded.size(); i++) {
            position.putIfAbsent(crowded.get(i), i);
        }
        return count -> {
            RandomGenerator random = RandomRegistry.random();
            List<Phenotype<DoubleGene, Vec<double[]>>> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Phenotype<DoubleGene, Vec<double[]>> a = population.get(random.nextInt(population.size()));
                Phenotype<DoubleGene, Vec<double[]>> b = population.get(random.nextInt(population.size()));
                out.add(position.get(a) <= position.get(b) ? a : b);
            }
            return ISeq.of(out);
        };
    }

    @Override
    protected int offspringCount() {
        return options.population();
    }
}
