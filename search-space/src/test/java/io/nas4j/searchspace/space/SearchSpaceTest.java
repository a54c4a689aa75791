package io.nas4j.searchspace.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.domain.IntRange;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.spec.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    private static final ModelIO MNIST = new ModelIO(new Shape(1, 28, 28), Task.CLASSIFICATION, 10);

    private static Map<String, Domain> domains(Object... keysAndDomains) {
        Map<String, Domain> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndDomains.length; i += 2) {
            m.put((String) keysAndDomains[i], (Domain) keysAndDomains[i + 1]);
        }
        return m;
    }

    /** conv stage (1..2 of conv, maxpool, batchnorm), dense stage (0..2 of dense, dropout), three hyperparameters. */
    static SearchSpace cnnSpace(Constraints constraints) {
        StageSpace convs = new StageSpace(1, 2, List.of(
                new BlockSpace(LayerType.CONV2D, domains("filters", new IntRange(8, 32, 8, false),
                        "kernel", Choice.of(3, 5), "padding", Choice.of("same", "valid"))),
                new BlockSpace(LayerType.MAXPOOL, Map.of()),
                new BlockSpace(LayerType.BATCHNORM, Map.of())));
        StageSpace head = new StageSpace(0, 2, List.of(
                new BlockSpace(LayerType.DENSE, domains("units", new IntRange(8, 256, 1, true),
                        "activation", Choice.of("relu", "tanh", "elu"))),
                new BlockSpace(LayerType.DROPOUT, domains("rate", new FloatRange(0.0, 0.5, false)))));
        HyperparameterSpace hp = new HyperparameterSpace(domains(
                "learning_rate", new FloatRange(1e-4, 1e-1, true),
                "optimizer", Choice.of("adam", "sgd", "rmsprop"),
                "batch_size", new IntRange(16, 128, 16, false)));
        return new SearchSpace(new ArchitectureSpace(List.of(convs, head)), hp, MNIST, constraints);
    }

    @Test
    void dimensionCountsDepthOptionAndParameterGenes() {
        // per stage: 1 depth gene + max_blocks * (1 option gene + widest option's parameters)
        assertEquals((1 + 2 * (1 + 3)) + (1 + 2 * (1 + 2)) + 3, cnnSpace(Constraints.NONE).dimension());
    }

    @Test
    void decodeRejectsAWrongNumberOfGenes() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        assertEquals("expected 19 genes, got 3",
                assertThrows(IllegalArgumentException.class, () -> s.decode(new double[3])).getMessage());
    }

    @Test
    void decodeThenEncodeRoundTripsRandomCandidates() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        Random random = new Random(11);
        Set<Integer> depths = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            Candidate c = s.sample(random);
            depths.add(c.architecture().layers().size());
            Optional<double[]> genes = s.encode(c);
            assertTrue(genes.isPresent(), () -> "not encodable: " + c.describe());
            assertEquals(s.dimension(), genes.get().length);
            assertEquals(c, s.decode(genes.get()), c.describe());
        }
        assertEquals(Set.of(1, 2, 3, 4), depths, "every depth from 1 to 2 + 2 was sampled");
    }

    @Test
    void repairedCandidatesEncodeBackToTheSameRepairedCandidate() throws Exception {
        SearchSpace s = cnnSpace(Constraints.NONE);
        Random random = new Random(5);
        int repaired = 0;
        for (int i = 0; i < 1000; i++) {
            Candidate c = s.sample(random);
            ShapeReport report;
            try {
                report = s.check(c);
            } catch (InfeasibleArchitectureException e) {
                continue;
            }
            Candidate fixed = s.repaired(c, report);
            if (!fixed.equals(c)) {
                repaired++;
                assertTrue(fixed.architecture().layers().stream().anyMatch(l -> l instanceof Flatten));
            }
            Optional<double[]> genes = s.encode(fixed);
            assertTrue(genes.isPresent(), () -> "repaired candidate not encodable: " + fixed.describe());
            Candidate decoded = s.decode(genes.get());
            assertEquals(c, decoded, "the flatten is left to repair");
            assertEquals(fixed, s.repaired(decoded, s.check(decoded)));
        }
        assertTrue(repaired > 100, "dense after convolution is common: " + repaired);
    }

    @Test
    void candidatesOutsideTheSpaceDoNotEncode() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        Candidate good = s.sample(new Random(3));
        Map<String, Object> hp = new LinkedHashMap<>(good.hyperparameters());
        List<Layer> convOnly = List.of(new io.nas4j.searchspace.arch.Conv2d(8, 3, 1,
                io.nas4j.searchspace.arch.Padding.SAME, Activation.RELU));
        assertTrue(s.encode(new Candidate(new Architecture(convOnly), hp)).isPresent());
        // wrong order of stages
        assertFalse(s.encode(new Candidate(new Architecture(List.of(new Dense(8, Activation.RELU))), hp)).isPresent());
        // a value outside a domain
        assertFalse(s.encode(new Candidate(new Architecture(List.of(new io.nas4j.searchspace.arch.Conv2d(12, 3, 1,
                io.nas4j.searchspace.arch.Padding.SAME, Activation.RELU))), hp)).isPresent());
        // too many blocks
        List<Layer> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(new BatchNorm());
        }
        assertFalse(s.encode(new Candidate(new Architecture(three), hp)).isPresent());
        // a non-default parameter that has no domain
        assertFalse(s.encode(new Candidate(new Architecture(List.of(new BatchNorm(),
                new io.nas4j.searchspace.arch.Pool(LayerType.MAXPOOL, 3, 3, io.nas4j.searchspace.arch.Padding.VALID))), hp))
                .isPresent());
        // hyperparameters: missing, extra, outside
        Map<String, Object> missing = new LinkedHashMap<>(hp);
        missing.remove("optimizer");
        assertFalse(s.encode(new Candidate(new Architecture(convOnly), missing)).isPresent());
        Map<String, Object> extra = new LinkedHashMap<>(hp);
        extra.put("epochs", 3);
        assertFalse(s.encode(new Candidate(new Architecture(convOnly), extra)).isPresent());
        Map<String, Object> outside = new LinkedHashMap<>(hp);
        outside.put("optimizer", "adagrad");
        assertFalse(s.encode(new Candidate(new Architecture(convOnly), outside)).isPresent());
    }

    @Test
    void encodeBacktracksWhenTheGreedyMatchLeavesTooFewBlocksForTheNextStage() {
        BlockSpace dense = new BlockSpace(LayerType.DENSE, domains("units", Choice.of(8, 16)));
        SearchSpace s = new SearchSpace(new ArchitectureSpace(List.of(new StageSpace(1, 3, List.of(dense)),
                new StageSpace(1, 1, List.of(dense)))), HyperparameterSpace.empty(), MNIST, Constraints.NONE);
        Candidate c = new Candidate(new Architecture(List.of(new Dense(8, Activation.RELU), new Dense(16, Activation.RELU))),
                Map.of());
        assertEquals(c, s.decode(s.encode(c).orElseThrow()));
    }

    @Test
    void genesOutsideTheUnitIntervalAreClamped() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        double[] low = new double[s.dimension()];
        double[] high = new double[s.dimension()];
        java.util.Arrays.fill(low, -5);
        java.util.Arrays.fill(high, 5);
        double[] zero = new double[s.dimension()];
        double[] nearOne = new double[s.dimension()];
        java.util.Arrays.fill(nearOne, Math.nextDown(1.0));
        assertEquals(s.decode(zero), s.decode(low));
        assertEquals(s.decode(nearOne), s.decode(high));
    }

    @Test
    void checkReportsParameterAndFlopLimitsWithTheNumbers() throws Exception {
        Candidate mlp = new Candidate(new Architecture(List.of(new Dense(256, Activation.RELU))), Map.of());
        ModelIO io = new ModelIO(new Shape(784), Task.CLASSIFICATION, 10);
        SearchSpace base = cnnSpace(Constraints.NONE);
        SearchSpace unlimited = new SearchSpace(base.architecture(), base.hyperparameters(), io, Constraints.NONE);
        assertEquals(203_530, unlimited.check(mlp).params());

        SearchSpace params = new SearchSpace(base.architecture(), base.hyperparameters(), io, new Constraints(100_000, 0));
        assertEquals("203,530 parameters exceed constraints.max_params 100,000",
                assertThrows(InfeasibleArchitectureException.class, () -> params.check(mlp)).getMessage());
        SearchSpace exact = new SearchSpace(base.architecture(), base.hyperparameters(), io, new Constraints(203_530, 0));
        assertEquals(203_530, exact.check(mlp).params());

        long flops = unlimited.check(mlp).flops();
        SearchSpace flopLimit = new SearchSpace(base.architecture(), base.hyperparameters(), io,
                new Constraints(0, flops - 1));
        assertEquals(String.format(java.util.Locale.ROOT, "%,d FLOPs exceed constraints.max_flops %,d", flops, flops - 1),
                assertThrows(InfeasibleArchitectureException.class, () -> flopLimit.check(mlp)).getMessage());
    }

    @Test
    void constraintMessagesDoNotDependOnTheDefaultLocale() {
        Candidate mlp = new Candidate(new Architecture(List.of(new Dense(256, Activation.RELU))), Map.of());
        SearchSpace base = cnnSpace(Constraints.NONE);
        SearchSpace limited = new SearchSpace(base.architecture(), base.hyperparameters(),
                new ModelIO(new Shape(784), Task.CLASSIFICATION, 10), new Constraints(100_000, 0));
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("203,530 parameters exceed constraints.max_params 100,000",
                    assertThrows(InfeasibleArchitectureException.class, () -> limited.check(mlp)).getMessage());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void checkPassesShapeInfeasibilityThrough() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        Candidate c = new Candidate(new Architecture(List.of(new Dense(8, Activation.RELU),
                new io.nas4j.searchspace.arch.Pool(LayerType.MAXPOOL, 2, 2, io.nas4j.searchspace.arch.Padding.VALID))),
                Map.of());
        assertTrue(assertThrows(InfeasibleArchitectureException.class, () -> s.check(c)).getMessage()
                .startsWith("maxpool(2,2,valid) at block 2 needs an image input"));
    }

    @Test
    void constraintsMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Constraints(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Constraints(0, -1));
    }

    // ---- grid

    /** dense/dropout stage (1..2), batchnorm stage (0..1), two hyperparameters: 20 * 2 * 2 * 3 = 240 points. */
    private static SearchSpace smallGrid() {
        StageSpace first = new StageSpace(1, 2, List.of(
                new BlockSpace(LayerType.DENSE, domains("units", Choice.of(4, 8))),
                new BlockSpace(LayerType.DROPOUT, domains("rate", Choice.of(0.1, 0.2)))));
        StageSpace second = new StageSpace(0, 1, List.of(new BlockSpace(LayerType.BATCHNORM, Map.of())));
        HyperparameterSpace hp = new HyperparameterSpace(domains("optimizer", Choice.of("adam", "sgd"),
                "batch_size", new IntRange(16, 48, 16, false)));
        return new SearchSpace(new ArchitectureSpace(List.of(first, second)), hp,
                new ModelIO(new Shape(4), Task.CLASSIFICATION, 3), Constraints.NONE);
    }

    @Test
    void gridEnumeratesEveryPointExactlyOnce() {
        SearchSpace s = smallGrid();
        assertEquals(240, s.gridSize());
        Set<Candidate> expected = new HashSet<>();
        List<Layer> firstStage = List.of(new Dense(4, Activation.RELU), new Dense(8, Activation.RELU),
                new Dropout(0.1), new Dropout(0.2));
        List<List<Layer>> stageOnes = new ArrayList<>();
        for (Layer a : firstStage) {
            stageOnes.add(List.of(a));
            for (Layer b : firstStage) {
                stageOnes.add(List.of(a, b));
            }
        }
        for (List<Layer> one : stageOnes) {
            for (boolean norm : new boolean[] {false, true}) {
                List<Layer> layers = new ArrayList<>(one);
                if (norm) {
                    layers.add(new BatchNorm());
                }
                for (String opt : List.of("adam", "sgd")) {
                    for (int bs : new int[] {16, 32, 48}) {
                        expected.add(new Candidate(new Architecture(layers), Map.of("optimizer", opt, "batch_size", bs)));
                    }
                }
            }
        }
        assertEquals(240, expected.size());
        Set<Candidate> seen = new HashSet<>();
        for (long i = 0; i < s.gridSize(); i++) {
            Candidate c = s.gridPoint(i);
            assertTrue(seen.add(c), "grid point " + i + " repeats " + c.describe());
            assertTrue(s.encode(c).isPresent(), "grid point " + i + " is in the space");
        }
        assertEquals(expected, seen);
    }

    @Test
    void gridIndexIsMixedRadixWithTheLastHyperparameterFastest() {
        SearchSpace s = smallGrid();
        Candidate first = s.gridPoint(0);
        assertEquals(Map.of("optimizer", "adam", "batch_size", 16), first.hyperparameters());
        assertEquals(List.of(new Dense(4, Activation.RELU)), first.architecture().layers());
        assertEquals(Map.of("optimizer", "adam", "batch_size", 32), s.gridPoint(1).hyperparameters());
        assertEquals(first.architecture(), s.gridPoint(1).architecture());
        assertEquals(Map.of("optimizer", "sgd", "batch_size", 16), s.gridPoint(3).hyperparameters());
        assertNotEquals(first.architecture(), s.gridPoint(6).architecture());
        assertEquals(first.hyperparameters(), s.gridPoint(6).hyperparameters());
    }

    @Test
    void gridIndexOutsideIsRejected() {
        SearchSpace s = smallGrid();
        assertEquals("grid index 240 outside [0, 240)",
                assertThrows(IllegalArgumentException.class, () -> s.gridPoint(240)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.gridPoint(-1));
    }

    @Test
    void gridOfAContinuousRangeNamesTheParameter() {
        IllegalArgumentException hp = assertThrows(IllegalArgumentException.class, () -> cnnSpace(Constraints.NONE).gridSize());
        assertTrue(hp.getMessage().contains("rate") || hp.getMessage().contains("learning_rate"), hp.getMessage());
        assertEquals("architecture.dropout.rate: a grid needs a list of values or an integer range, but this is "
                + "float[0.0..0.5]", hp.getMessage());
        SearchSpace onlyHp = new SearchSpace(smallGrid().architecture(),
                new HyperparameterSpace(domains("learning_rate", new FloatRange(0.001, 0.1, true))),
                MNIST, Constraints.NONE);
        assertEquals("hyperparameters.learning_rate: a grid needs a list of values or an integer range, but this is "
                + "float[0.001..0.1 log]", assertThrows(IllegalArgumentException.class, onlyHp::gridSize).getMessage());
        assertThrows(IllegalArgumentException.class, () -> onlyHp.gridPoint(0));
    }

    @Test
    void hugeGridsSaturate() {
        StageSpace deep = new StageSpace(0, 64, List.of(
                new BlockSpace(LayerType.DENSE, domains("units", new IntRange(1, 1000, 1, false)))));
        SearchSpace s = new SearchSpace(new ArchitectureSpace(List.of(deep)), HyperparameterSpace.empty(), MNIST,
                Constraints.NONE);
        assertEquals(Long.MAX_VALUE, s.gridSize());
        SearchSpace wideHp = new SearchSpace(smallGrid().architecture(), new HyperparameterSpace(domains(
                "a", new IntRange(0, Integer.MAX_VALUE - 1, 1, false), "b", new IntRange(0, Integer.MAX_VALUE - 1, 1, false),
                "c", new IntRange(0, Integer.MAX_VALUE - 1, 1, false))), MNIST, Constraints.NONE);
        assertEquals(Long.MAX_VALUE, wideHp.gridSize());
        assertEquals(Long.MAX_VALUE, SearchSpace.saturatingMultiply(Long.MAX_VALUE, 2));
        assertEquals(Long.MAX_VALUE, SearchSpace.saturatingAdd(Long.MAX_VALUE, 1));
        assertEquals(1L << 62, SearchSpace.saturatingPow(2, 62));
        assertEquals(Long.MAX_VALUE, SearchSpace.saturatingPow(2, 63));
        assertEquals(0, SearchSpace.saturatingMultiply(0, Long.MAX_VALUE));
    }

    @Test
    void sampleIsReproducibleForASeed() {
        SearchSpace s = cnnSpace(Constraints.NONE);
        assertEquals(s.sample(new Random(9)), s.sample(new Random(9)));
        double[] g = s.encode(s.sample(new Random(9))).orElseThrow();
        assertArrayEquals(g, s.encode(s.decode(g)).orElseThrow());
    }
}
