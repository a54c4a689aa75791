package io.nas4j.cli.run;

import java.time.Duration;

/** Short human-readable durations for messages: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 250ms}. */
public final class Durations {
    private Durations() {
    }

    /** Formats a duration the way the options are written. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) {
            sb.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            sb.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || sb.length() == 0) {
            sb.append(s).append('s');
        }
        return sb.toString();
    }
}
