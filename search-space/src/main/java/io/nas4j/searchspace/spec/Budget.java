package io.nas4j.searchspace.spec;

import java.time.Duration;

/**
 * When a study stops: after {@code trials} finished trials and/or after {@code wallTime}.
 *
 * @param trials finished trials to reach (0 = no trial limit)
 * @param wallTime wall-clock limit of one run, or null for none
 */
public record Budget(int trials, Duration wallTime) {
    /** Validates: at least one limit. */
    public Budget {
        if (trials < 0) {
            throw new IllegalArgumentException("budget.trials: must be >= 0, got " + trials);
        }
        if (wallTime != null && (wallTime.isNegative() || wallTime.isZero())) {
            throw new IllegalArgumentException("budget.time: must be positive");
        }
        if (trials == 0 && wallTime == null) {
            throw new IllegalArgumentException("budget: give trials, time or both");
        }
    }

    /** Parses durations like {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m}. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)").matcher(t);
        long millis = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            double v = Double.parseDouble(m.group(1));
            millis += (long) (v * switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> 86_400_000;
            });
            end = m.end();
        }
        if (end != t.length() || t.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (examples: 90s, 30m, 2h, 1h30m)");
        }
        return Duration.ofMillis(millis);
    }
}
