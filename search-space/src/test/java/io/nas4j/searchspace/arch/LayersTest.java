package io.nas4j.searchspace.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayersTest {

    @Test
    void denseTakesReluByDefault() {
        assertEquals(new Dense(64, Activation.RELU), Layers.of(LayerType.DENSE, Map.of("units", 64)));
    }

    @Test
    void conv2dDefaultsToKernel3Stride1SamePaddingRelu() {
        assertEquals(new Conv2d(16, 3, 1, Padding.SAME, Activation.RELU),
                Layers.of(LayerType.CONV2D, Map.of("filters", 16)));
    }

    @Test
    void poolStrideDefaultsToWindowSizeAndPaddingToValid() {
        assertEquals(new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID), Layers.of(LayerType.MAXPOOL, Map.of()));
        assertEquals(new Pool(LayerType.AVGPOOL, 3, 3, Padding.VALID), Layers.of(LayerType.AVGPOOL, Map.of("size", 3)));
        assertEquals(new Pool(LayerType.MAXPOOL, 3, 1, Padding.SAME),
                Layers.of(LayerType.MAXPOOL, Map.of("size", 3, "stride", 1, "padding", "same")));
    }

    @Test
    void dropoutDefaultsToHalf() {
        assertEquals(new Dropout(0.5), Layers.of(LayerType.DROPOUT, Map.of()));
    }

    @Test
    void recurrentDefaultsToOneUnidirectionalLayerReturningTheLastStep() {
        assertEquals(new Recurrent(LayerType.LSTM, 32, 1, false, false, Activation.TANH),
                Layers.of(LayerType.LSTM, Map.of("hidden", 32)));
        assertEquals(new Recurrent(LayerType.RNN, 8, 1, false, false, Activation.TANH),
                Layers.of(LayerType.RNN, Map.of("hidden", 8)));
        assertEquals(new Recurrent(LayerType.RNN, 8, 2, true, true, Activation.RELU), Layers.of(LayerType.RNN,
                Map.of("hidden", 8, "layers", 2, "bidirectional", true, "return_sequences", true, "activation", "relu")));
    }

    @Test
    void integralDoublesAndLongsAreAcceptedAsIntegers() {
        assertEquals(new Dense(64, Activation.TANH), Layers.of(LayerType.DENSE, Map.of("units", 64.0, "activation", "tanh")));
        assertEquals(new Dense(64, Activation.TANH), Layers.of(LayerType.DENSE, Map.of("units", 64L, "activation", "tanh")));
    }

    @Test
    void unknownParameterIsNamedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 8, "filters", 3)));
        assertEquals("unknown parameter 'filters' for dense (expected units, activation)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Layers.of(LayerType.FLATTEN, Map.of("size", 2)));
        assertEquals("unknown parameter 'size' for flatten (expected none)", e.getMessage());
    }

    @Test
    void lstmHasNoActivationParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.LSTM, Map.of("hidden", 8, "activation", "relu")));
        assertTrue(e.getMessage().startsWith("unknown parameter 'activation' for lstm"), e.getMessage());
    }

    @Test
    void missingRequiredSizesAreNamed() {
        assertEquals("dense needs 'units'", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of())).getMessage());
        assertEquals("conv2d needs 'filters'", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.CONV2D, Map.of("kernel", 5))).getMessage());
        assertEquals("gru needs 'hidden'", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.GRU, Map.of())).getMessage());
    }

    @Test
    void badActivationListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 8, "activation", "swish")));
        assertEquals("unknown activation 'swish' (expected one of relu, leaky_relu, elu, tanh, sigmoid, linear)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 8, "activation", 3)));
        assertEquals("activation must be a word, got 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.RNN, Map.of("hidden", 8, "activation", "sigmoid")));
        assertEquals("rnn.activation must be tanh or relu, got sigmoid", e.getMessage());
    }

    @Test
    void activationWordsAcceptDashesAndCase() {
        assertEquals(Activation.LEAKY_RELU, Activation.fromWord("Leaky-ReLU"));
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.fromWord(a.word()));
        }
    }

    @Test
    void wrongValueKindsAreNamed() {
        assertEquals("dense.units must be an integer, got 2.5", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 2.5))).getMessage());
        assertEquals("dense.units must be an integer, got 64", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", "64"))).getMessage());
        assertEquals("dropout.rate must be a number, got high", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DROPOUT, Map.of("rate", "high"))).getMessage());
        assertEquals("lstm.bidirectional must be true or false, got yes", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.LSTM, Map.of("hidden", 4, "bidirectional", "yes"))).getMessage());
        assertEquals("unknown padding 'full' (expected valid, same)", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.CONV2D, Map.of("filters", 4, "padding", "full"))).getMessage());
    }

    @Test
    void integerTooLargeForAnIntIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 10_000_000_000L)));
        assertTrue(e.getMessage().startsWith("dense.units must be an integer"), e.getMessage());
    }

    @Test
    void invalidValuesAreRejectedByTheRecords() {
        assertEquals("dense.units must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DENSE, Map.of("units", 0))).getMessage());
        assertEquals("dropout.rate must be in [0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DROPOUT, Map.of("rate", 1))).getMessage());
        assertEquals("dropout.rate must be in [0, 1), got -0.1", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.DROPOUT, Map.of("rate", -0.1))).getMessage());
        assertEquals("maxpool.size must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.MAXPOOL, Map.of("size", 0))).getMessage());
        assertEquals("conv2d.stride must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.CONV2D, Map.of("filters", 1, "stride", 0))).getMessage());
        assertEquals("lstm.layers must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.LSTM, Map.of("hidden", 1, "layers", 0))).getMessage());
    }

    @Test
    void fromMapNeedsAKnownType() {
        assertEquals("layer without a 'type': {units=3}", assertThrows(IllegalArgumentException.class,
                () -> Layers.fromMap(Map.of("units", 3))).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layers.fromMap(Map.of("type", "dens", "units", 3)));
        assertTrue(e.getMessage().startsWith("unknown layer type 'dens' (expected one of dense, conv2d"), e.getMessage());
    }

    @Test
    void describeListsParameterValuesInCanonicalOrder() {
        assertEquals("dense(64,relu)", new Dense(64, Activation.RELU).describe());
        assertEquals("conv2d(32,5,2,valid,elu)", new Conv2d(32, 5, 2, Padding.VALID, Activation.ELU).describe());
        assertEquals("maxpool(2,2,valid)", new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID).describe());
        assertEquals("dropout(0.25)", new Dropout(0.25).describe());
        assertEquals("batchnorm", new BatchNorm().describe());
        assertEquals("flatten", new Flatten().describe());
        assertEquals("lstm(16,2,true,false)", new Recurrent(LayerType.LSTM, 16, 2, true, false, Activation.TANH).describe());
        assertEquals("rnn(16,1,false,true,relu)",
                new Recurrent(LayerType.RNN, 16, 1, false, true, Activation.RELU).describe());
    }

    @Test
    void toMapStartsWithTheTypeAndUsesSpecWords() {
        Map<String, Object> m = new Conv2d(8, 3, 1, Padding.SAME, Activation.LEAKY_RELU).toMap();
        assertEquals(List.of("type", "filters", "kernel", "stride", "padding", "activation"), List.copyOf(m.keySet()));
        assertEquals("conv2d", m.get("type"));
        assertEquals("same", m.get("padding"));
        assertEquals("leaky_relu", m.get("activation"));
        assertEquals(Map.of("type", "batchnorm"), new BatchNorm().toMap());
        assertEquals(Map.of("type", "lstm", "hidden", 4, "layers", 1, "bidirectional", false, "return_sequences", true),
                new Recurrent(LayerType.LSTM, 4, 1, false, true, Activation.TANH).toMap());
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void everyTypeParsesItsWordAndAcceptsItsDocumentedParameters(LayerType type) {
        assertEquals(type, LayerType.fromWord(type.word()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String p : type.parameters()) {
            Object d = Layers.defaultValue(type, p);
            values.put(p, d != null ? d : (p.equals("stride") ? 2 : 4));
        }
        Layer layer = Layers.of(type, values);
        assertEquals(type, layer.type());
        assertEquals(layer, Layers.fromMap(layer.toMap()));
    }
}
