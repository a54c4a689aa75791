package io.nas4j.searchspace.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateTest {

    private static final Architecture MLP = new Architecture(List.of(new Dense(64, Activation.RELU), new Dropout(0.25)));

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void canonicalJsonSortsEveryMapsKeysAndHasNoWhitespace() {
        Candidate c = new Candidate(MLP, ordered("optimizer", "adam", "batch_size", 32, "learning_rate", 0.001));
        assertEquals("{\"architecture\":[{\"activation\":\"relu\",\"type\":\"dense\",\"units\":64},"
                + "{\"rate\":0.25,\"type\":\"dropout\"}],"
                + "\"hyperparameters\":{\"batch_size\":32,\"learning_rate\":0.001,\"optimizer\":\"adam\"}}",
                c.canonicalJson());
    }

    @Test
    void insertionOrderDoesNotChangeTheFingerprint() {
        Candidate a = new Candidate(MLP, ordered("optimizer", "adam", "batch_size", 32, "learning_rate", 0.001));
        Candidate b = new Candidate(MLP, ordered("learning_rate", 0.001, "optimizer", "adam", "batch_size", 32));
        assertEquals(a, b);
        assertEquals(a.canonicalJson(), b.canonicalJson());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(64, a.fingerprint().length());
        assertTrue(a.fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void numberTypesAreNormalized() {
        Candidate ints = new Candidate(MLP, Map.of("batch_size", 32, "epochs", 10, "lr", 0.5));
        Candidate mixed = new Candidate(MLP, Map.of("batch_size", 32L, "epochs", (short) 10, "lr", 0.5f));
        Candidate doubles = new Candidate(MLP, Map.of("batch_size", 32.0, "epochs", new BigDecimal("10"), "lr", 0.5));
        assertEquals(ints.fingerprint(), mixed.fingerprint());
        assertEquals(ints.fingerprint(), doubles.fingerprint());
        assertEquals(32, ints.hyperparameters().get("batch_size"));
        assertEquals(32, doubles.hyperparameters().get("batch_size"));
        assertEquals(10, mixed.hyperparameters().get("epochs"));
    }

    @Test
    void floatsKeepTheirDecimalValue() {
        Candidate f = new Candidate(MLP, Map.of("learning_rate", 0.001f));
        Candidate d = new Candidate(MLP, Map.of("learning_rate", 0.001));
        assertEquals(d.fingerprint(), f.fingerprint());
    }

    @Test
    void longsBeyondIntStayLongs() {
        Candidate c = new Candidate(MLP, Map.of("seed", 1L << 40));
        assertEquals(1L << 40, c.hyperparameters().get("seed"));
        assertEquals(c, Candidate.fromJson(c.canonicalJson()));
    }

    @Test
    void differentCandidatesHaveDifferentFingerprints() {
        Set<String> prints = new HashSet<>();
        prints.add(new Candidate(MLP, Map.of("learning_rate", 0.001)).fingerprint());
        prints.add(new Candidate(MLP, Map.of("learning_rate", 0.002)).fingerprint());
        prints.add(new Candidate(MLP, Map.of("lr", 0.001)).fingerprint());
        prints.add(new Candidate(MLP, Map.of("learning_rate", "0.001")).fingerprint());
        prints.add(new Candidate(MLP, Map.of()).fingerprint());
        prints.add(new Candidate(new Architecture(List.of(new Dense(64, Activation.RELU))), Map.of()).fingerprint());
        prints.add(new Candidate(new Architecture(List.of(new Dropout(0.25), new Dense(64, Activation.RELU))),
                Map.of()).fingerprint());
        prints.add(new Candidate(new Architecture(List.of(new Dense(64, Activation.TANH), new Dropout(0.25))),
                Map.of()).fingerprint());
        assertEquals(8, prints.size());
    }

    @Test
    void architectureFingerprintIgnoresHyperparameters() {
        Candidate a = new Candidate(MLP, Map.of("learning_rate", 0.001));
        Candidate b = new Candidate(MLP, Map.of("learning_rate", 0.01));
        assertEquals(a.architectureFingerprint(), b.architectureFingerprint());
        assertNotEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.architectureFingerprint(),
                new Candidate(new Architecture(List.of()), Map.of("learning_rate", 0.001)).architectureFingerprint());
    }

    @Test
    void fromJsonRoundTrips() {
        Candidate c = new Candidate(MLP, ordered("optimizer", "rmsprop", "batch_size", 16, "learning_rate", 0.0123,
                "nesterov", true));
        Candidate back = Candidate.fromJson(c.canonicalJson());
        assertEquals(c, back);
        assertEquals(c.fingerprint(), back.fingerprint());
    }

    @Test
    void fromJsonAcceptsAnyKeyOrderAndWhitespace() {
        Candidate c = Candidate.fromJson("{ \"hyperparameters\": {\"lr\": 0.1, \"bs\": 8.0},\n"
                + "  \"architecture\": [ {\"activation\": \"relu\", \"units\": 64, \"type\": \"dense\"},"
                + " {\"rate\": 0.25, \"type\": \"dropout\"} ] }");
        assertEquals(new Candidate(MLP, Map.of("lr", 0.1, "bs", 8)), c);
    }

    @Test
    void fromJsonRejectsWhatIsNotACandidate() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Candidate.fromJson("{\"architecture\": 3}"))
                .getMessage().startsWith("not a candidate JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Candidate.fromJson("{oops"))
                .getMessage().startsWith("not a candidate JSON"));
        assertThrows(IllegalArgumentException.class,
                () -> Candidate.fromJson("{\"architecture\": [{\"type\": \"dense\"}]}"));
    }

    @Test
    void valuesMustBeScalarAndFinite() {
        assertEquals("hyperparameter 'x' must be a number, word or boolean, got [1]",
                assertThrows(IllegalArgumentException.class, () -> new Candidate(MLP, Map.of("x", List.of(1))))
                        .getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Candidate(MLP, Map.of("learning_rate", Double.NaN)));
        assertTrue(e.getMessage().contains("learning_rate"), e.getMessage());
    }

    @Test
    void accessorsFallBackWhenAbsent() {
        Candidate c = new Candidate(MLP, Map.of("batch_size", 32, "learning_rate", 0.01, "optimizer", "sgd"));
        assertEquals(32, c.integer("batch_size", 1));
        assertEquals(7, c.integer("epochs", 7));
        assertEquals(0.01, c.number("learning_rate", 1));
        assertEquals(2.5, c.number("momentum", 2.5));
        assertEquals("sgd", c.word("optimizer", "adam"));
        assertEquals("adam", c.word("weight_init", "adam"));
    }

    @Test
    void hyperparametersAreUnmodifiable() {
        Candidate c = new Candidate(MLP, new LinkedHashMap<>(Map.of("a", 1)));
        assertThrows(UnsupportedOperationException.class, () -> c.hyperparameters().put("b", 2));
    }
}
