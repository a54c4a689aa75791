package io.nas4j.evaluator.data;

import io.nas4j.searchspace.spec.Task;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A dataset ready for training: three normalized splits of plain float arrays plus everything an
 * export needs to reproduce the preprocessing.
 *
 * <p>The split arrays are shared with the caller, not copied (a loaded Fashion-MNIST is ~220 MB of
 * floats): treat them as read-only. Shapes are copied in and out. Equality is identity (comparing
 * the arrays would cost as much as loading).
 *
 * @param name the dataset's short reference ({@code iris}, {@code csv:data/x.csv}, ...)
 * @param task classification (targets are class indices) or regression
 * @param inputShape one example's shape without the batch axis: {@code [4]} for iris,
 *     {@code [1, 28, 28]} for images, {@code [28, 28]} for a 1-channel image as a sequence
 *     ({@code [H, C * W]}: rows are time steps, features channel-major)
 * @param imageShape the image shape {@code [C, H, W]} when the examples are images (also when they are
 *     presented as sequences), empty otherwise
 * @param classNames class names by index, empty for regression
 * @param train training split (after {@code max_train})
 * @param validation validation split
 * @param test test split (the dataset's fixed one, or held out)
 * @param normalization the statistics applied to all three splits, computed on {@code train} only
 * @param checksum SHA-256 (lower-case hex) of the raw data, for provenance
 * @param augmenter the training-batch augmentation of the spec ({@link Augmenter#enabled()} false when
 *     none); the loader itself never augments
 */
public record LoadedDataset(String name, Task task, int[] inputShape, int[] imageShape, List<String> classNames,
        DataSplit train, DataSplit validation, DataSplit test, Normalization normalization, String checksum,
        Augmenter augmenter) {

    /** Validates that the pieces fit together. */
    public LoadedDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(augmenter, "augmenter");
        inputShape = inputShape.clone();
        imageShape = imageShape == null ? new int[0] : imageShape.clone();
        classNames = List.copyOf(classNames);
        int row = Arrays.stream(inputShape).reduce(1, Math::multiplyExact);
        for (DataSplit s : List.of(train, validation, test)) {
            if (s.size() > 0 && s.rowLength() != row) {
                throw new IllegalArgumentException("a split has rows of " + s.rowLength() + " values but inputShape "
                        + Arrays.toString(inputShape) + " needs " + row);
            }
        }
        if ((task == Task.CLASSIFICATION) == classNames.isEmpty()) {
            throw new IllegalArgumentException("classification needs class names, regression has none");
        }
    }

    /** One example's shape (a copy). */
    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The image shape {@code [C, H, W]} (a copy), empty for non-image data. */
    @Override
    public int[] imageShape() {
        return imageShape.clone();
    }

    /** Values per example, {@code prod(inputShape)}. */
    public int featureCount() {
        return Arrays.stream(inputShape).reduce(1, Math::multiplyExact);
    }

    /** Number of classes, 0 for regression. */
    public int numClasses() {
        return classNames.size();
    }

    /** Whether the examples are images presented as sequences of rows. */
    public boolean isSequence() {
        return imageShape.length == 3 && inputShape.length == 2;
    }

    /**
     * This dataset with the validation rows appended to the training split and an empty
     * validation split: for a final retrain on train+validation. Normalization statistics stay
     * those of the original training split (the rows are already normalized with them).
     */
    public LoadedDataset withValidationInTraining() {
        int n = train.size() + validation.size();
        float[] x = Arrays.copyOf(train.features(), train.features().length + validation.features().length);
        System.arraycopy(validation.features(), 0, x, train.features().length, validation.features().length);
        float[] y = Arrays.copyOf(train.targets(), n);
        System.arraycopy(validation.targets(), 0, y, train.size(), validation.size());
        return new LoadedDataset(name, task, inputShape, imageShape, classNames, new DataSplit(x, y, n),
                new DataSplit(new float[0], new float[0], 0), test, normalization, checksum, augmenter);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "LoadedDataset[" + name + ", " + task.word() + ", inputShape=" + Arrays.toString(inputShape)
                + ", classes=" + classNames.size() + ", train=" + train.size() + ", validation=" + validation.size()
                + ", test=" + test.size() + ", " + normalization.method().word() + ", sha256=" + checksum + "]";
    }
}
