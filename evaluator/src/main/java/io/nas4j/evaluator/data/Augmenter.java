package io.nas4j.evaluator.data;

import io.nas4j.searchspace.spec.DatasetSpec;
import java.util.Arrays;
import java.util.Random;

/**
 * Training-time image augmentation as a pure function of a batch and a seeded generator. Only the
 * training loop calls it, on training batches: the loader never augments, so validation and test
 * data are never touched.
 *
 * <p>Per image, in this order of random draws: a left-right flip with probability 1/2 (when
 * {@code horizontalFlip}), then a vertical and a horizontal offset, each uniform in
 * {@code [-shift, shift]} pixels (when {@code shift > 0}). The flip is applied first, then the shift;
 * pixels shifted in from outside the image repeat the nearest edge pixel, so no value outside the
 * image's own range appears. All channels of an image move together.
 *
 * @param horizontalFlip flip left-right with probability 1/2
 * @param shift maximum shift in pixels, 0 for none
 * @param channels image channels, used to read a 2-D sequence shape {@code [H, C * W]}
 */
public record Augmenter(boolean horizontalFlip, int shift, int channels) {

    /** No augmentation. */
    public static final Augmenter NONE = new Augmenter(false, 0, 1);

    /** Validates the values. */
    public Augmenter {
        if (shift < 0) {
            throw new IllegalArgumentException("shift must be >= 0, got " + shift);
        }
        if (channels <= 0) {
            throw new IllegalArgumentException("channels must be positive, got " + channels);
        }
    }

    /** The augmenter for a spec's augmentation (null means none) on images with {@code channels}. */
    public static Augmenter of(DatasetSpec.Augmentation spec, int channels) {
        if (spec == null || !spec.any()) {
            return new Augmenter(false, 0, channels);
        }
        return new Augmenter(Boolean.TRUE.equals(spec.horizontalFlip()), spec.shift() == null ? 0 : spec.shift(),
                channels);
    }

    /** Whether this changes anything. */
    public boolean enabled() {
        return horizontalFlip || shift > 0;
    }

    /**
     * Returns an augmented copy of {@code batch} ({@code batchSize} row-major images; the input is not
     * modified). {@code shape} is one example's shape: {@code [C, H, W]}, or {@code [H, C * W]} for an
     * image presented as a sequence (rows as time steps, channel-major features), read with
     * {@link #channels()}. When nothing is enabled the input array itself is returned.
     */
    public float[] apply(float[] batch, int batchSize, int[] shape, Random rng) {
        if (!enabled()) {
            return batch;
        }
        int c;
        int h;
        int w;
        int strideC;
        int strideH;
        if (shape.length == 3) {
            c = shape[0];
            h = shape[1];
            w = shape[2];
            strideC = h * w;
            strideH = w;
        } else if (shape.length == 2 && shape[1] % channels == 0) {
            c = channels;
            h = shape[0];
            w = shape[1] / channels;
            strideC = w;
            strideH = c * w;
        } else {
            throw new IllegalArgumentException("augmentation needs an image shape [C, H, W] or [H, C*W], got "
                    + Arrays.toString(shape));
        }
        int size = c * h * w;
        if (batch.length != batchSize * size) {
            throw new IllegalArgumentException("batch has " + batch.length + " values, expected " + batchSize
                    + " images of " + size);
        }
        float[] out = new float[batch.length];
        for (int n = 0; n < batchSize; n++) {
            boolean flip = horizontalFlip && rng.nextBoolean();
            int dy = shift > 0 ? rng.nextInt(2 * shift + 1) - shift : 0;
            int dx = shift > 0 ? rng.nextInt(2 * shift + 1) - shift : 0;
            int base = n * size;
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    int sy = clamp(y - dy, h);
                    int dstRow = base + ch * strideC + y * strideH;
                    int srcRow = base + ch * strideC + sy * strideH;
                    for (int x = 0; x < w; x++) {
                        int sx = clamp(x - dx, w);
                        out[dstRow + x] = batch[srcRow + (flip ? w - 1 - sx : sx)];
                    }
                }
            }
        }
        return out;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : (v >= n ? n - 1 : v);
    }
}
