package io.nas4j.evaluator.data.format;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.raw.ByteFeatures;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.RawExamples;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.Task;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads a folder of images with one subfolder per class into an image dataset.
 *
 * <ul>
 *   <li>Classes are the non-hidden subfolders, sorted by name; the class index is the position.
 *   <li>Images are the files ending in {@code .png}, {@code .jpg}, {@code .jpeg}, {@code .bmp} or
 *       {@code .gif} (any case) in a class folder, read in name order; other files are ignored. A file
 *       with an image extension that {@code javax.imageio} cannot decode is an error naming it.
 *   <li>Size: {@code width} x {@code height}; a missing one defaults to the first image's (first class,
 *       first file), so a folder of same-sized images keeps its native resolution. Other sizes are
 *       resized with bilinear interpolation (pixel centres aligned).
 *   <li>Channels: 1 (grayscale, {@code round(0.299 R + 0.587 G + 0.114 B)} for colour images) or 3
 *       (RGB, grey images replicated); alpha is ignored. Values stay 0..255, layout {@code [C, H, W]}.
 * </ul>
 *
 * <p>The checksum is the SHA-256 over, per image in reading order, its path relative to the root
 * (with {@code /}), a newline and its bytes.
 */
public final class ImageFolderReader {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFolderReader() {
    }

    /** Reads {@code root}; {@code width}/{@code height} may be null; {@code channels} is 1 or 3. */
    public static RawDataset read(Path root, Integer width, Integer height, int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
        }
        if (!Files.isDirectory(root)) {
            throw new DatasetException(root + ": not a folder (an image_folder dataset needs one subfolder per class)");
        }
        List<Path> classDirs = list(root).stream().filter(Files::isDirectory).filter(p -> !hidden(p)).toList();
        if (classDirs.isEmpty()) {
            throw new DatasetException(root + ": no class subfolders (expected one subfolder of images per class)");
        }
        List<String> classNames = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path dir : classDirs) {
            List<Path> images = list(dir).stream().filter(Files::isRegularFile).filter(ImageFolderReader::isImage)
                    .toList();
            if (images.isEmpty()) {
                throw new DatasetException(dir + ": class folder has no images (.png, .jpg, .jpeg, .bmp, .gif)");
            }
            for (Path f : images) {
                files.add(f);
                labels.add(classNames.size());
            }
            classNames.add(dir.getFileName().toString());
        }
        MessageDigest digest = Sha256.digest();
        int w = width == null ? -1 : width;
        int h = height == null ? -1 : height;
        byte[] data = null;
        int size = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new DatasetException(f + ": cannot read the image file (" + e + ")", e);
            }
            digest.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(bytes);
            BufferedImage img;
            try {
                img = ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                throw new DatasetException(f + ": unreadable image (" + e.getMessage() + ")", e);
            }
            if (img == null) {
                throw new DatasetException(f + ": unreadable image (not a PNG/JPEG/BMP/GIF that javax.imageio can decode)");
            }
            if (data == null) {
                w = w > 0 ? w : img.getWidth();
                h = h > 0 ? h : img.getHeight();
                size = channels * h * w;
                data = new byte[Math.multiplyExact(files.size(), size)];
            }
            int[][] planes = resize(toChannels(img, channels), img.getWidth(), img.getHeight(), w, h);
            int base = i * size;
            for (int c = 0; c < channels; c++) {
                int[] p = planes[c];
                for (int j = 0; j < p.length; j++) {
                    data[base + c * w * h + j] = (byte) p[j];
                }
            }
        }
        float[] targets = new float[labels.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = labels.get(i);
        }
        return new RawDataset(new int[] {channels, h, w}, true, Task.CLASSIFICATION, classNames,
                new RawExamples(new ByteFeatures(data, size), targets), null, Sha256.hex(digest));
    }

    /**
     * One image file as raw {@code [channels, height, width]} pixel values (0..255), decoded and
     * resized exactly as {@link #read} does for training: what an exported image model expects.
     *
     * @throws DatasetException when the file is not a readable image
     */
    public static float[] pixels(Path file, int channels, int width, int height) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
        }
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DatasetException(file + ": unreadable image (" + e.getMessage() + ")", e);
        }
        if (img == null) {
            throw new DatasetException(file + ": unreadable image (not a PNG/JPEG/BMP/GIF that javax.imageio can decode)");
        }
        int[][] planes = resize(toChannels(img, channels), img.getWidth(), img.getHeight(), width, height);
        float[] out = new float[channels * width * height];
        for (int c = 0; c < channels; c++) {
            for (int j = 0; j < planes[c].length; j++) {
                out[c * width * height + j] = planes[c][j];
            }
        }
        return out;
    }

    /** Whether {@code file} has an image extension this reader decodes (.png, .jpg, .jpeg, .bmp, .gif). */
    public static boolean isImageFile(Path file) {
        return isImage(file);
    }

    /** The image as {@code channels} planes of 0..255 values, row-major. */
    private static int[][] toChannels(BufferedImage img, int channels) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[][] out = new int[channels][w * h];
        ColorSpace cs = img.getColorModel().getColorSpace();
        if (cs.getType() == ColorSpace.TYPE_GRAY) {
            Raster r = img.getRaster();
            int bits = img.getColorModel().getComponentSize(0);
            int max = (1 << bits) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int s = r.getSample(x, y, 0);
                    int v = bits == 8 ? s : (int) Math.round(s * 255.0 / max);
                    for (int c = 0; c < channels; c++) {
                        out[c][y * w + x] = v;
                    }
                }
            }
            return out;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int red = (rgb >> 16) & 0xFF;
                int green = (rgb >> 8) & 0xFF;
                int blue = rgb & 0xFF;
                if (channels == 1) {
                    out[0][y * w + x] = (int) Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
                } else {
                    out[0][y * w + x] = red;
                    out[1][y * w + x] = green;
                    out[2][y * w + x] = blue;
                }
            }
        }
        return out;
    }

    /** Bilinear resize of each plane from {@code sw x sh} to {@code dw x dh}. */
    static int[][] resize(int[][] planes, int sw, int sh, int dw, int dh) {
        if (sw == dw && sh == dh) {
            return planes;
        }
        int[][] out = new int[planes.length][dw * dh];
        for (int y = 0; y < dh; y++) {
            double fy = Math.min(Math.max((y + 0.5) * sh / dh - 0.5, 0), sh - 1);
            int y0 = (int) fy;
            int y1 = Math.min(y0 + 1, sh - 1);
            double ty = fy - y0;
            for (int x = 0; x < dw; x++) {
                double fx = Math.min(Math.max((x + 0.5) * sw / dw - 0.5, 0), sw - 1);
                int x0 = (int) fx;
                int x1 = Math.min(x0 + 1, sw - 1);
                double tx = fx - x0;
                for (int c = 0; c < planes.length; c++) {
                    int[] p = planes[c];
                    double top = p[y0 * sw + x0] * (1 - tx) + p[y0 * sw + x1] * tx;
                    double bottom = p[y1 * sw + x0] * (1 - tx) + p[y1 * sw + x1] * tx;
                    out[c][y * dw + x] = (int) Math.round(top * (1 - ty) + bottom * ty);
                }
            }
        }
        return out;
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return !hidden(p) && dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list the folder (" + e + ")", e);
        }
    }
}
