package io.nas4j.evaluator.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.evaluator.data.format.IdxWriter;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private DatasetLoader loader() {
        return new DatasetLoader(DatasetFetcher.npmOnly(new DatasetCache(dir.resolve("cache"))), progress::add);
    }

    private static int[] classCounts(DataSplit s, int classes) {
        int[] c = new int[classes];
        for (float t : s.targets()) {
            c[(int) t]++;
        }
        return c;
    }

    @Test
    void irisDefaultsStratifiedZscore() {
        LoadedDataset d = loader().load(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION, 1);
        assertArrayEquals(new int[] {4}, d.inputShape());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertArrayEquals(new int[] {10, 10, 10}, classCounts(d.test(), 3));
        assertArrayEquals(new int[] {8, 8, 8}, classCounts(d.validation(), 3));
        assertArrayEquals(new int[] {32, 32, 32}, classCounts(d.train(), 3));
        assertEquals(Normalization.Method.ZSCORE, d.normalization().method());
        assertEquals(Normalization.Per.FEATURE, d.normalization().per());
        assertEquals(0, d.imageShape().length);
        assertFalse(d.augmenter().enabled());
        assertEquals(64, d.checksum().length());
    }

    @Test
    void splitsAreDeterministicPerSeed() {
        DatasetLoader l = loader();
        LoadedDataset a = l.load(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION, 5);
        LoadedDataset b = l.load(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION, 5);
        LoadedDataset c = l.load(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION, 6);
        assertArrayEquals(a.train().features(), b.train().features());
        assertArrayEquals(a.test().targets(), b.test().targets());
        assertArrayEquals(a.validation().features(), b.validation().features());
        assertFalse(Arrays.equals(a.train().features(), c.train().features()));
        assertSame(l.raw(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION),
                l.raw(DatasetSpec.builtIn("iris"), Task.CLASSIFICATION), "decoded once per process");
    }

    @Test
    void statisticsComeFromTheTrainingSplitOnly() throws Exception {
        Path csv = Fixtures.classCsv(dir.resolve("d.csv"), 40, 3);
        DatasetSpec spec = Fixtures.csv(csv, "label", null);
        DatasetLoader l = loader();
        LoadedDataset raw = l.load(Fixtures.with(spec, "none", null, null, null), Task.CLASSIFICATION, 11);
        LoadedDataset z = l.load(spec, Task.CLASSIFICATION, 11);
        int d = 3;
        int n = raw.train().size();
        double[] mean = new double[d];
        double[] var = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += raw.train().features()[i * d + j] / (double) n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = raw.train().features()[i * d + j] - mean[j];
                var[j] += e * e / n;
            }
        }
        for (int j = 0; j < d; j++) {
            assertEquals(mean[j], z.normalization().center()[j], 1e-4);
            assertEquals(Math.sqrt(var[j]), z.normalization().scale()[j], 1e-4);
        }
        // the normalized training split has mean 0 / std 1, the other splits do not need to
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += z.train().features()[i * d + j];
            }
            assertEquals(0, m / n, 1e-4);
        }
        // and validation/test use the same statistics
        float v = raw.validation().features()[4];
        assertEquals((v - mean[1]) / Math.sqrt(var[1]), z.validation().features()[4], 1e-4);
        LoadedDataset mm = l.load(Fixtures.with(spec, "minmax", null, null, null), Task.CLASSIFICATION, 11);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, mm.train().features()[i * d]);
            max = Math.max(max, mm.train().features()[i * d]);
        }
        assertEquals(0, min, 1e-6);
        assertEquals(1, max, 1e-6);
    }

    @Test
    void maxTrainIsStratifiedAndDeterministic() throws Exception {
        DatasetSpec spec = Fixtures.with(Fixtures.csv(Fixtures.classCsv(dir.resolve("d.csv"), 50, 1), "label", null),
                null, null, null, 30);
        DatasetLoader l = loader();
        LoadedDataset a = l.load(spec, Task.CLASSIFICATION, 2);
        assertEquals(30, a.train().size());
        assertArrayEquals(new int[] {10, 10, 10}, classCounts(a.train(), 3));
        assertArrayEquals(a.train().features(), l.load(spec, Task.CLASSIFICATION, 2).train().features());
        assertEquals(l.load(Fixtures.with(spec, null, null, null, null), Task.CLASSIFICATION, 2).test().size(),
                a.test().size(), "max_train leaves validation and test alone");
    }

    @Test
    void regressionCsv() throws Exception {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 20; i++) {
            sb.append(i).append(',').append(i * 2.5).append('\n');
        }
        Path f = Fixtures.text(dir.resolve("r.csv"), sb.toString().strip().split("\n"));
        LoadedDataset d = loader().load(Fixtures.csv(f, "y", null), Task.REGRESSION, 3);
        assertEquals(List.of(), d.classNames());
        assertEquals(20, d.train().size() + d.validation().size() + d.test().size());
        for (int i = 0; i < d.train().size(); i++) {
            double x = d.train().features()[i] * d.normalization().scale()[0] + d.normalization().center()[0];
            assertEquals(x * 2.5, d.train().targets()[i], 1e-3);
        }
    }

    @Test
    void idxWithFixedTestSplitAndMinmaxPerChannel() throws Exception {
        Fixtures.idx(dir.resolve("i.gz"), dir.resolve("l.gz"), 40, 3, 3, 4, true);
        Fixtures.idx(dir.resolve("ti"), dir.resolve("tl"), 8, 3, 3, 4, false);
        DatasetSpec spec = new DatasetSpec(null, "idx", null, null, null, dir.resolve("i.gz").toString(),
                dir.resolve("l.gz").toString(), dir.resolve("ti").toString(), dir.resolve("tl").toString(), null, null,
                null, null, null, 0.25, null, null, null, null);
        LoadedDataset d = loader().load(spec, Task.CLASSIFICATION, 0);
        assertArrayEquals(new int[] {1, 3, 3}, d.inputShape());
        assertEquals(8, d.test().size());
        // 10 per class; validation is round(10 * 0.25) = 3 per class
        assertEquals(12, d.validation().size());
        assertEquals(28, d.train().size());
        assertEquals(Normalization.Method.MINMAX, d.normalization().method());
        assertEquals(Normalization.Per.CHANNEL, d.normalization().per());
        assertEquals(1, d.normalization().center().length);
    }

    @Test
    void asSequencePresentsRowsAsTimeSteps() throws Exception {
        for (int i = 0; i < 6; i++) {
            Fixtures.rgbPng(dir.resolve("imgs/" + (i % 2 == 0 ? "a" : "b") + "/" + i + ".png"), 4, 3, i * 10);
        }
        DatasetLoader l = loader();
        DatasetSpec img = Fixtures.imageFolder(dir.resolve("imgs"), null, null, 3, null, null);
        DatasetSpec seq = Fixtures.imageFolder(dir.resolve("imgs"), null, null, 3, true, null);
        LoadedDataset a = l.load(img, Task.CLASSIFICATION, 8);
        LoadedDataset b = l.load(seq, Task.CLASSIFICATION, 8);
        assertArrayEquals(new int[] {3, 3, 4}, a.inputShape());
        assertArrayEquals(new int[] {3, 12}, b.inputShape());
        assertArrayEquals(new int[] {3, 3, 4}, b.imageShape());
        assertTrue(b.isSequence());
        assertArrayEquals(DatasetLoader.toSequence(a.train().features(), a.imageShape()), b.train().features());
        // step 1 (row y=1) of image 0: channel 0's row, then channel 1's, then channel 2's
        float[] x = a.train().features();
        float[] s = b.train().features();
        assertEquals(x[1 * 12 + 1 * 4 + 2], s[1 * 12 + 1 * 4 + 2]);
        assertEquals(x[0 * 12 + 1 * 4 + 3], s[1 * 12 + 0 * 4 + 3]);
        assertEquals(x[2 * 12 + 1 * 4 + 0], s[1 * 12 + 2 * 4 + 0]);
        LoadedDataset grey = l.load(Fixtures.imageFolder(dir.resolve("imgs"), 5, 7, 1, true, null), Task.CLASSIFICATION, 8);
        assertArrayEquals(new int[] {7, 5}, grey.inputShape());
        DatasetException e = assertThrows(DatasetException.class, () -> l.load(new DatasetSpec("iris", null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, null, null, null, null),
                Task.CLASSIFICATION, 1));
        assertTrue(e.getMessage().contains("as_sequence needs image data"), e.getMessage());
    }

    @Test
    void augmentationIsNeverAppliedByTheLoader() throws Exception {
        for (int i = 0; i < 10; i++) {
            Fixtures.greyPng(dir.resolve("imgs/" + (i % 2) + "/" + i + ".png"), 6, 6, i * 3);
        }
        DatasetLoader l = loader();
        LoadedDataset plain = l.load(Fixtures.imageFolder(dir.resolve("imgs"), null, null, null, null, null),
                Task.CLASSIFICATION, 4);
        LoadedDataset aug = l.load(Fixtures.imageFolder(dir.resolve("imgs"), null, null, null, null,
                new DatasetSpec.Augmentation(true, 2)), Task.CLASSIFICATION, 4);
        assertTrue(aug.augmenter().enabled());
        assertEquals(2, aug.augmenter().shift());
        assertArrayEquals(plain.train().features(), aug.train().features());
        assertArrayEquals(plain.validation().features(), aug.validation().features());
        assertArrayEquals(plain.test().features(), aug.test().features());
        DatasetException e = assertThrows(DatasetException.class, () -> l.load(new DatasetSpec("iris", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                new DatasetSpec.Augmentation(true, null)), Task.CLASSIFICATION, 1));
        assertTrue(e.getMessage().contains("augmentation"), e.getMessage());
    }

    @Test
    void xorIsFixedDataWithTheSignRule() {
        DatasetSpec spec = new DatasetSpec("xor", null, null, null, null, null, null, null, null, null, null, null,
                null, "none", null, null, null, 100, null);
        LoadedDataset d = loader().load(spec, Task.CLASSIFICATION, 3);
        assertEquals(100, d.train().size() + d.validation().size() + d.test().size());
        for (int i = 0; i < d.train().size(); i++) {
            float a = d.train().features()[2 * i];
            float b = d.train().features()[2 * i + 1];
            assertTrue(Math.abs(a) <= 1 && Math.abs(b) <= 1);
            assertEquals((a < 0) != (b < 0) ? 1f : 0f, d.train().targets()[i]);
        }
        RawDataset r400 = loader().raw(DatasetSpec.builtIn("xor"), Task.CLASSIFICATION);
        assertEquals(400, r400.examples().count());
    }

    @Test
    void builtInsAreClassificationOnly() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> loader().load(DatasetSpec.builtIn("iris"), Task.REGRESSION, 1));
        assertTrue(e.getMessage().contains("iris is a classification dataset"), e.getMessage());
    }

    @Test
    void writerRoundTripsThroughTheLoader() throws Exception {
        IdxWriter.writeUbyte(dir.resolve("v"), new byte[] {1, 2, 3, 4, 5, 6}, false, 3, 2);
        IdxWriter.writeUbyte(dir.resolve("l"), new byte[] {0, 1, 0}, false, 3);
        DatasetSpec spec = new DatasetSpec(null, "idx", null, null, null, dir.resolve("v").toString(),
                dir.resolve("l").toString(), null, null, null, null, null, null, "none", 0.0, 0.0, null, null, null);
        LoadedDataset d = loader().load(spec, Task.REGRESSION, 1);
        assertArrayEquals(new int[] {2}, d.inputShape());
        assertEquals(3, d.train().size());
        assertEquals(21f, sum(d.train().features()));
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }
}
