package io.nas4j.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.strategies.SyntheticStudy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeneCodecTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final GeneCodec CODEC = new GeneCodec(SPACE);

    @Test
    void everyGridPointSurvivesTheRoundTrip() {
        for (long i = 0; i < SPACE.gridSize(); i += 7) {
            Candidate c = SPACE.gridPoint(i);
            assertEquals(c, CODEC.decode(CODEC.encode(c)), "grid point " + i);
        }
    }

    @Test
    void randomCandidatesOfAContinuousSpaceSurviveTheRoundTrip() {
        SearchSpace space = SyntheticStudy.continuousSpace();
        GeneCodec codec = new GeneCodec(space);
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            Candidate c = space.sample(random);
            assertEquals(c, codec.decode(codec.encode(c)));
        }
    }

    @Test
    void genotypeHasOneGenePerSpaceDimension() {
        Genotype<DoubleGene> g = CODEC.encoding().newInstance();
        assertEquals(1, g.length());
        assertEquals(SPACE.dimension(), g.geneCount());
        assertEquals(SPACE.decode(GeneCodec.genes(g)), CODEC.decode(g));
    }

    @Test
    void inactiveGenesNeverChangeTheCandidateAndActiveOnesCan() {
        Random random = new Random(5);
        for (int n = 0; n < 200; n++) {
            double[] genes = random.doubles(SPACE.dimension()).toArray();
            Candidate c = SPACE.decode(genes);
            List<Integer> active = ActiveGenes.of(SPACE, genes);
            for (int i = 0; i < genes.length; i++) {
                boolean changes = false;
                for (double u = 0.01; u < 1; u += 0.1) {
                    double[] g = genes.clone();
                    g[i] = u;
                    changes |= !SPACE.decode(g).equals(c);
                }
                assertEquals(active.contains(i), changes, "gene " + i + " of " + c.describe());
            }
        }
    }

    @Test
    void candidatesOutsideTheSpaceDoNotEncode() {
        Candidate outside = new Candidate(SPACE.gridPoint(0).architecture(), java.util.Map.of("learning_rate", 0.5,
                "batch_size", 32));
        assertTrue(CODEC.tryEncode(outside).isEmpty());
        assertNotEquals(outside, SPACE.gridPoint(0));
    }
}
