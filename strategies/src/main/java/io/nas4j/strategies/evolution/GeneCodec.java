package io.nas4j.strategies.evolution;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.engine.InvertibleCodec;
import io.jenetics.util.Factory;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.space.SearchSpace;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Jenetics view of a {@link SearchSpace}: a genotype of one {@link DoubleChromosome} with
 * {@link SearchSpace#dimension()} genes in [0, 1), laid out exactly as the space lays out its
 * genes (per stage a depth gene and the block slots, then the hyperparameters). One chromosome
 * keeps single-point crossover meaningful across stage boundaries: a child takes a prefix of one
 * parent's architecture and the rest from the other.
 */
public final class GeneCodec implements InvertibleCodec<Candidate, DoubleGene> {
    private final SearchSpace space;

    /** Creates the codec of {@code space}. */
    public GeneCodec(SearchSpace space) {
        this.space = Objects.requireNonNull(space, "space");
    }

    @Override
    public Factory<Genotype<DoubleGene>> encoding() {
        return Genotype.of(DoubleChromosome.of(0, 1, space.dimension()));
    }

    @Override
    public Function<Genotype<DoubleGene>, Candidate> decoder() {
        return g -> space.decode(genes(g));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the candidate is not a point of the space
     */
    @Override
    public Function<Candidate, Genotype<DoubleGene>> encoder() {
        return c -> tryEncode(c).orElseThrow(() -> new IllegalArgumentException(
                "candidate is not in the search space: " + c.describe()));
    }

    /** The genotype of {@code candidate}, or empty when it is not a point of the space. */
    public Optional<Genotype<DoubleGene>> tryEncode(Candidate candidate) {
        return space.encode(candidate).map(GeneCodec::genotype);
    }

    /** The gene values of a genotype of this codec. */
    public static double[] genes(Genotype<DoubleGene> genotype) {
        var chromosome = genotype.chromosome();
        double[] g = new double[chromosome.length()];
        for (int i = 0; i < g.length; i++) {
            g[i] = chromosome.get(i).doubleValue();
        }
        return g;
    }

    /** A genotype holding {@code genes} (clamped into [0, 1)). */
    public static Genotype<DoubleGene> genotype(double[] genes) {
        DoubleGene[] g = new DoubleGene[genes.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = DoubleGene.of(Domain.clamp(genes[i]), 0, 1);
        }
        return Genotype.of(DoubleChromosome.of(g));
    }
}
