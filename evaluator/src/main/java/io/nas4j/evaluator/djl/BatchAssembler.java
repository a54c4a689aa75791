package io.nas4j.evaluator.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.nas4j.evaluator.data.Augmenter;
import io.nas4j.evaluator.data.DataSplit;
import java.nio.FloatBuffer;
import java.util.Random;

/**
 * Builds batches of one split as single NDArrays: the selected rows are copied into one reused
 * float buffer, (optionally) augmented, and handed to the engine in one copy, so no NDArray is
 * ever created per example. Not thread-safe: one assembler per trial and split.
 */
final class BatchAssembler {
    private final DataSplit split;
    private final int[] exampleShape;
    private final int rowLength;
    private final float[] features;
    private final float[] targets;

    /**
     * @param split the rows to read
     * @param exampleShape one example's shape without the batch axis
     * @param maxBatch the largest batch that will be asked for
     */
    BatchAssembler(DataSplit split, int[] exampleShape, int maxBatch) {
        this.split = split;
        this.exampleShape = exampleShape.clone();
        int row = 1;
        for (int d : exampleShape) {
            row = Math.multiplyExact(row, d);
        }
        this.rowLength = row;
        int capacity = Math.min(maxBatch, Math.max(split.size(), 1));
        this.features = new float[Math.multiplyExact(capacity, row)];
        this.targets = new float[capacity];
    }

    /** Features of rows {@code order[from..to)} as an array of shape (to - from, exampleShape...). */
    NDArray features(NDManager manager, int[] order, int from, int to, Augmenter augmenter, Random rng) {
        int n = to - from;
        float[] source = split.features();
        for (int i = 0; i < n; i++) {
            System.arraycopy(source, order[from + i] * rowLength, features, i * rowLength, rowLength);
        }
        float[] data = features;
        int length = n * rowLength;
        if (augmenter != null && augmenter.enabled()) {
            float[] exact = n * rowLength == features.length ? features : java.util.Arrays.copyOf(features, length);
            data = augmenter.apply(exact, n, exampleShape, rng);
        }
        return manager.create(FloatBuffer.wrap(data, 0, length), batchShape(n), DataType.FLOAT32);
    }

    /** Features of the contiguous rows {@code [from, to)} (no copy on the Java side). */
    NDArray contiguousFeatures(NDManager manager, int from, int to) {
        int n = to - from;
        return manager.create(FloatBuffer.wrap(split.features(), from * rowLength, n * rowLength), batchShape(n),
                DataType.FLOAT32);
    }

    /** Targets of rows {@code order[from..to)}, copied into the reused buffer. */
    float[] targets(int[] order, int from, int to) {
        float[] source = split.targets();
        for (int i = from; i < to; i++) {
            targets[i - from] = source[order[i]];
        }
        return targets;
    }

    private Shape batchShape(int n) {
        long[] dims = new long[exampleShape.length + 1];
        dims[0] = n;
        for (int i = 0; i < exampleShape.length; i++) {
            dims[i + 1] = exampleShape[i];
        }
        return new Shape(dims);
    }
}
