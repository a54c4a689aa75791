package io.nas4j.searchspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void decodeSplitsTheUnitIntervalEvenly() {
        Choice c = Choice.of("relu", "tanh", "elu", "sigmoid");
        Map<Object, Integer> counts = new HashMap<>();
        for (int i = 0; i < 4000; i++) {
            counts.merge(c.decode(i / 4000.0), 1, Integer::sum);
        }
        assertEquals(Map.of("relu", 1000, "tanh", 1000, "elu", 1000, "sigmoid", 1000), counts);
    }

    @Test
    void encodeThenDecodeIsTheIdentity() {
        Choice c = Choice.of(16, 32, 64, "auto", true);
        for (Object v : c.options()) {
            double u = c.encode(v);
            assertTrue(u >= 0 && u < 1);
            assertEquals(v, c.decode(u));
        }
    }

    @Test
    void numbersMatchAcrossTypes() {
        Choice c = Choice.of(16, 32);
        assertTrue(c.contains(32L));
        assertTrue(c.contains(32.0));
        assertFalse(c.contains(33));
        assertFalse(c.contains("32"));
        assertEquals(32, c.decode(c.encode(32.0)));
    }

    @Test
    void genesOutsideTheUnitIntervalAreClamped() {
        Choice c = Choice.of("a", "b", "c");
        assertEquals("a", c.decode(-0.5));
        assertEquals("a", c.decode(Double.NaN));
        assertEquals("c", c.decode(1.0));
        assertEquals("c", c.decode(Double.POSITIVE_INFINITY));
    }

    @Test
    void discreteAccessors() {
        Choice c = Choice.of(false, true);
        assertTrue(c.isDiscrete());
        assertEquals(2, c.cardinality());
        assertEquals(true, c.valueAt(1));
        assertEquals(List.of(false, true), c.values());
        assertEquals("{false, true}", c.describe());
    }

    @Test
    void invalidChoicesAreRejected() {
        assertEquals("a choice needs at least one value",
                assertThrows(IllegalArgumentException.class, () -> new Choice(List.of())).getMessage());
        assertEquals("a choice lists a value twice: [relu, relu]",
                assertThrows(IllegalArgumentException.class, () -> Choice.of("relu", "relu")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Choice.of(1, 1.0)).getMessage()
                .startsWith("a choice lists a value twice"));
        assertEquals("x is not one of {a, b}",
                assertThrows(IllegalArgumentException.class, () -> Choice.of("a", "b").encode("x")).getMessage());
    }

    @Test
    void optionsAreCopied() {
        List<Object> values = new ArrayList<>(List.of("a", "b"));
        Choice c = new Choice(values);
        values.add("c");
        assertEquals(2, c.cardinality());
    }

    @Test
    void clampKeepsGenesInsideTheHalfOpenInterval() {
        assertEquals(0.0, Domain.clamp(-1));
        assertEquals(0.0, Domain.clamp(Double.NaN));
        assertEquals(0.5, Domain.clamp(0.5));
        assertEquals(Math.nextDown(1.0), Domain.clamp(1));
        assertTrue(Domain.clamp(Double.POSITIVE_INFINITY) < 1);
        assertEquals(0.0, Domain.clamp(Double.NEGATIVE_INFINITY));
    }
}
