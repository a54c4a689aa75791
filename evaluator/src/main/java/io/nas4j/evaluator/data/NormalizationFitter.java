package io.nas4j.evaluator.data;

import io.nas4j.evaluator.data.raw.ByteFeatures;
import io.nas4j.evaluator.data.raw.Features;

/**
 * Computes {@link Normalization} statistics from a training split's raw values. One idea: the
 * statistics; applying them is {@link Normalization#applyInPlace}.
 */
final class NormalizationFitter {

    private NormalizationFitter() {
    }

    /**
     * Fits {@code method} on the rows {@code rows} of {@code features}, each made of {@code groups}
     * consecutive runs of {@code groupSize} values that share one statistic. Byte data is summarised
     * by exact per-group histograms, without widening it to floats.
     */
    static Normalization fit(Normalization.Method method, Normalization.Per per, Features features, int[] rows,
            int groups, int groupSize) {
        if (method == Normalization.Method.NONE) {
            return Normalization.none(per);
        }
        if (rows.length == 0) {
            throw new DatasetException("cannot compute " + method.word() + " statistics: the training split is empty");
        }
        if (!(features instanceof ByteFeatures bytes)) {
            return fit(method, per, features.gather(rows, null, null, 1), rows.length, groups, groupSize);
        }
        long[][] hist = bytes.histograms(rows, groupSize);
        double[] center = new double[groups];
        double[] scale = new double[groups];
        for (int g = 0; g < groups; g++) {
            long[] h = hist[g];
            int lo = 0;
            while (h[lo] == 0) {
                lo++;
            }
            int hi = 255;
            while (h[hi] == 0) {
                hi--;
            }
            if (method == Normalization.Method.MINMAX) {
                center[g] = lo;
                scale[g] = positive(hi - lo);
                continue;
            }
            double n = 0;
            double sum = 0;
            for (int v = lo; v <= hi; v++) {
                n += h[v];
                sum += (double) v * h[v];
            }
            double mean = sum / n;
            double sq = 0;
            for (int v = lo; v <= hi; v++) {
                sq += h[v] * (v - mean) * (v - mean);
            }
            center[g] = mean;
            scale[g] = positive(Math.sqrt(sq / n));
        }
        return new Normalization(method, per, center, scale);
    }

    /**
     * Fits {@code method} on {@code rows} raw examples in {@code data}, each made of {@code groups}
     * consecutive runs of {@code groupSize} values that share one statistic.
     */
    static Normalization fit(Normalization.Method method, Normalization.Per per, float[] data, int rows, int groups,
            int groupSize) {
        if (method == Normalization.Method.NONE) {
            return Normalization.none(per);
        }
        if (rows == 0) {
            throw new DatasetException("cannot compute " + method.word() + " statistics: the training split is empty");
        }
        double[] min = new double[groups];
        double[] max = new double[groups];
        double[] sum = new double[groups];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int i = 0;
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                double s = 0;
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int end = i + groupSize; i < end; i++) {
                    float v = data[i];
                    s += v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                sum[g] += s;
                min[g] = Math.min(min[g], lo);
                max[g] = Math.max(max[g], hi);
            }
        }
        double n = (double) rows * groupSize;
        double[] center = new double[groups];
        double[] scale = new double[groups];
        if (method == Normalization.Method.MINMAX) {
            for (int g = 0; g < groups; g++) {
                center[g] = min[g];
                scale[g] = positive(max[g] - min[g]);
            }
            return new Normalization(method, per, center, scale);
        }
        double[] mean = new double[groups];
        for (int g = 0; g < groups; g++) {
            mean[g] = sum[g] / n;
        }
        double[] sq = new double[groups];
        i = 0;
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                double m = mean[g];
                double s = 0;
                for (int end = i + groupSize; i < end; i++) {
                    double d = data[i] - m;
                    s += d * d;
                }
                sq[g] += s;
            }
        }
        for (int g = 0; g < groups; g++) {
            center[g] = mean[g];
            scale[g] = positive(Math.sqrt(sq[g] / n));
        }
        return new Normalization(method, per, center, scale);
    }

    private static double positive(double s) {
        return s > 1e-12 && Double.isFinite(s) ? s : 1.0;
    }
}
