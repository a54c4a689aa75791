package io.nas4j.evaluator.data.builtin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The local folder that holds fetched built-in datasets, one subfolder per dataset:
 * {@code <root>/<name>/{train,test}-{images,labels}-idx{3,1}-ubyte} plus {@code fetch.json} (the
 * {@link FetchManifest}).
 *
 * <p>The default root is the {@code NAS4J_DATA} environment variable, else the {@code nas4j.data}
 * system property, else {@code ~/.nas4j/datasets}.
 *
 * @param root the cache root folder (created when a dataset is fetched)
 */
public record DatasetCache(Path root) {

    /** IDX file names inside a dataset folder, in checksum order. */
    public static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "test-images-idx3-ubyte", "test-labels-idx1-ubyte");
    /** The manifest file name inside a dataset folder. */
    public static final String MANIFEST = "fetch.json";

    /** Normalizes the root to an absolute path. */
    public DatasetCache {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The cache at the default root (see the type's javadoc). */
    public static DatasetCache defaultCache() {
        String env = System.getenv("NAS4J_DATA");
        if (env != null && !env.isBlank()) {
            return new DatasetCache(Path.of(env));
        }
        String prop = System.getProperty("nas4j.data");
        if (prop != null && !prop.isBlank()) {
            return new DatasetCache(Path.of(prop));
        }
        return new DatasetCache(Path.of(System.getProperty("user.home"), ".nas4j", "datasets"));
    }

    /** The folder of dataset {@code name}. */
    public Path dir(String name) {
        return root.resolve(name);
    }

    /** One of the dataset's {@link #IDX_FILES}. */
    public Path file(String name, String idxFile) {
        return dir(name).resolve(idxFile);
    }

    /** Whether the dataset's four IDX files and its manifest are present. */
    public boolean isCached(String name) {
        Path dir = dir(name);
        return Files.isRegularFile(dir.resolve(MANIFEST))
                && IDX_FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
