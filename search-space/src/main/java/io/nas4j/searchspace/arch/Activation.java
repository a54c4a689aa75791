package io.nas4j.searchspace.arch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Activation functions a block may use; the output activation follows the task instead. */
public enum Activation {
    RELU, LEAKY_RELU, ELU, TANH, SIGMOID, LINEAR;

    /** The spelling used in spec files and canonical JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a spec word such as {@code leaky_relu} (also accepts {@code leaky-relu}). */
    public static Activation fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('-', '_');
        for (Activation a : values()) {
            if (a.word().equals(w)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + word + "' (expected one of "
                + Arrays.stream(values()).map(Activation::word).collect(Collectors.joining(", ")) + ")");
    }
}
