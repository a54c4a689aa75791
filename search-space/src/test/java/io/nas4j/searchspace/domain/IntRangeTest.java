package io.nas4j.searchspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntRangeTest {

    static Stream<IntRange> ranges() {
        return Stream.of(new IntRange(0, 9, 1, false), new IntRange(8, 128, 1, true), new IntRange(1, 1000, 1, true),
                new IntRange(16, 256, 16, false), new IntRange(16, 256, 16, true), new IntRange(3, 20, 4, false),
                new IntRange(2, 50, 3, true), new IntRange(-5, 5, 1, false), new IntRange(7, 7, 1, false),
                new IntRange(1, 2, 1, true));
    }

    /** Decodes a fine grid of genes; every value of the range must be hit, and nothing else. */
    @ParameterizedTest
    @MethodSource("ranges")
    void decodeCoversEveryValue(IntRange r) {
        Set<Object> seen = new HashSet<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            Object v = r.decode((double) i / n);
            assertTrue(r.contains(v), v + " outside " + r.describe());
            seen.add(v);
        }
        assertEquals(new HashSet<>(r.values()), seen);
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void encodeThenDecodeIsTheIdentityForEveryValue(IntRange r) {
        for (Object v : r.values()) {
            double u = r.encode(v);
            assertTrue(u >= 0 && u < 1, "gene " + u);
            assertEquals(v, r.decode(u), r.describe());
        }
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void boundsAreTheExtremeGenes(IntRange r) {
        assertEquals(r.min(), r.decode(0));
        assertEquals(r.valueAt(r.cardinality() - 1), r.decode(Math.nextDown(1.0)));
    }

    @Test
    void valuesFollowTheStep() {
        IntRange r = new IntRange(3, 20, 4, false);
        assertEquals(List.of(3, 7, 11, 15, 19), r.values());
        assertEquals(5, r.cardinality());
        assertFalse(r.contains(20));
        assertFalse(r.contains(5));
        assertTrue(r.contains(11L));
        assertTrue(r.contains(11.0));
        assertFalse(r.contains(11.5));
        assertFalse(r.contains("11"));
    }

    @Test
    void logDecodingFavoursSmallValues() {
        IntRange r = new IntRange(1, 1000, 1, true);
        int below32 = 0;
        for (int i = 0; i < 1000; i++) {
            if ((Integer) r.decode(i / 1000.0) < 32) {
                below32++;
            }
        }
        assertTrue(below32 > 450 && below32 < 550, "about half the genes decode below sqrt(1000): " + below32);
    }

    @Test
    void genesOutsideTheUnitIntervalAreClamped() {
        IntRange r = new IntRange(8, 128, 1, true);
        assertEquals(8, r.decode(-3));
        assertEquals(8, r.decode(Double.NaN));
        assertEquals(128, r.decode(1.0));
        assertEquals(128, r.decode(42));
        assertEquals(128, r.decode(Double.POSITIVE_INFINITY));
    }

    @Test
    void invalidRangesAreRejected() {
        assertEquals("min 5 is greater than max 4",
                assertThrows(IllegalArgumentException.class, () -> new IntRange(5, 4, 1, false)).getMessage());
        assertEquals("step must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new IntRange(1, 4, 0, false)).getMessage());
        assertEquals("a log-scaled range needs min >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new IntRange(0, 4, 1, true)).getMessage());
    }

    @Test
    void encodingAValueOutsideFails() {
        IntRange r = new IntRange(8, 128, 8, false);
        assertEquals("12 is not in int[8..128 step 8]",
                assertThrows(IllegalArgumentException.class, () -> r.encode(12)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.encode(136));
    }

    @Test
    void describeShowsStepAndLog() {
        assertEquals("int[8..128 log]", new IntRange(8, 128, 1, true).describe());
        assertEquals("int[0..10 step 2]", new IntRange(0, 10, 2, false).describe());
    }

    @Test
    void hugeRangesDoNotOverflow() {
        IntRange r = new IntRange(Integer.MIN_VALUE, Integer.MAX_VALUE, 1, false);
        assertEquals(1L << 32, r.cardinality());
        assertEquals(Integer.MAX_VALUE, r.decode(Math.nextDown(1.0)));
        assertEquals(Integer.MIN_VALUE, r.decode(0));
        assertEquals(Integer.MAX_VALUE, r.decode(r.encode(Integer.MAX_VALUE)));
        assertEquals(0, r.decode(r.encode(0)));
    }
}
