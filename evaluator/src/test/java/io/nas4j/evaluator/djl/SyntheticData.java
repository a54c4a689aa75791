package io.nas4j.evaluator.djl;

import io.nas4j.evaluator.data.Augmenter;
import io.nas4j.evaluator.data.DataSplit;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.Normalization;
import io.nas4j.searchspace.spec.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small generated datasets for training tests: XOR, Gaussian blobs, a linear target, images and sequences. */
final class SyntheticData {
    private SyntheticData() {
    }

    /** Noisy XOR: two inputs in [-1, 1], class 1 when their signs differ. */
    static LoadedDataset xor(int train, long seed) {
        Random rng = new Random(seed);
        return dataset("xor", Task.CLASSIFICATION, new int[] {2}, List.of("same", "different"),
                n -> {
                    float[] x = new float[n * 2];
                    float[] y = new float[n];
                    for (int i = 0; i < n; i++) {
                        float a = rng.nextFloat() * 2 - 1;
                        float b = rng.nextFloat() * 2 - 1;
                        x[2 * i] = a;
                        x[2 * i + 1] = b;
                        y[i] = (a > 0) != (b > 0) ? 1 : 0;
                    }
                    return new DataSplit(x, y, n);
                }, train, train / 4, train / 4);
    }

    /** {@code classes} Gaussian blobs in {@code features} dimensions (iris-like when 3 and 4). */
    static LoadedDataset blobs(int classes, int features, int train, long seed) {
        Random rng = new Random(seed);
        float[][] centers = new float[classes][features];
        for (float[] c : centers) {
            for (int j = 0; j < features; j++) {
                c[j] = (float) (rng.nextGaussian() * 2.5);
            }
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add("class" + k);
        }
        return dataset("blobs", Task.CLASSIFICATION, new int[] {features}, names, n -> {
            float[] x = new float[n * features];
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                int k = rng.nextInt(classes);
                for (int j = 0; j < features; j++) {
                    x[i * features + j] = centers[k][j] + (float) rng.nextGaussian() * 0.6f;
                }
                y[i] = k;
            }
            return new DataSplit(x, y, n);
        }, train, train / 4, train / 4);
    }

    /** y = w.x + 0.5 + noise(0.05) with fixed weights; features standard normal. */
    static LoadedDataset linear(int features, int train, long seed) {
        Random rng = new Random(seed);
        float[] w = new float[features];
        for (int j = 0; j < features; j++) {
            w[j] = (float) rng.nextGaussian();
        }
        return dataset("linear", Task.REGRESSION, new int[] {features}, List.of(), n -> {
            float[] x = new float[n * features];
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                float t = 0.5f;
                for (int j = 0; j < features; j++) {
                    float v = (float) rng.nextGaussian();
                    x[i * features + j] = v;
                    t += w[j] * v;
                }
                y[i] = t + (float) rng.nextGaussian() * 0.05f;
            }
            return new DataSplit(x, y, n);
        }, train, train / 4, train / 4);
    }

    /** 1x8x8 images: class 0 has a bright vertical bar, class 1 a horizontal one, class 2 none. */
    static LoadedDataset bars(int train, long seed) {
        Random rng = new Random(seed);
        return dataset("bars", Task.CLASSIFICATION, new int[] {1, 8, 8}, List.of("vertical", "horizontal", "none"),
                n -> barSplit(n, rng), train, train / 4, train / 4);
    }

    /** The bar images as sequences of 8 rows with 8 features. */
    static LoadedDataset barSequences(int train, long seed) {
        Random rng = new Random(seed);
        return dataset("bar-rows", Task.CLASSIFICATION, new int[] {8, 8}, List.of("vertical", "horizontal", "none"),
                n -> barSplit(n, rng), train, train / 4, train / 4);
    }

    private static DataSplit barSplit(int n, Random rng) {
        float[] x = new float[n * 64];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(3);
            int at = rng.nextInt(8);
            for (int p = 0; p < 64; p++) {
                int r = p / 8;
                int c = p % 8;
                boolean on = (k == 0 && c == at) || (k == 1 && r == at);
                x[i * 64 + p] = (on ? 1f : 0f) + (float) rng.nextGaussian() * 0.1f;
            }
            y[i] = k;
        }
        return new DataSplit(x, y, n);
    }

    private interface SplitMaker {
        DataSplit make(int n);
    }

    private static LoadedDataset dataset(String name, Task task, int[] shape, List<String> classes, SplitMaker maker,
            int train, int validation, int test) {
        return new LoadedDataset(name, task, shape, new int[0], classes, maker.make(train), maker.make(validation),
                maker.make(test), Normalization.none(Normalization.Per.FEATURE), "synthetic", Augmenter.NONE);
    }
}
