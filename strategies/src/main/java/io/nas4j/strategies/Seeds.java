package io.nas4j.strategies;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Derives independent, reproducible random streams from the study seed and a position, so that a
 * strategy rebuilt from its history draws exactly the numbers it drew before.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * A 64-bit seed for the stream named {@code purpose} at position {@code indexes}.
     *
     * @param seed the study seed
     * @param purpose what the numbers are for, e.g. {@code "random"} or {@code "genetic"}
     * @param indexes the position, e.g. proposal number, or generation and slot
     * @return a well-mixed seed; different inputs give unrelated seeds
     */
    public static long derive(long seed, String purpose, long... indexes) {
        long h = mix(seed + GOLDEN);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h + GOLDEN * (b + 1L));
        }
        for (long i : indexes) {
            h = mix(h ^ mix(i + GOLDEN));
        }
        return h;
    }

    /** A new {@link Random} seeded with {@link #derive}. */
    public static Random random(long seed, String purpose, long... indexes) {
        return new Random(derive(seed, purpose, indexes));
    }

    /** The SplitMix64 finalizer: a bijective avalanche of 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
