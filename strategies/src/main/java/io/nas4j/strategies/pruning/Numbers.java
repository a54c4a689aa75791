package io.nas4j.strategies.pruning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/** Small numeric helpers shared by the rules: percentiles and short number formatting. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * The {@code q}-th percentile (0..100) of {@code values} by linear interpolation between
     * closest ranks (as numpy's default); NaN for no values.
     */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = q / 100.0 * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    }

    /** A value with at most 4 significant digits, e.g. {@code 0.6133}, {@code 12}, {@code NaN}. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 21st, ... */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
