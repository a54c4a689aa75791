package io.nas4j.evaluator.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The normalization actually applied to a loaded dataset, so an export can reproduce it on new data:
 * {@code normalized = (raw - center[k]) / scale[k]}, where {@code k} is the channel (images) or the
 * feature position (vectors).
 *
 * <ul>
 *   <li>{@code none}: no arrays; values are the raw values (pixels 0..255, CSV numbers as written).
 *   <li>{@code minmax}: {@code center = min}, {@code scale = max - min} over the training split (1 when
 *       the range is 0), mapping training values to [0, 1].
 *   <li>{@code zscore}: {@code center = mean}, {@code scale = population standard deviation} over the
 *       training split (1 when it is 0).
 * </ul>
 *
 * <p>For {@code per = channel} the statistics are taken and applied per image channel in the
 * {@code [C, H, W]} layout, before an image is presented as a sequence. Serialises with Jackson as
 * {@code {"method":"zscore","per":"feature","center":[...],"scale":[...]}}.
 *
 * @param method none, minmax or zscore
 * @param per whether the arrays are per channel (images) or per feature (vectors)
 * @param center the value subtracted, one per channel/feature (empty for none)
 * @param scale the divisor, one per channel/feature, positive (empty for none)
 */
public record Normalization(
        @JsonProperty("method") Method method,
        @JsonProperty("per") Per per,
        @JsonProperty("center") double[] center,
        @JsonProperty("scale") double[] scale) {

    /** How values are normalized. */
    public enum Method {
        /** Raw values. */
        NONE,
        /** Scale the training range to [0, 1]. */
        MINMAX,
        /** Zero mean, unit variance on the training split. */
        ZSCORE;

        /** The spec spelling. */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses the spec spelling ({@code none}, {@code minmax}, {@code zscore}). */
        @JsonCreator
        public static Method fromWord(String word) {
            for (Method m : values()) {
                if (m.word().equals(word)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown normalization '" + word + "' (expected none, minmax, zscore)");
        }
    }

    /** What one statistic covers. */
    public enum Per {
        /** One statistic per image channel. */
        CHANNEL,
        /** One statistic per feature position. */
        FEATURE;

        /** The JSON spelling. */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses the JSON spelling. */
        @JsonCreator
        public static Per fromWord(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** Validates that the arrays match the method and each other. */
    @JsonCreator
    public Normalization {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(per, "per");
        center = center == null ? new double[0] : center.clone();
        scale = scale == null ? new double[0] : scale.clone();
        if (center.length != scale.length) {
            throw new IllegalArgumentException("center has " + center.length + " values, scale " + scale.length);
        }
        if (method == Method.NONE && center.length != 0) {
            throw new IllegalArgumentException("normalization none has no statistics");
        }
        if (method != Method.NONE && center.length == 0) {
            throw new IllegalArgumentException("normalization " + method.word() + " needs statistics");
        }
        for (double s : scale) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("scale values must be positive and finite, got " + s);
            }
        }
    }

    /** No normalization. */
    public static Normalization none(Per per) {
        return new Normalization(Method.NONE, per, null, null);
    }

    /** The subtracted values (a copy). */
    @Override
    public double[] center() {
        return center.clone();
    }

    /** The divisors (a copy). */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /**
     * Normalizes {@code rows} examples in place. {@code groupSize} is the number of consecutive values
     * sharing one statistic ({@code H * W} for {@code [C, H, W]} images, 1 for vectors); the statistic
     * index cycles through {@code center.length} groups per example.
     */
    public void applyInPlace(float[] data, int rows, int groupSize) {
        if (method == Method.NONE) {
            return;
        }
        int groups = center.length;
        int rowLength = groups * groupSize;
        if (data.length != rows * rowLength) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + rowLength + " values, got "
                    + data.length + " values");
        }
        float[] c = new float[groups];
        float[] inv = new float[groups];
        for (int g = 0; g < groups; g++) {
            c[g] = (float) center[g];
            inv[g] = (float) (1.0 / scale[g]);
        }
        int i = 0;
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                float cg = c[g];
                float ig = inv[g];
                for (int end = i + groupSize; i < end; i++) {
                    data[i] = (data[i] - cg) * ig;
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && method == n.method && per == n.per
                && Arrays.equals(center, n.center) && Arrays.equals(scale, n.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, per, Arrays.hashCode(center), Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "Normalization[" + method.word() + " per " + per.word() + ", center=" + Arrays.toString(center)
                + ", scale=" + Arrays.toString(scale) + "]";
    }
}
