package io.nas4j.strategies.scheduling;

import java.util.Arrays;
import java.util.Locale;

/** What a multi-fidelity scheduler hands out in smaller or larger amounts. */
public enum Resource {
    /** Training epochs (whole numbers): a trial can be stopped after any epoch and go no further. */
    EPOCHS,
    /**
     * A fraction of the training data in (0, 1]: fixed when a trial starts, so a larger budget
     * means a new trial (a promotion) trained on more data.
     */
    DATA_FRACTION;

    /** The spelling in spec files: {@code epochs}, {@code data_fraction}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code epochs} or {@code data_fraction}. */
    public static Resource fromWord(String word) {
        for (Resource r : values()) {
            if (r.word().equals(word)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown resource '" + word + "' (expected "
                + String.join(", ", Arrays.stream(values()).map(Resource::word).toList()) + ")");
    }
}
