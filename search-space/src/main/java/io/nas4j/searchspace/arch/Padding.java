package io.nas4j.searchspace.arch;

import java.util.Locale;

/** Convolution and pooling padding: {@code valid} (none) or {@code same} (keeps the size at stride 1). */
public enum Padding {
    VALID, SAME;

    /** The spelling used in spec files and canonical JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code valid} or {@code same}. */
    public static Padding fromWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "valid" -> VALID;
            case "same" -> SAME;
            default -> throw new IllegalArgumentException("unknown padding '" + word + "' (expected valid, same)");
        };
    }
}
