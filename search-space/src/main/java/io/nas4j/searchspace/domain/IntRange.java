package io.nas4j.searchspace.domain;

/**
 * Integers from {@code min} to {@code max} in steps of {@code step}; with {@code log} genes map
 * uniformly onto log(value), which suits sizes such as units or filters.
 *
 * @param min smallest value
 * @param max largest value (reachable when {@code max - min} is a multiple of step)
 * @param step spacing, at least 1
 * @param log whether sampling is uniform in log space (needs min >= 1)
 */
public record IntRange(int min, int max, int step, boolean log) implements Domain {
    /** Validates the bounds. */
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1, got " + step);
        }
        if (log && min < 1) {
            throw new IllegalArgumentException("a log-scaled range needs min >= 1, got " + min);
        }
    }

    @Override
    public Object decode(double u) {
        u = Domain.clamp(u);
        long n = cardinality();
        if (!log) {
            return valueAt(Math.min(n - 1, (long) Math.floor(u * n)));
        }
        double lo = Math.log(min - 0.5 < 0.5 ? 0.5 : min - 0.5);
        double hi = Math.log(max + 0.5);
        double v = Math.exp(lo + u * (hi - lo));
        long i = Math.round((v - min) / step);
        return valueAt(Math.max(0, Math.min(n - 1, i)));
    }

    @Override
    public double encode(Object value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(value + " is not in " + describe());
        }
        int v = ((Number) value).intValue();
        if (!log) {
            long i = ((long) v - min) / step;
            return (i + 0.5) / cardinality();
        }
        double lo = Math.log(min - 0.5 < 0.5 ? 0.5 : min - 0.5);
        double hi = Math.log(max + 0.5);
        double u = (Math.log(v) - lo) / (hi - lo);
        // nudge toward a gene that decodes exactly to v
        for (double d : new double[] {0, 1e-9, -1e-9, 1e-6, -1e-6}) {
            if (decode(u + d).equals(v)) {
                return Domain.clamp(u + d);
            }
        }
        return Domain.clamp(u);
    }

    @Override
    public boolean isDiscrete() {
        return true;
    }

    @Override
    public long cardinality() {
        return ((long) max - min) / step + 1L;
    }

    @Override
    public Object valueAt(long i) {
        return (int) (min + i * step);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return false;
        }
        long v = n.longValue();
        return v >= min && v <= max && (v - min) % step == 0;
    }

    @Override
    public String describe() {
        return "int[" + min + ".." + max + (step != 1 ? " step " + step : "") + (log ? " log" : "") + "]";
    }
}
