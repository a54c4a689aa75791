package io.nas4j.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Recurrent;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.candidate.Candidate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrialParamsTest {
    @Test
    void flattensHyperparametersAndArchitectureFeatures() {
        Candidate c = new Candidate(new Architecture(List.of(
                new Recurrent(LayerType.LSTM, 32, 2, true, false, Activation.TANH))),
                Map.of("learning_rate", 0.01, "optimizer", "adam", "shuffle", true, "arch.depth", 99));
        Map<String, TrialParam> rows = TrialParams.of(c).stream()
                .collect(Collectors.toMap(TrialParam::name, p -> p));
        assertEquals(TrialParam.number("learning_rate", 0.01), rows.get("learning_rate"));
        assertEquals(TrialParam.text("optimizer", "adam"), rows.get("optimizer"));
        assertEquals(new TrialParam("shuffle", 1.0, "true"), rows.get("shuffle"));
        assertEquals(1.0, rows.get("arch.depth").number(), "a hyperparameter cannot shadow an architecture feature");
        assertEquals(64.0, rows.get("arch.hidden").number());
        assertEquals(0.0, rows.get("arch.units").number());
        assertEquals(1.0, rows.get("arch.count.lstm").number());
        assertEquals(3 + 4 + LayerType.values().length, rows.size());
    }
}
