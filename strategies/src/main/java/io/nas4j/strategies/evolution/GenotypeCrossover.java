package io.nas4j.strategies.evolution;

import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.SinglePointCrossover;
import io.jenetics.util.MSeq;

/**
 * Jenetics' single-point crossover applied to one chosen pair of parents, so that the child's
 * two parents are known for its lineage (Jenetics' population-wide alterer pairs individuals
 * itself and does not say with whom). The cut point comes from
 * {@link io.jenetics.util.RandomRegistry}.
 *
 * @param <C> the fitness type
 */
final class GenotypeCrossover<C extends Comparable<? super C>> extends SinglePointCrossover<DoubleGene, C> {

    GenotypeCrossover() {
        super(1.0);
    }

    /** The first child of crossing {@code a} with {@code b}: a prefix of a, the rest of b. */
    Genotype<DoubleGene> child(Genotype<DoubleGene> a, Genotype<DoubleGene> b) {
        MSeq<DoubleGene> first = MSeq.of(a.chromosome());
        MSeq<DoubleGene> second = MSeq.of(b.chromosome());
        crossover(first, second);
        return Genotype.of(a.chromosome().newInstance(first.toISeq()));
    }
}
