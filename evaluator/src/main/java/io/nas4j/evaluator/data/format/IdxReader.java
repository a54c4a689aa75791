package io.nas4j.evaluator.data.format;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an IDX image file and its label file (raw or gzip each), with an optional fixed test pair.
 *
 * <ul>
 *   <li>Images: unsigned bytes, {@code (n, H, W)} (shape {@code [1, H, W]}, an image dataset) or
 *       {@code (n, d)} (shape {@code [d]}, vectors).
 *   <li>Labels: {@code (n)}, unsigned bytes or int32, one per image. Classification: labels must be
 *       0..255; the classes are {@code 0 .. max label} over all files, named by their number, unless
 *       class names are given. Regression: the label's value.
 *   <li>The test pair must have the training images' shape, and under classification no label outside
 *       the training labels' classes.
 * </ul>
 *
 * <p>The checksum is the SHA-256 of the decompressed files' bytes, concatenated in the order images,
 * labels, test images, test labels.
 */
public final class IdxReader {

    /** The largest accepted class label. */
    public static final int MAX_LABEL = 255;

    private IdxReader() {
    }

    /** Reads the files; {@code testImages}/{@code testLabels} may both be null; {@code classNames} may be null. */
    public static RawDataset read(Path images, Path labels, Path testImages, Path testLabels, Task task,
            List<String> classNames) {
        if ((testImages == null) != (testLabels == null)) {
            throw new DatasetException("give IDX test images and test labels together");
        }
        MessageDigest digest = Sha256.digest();
        IdxFile img = IdxFile.read(images);
        IdxFile lab = IdxFile.read(labels);
        digest.update(img.content());
        digest.update(lab.content());
        int[] shape = shape(img);
        int[] trainLabels = labels(img, lab);
        IdxFile testImg = null;
        int[] testLab = null;
        if (testImages != null) {
            testImg = IdxFile.read(testImages);
            IdxFile tl = IdxFile.read(testLabels);
            digest.update(testImg.content());
            digest.update(tl.content());
            if (!Arrays.equals(shape(testImg), shape)) {
                throw new DatasetException(testImages + ": test images have shape " + Arrays.toString(shape(testImg))
                        + " but the training images " + Arrays.toString(shape));
            }
            testLab = labels(testImg, tl);
        }
        List<String> names = List.of();
        if (task == Task.CLASSIFICATION) {
            int max = checkRange(trainLabels, labels);
            if (testLab != null) {
                int testMax = checkRange(testLab, testLabels);
                if (testMax > max && classNames == null) {
                    throw new DatasetException(testLabels + ": test label " + testMax
                            + " does not occur in the training labels (classes 0.." + max + " in " + labels + ")");
                }
            }
            if (classNames != null) {
                if (max >= classNames.size()) {
                    throw new DatasetException(labels + ": label " + max + " but only " + classNames.size()
                            + " class names");
                }
                names = classNames;
            } else {
                List<String> n = new ArrayList<>();
                for (int i = 0; i <= max; i++) {
                    n.add(Integer.toString(i));
                }
                names = n;
            }
            if (testLab != null && Arrays.stream(testLab).max().orElse(0) >= names.size()) {
                throw new DatasetException(testLabels + ": test label out of range (classes 0.." + (names.size() - 1) + ")");
            }
        }
        int width = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        RawExamples train = new RawExamples(img.features(width), floats(trainLabels));
        RawExamples test = testImg == null ? null
                : new RawExamples(testImg.features(width), floats(testLab));
        return new RawDataset(shape, shape.length == 3, task, names, train, test, Sha256.hex(digest));
    }

    private static int[] shape(IdxFile img) {
        int[] d = img.dims();
        if (img.type() != IdxFile.UBYTE) {
            throw new DatasetException(img.file() + ": images must be unsigned bytes (IDX type 0x08)");
        }
        return switch (d.length) {
            case 3 -> new int[] {1, d[1], d[2]};
            case 2 -> new int[] {d[1]};
            default -> throw new DatasetException(img.file() + ": expected images of dimensions (n, H, W) or (n, d), got "
                    + Arrays.toString(d));
        };
    }

    private static int[] labels(IdxFile img, IdxFile lab) {
        if (lab.dims().length != 1) {
            throw new DatasetException(lab.file() + ": a label file must be one-dimensional, got dimensions "
                    + Arrays.toString(lab.dims()));
        }
        if (lab.count() != img.count()) {
            throw new DatasetException("count mismatch: " + img.file() + " has " + img.count() + " images but "
                    + lab.file() + " has " + lab.count() + " labels");
        }
        return lab.ints();
    }

    private static int checkRange(int[] labels, Path file) {
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < 0 || l > MAX_LABEL) {
                throw new DatasetException(file + ": label " + l + " of item " + i + " is out of range (0.."
                        + MAX_LABEL + ")");
            }
            max = Math.max(max, l);
        }
        if (max < 0) {
            throw new DatasetException(file + ": no labels");
        }
        return max;
    }

    private static float[] floats(int[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = a[i];
        }
        return f;
    }
}
