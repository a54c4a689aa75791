package io.nas4j.evaluator.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.Normalization;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What inference needs besides the network: how raw examples are laid out and normalized, and
 * what the outputs mean. Written as {@value ExportFiles#PREPROCESSING} in an export.
 *
 * <p>Raw input is one example per row: the feature values in the dataset's column order for
 * vectors, or the pixels (0..255) of a {@code [C, H, W]} image. {@link #apply} normalizes them
 * with the training split's statistics and, for sequence models, re-lays an image as
 * {@code [H, C * W]}.
 *
 * @param dataset the dataset's short reference, for information
 * @param task classification or regression
 * @param inputShape the network's input shape for one example
 * @param imageShape {@code [C, H, W]} for image data (also when presented as a sequence), else empty
 * @param classNames class labels by index (empty for regression)
 * @param normalization the statistics to apply
 */
public record Preprocessing(
        @JsonProperty("dataset") String dataset,
        @JsonProperty("task") Task task,
        @JsonProperty("input_shape") int[] inputShape,
        @JsonProperty("image_shape") int[] imageShape,
        @JsonProperty("class_names") List<String> classNames,
        @JsonProperty("normalization") Normalization normalization) {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Validates and copies. */
    @JsonCreator
    public Preprocessing {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(normalization, "normalization");
        inputShape = inputShape.clone();
        imageShape = imageShape == null ? new int[0] : imageShape.clone();
        classNames = List.copyOf(classNames == null ? List.of() : classNames);
        if ((task == Task.CLASSIFICATION) == classNames.isEmpty()) {
            throw new IllegalArgumentException("classification needs class names, regression has none");
        }
    }

    /** The preprocessing of a loaded dataset. */
    public static Preprocessing of(LoadedDataset data) {
        return new Preprocessing(data.name(), data.task(), data.inputShape(), data.imageShape(), data.classNames(),
                data.normalization());
    }

    /** The network's input shape (a copy). */
    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The image shape (a copy), empty for vectors. */
    @Override
    public int[] imageShape() {
        return imageShape.clone();
    }

    /** The input shape and head the network was built for. */
    public ModelIO modelIO() {
        return new ModelIO(new Shape(inputShape), task, task == Task.CLASSIFICATION ? classNames.size() : 0);
    }

    /** Whether raw examples are images. */
    public boolean images() {
        return imageShape.length == 3;
    }

    /** Raw values per example: {@code C * H * W} for images, else the input size. */
    public int rawLength() {
        int[] s = images() ? imageShape : inputShape;
        return Arrays.stream(s).reduce(1, Math::multiplyExact);
    }

    /**
     * Normalizes {@code rows} raw examples (row-major, {@link #rawLength()} values each) into the
     * network's input layout; {@code raw} is not changed.
     */
    public float[] apply(float[] raw, int rows) {
        if (rows < 1 || raw.length != (long) rows * rawLength()) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + rawLength() + " raw values, got "
                    + raw.length + " values");
        }
        float[] x = raw.clone();
        int groupSize = images() ? imageShape[1] * imageShape[2] : 1;
        normalization.applyInPlace(x, rows, groupSize);
        if (images() && inputShape.length == 2) {
            x = DatasetLoader.toSequence(x, imageShape);
        }
        return x;
    }

    /** Writes this as indented JSON. */
    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    /** Reads a {@value ExportFiles#PREPROCESSING} file. */
    public static Preprocessing read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), Preprocessing.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a preprocessing file: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p && dataset.equals(p.dataset) && task == p.task
                && Arrays.equals(inputShape, p.inputShape) && Arrays.equals(imageShape, p.imageShape)
                && classNames.equals(p.classNames) && normalization.equals(p.normalization);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataset, task, Arrays.hashCode(inputShape), Arrays.hashCode(imageShape), classNames,
                normalization);
    }

    @Override
    public String toString() {
        return "Preprocessing[" + dataset + ", " + task.word() + ", input " + Arrays.toString(inputShape) + ", "
                + normalization + "]";
    }
}
