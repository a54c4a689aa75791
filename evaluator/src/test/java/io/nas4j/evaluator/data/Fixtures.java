package io.nas4j.evaluator.data;

import io.nas4j.evaluator.data.format.IdxWriter;
import io.nas4j.searchspace.spec.DatasetSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small dataset files written by the tests themselves (no data files in the repository). */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code lines} as a UTF-8 text file. */
    public static Path text(Path file, String... lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * A CSV with columns {@code a,b,c,label}: {@code perClass} rows for each of the classes
     * {@code cat}, {@code dog}, {@code emu}, with features drawn from {@code seed}.
     */
    public static Path classCsv(Path file, int perClass, long seed) throws IOException {
        Random rng = new Random(seed);
        StringBuilder sb = new StringBuilder("a,b,c,label\n");
        String[] classes = {"emu", "cat", "dog"};
        for (int i = 0; i < perClass * 3; i++) {
            String cls = classes[i % 3];
            sb.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%s%n", rng.nextGaussian() * 3 + 10,
                    rng.nextDouble(), (double) i, cls));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, sb.toString());
    }

    /** {@code n} images of {@code h x w} bytes, image {@code i} filled with {@code (i * 7 + pixel) % 256}. */
    public static byte[] pixels(int n, int h, int w) {
        byte[] b = new byte[n * h * w];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < h * w; p++) {
                b[i * h * w + p] = (byte) ((i * 7 + p) % 256);
            }
        }
        return b;
    }

    /** Labels {@code i % classes}. */
    public static byte[] labels(int n, int classes) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % classes);
        }
        return b;
    }

    /** Writes an IDX label file of int32 values (type 0x0C). */
    public static Path intLabels(Path file, int... labels) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8 + 4 * labels.length);
        buf.put((byte) 0).put((byte) 0).put((byte) 0x0C).put((byte) 1).putInt(labels.length);
        for (int l : labels) {
            buf.putInt(l);
        }
        return Files.write(file, buf.array());
    }

    /** Writes an image IDX file (n, h, w) and its labels. */
    public static void idx(Path images, Path labels, int n, int h, int w, int classes, boolean gzip) throws IOException {
        IdxWriter.writeUbyte(images, pixels(n, h, w), gzip, n, h, w);
        IdxWriter.writeUbyte(labels, labels(n, classes), gzip, n);
    }

    /** Writes a grey PNG whose pixel (x, y) is {@code (base + 10 * y + x) % 256}. */
    public static Path greyPng(Path file, int w, int h, int base) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, (base + 10 * y + x) % 256);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** Writes an RGB PNG whose pixel (x, y) is (r, g, b) = (base + x, 2 * y, 200). */
    public static Path rgbPng(Path file, int w, int h, int base) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ((base + x) % 256) << 16 | (2 * y) << 8 | 200);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A CSV dataset spec. */
    public static DatasetSpec csv(Path file, String label, List<String> features) {
        return new DatasetSpec(null, "csv", file.toString(), label, features, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** An image-folder spec. */
    public static DatasetSpec imageFolder(Path root, Integer w, Integer h, Integer channels, Boolean asSequence,
            DatasetSpec.Augmentation aug) {
        return new DatasetSpec(null, "image_folder", root.toString(), null, null, null, null, null, null, w, h, channels,
                asSequence, null, null, null, null, null, aug);
    }

    /** {@code spec} with its split / preprocessing options replaced. */
    public static DatasetSpec with(DatasetSpec s, String normalization, Double validation, Double test, Integer maxTrain) {
        return new DatasetSpec(s.name(), s.type(), s.path(), s.label(), s.features(), s.images(), s.labels(),
                s.testImages(), s.testLabels(), s.width(), s.height(), s.channels(), s.asSequence(), normalization,
                validation, test, maxTrain, s.samples(), s.augmentation());
    }
}
