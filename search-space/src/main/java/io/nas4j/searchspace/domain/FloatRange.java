package io.nas4j.searchspace.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Real numbers from {@code min} to {@code max}, optionally log-uniform (learning rates, weight
 * decay). Decoded values are rounded to 4 significant digits so that candidates print well and
 * near-identical values share a fingerprint.
 *
 * @param min lower bound
 * @param max upper bound
 * @param log whether sampling is uniform in log space (needs min > 0)
 */
public record FloatRange(double min, double max, boolean log) implements Domain {
    private static final MathContext DIGITS = new MathContext(4);

    /** Validates the bounds. */
    public FloatRange {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("bounds must be finite numbers");
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (log && min <= 0) {
            throw new IllegalArgumentException("a log-scaled range needs min > 0, got " + min);
        }
    }

    @Override
    public Object decode(double u) {
        u = Domain.clamp(u);
        double v = log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
        double r = v == 0 ? 0 : new BigDecimal(v).round(DIGITS).doubleValue();
        return Math.max(min, Math.min(max, r));
    }

    @Override
    public double encode(Object value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(value + " is not in " + describe());
        }
        double v = ((Number) value).doubleValue();
        if (max == min) {
            return 0.5;
        }
        double u = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
        return Domain.clamp(u);
    }

    @Override
    public boolean isDiscrete() {
        return false;
    }

    @Override
    public long cardinality() {
        throw new IllegalStateException("a float range has no finite number of values: " + describe());
    }

    @Override
    public Object valueAt(long i) {
        throw new IllegalStateException("a float range has no list of values: " + describe());
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max;
    }

    @Override
    public String describe() {
        return "float[" + min + ".." + max + (log ? " log" : "") + "]";
    }
}
