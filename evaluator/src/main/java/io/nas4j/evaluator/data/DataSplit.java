package io.nas4j.evaluator.data;

import java.util.Objects;

/**
 * One split (train, validation or test) of a loaded dataset as plain arrays.
 *
 * <p>The arrays are shared, not copied, to keep large image datasets cheap: treat them as read-only.
 *
 * @param features row-major feature values, {@code size * prod(inputShape)} long, already normalized
 * @param targets one target per example: the class index as a float, or the regression value
 * @param size number of examples
 */
public record DataSplit(float[] features, float[] targets, int size) {

    /** Checks that arrays and size agree. */
    public DataSplit {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targets, "targets");
        if (size < 0 || targets.length != size) {
            throw new IllegalArgumentException("size " + size + " but " + targets.length + " targets");
        }
        if (size == 0 ? features.length != 0 : features.length % size != 0) {
            throw new IllegalArgumentException(features.length + " feature values do not make " + size + " rows");
        }
    }

    /** Values per example, 0 for an empty split. */
    public int rowLength() {
        return size == 0 ? 0 : features.length / size;
    }

    @Override
    public String toString() {
        return "DataSplit[size=" + size + ", rowLength=" + rowLength() + "]";
    }
}
