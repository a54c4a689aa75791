package io.nas4j.searchspace.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import io.nas4j.searchspace.candidate.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final Architecture EVERY_KIND = new Architecture(List.of(
            new Conv2d(16, 3, 1, Padding.SAME, Activation.RELU),
            new BatchNorm(),
            new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID),
            new Conv2d(32, 5, 2, Padding.VALID, Activation.LEAKY_RELU),
            new Pool(LayerType.AVGPOOL, 3, 1, Padding.SAME),
            new Flatten(),
            new Dense(64, Activation.TANH),
            new Dropout(0.25),
            new Recurrent(LayerType.LSTM, 8, 2, true, true, Activation.TANH),
            new Recurrent(LayerType.GRU, 8, 1, false, false, Activation.TANH),
            new Recurrent(LayerType.RNN, 4, 1, false, false, Activation.RELU)));

    @Test
    void jsonRoundTripKeepsEveryLayer() throws Exception {
        String json = CanonicalJson.write(EVERY_KIND.toList());
        List<Map<String, Object>> read = CanonicalJson.MAPPER.readValue(json, new TypeReference<>() { });
        Architecture back = Architecture.fromList(read);
        assertEquals(EVERY_KIND, back);
        assertEquals(json, CanonicalJson.write(back.toList()));
    }

    @Test
    void describeJoinsBlocks() {
        assertEquals("dense(64,relu) > dropout(0.2)",
                new Architecture(List.of(new Dense(64, Activation.RELU), new Dropout(0.2))).describe());
        assertEquals("(no hidden blocks)", new Architecture(List.of()).describe());
    }

    @Test
    void layersAreCopied() {
        List<Layer> layers = new ArrayList<>(List.of(new Dense(4, Activation.RELU)));
        Architecture a = new Architecture(layers);
        layers.add(new Flatten());
        assertEquals(1, a.layers().size());
        assertThrows(UnsupportedOperationException.class, () -> a.layers().add(new Flatten()));
    }
}
