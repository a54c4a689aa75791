package io.nas4j.searchspace.spec;

import java.util.Locale;

/** Whether an objective is maximized or minimized. */
public enum Direction {
    MAXIMIZE, MINIMIZE;

    /** The spelling used in spec files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code maximize}/{@code minimize} (also {@code max}/{@code min}). */
    public static Direction fromWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "maximize", "max" -> MAXIMIZE;
            case "minimize", "min" -> MINIMIZE;
            default -> throw new IllegalArgumentException("unknown direction '" + word + "' (expected maximize, minimize)");
        };
    }

    /** Whether {@code a} is better than {@code b} in this direction. */
    public boolean better(double a, double b) {
        return this == MAXIMIZE ? a > b : a < b;
    }
}
