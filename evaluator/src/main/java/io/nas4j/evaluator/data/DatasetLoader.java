package io.nas4j.evaluator.data;

import io.nas4j.evaluator.data.builtin.BuiltInDatasets;
import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.evaluator.data.format.CsvReader;
import io.nas4j.evaluator.data.format.IdxReader;
import io.nas4j.evaluator.data.format.ImageFolderReader;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the dataset of a spec as a {@link LoadedDataset}: the one entry point the training code calls.
 *
 * <p><b>Caching.</b> Decoded raw data is cached per process in a static map keyed by the spec's
 * decoding fields (name/type, absolute paths, label, features, size, channels, samples), the task and
 * the built-in cache folder; the seed, fractions, normalization, {@code max_train},
 * {@code as_sequence} and augmentation are not part of the key, so many trials decode once and only
 * re-split. Files are assumed not to change while the process runs ({@link #clearCache()} forgets
 * everything). An uncached built-in is fetched first (see {@link DatasetFetcher}). Targets are never
 * normalized: regression values stay as written.
 *
 * <p><b>Defaults.</b>
 * <ul>
 *   <li>{@code test}: 0.2 of all examples, held out only when the dataset has no fixed test split
 *       (Fashion-MNIST, MNIST and IDX datasets with {@code test_images} have one).
 *   <li>{@code validation}: 0.2 of the examples that are not test.
 *   <li>{@code normalization}: {@code minmax} per channel for images (pixels to [0, 1]),
 *       {@code zscore} per feature for vectors (CSV, iris, xor, 2-D IDX).
 *   <li>{@code max_train}: no limit.
 * </ul>
 *
 * <p><b>Splits</b> are deterministic for a seed: stratified per class for classification, a seeded
 * shuffle for regression (see {@code Splitter}: per class, shuffle with {@code new Random(seed)}, take
 * {@code round(n * test)} for test, then {@code round(rest * validation)} for validation, the rest
 * train; {@code max_train} keeps class proportions). Normalization statistics come from the training
 * split only (after {@code max_train}) and are applied to all three splits.
 *
 * <p><b>Sequences.</b> With {@code as_sequence: true} an image {@code [C, H, W]} is presented as
 * {@code [H, C * W]}: time step {@code h} holds channel 0's row {@code h}, then channel 1's, ...
 * Normalization is still per channel.
 */
public final class DatasetLoader {

    /** Default validation fraction (of the non-test examples). */
    public static final double DEFAULT_VALIDATION = 0.2;
    /** Default test fraction (of all examples, when there is no fixed test split). */
    public static final double DEFAULT_TEST = 0.2;

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);
    private static final ConcurrentHashMap<RawKey, RawDataset> RAW = new ConcurrentHashMap<>();

    private final DatasetFetcher fetcher;
    private final Consumer<String> progress;

    /** A loader on the default dataset cache, reporting fetch progress to SLF4J. */
    public DatasetLoader() {
        this(new DatasetFetcher(DatasetCache.defaultCache()), LOG::info);
    }

    /** A loader fetching built-ins with {@code fetcher} and reporting fetch progress to {@code progress}. */
    public DatasetLoader(DatasetFetcher fetcher, Consumer<String> progress) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The key of the process-wide raw cache: everything decoding depends on. */
    private record RawKey(DatasetSpec decode, Task task, Path cacheRoot) {
    }

    /** Loads, splits and normalizes the dataset of {@code spec} for {@code task}, deterministically for {@code seed}. */
    public LoadedDataset load(DatasetSpec spec, Task task, long seed) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(task, "task");
        RawDataset raw = raw(spec, task);
        double validation = spec.validationFraction() == null ? DEFAULT_VALIDATION : spec.validationFraction();
        double test = spec.testFraction() == null ? DEFAULT_TEST : spec.testFraction();
        RawExamples ex = raw.examples();
        Splitter.Plan plan = Splitter.plan(ex.targets(), raw.numClasses(), raw.fixedTest() != null, validation, test,
                spec.maxTrain(), seed);
        int[] shape = raw.shape();
        boolean image = raw.image();
        int groups = image ? shape[0] : raw.width();
        int groupSize = image ? shape[1] * shape[2] : 1;
        Normalization.Method method = spec.normalization() != null ? Normalization.Method.fromWord(spec.normalization())
                : image ? Normalization.Method.MINMAX : Normalization.Method.ZSCORE;
        Normalization.Per per = image ? Normalization.Per.CHANNEL : Normalization.Per.FEATURE;
        Normalization norm = NormalizationFitter.fit(method, per, ex.features(), plan.train(), groups, groupSize);
        float[] center = null;
        float[] inv = null;
        if (method != Normalization.Method.NONE) {
            double[] c = norm.center();
            double[] s = norm.scale();
            center = new float[groups];
            inv = new float[groups];
            for (int g = 0; g < groups; g++) {
                center[g] = (float) c[g];
                inv[g] = (float) (1.0 / s[g]);
            }
        }
        float[] trainX = ex.features().gather(plan.train(), center, inv, groupSize);
        float[] valX = ex.features().gather(plan.validation(), center, inv, groupSize);
        float[] testX;
        float[] testY;
        if (raw.fixedTest() != null) {
            int[] all = new int[raw.fixedTest().count()];
            java.util.Arrays.setAll(all, i -> i);
            testX = raw.fixedTest().features().gather(all, center, inv, groupSize);
            testY = raw.fixedTest().targets().clone();
        } else {
            testX = ex.features().gather(plan.test(), center, inv, groupSize);
            testY = targets(ex.targets(), plan.test());
        }

        int[] inputShape = shape;
        if (Boolean.TRUE.equals(spec.asSequence())) {
            if (!image) {
                throw new DatasetException(spec.describe() + ": as_sequence needs image data, but the examples are "
                        + "vectors of shape " + java.util.Arrays.toString(shape));
            }
            inputShape = new int[] {shape[1], shape[0] * shape[2]};
            trainX = toSequence(trainX, shape);
            valX = toSequence(valX, shape);
            testX = toSequence(testX, shape);
        }
        Augmenter augmenter = Augmenter.NONE;
        if (spec.augmentation() != null && spec.augmentation().any()) {
            if (!image) {
                throw new DatasetException(spec.describe() + ": augmentation (horizontal_flip, shift) needs image data");
            }
            augmenter = Augmenter.of(spec.augmentation(), shape[0]);
        }
        return new LoadedDataset(spec.describe(), task, inputShape, image ? shape : null, raw.classNames(),
                new DataSplit(trainX, targets(ex.targets(), plan.train()), plan.train().length),
                new DataSplit(valX, targets(ex.targets(), plan.validation()), plan.validation().length),
                new DataSplit(testX, testY, testY.length), norm, raw.checksum(), augmenter);
    }

    /**
     * The decoded (unsplit, unnormalized) data of {@code spec} for {@code task}, from the process cache
     * when it was decoded before.
     */
    public RawDataset raw(DatasetSpec spec, Task task) {
        DatasetSpec abs = spec.withPaths(p -> Path.of(p).toAbsolutePath().normalize().toString());
        DatasetSpec decode = new DatasetSpec(abs.name(), abs.type(), abs.path(), abs.label(), abs.features(),
                abs.images(), abs.labels(), abs.testImages(), abs.testLabels(), abs.width(), abs.height(),
                abs.channels(), null, null, null, null, null, "xor".equals(abs.name()) ? abs.samples() : null, null);
        RawKey key = new RawKey(decode, task, spec.isBuiltIn() ? fetcher.cache().root() : null);
        RawDataset cached = RAW.get(key);
        if (cached != null) {
            return cached;
        }
        RawDataset raw = decode(decode, task);
        RawDataset prev = RAW.putIfAbsent(key, raw);
        return prev != null ? prev : raw;
    }

    /** Empties the process-wide raw data cache (frees memory; the next load decodes again). */
    public static void clearCache() {
        RAW.clear();
    }

    /** Number of decoded datasets in the process cache. */
    public static int cachedCount() {
        return RAW.size();
    }

    private RawDataset decode(DatasetSpec s, Task task) {
        String what = s.describe();
        return switch (s.type()) {
            case "builtin" -> {
                if (task != Task.CLASSIFICATION) {
                    throw new DatasetException(what + " is a classification dataset, but the task is " + task.word());
                }
                yield BuiltInDatasets.load(s.name(), s.samples(), fetcher, progress);
            }
            case "csv" -> CsvReader.read(Path.of(s.path()), s.label(), s.features(), task);
            case "idx" -> IdxReader.read(Path.of(s.images()), Path.of(s.labels()),
                    s.testImages() == null ? null : Path.of(s.testImages()),
                    s.testLabels() == null ? null : Path.of(s.testLabels()), task, null);
            case "image_folder" -> {
                if (task != Task.CLASSIFICATION) {
                    throw new DatasetException(what + ": image_folder datasets are classification only (one subfolder "
                            + "per class), but the task is " + task.word());
                }
                yield ImageFolderReader.read(Path.of(s.path()), s.width(), s.height(),
                        s.channels() == null ? 1 : s.channels());
            }
            default -> throw new DatasetException("unknown dataset type '" + s.type() + "'");
        };
    }

    private static float[] targets(float[] all, int[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    /** Re-lays {@code [C, H, W]} rows as {@code [H, C * W]}; a no-op copy-free return for one channel. */
    public static float[] toSequence(float[] data, int[] chw) {
        int c = chw[0];
        int h = chw[1];
        int w = chw[2];
        if (c == 1) {
            return data;
        }
        int size = c * h * w;
        float[] out = new float[data.length];
        for (int base = 0; base < data.length; base += size) {
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    System.arraycopy(data, base + ch * h * w + y * w, out, base + y * c * w + ch * w, w);
                }
            }
        }
        return out;
    }
}
