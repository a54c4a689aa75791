package io.nas4j.strategies.evolution;

import io.jenetics.AltererResult;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.strategies.CandidateScreen;
import io.nas4j.strategies.Seeds;
import io.nas4j.strategies.Strategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The generation-batched evolutionary loop shared by {@code genetic} and {@code nsga2}, rebuilt
 * from the history on every call.
 *
 * <p>A trial belongs to generation {@code g} when its lineage says so. Generation 0 is
 * {@code population} random candidates. Generation {@code g + 1} is bred only once every trial of
 * generation {@code g} has finished (until then {@link #propose} returns an empty list: wait):
 * the subclass decides who survives into the breeding population ({@link #survivors}), how
 * parents are chosen ({@link #parentPicker}) and how many children a generation has; children
 * are made by Jenetics' single-point crossover (with probability {@code crossover_probability})
 * and {@link GaussianMutator} (each gene with probability {@code mutation_probability}).
 *
 * <p>A generation's planned proposals are a function of the seed, the generation number and the
 * earlier generations only (slot {@code i}'s draws come from a stream seeded by seed, generation
 * and slot, and Jenetics draws through {@link RandomRegistry#with} on that stream), so a call
 * after a crash re-plans the same generation and proposes the planned candidates not yet
 * recorded.
 *
 * @param <C> the Jenetics fitness type
 */
public abstract class GenerationalSearch<C extends Comparable<? super C>> implements Strategy {
    private final SearchSpace space;
    private final GeneCodec codec;
    private final long seed;
    private final String type;
    private final int populationSize;
    private final double crossoverProbability;
    private final double mutationProbability;
    private final int maxAttempts;

    /**
     * Chooses parents from a breeding population; called inside the generation's
     * {@link RandomRegistry} scope, so Jenetics selectors draw deterministically.
     *
     * @param <C> the fitness type
     */
    @FunctionalInterface
    protected interface ParentPicker<C extends Comparable<? super C>> {
        /** {@code count} parents, possibly repeated. */
        ISeq<Phenotype<DoubleGene, C>> pick(int count);
    }

    /**
     * Creates the loop.
     *
     * @param space the search space
     * @param seed the study seed
     * @param type the strategy's type word (names its random streams)
     * @param populationSize the number of candidates of generation 0
     * @param crossoverProbability probability that a child is a crossover of two parents
     * @param mutationProbability probability that a gene of a child mutates
     * @param maxAttempts breeding attempts per slot before giving up on a new feasible child
     */
    protected GenerationalSearch(SearchSpace space, long seed, String type, int populationSize,
            double crossoverProbability, double mutationProbability, int maxAttempts) {
        this.space = space;
        this.codec = new GeneCodec(space);
        this.seed = seed;
        this.type = type;
        this.populationSize = populationSize;
        this.crossoverProbability = crossoverProbability;
        this.mutationProbability = mutationProbability;
        this.maxAttempts = maxAttempts;
    }

    /** The fitness of a finished trial, or empty when it cannot be a parent. */
    protected abstract Optional<C> fitness(TrialRecord trial, History history);

    /**
     * The breeding population after a generation.
     *
     * @param previous the breeding population after the generation before (empty for generation 0)
     * @param generation the finished trials of the generation
     * @param history the whole history (for scores)
     */
    protected abstract List<TrialRecord> survivors(List<TrialRecord> previous, List<TrialRecord> generation,
            History history);

    /** How parents are chosen from a breeding population with fitness. */
    protected abstract ParentPicker<C> parentPicker(ISeq<Phenotype<DoubleGene, C>> population);

    /** Number of children bred per generation after the first. */
    protected abstract int offspringCount();

    /** The search space. */
    protected final SearchSpace space() {
        return space;
    }

    @Override
    public final List<Proposal> propose(History history, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        TreeMap<Integer, List<TrialRecord>> byGeneration = new TreeMap<>();
        for (TrialRecord t : history.trials()) {
            byGeneration.computeIfAbsent(t.lineage().generation(), g -> new ArrayList<>()).add(t);
        }
        int current = byGeneration.isEmpty() ? 0 : byGeneration.lastKey();
        List<TrialRecord> population = List.of();
        for (int g = 0; g < current; g++) {
            population = survivors(population, finished(byGeneration.getOrDefault(g, List.of())), history);
        }
        for (int g = current; ; g++) {
            List<TrialRecord> members = byGeneration.getOrDefault(g, List.of());
            Set<String> recorded = new HashSet<>();
            members.forEach(t -> recorded.add(t.fingerprint()));
            List<Proposal> missing = new ArrayList<>();
            for (Proposal p : plan(g, population, history)) {
                if (!recorded.contains(p.candidate().fingerprint())) {
                    missing.add(p);
                }
            }
            if (!missing.isEmpty()) {
                return List.copyOf(missing.subList(0, Math.min(limit, missing.size())));
            }
            if (members.isEmpty() || members.stream().anyMatch(t -> !t.state().isFinished())) {
                return List.of(); // exhausted, or waiting for the generation to finish
            }
            population = survivors(population, members, history);
        }
    }

    private static List<TrialRecord> finished(List<TrialRecord> trials) {
        return trials.stream().filter(t -> t.state().isFinished()).toList();
    }

    /** Every proposal of generation {@code g}, recorded or not, in slot order. */
    private List<Proposal> plan(int g, List<TrialRecord> population, History history) {
        List<String> others = history.trials().stream().filter(t -> t.lineage().generation() != g)
                .map(TrialRecord::fingerprint).toList();
        CandidateScreen screen = new CandidateScreen(space, others, maxAttempts);
        Map<Phenotype<DoubleGene, C>, TrialRecord> records = new IdentityHashMap<>();
        List<Phenotype<DoubleGene, C>> parents = new ArrayList<>();
        for (TrialRecord t : population) {
            Optional<C> f = fitness(t, history);
            Optional<Genotype<DoubleGene>> genotype = codec.tryEncode(t.candidate());
            if (f.isPresent() && genotype.isPresent()) {
                Phenotype<DoubleGene, C> p = Phenotype.of(genotype.get(), g, f.get());
                parents.add(p);
                records.put(p, t);
            }
        }
        boolean breed = g > 0 && !parents.isEmpty();
        ParentPicker<C> picker = breed ? parentPicker(ISeq.of(parents)) : null;
        int slots = breed ? offspringCount() : populationSize;
        List<Proposal> out = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            Random random = Seeds.random(seed, type, g, slot);
            Optional<Proposal> p = breed
                    ? screen.pick(a -> RandomRegistry.with(new Random(random.nextLong()),
                            r -> breed(g, picker, records, r)))
                    : screen.pick(a -> new Proposal(space.sample(random),
                            g == 0 ? Lineage.RANDOM : new Lineage(g, List.of(), "random")));
            p.ifPresent(out::add);
        }
        return out;
    }

    /** One child: two parents, maybe crossover, then gaussian mutation; null when it is a copy. */
    private Proposal breed(int g, ParentPicker<C> picker, Map<Phenotype<DoubleGene, C>, TrialRecord> records,
            RandomGenerator random) {
        ISeq<Phenotype<DoubleGene, C>> pair = picker.pick(2);
        Phenotype<DoubleGene, C> a = pair.get(0);
        Phenotype<DoubleGene, C> b = pair.get(1);
        boolean crossed = space.dimension() >= 2 && a != b && random.nextDouble() < crossoverProbability;
        Genotype<DoubleGene> child = crossed
                ? new GenotypeCrossover<C>().child(a.genotype(), b.genotype()) : a.genotype();
        AltererResult<DoubleGene, C> mutation = new GaussianMutator<DoubleGene, C>(mutationProbability)
                .alter(ISeq.of(Phenotype.<DoubleGene, C>of(child, g)), g);
        boolean mutated = mutation.alterations() > 0;
        if (!crossed && !mutated) {
            return null;
        }
        child = mutation.population().get(0).genotype();
        String operator = crossed && mutated ? "crossover+mutation" : crossed ? "crossover" : "mutation";
        List<Integer> parents = crossed ? List.of(records.get(a).number(), records.get(b).number())
                : List.of(records.get(a).number());
        return new Proposal(codec.decode(child), new Lineage(g, parents, operator));
    }
}
