package io.nas4j.strategies.evolution;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
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
 * Regularized (aging) evolution, after Real et al., "Regularized Evolution for Image Classifier
 * Architecture Search" (AAAI 2019).
 *
 * <p>The first {@code population} proposals are random (generation 0). After that, each
 * proposal {@code k} takes the {@code population} most recently created finished trials as the
 * population (older ones have died of age), samples {@code sample} of them, and mutates the best
 * one: exactly one active gene changes (a stage's depth, a block's option or parameter, or a
 * hyperparameter). The child's lineage is the parent's generation plus one, the parent's trial
 * number and operator {@code mutation}. FAILED, PRUNED and INFEASIBLE trials score -infinity.
 *
 * <p>It is asynchronous: once {@code population} trials have finished it proposes while others
 * still run. Every draw for proposal {@code k} comes from a stream seeded by the study seed and
 * {@code k}.
 */
public final class RegularizedEvolution implements Strategy {
    /** The strategy's type word. */
    public static final String TYPE = "regularized-evolution";
    /** Standard deviation of a gaussian gene step (genes live in [0, 1)). */
    private static final double STEP = 0.15;

    private final SearchSpace space;
    private final long seed;
    private final Options options;

    /**
     * Options of regularized evolution.
     *
     * @param population population size, the number of random initial proposals and the number
     *     of recent trials that stay alive ({@code population}, default 20, at least 2)
     * @param sample how many of the population compete to be the parent ({@code sample},
     *     default 5, from 1 to population)
     * @param maxAttempts mutations per proposal before giving up on a new feasible child
     *     ({@code max_attempts}, default 64)
     */
    public record Options(int population, int sample, int maxAttempts) {
        /** Option names as written in a spec. */
        public static final List<String> NAMES = List.of("population", "sample", "max_attempts");

        /** Validates the values. */
        public Options {
            if (population < 2) {
                throw new IllegalArgumentException("strategy.population: must be >= 2, got " + population);
            }
            if (sample < 1 || sample > population) {
                throw new IllegalArgumentException("strategy.sample: must be from 1 to population (" + population
                        + "), got " + sample);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("strategy.max_attempts: must be >= 1, got " + maxAttempts);
            }
        }

        /** Reads and validates the options of a spec. */
        public static Options of(ComponentSpec spec) {
            StrategyOptions o = new StrategyOptions(spec, NAMES);
            return new Options(o.integer("population", 20, 2, 1_000_000), o.integer("sample", 5, 1, 1_000_000),
                    o.integer("max_attempts", 64, 1, 100_000));
        }
    }

    /** Creates regularized evolution over {@code space} with the study seed. */
    public RegularizedEvolution(SearchSpace space, long seed, Options options) {
        this.space = Objects.requireNonNull(space, "space");
        this.seed = seed;
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Proposal> propose(History history, int limit) {
        CandidateScreen screen = CandidateScreen.excluding(space, history.trials(), options.maxAttempts());
        List<TrialRecord> finished = history.finished();
        List<TrialRecord> population = finished.subList(Math.max(0, finished.size() - options.population()),
                finished.size());
        List<Proposal> out = new ArrayList<>();
        for (int j = 0; j < limit; j++) {
            long k = history.size() + (long) j;
            Random random = Seeds.random(seed, TYPE, k);
            Optional<Proposal> p;
            if (k < options.population()) {
                p = screen.pick(a -> new Proposal(space.sample(random), Lineage.RANDOM));
            } else if (population.size() < options.population()) {
                break; // wait until a whole population has finished
            } else {
                TrialRecord parent = tournament(population, random, history);
                Optional<double[]> genes = space.encode(parent.candidate());
                p = screen.pick(a -> genes.isPresent() ? mutate(parent, genes.get(), random)
                        : new Proposal(space.sample(random), new Lineage(parent.lineage().generation() + 1,
                                List.of(), "random")));
            }
            p.ifPresent(out::add);
        }
        return out;
    }

    /** The best of {@code sample} distinct members drawn at random; ties go to the younger. */
    private TrialRecord tournament(List<TrialRecord> population, Random random, History history) {
        List<TrialRecord> pool = new ArrayList<>(population);
        TrialRecord best = null;
        for (int s = 0; s < options.sample(); s++) {
            TrialRecord t = pool.remove(random.nextInt(pool.size()));
            if (best == null || score(t, history) > score(best, history)
                    || (score(t, history) == score(best, history) && t.number() > best.number())) {
                best = t;
            }
        }
        return best;
    }

    private static double score(TrialRecord t, History history) {
        return t.state() == TrialState.COMPLETE ? history.score(t) : Double.NEGATIVE_INFINITY;
    }

    /** The parent with one active gene redrawn (half the time) or stepped by a gaussian. */
    private Proposal mutate(TrialRecord parent, double[] parentGenes, Random random) {
        List<Integer> active = ActiveGenes.of(space, parentGenes);
        if (active.isEmpty()) {
            return null;
        }
        double[] genes = parentGenes.clone();
        int i = active.get(random.nextInt(active.size()));
        genes[i] = random.nextBoolean() ? random.nextDouble() : reflect(genes[i] + random.nextGaussian() * STEP);
        return new Proposal(space.decode(genes),
                new Lineage(parent.lineage().generation() + 1, List.of(parent.number()), "mutation"));
    }

    /** Folds a value back into [0, 1). */
    private static double reflect(double u) {
        double v = Math.abs(u) % 2.0;
        v = v > 1 ? 2 - v : v;
        return Math.min(v, Math.nextDown(1.0));
    }
}
