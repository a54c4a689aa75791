package io.nas4j.evaluator.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.spec.DatasetSpec;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmenterTest {

    private static final int C = 2;
    private static final int H = 4;
    private static final int W = 5;

    /** Distinct values per (image, c, y, x). */
    private static float[] batch(int n) {
        float[] b = new float[n * C * H * W];
        for (int i = 0; i < b.length; i++) {
            b[i] = i;
        }
        return b;
    }

    private static float at(float[] b, int n, int c, int y, int x) {
        return b[n * C * H * W + c * H * W + y * W + x];
    }

    @Test
    void flipIsAnExactMirrorOrIdentityAndDeterministic() {
        Augmenter aug = Augmenter.of(new DatasetSpec.Augmentation(true, null), C);
        float[] in = batch(20);
        float[] copy = in.clone();
        float[] out = aug.apply(in, 20, new int[] {C, H, W}, new Random(9));
        assertArrayEquals(copy, in, "the input must not change");
        int flipped = 0;
        for (int n = 0; n < 20; n++) {
            boolean same = true;
            boolean mirror = true;
            for (int c = 0; c < C; c++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        same &= at(out, n, c, y, x) == at(in, n, c, y, x);
                        mirror &= at(out, n, c, y, x) == at(in, n, c, y, W - 1 - x);
                    }
                }
            }
            assertTrue(same ^ mirror, "image " + n + " is neither itself nor its mirror");
            flipped += mirror ? 1 : 0;
        }
        assertTrue(flipped > 0 && flipped < 20, "flipped " + flipped + " of 20");
        assertArrayEquals(out, aug.apply(in, 20, new int[] {C, H, W}, new Random(9)));
    }

    @Test
    void shiftMovesByAtMostShiftWithEdgeReplication() {
        int shift = 2;
        Augmenter aug = new Augmenter(false, shift, C);
        float[] in = batch(30);
        float[] out = aug.apply(in, 30, new int[] {C, H, W}, new Random(4));
        boolean moved = false;
        for (int n = 0; n < 30; n++) {
            int found = 0;
            for (int dy = -shift; dy <= shift; dy++) {
                for (int dx = -shift; dx <= shift; dx++) {
                    if (matches(in, out, n, dy, dx)) {
                        found++;
                        moved |= dy != 0 || dx != 0;
                    }
                }
            }
            assertEquals(1, found, "image " + n + " is not a shift within +-" + shift);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int i = 0; i < C * H * W; i++) {
                min = Math.min(min, in[n * C * H * W + i]);
                max = Math.max(max, in[n * C * H * W + i]);
            }
            for (int i = 0; i < C * H * W; i++) {
                float v = out[n * C * H * W + i];
                assertTrue(v >= min && v <= max, "value outside the image's own range");
            }
        }
        assertTrue(moved);
    }

    private static boolean matches(float[] in, float[] out, int n, int dy, int dx) {
        for (int c = 0; c < C; c++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int sy = Math.min(Math.max(y - dy, 0), H - 1);
                    int sx = Math.min(Math.max(x - dx, 0), W - 1);
                    if (at(out, n, c, y, x) != at(in, n, c, sy, sx)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void sequenceLayoutFlipsEachChannelRow() {
        Augmenter aug = new Augmenter(true, 0, C);
        float[] chw = batch(8);
        float[] seq = DatasetLoader.toSequence(chw, new int[] {C, H, W});
        float[] outChw = aug.apply(chw, 8, new int[] {C, H, W}, new Random(3));
        float[] outSeq = aug.apply(seq, 8, new int[] {H, C * W}, new Random(3));
        assertArrayEquals(DatasetLoader.toSequence(outChw, new int[] {C, H, W}), outSeq);
    }

    @Test
    void disabledReturnsTheInputAndBadShapesFail() {
        float[] in = batch(1);
        assertSame(in, Augmenter.NONE.apply(in, 1, new int[] {C, H, W}, new Random()));
        assertThrows(IllegalArgumentException.class,
                () -> new Augmenter(true, 0, 1).apply(in, 1, new int[] {C * H * W}, new Random()));
        assertThrows(IllegalArgumentException.class,
                () -> new Augmenter(true, 0, 1).apply(Arrays.copyOf(in, 3), 1, new int[] {C, H, W}, new Random()));
    }
}
