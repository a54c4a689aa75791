package io.nas4j.searchspace.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.domain.IntRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockSpaceTest {

    private static Map<String, Domain> domains(Object... keysAndDomains) {
        Map<String, Domain> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndDomains.length; i += 2) {
            m.put((String) keysAndDomains[i], (Domain) keysAndDomains[i + 1]);
        }
        return m;
    }

    @Test
    void dropoutRateUpTo1Point5IsRejectedWhenTheSpaceIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BlockSpace(LayerType.DROPOUT, domains("rate", new FloatRange(0, 1.5, false))));
        assertEquals("rate: dropout.rate must be in [0, 1), got 1.5", e.getMessage());
    }

    @Test
    void invalidChoiceValuesAreRejectedNamingTheParameter() {
        assertEquals("activation: unknown activation 'swish' (expected one of relu, leaky_relu, elu, tanh, sigmoid, linear)",
                assertThrows(IllegalArgumentException.class, () -> new BlockSpace(LayerType.DENSE,
                        domains("units", Choice.of(8, 16), "activation", Choice.of("relu", "swish")))).getMessage());
        assertEquals("units: dense.units must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new BlockSpace(LayerType.DENSE, domains("units", new IntRange(0, 8, 1, false)))).getMessage());
        assertEquals("padding: unknown padding 'full' (expected valid, same)", assertThrows(IllegalArgumentException.class,
                () -> new BlockSpace(LayerType.CONV2D, domains("filters", Choice.of(4), "padding", Choice.of("full"))))
                .getMessage());
    }

    @Test
    void theParameterAtFaultIsNamedWhateverTheOtherValuesAre() {
        // the first activation is invalid; the units values are all fine and must not be blamed
        assertEquals("activation: unknown activation 'swish' (expected one of relu, leaky_relu, elu, tanh, sigmoid, linear)",
                assertThrows(IllegalArgumentException.class, () -> new BlockSpace(LayerType.DENSE,
                        domains("units", Choice.of(8, 16), "activation", Choice.of("swish", "relu")))).getMessage());
    }

    @Test
    void requiredParametersMustHaveADomain() {
        assertEquals("dense needs 'units'", assertThrows(IllegalArgumentException.class,
                () -> new BlockSpace(LayerType.DENSE, domains("activation", Choice.of("relu")))).getMessage());
    }

    @Test
    void unknownParameterIsRejected() {
        assertEquals("unknown parameter 'units' for dropout (expected rate)", assertThrows(IllegalArgumentException.class,
                () -> new BlockSpace(LayerType.DROPOUT, domains("units", Choice.of(3)))).getMessage());
    }

    @Test
    void domainsAreKeptInCanonicalOrder() {
        BlockSpace b = new BlockSpace(LayerType.CONV2D, domains("activation", Choice.of("relu"), "kernel", Choice.of(3, 5),
                "filters", Choice.of(8)));
        assertEquals(List.of("filters", "kernel", "activation"), List.copyOf(b.domains().keySet()));
        assertEquals(3, b.width());
    }

    @Test
    void matchesUsesDomainsAndDefaults() {
        BlockSpace dense = new BlockSpace(LayerType.DENSE, domains("units", new IntRange(8, 64, 8, false)));
        assertTrue(dense.matches(new Dense(16, Activation.RELU)));
        assertFalse(dense.matches(new Dense(12, Activation.RELU)));
        assertFalse(dense.matches(new Dense(16, Activation.TANH)), "activation has no domain: only the default");
        assertFalse(dense.matches(new Dropout(0.5)));
        BlockSpace pool = new BlockSpace(LayerType.MAXPOOL, domains("size", Choice.of(2, 3)));
        assertTrue(pool.matches(new Pool(LayerType.MAXPOOL, 3, 3, Padding.VALID)), "stride defaults to the size");
        assertFalse(pool.matches(new Pool(LayerType.MAXPOOL, 3, 1, Padding.VALID)));
        assertFalse(pool.matches(new Pool(LayerType.AVGPOOL, 3, 3, Padding.VALID)));
    }

    @Test
    void encodeDecodesBack() {
        BlockSpace b = new BlockSpace(LayerType.CONV2D, domains("filters", new IntRange(4, 64, 1, true),
                "kernel", Choice.of(1, 3, 5), "stride", Choice.of(1, 2), "activation", Choice.of("relu", "elu")));
        for (var layer : b.enumerate()) {
            assertTrue(b.matches(layer));
            assertEquals(layer, b.decode(b.encode(layer), 0));
        }
        assertEquals(61L * 3 * 2 * 2, b.cardinality());
        assertEquals(b.cardinality(), b.enumerate().size());
    }

    @Test
    void enumerateOfAContinuousRangeNamesIt() {
        BlockSpace b = new BlockSpace(LayerType.DROPOUT, domains("rate", new FloatRange(0, 0.5, false)));
        assertFalse(b.isDiscrete());
        assertEquals("dropout.rate is a continuous range (float[0.0..0.5]); a grid needs a list of values",
                assertThrows(IllegalArgumentException.class, b::enumerate).getMessage());
    }

    @Test
    void stageValidation() {
        BlockSpace bn = new BlockSpace(LayerType.BATCHNORM, Map.of());
        assertEquals("min_blocks 3 is greater than max_blocks 2",
                assertThrows(IllegalArgumentException.class, () -> new StageSpace(3, 2, List.of(bn))).getMessage());
        assertEquals("min_blocks must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> new StageSpace(-1, 2, List.of(bn))).getMessage());
        assertEquals("max_blocks 65 is more than 64",
                assertThrows(IllegalArgumentException.class, () -> new StageSpace(0, 65, List.of(bn))).getMessage());
        assertEquals("a stage needs at least one block option",
                assertThrows(IllegalArgumentException.class, () -> new StageSpace(0, 2, List.of())).getMessage());
        assertEquals("an architecture space needs at least one stage",
                assertThrows(IllegalArgumentException.class, () -> new ArchitectureSpace(List.of())).getMessage());
    }

    @Test
    void wellKnownHyperparametersAreValidated() {
        assertEquals("optimizer: unknown value 'adamw' (expected one of sgd, momentum, rmsprop, adam)",
                assertThrows(IllegalArgumentException.class, () -> new HyperparameterSpace(
                        Map.of("optimizer", Choice.of("adam", "adamw")))).getMessage());
        assertEquals("learning_rate: must be > 0, got float[0.0..0.1]", assertThrows(IllegalArgumentException.class,
                () -> new HyperparameterSpace(Map.of("learning_rate", new FloatRange(0, 0.1, false)))).getMessage());
        assertEquals("batch_size: must be whole numbers, got {16, 32.5}", assertThrows(IllegalArgumentException.class,
                () -> new HyperparameterSpace(Map.of("batch_size", Choice.of(16, 32.5)))).getMessage());
        assertEquals("epochs: must be > 0, got int[0..5]", assertThrows(IllegalArgumentException.class,
                () -> new HyperparameterSpace(Map.of("epochs", new IntRange(0, 5, 1, false)))).getMessage());
        assertEquals("weight_init: must be a list of words from [xavier, he, normal, uniform]",
                assertThrows(IllegalArgumentException.class, () -> new HyperparameterSpace(
                        Map.of("weight_init", new IntRange(0, 5, 1, false)))).getMessage());
        new HyperparameterSpace(Map.of("weight_decay", Choice.of(0, 1e-4), "momentum", new FloatRange(0, 1, false),
                "my_custom", Choice.of("anything")));
    }
}
