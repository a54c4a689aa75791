package io.nas4j.evaluator.data.raw;

import io.nas4j.searchspace.spec.Task;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A decoded dataset before splitting and normalization, as cached per process by the loader.
 *
 * @param shape shape of one example without the batch axis: {@code [C, H, W]} for images, {@code [d]}
 *     for vectors
 * @param image whether the examples are images (statistics per channel, augmentation possible)
 * @param task what the targets mean
 * @param classNames class names by index for classification, empty for regression
 * @param examples the examples to split into train / validation (and test when {@code fixedTest} is
 *     null)
 * @param fixedTest the dataset's own test split, or null when the loader must hold one out
 * @param checksum SHA-256 (lower-case hex) of the raw source bytes, for provenance
 */
public record RawDataset(int[] shape, boolean image, Task task, List<String> classNames, RawExamples examples,
        RawExamples fixedTest, String checksum) {

    /** Validates shapes, class names and targets. */
    public RawDataset {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(examples, "examples");
        Objects.requireNonNull(checksum, "checksum");
        shape = shape.clone();
        classNames = List.copyOf(classNames);
        if (image && shape.length != 3) {
            throw new IllegalArgumentException("an image dataset needs shape [C, H, W], got " + Arrays.toString(shape));
        }
        int width = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        check(examples, width, "examples");
        if (fixedTest != null) {
            check(fixedTest, width, "test examples");
        }
        if (task == Task.CLASSIFICATION && classNames.isEmpty()) {
            throw new IllegalArgumentException("a classification dataset needs class names");
        }
        if (task == Task.REGRESSION && !classNames.isEmpty()) {
            throw new IllegalArgumentException("a regression dataset has no class names");
        }
    }

    private static void check(RawExamples ex, int width, String what) {
        if (ex.features().width() != width) {
            throw new IllegalArgumentException(what + " have " + ex.features().width()
                    + " values per row but the shape needs " + width);
        }
    }

    /** The example shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of values per example. */
    public int width() {
        return examples.features().width();
    }

    /** Number of classes, 0 for regression. */
    public int numClasses() {
        return classNames.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDataset r && Arrays.equals(shape, r.shape) && image == r.image && task == r.task
                && classNames.equals(r.classNames) && examples.equals(r.examples)
                && Objects.equals(fixedTest, r.fixedTest) && checksum.equals(r.checksum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(shape), image, task, classNames, checksum);
    }

    @Override
    public String toString() {
        return "RawDataset[shape=" + Arrays.toString(shape) + ", image=" + image + ", task=" + task
                + ", classes=" + classNames.size() + ", examples=" + examples.count()
                + ", fixedTest=" + (fixedTest == null ? "none" : fixedTest.count()) + ", checksum=" + checksum + "]";
    }
}
