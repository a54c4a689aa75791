package io.nas4j.searchspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FloatRangeTest {

    static Stream<FloatRange> ranges() {
        return Stream.of(new FloatRange(0, 0.3, false), new FloatRange(1e-5, 1e-1, true),
                new FloatRange(-2, 3, false), new FloatRange(0.003, 0.05, true), new FloatRange(0.123456, 0.654321, false),
                new FloatRange(5, 5, false));
    }

    private static int significantDigits(double v) {
        return v == 0 ? 0 : new BigDecimal(Double.toString(v)).stripTrailingZeros().precision();
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void decodedValuesLieInTheRangeWithAtMostFourSignificantDigitsUnlessABound(FloatRange r) {
        Random random = new Random(1);
        for (int i = 0; i < 5000; i++) {
            double v = (Double) r.decode(random.nextDouble());
            assertTrue(v >= r.min() && v <= r.max(), v + " outside " + r.describe());
            assertTrue(significantDigits(v) <= 4 || v == r.min() || v == r.max(), v + " has more than 4 digits");
        }
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void encodeThenDecodeIsTheIdentityUpToRounding(FloatRange r) {
        Random random = new Random(2);
        for (int i = 0; i < 2000; i++) {
            double v = (Double) r.decode(random.nextDouble());
            double u = r.encode(v);
            assertTrue(u >= 0 && u < 1);
            assertEquals(v, (Double) r.decode(u), 0.0, "decoded values are fixed points");
            double raw = r.min() + random.nextDouble() * (r.max() - r.min());
            double back = (Double) r.decode(r.encode(raw));
            assertEquals(raw, back, Math.abs(raw) * 1e-3 + 1e-12, "approx identity for " + raw);
        }
    }

    @Test
    void linearDecodingIsUniform() {
        FloatRange r = new FloatRange(0, 10, false);
        assertEquals(0.0, r.decode(0));
        assertEquals(2.5, r.decode(0.25));
        assertEquals(5.0, r.decode(0.5));
        assertEquals(10.0, r.decode(1.0));
    }

    @Test
    void logDecodingIsUniformInTheExponent() {
        FloatRange r = new FloatRange(1e-4, 1e-1, true);
        assertEquals(1e-4, r.decode(0));
        assertEquals(1e-3, r.decode(1 / 3.0));
        assertEquals(1e-2, r.decode(2 / 3.0));
        assertEquals(0.1, r.decode(1.0));
        assertEquals(1 / 3.0, r.encode(1e-3), 1e-9);
    }

    @Test
    void roundsToFourSignificantDigits() {
        FloatRange r = new FloatRange(0, 1, false);
        assertEquals(0.1235, r.decode(0.123456789));
        assertEquals(0.0001235, r.decode(0.0001234567));
        FloatRange wide = new FloatRange(0, 100000, false);
        assertEquals(12350.0, wide.decode(0.123456789));
    }

    @Test
    void genesOutsideTheUnitIntervalAreClamped() {
        FloatRange r = new FloatRange(0.5, 2, false);
        assertEquals(0.5, r.decode(-1));
        assertEquals(0.5, r.decode(Double.NaN));
        assertEquals(2.0, r.decode(7));
    }

    @Test
    void containsAndEncodeChecksBounds() {
        FloatRange r = new FloatRange(0.1, 0.2, false);
        assertTrue(r.contains(0.1));
        assertTrue(r.contains(0.15f));
        assertTrue(r.contains(0.2));
        assertFalse(r.contains(0.25));
        assertFalse(r.contains("0.15"));
        assertFalse(r.contains(Double.NaN));
        assertEquals("0.25 is not in float[0.1..0.2]",
                assertThrows(IllegalArgumentException.class, () -> r.encode(0.25)).getMessage());
        assertEquals(0.5, new FloatRange(3, 3, false).encode(3));
    }

    @Test
    void isContinuous() {
        FloatRange r = new FloatRange(0, 1, false);
        assertFalse(r.isDiscrete());
        assertThrows(IllegalStateException.class, r::cardinality);
        assertThrows(IllegalStateException.class, r::values);
        assertEquals("float[0.0..1.0 log]", new FloatRange(1e-9 + 0, 1, true).describe().replace("1.0E-9", "0.0"));
    }

    @Test
    void invalidRangesAreRejected() {
        assertEquals("min 2.0 is greater than max 1.0",
                assertThrows(IllegalArgumentException.class, () -> new FloatRange(2, 1, false)).getMessage());
        assertEquals("a log-scaled range needs min > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new FloatRange(0, 1, true)).getMessage());
        assertEquals("bounds must be finite numbers",
                assertThrows(IllegalArgumentException.class, () -> new FloatRange(0, Double.POSITIVE_INFINITY, false))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FloatRange(Double.NaN, 1, false));
    }
}
