package io.nas4j.evaluator.data.builtin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nas4j.evaluator.data.DatasetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code fetch.json} in a cached dataset's folder records: where the data came from and the
 * SHA-256 of its IDX files (in {@link DatasetCache#IDX_FILES} order), checked on every load.
 *
 * @param name the dataset name
 * @param source {@code npm:<package>@<version>} or the official base URL
 * @param sha256 lower-case hex SHA-256 over the four IDX files
 * @param train number of training examples
 * @param test number of test examples
 */
public record FetchManifest(
        @JsonProperty("name") String name,
        @JsonProperty("source") String source,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("train") int train,
        @JsonProperty("test") int test) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Requires the text fields. */
    public FetchManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether the data came from the npm route (and so must match the pinned checksum). */
    public boolean fromNpm() {
        return source.startsWith("npm:");
    }

    /** Reads a manifest file. */
    public static FetchManifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), FetchManifest.class);
        } catch (IOException e) {
            throw new DatasetException(file + ": unreadable dataset manifest (" + e.getMessage() + ")", e);
        }
    }

    /** Writes this manifest to {@code file}. */
    public void write(Path file) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    }
}
