package io.nas4j.cli.run;

/** Derives a trial's seed from the study seed and the trial number (SplitMix64 mixing). */
public final class TrialSeeds {
    private TrialSeeds() {
    }

    /** The seed of trial {@code number} in a study seeded with {@code studySeed}. */
    public static long of(long studySeed, int number) {
        long z = studySeed + 0x9E3779B97F4A7C15L * (number + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & 0x7FFF_FFFF_FFFFL;
    }
}
