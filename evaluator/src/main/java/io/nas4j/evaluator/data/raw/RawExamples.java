package io.nas4j.evaluator.data.raw;

import java.util.Objects;

/**
 * A set of decoded examples: features and one target per example (class index as float, or a
 * regression value).
 *
 * @param features the feature rows
 * @param targets one target per row (shared, not copied)
 */
public record RawExamples(Features features, float[] targets) {

    /** Checks that there is one target per row. */
    public RawExamples {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targets, "targets");
        if (targets.length != features.count()) {
            throw new IllegalArgumentException(
                    "got " + features.count() + " feature rows but " + targets.length + " targets");
        }
    }

    /** Number of examples. */
    public int count() {
        return targets.length;
    }
}
