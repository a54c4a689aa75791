package io.nas4j.searchspace.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a study's data comes from and how it is prepared: a built-in dataset by {@code name}
 * ({@code iris}, {@code xor}, {@code fashion-mnist}, {@code mnist}) or a user dataset by
 * {@code type} ({@code csv}, {@code idx}, {@code image_folder}) with its paths.
 *
 * <p>Paths are resolved against the spec file's folder by {@link SpecLoader}. Unset optional
 * values are {@code null} and mean "the loader's default".
 *
 * @param name built-in dataset name, or null for a user dataset
 * @param type {@code builtin} (default when a name is given), {@code csv}, {@code idx} or
 *     {@code image_folder}
 * @param path CSV file or image folder root
 * @param label CSV label column
 * @param features CSV feature columns (default: every column but the label)
 * @param images IDX image file (raw or gzip)
 * @param labels IDX label file (raw or gzip)
 * @param testImages optional IDX test image file, a fixed test split
 * @param testLabels optional IDX test label file
 * @param width image width after resizing (image folders)
 * @param height image height after resizing (image folders)
 * @param channels 1 (grayscale) or 3 (RGB) for image folders
 * @param asSequence present each image as a sequence of rows (for recurrent blocks)
 * @param normalization {@code none}, {@code minmax} or {@code zscore} (training split only)
 * @param validationFraction fraction of the training data held out for validation
 * @param testFraction fraction held out for test when the dataset has no fixed test split
 * @param maxTrain keep at most this many training examples (stratified), for quick searches
 * @param samples number of generated examples (xor)
 * @param augmentation optional training-time image augmentation
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("path") String path,
        @JsonProperty("label") String label,
        @JsonProperty("features") List<String> features,
        @JsonProperty("images") String images,
        @JsonProperty("labels") String labels,
        @JsonProperty("test_images") String testImages,
        @JsonProperty("test_labels") String testLabels,
        @JsonProperty("width") Integer width,
        @JsonProperty("height") Integer height,
        @JsonProperty("channels") Integer channels,
        @JsonProperty("as_sequence") Boolean asSequence,
        @JsonProperty("normalization") String normalization,
        @JsonProperty("validation") Double validationFraction,
        @JsonProperty("test") Double testFraction,
        @JsonProperty("max_train") Integer maxTrain,
        @JsonProperty("samples") Integer samples,
        @JsonProperty("augmentation") Augmentation augmentation) {

    /** Built-in dataset names. */
    public static final List<String> BUILT_IN = List.of("iris", "xor", "fashion-mnist", "mnist");
    /** User dataset types. */
    public static final List<String> USER_TYPES = List.of("csv", "idx", "image_folder");
    /** Normalization words. */
    public static final List<String> NORMALIZATIONS = List.of("none", "minmax", "zscore");

    /** Validates field combinations; messages name the field (relative to {@code dataset}). */
    public DatasetSpec {
        features = features == null ? null : List.copyOf(features);
        if (type == null) {
            type = name != null ? "builtin" : null;
        }
        if (type == null) {
            throw new IllegalArgumentException("dataset: give a built-in 'name' ("
                    + String.join(", ", BUILT_IN) + ") or a 'type' (" + String.join(", ", USER_TYPES) + ")");
        }
        type = type.toLowerCase(Locale.ROOT);
        if (type.equals("builtin")) {
            if (name == null) {
                throw new IllegalArgumentException("dataset.name: missing (a built-in dataset needs a name)");
            }
            if (!BUILT_IN.contains(name)) {
                throw new IllegalArgumentException("dataset.name: unknown dataset '" + name
                        + "' (built-in: " + String.join(", ", BUILT_IN) + "; or use type: csv, idx, image_folder)");
            }
        } else if (!USER_TYPES.contains(type)) {
            throw new IllegalArgumentException("dataset.type: unknown type '" + type
                    + "' (expected builtin, " + String.join(", ", USER_TYPES) + ")");
        }
        switch (type) {
            case "csv" -> {
                require(path, "dataset.path", "a csv dataset needs the CSV file's path");
                require(label, "dataset.label", "a csv dataset needs the label column's name");
            }
            case "image_folder" -> require(path, "dataset.path", "an image_folder dataset needs the folder's path");
            case "idx" -> {
                require(images, "dataset.images", "an idx dataset needs the image file");
                require(labels, "dataset.labels", "an idx dataset needs the label file");
                if ((testImages == null) != (testLabels == null)) {
                    throw new IllegalArgumentException("dataset.test_images: give test_images and test_labels together");
                }
            }
            default -> { }
        }
        if (normalization != null && !NORMALIZATIONS.contains(normalization)) {
            throw new IllegalArgumentException("dataset.normalization: unknown normalization '" + normalization
                    + "' (expected " + String.join(", ", NORMALIZATIONS) + ")");
        }
        fraction(validationFraction, "dataset.validation");
        fraction(testFraction, "dataset.test");
        positive(width, "dataset.width");
        positive(height, "dataset.height");
        positive(maxTrain, "dataset.max_train");
        positive(samples, "dataset.samples");
        if (channels != null && channels != 1 && channels != 3) {
            throw new IllegalArgumentException("dataset.channels: must be 1 (grayscale) or 3 (RGB), got " + channels);
        }
    }

    /** A built-in dataset with every option at its default. */
    public static DatasetSpec builtIn(String name) {
        return new DatasetSpec(name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Whether this names a built-in dataset. */
    @JsonIgnore
    public boolean isBuiltIn() {
        return type.equals("builtin");
    }

    /** A short human-readable reference, e.g. {@code fashion-mnist} or {@code csv:data/x.csv}. */
    public String describe() {
        return isBuiltIn() ? name : type + ":" + (path != null ? path : images);
    }

    /** This spec with its file paths replaced by {@code resolver}'s results (used for relative paths). */
    public DatasetSpec withPaths(java.util.function.UnaryOperator<String> resolver) {
        return new DatasetSpec(name, type, map(path, resolver), label, features, map(images, resolver),
                map(labels, resolver), map(testImages, resolver), map(testLabels, resolver), width, height,
                channels, asSequence, normalization, validationFraction, testFraction, maxTrain, samples,
                augmentation);
    }

    private static String map(String s, java.util.function.UnaryOperator<String> f) {
        return s == null ? null : f.apply(s);
    }

    private static void require(Object value, String field, String why) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": missing (" + why + ")");
        }
    }

    private static void fraction(Double v, String field) {
        if (v != null && !(v >= 0.0 && v < 1.0)) {
            throw new IllegalArgumentException(field + ": must be a fraction in [0, 1), got " + v);
        }
    }

    private static void positive(Integer v, String field) {
        if (v != null && v <= 0) {
            throw new IllegalArgumentException(field + ": must be positive, got " + v);
        }
    }

    /**
     * Training-time image augmentation; never applied to validation or test data.
     *
     * @param horizontalFlip flip each training image left-right with probability 1/2
     * @param shift shift each training image by up to this many pixels in each direction
     */
    public record Augmentation(
            @JsonProperty("horizontal_flip") Boolean horizontalFlip,
            @JsonProperty("shift") Integer shift) {
        /** Validates the shift. */
        public Augmentation {
            if (shift != null && shift < 0) {
                throw new IllegalArgumentException("dataset.augmentation.shift: must be >= 0, got " + shift);
            }
        }

        /** Whether any augmentation is switched on. */
        public boolean any() {
            return Boolean.TRUE.equals(horizontalFlip) || (shift != null && shift > 0);
        }
    }
}
