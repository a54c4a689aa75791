package io.nas4j.evaluator.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import io.nas4j.evaluator.data.DataSplit;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Loss and task metrics of a network on one split, summed over batches of {@value #EVAL_BATCH}
 * rows. Training ({@link DjlEvaluator}) and re-evaluation of saved weights ({@link SavedNetwork})
 * both score through this one class, so a reloaded network reproduces the recorded metrics
 * exactly.
 */
final class SplitScores {
    /** Rows per evaluation batch. */
    static final int EVAL_BATCH = 512;

    final boolean classification;
    final double loss;
    final double first;
    final double second;
    final int size;

    private SplitScores(boolean classification, double[] sums, int size) {
        this.classification = classification;
        this.first = sums[0];
        this.second = sums[1];
        this.loss = sums[2] / size;
        this.size = size;
    }

    /**
     * Scores {@code split}, or returns null when it is empty.
     *
     * @param forward inference forward pass (not training mode)
     * @param parent manager under which each batch's arrays are created and freed
     * @param head the task head
     * @param loss the head's loss
     * @param split the rows to score
     * @param shape one example's shape
     */
    static SplitScores compute(UnaryOperator<NDList> forward, NDManager parent, OutputHead head, Loss loss,
            DataSplit split, int[] shape) {
        if (split.size() == 0) {
            return null;
        }
        BatchAssembler batches = new BatchAssembler(split, shape, EVAL_BATCH);
        double[] sums = new double[3];
        for (int from = 0; from < split.size(); from += EVAL_BATCH) {
            int to = Math.min(split.size(), from + EVAL_BATCH);
            try (NDManager batch = parent.newSubManager()) {
                NDArray x = batches.contiguousFeatures(batch, from, to);
                NDArray y = head.labels(batch, split.targets(), from, to - from);
                NDList predictions = forward.apply(new NDList(x));
                NDArray value = loss.evaluate(new NDList(y), predictions);
                float[] s = head.batchSums(predictions.singletonOrThrow(), y, value, to - from).toFloatArray();
                for (int i = 0; i < 3; i++) {
                    sums[i] += s[i];
                }
            }
        }
        return new SplitScores(head.classification(), sums, split.size());
    }

    /** Puts {@code prefix}loss and accuracy (classification) or rmse and mae (regression) into {@code metrics}. */
    void putInto(Map<String, Double> metrics, String prefix) {
        metrics.put(prefix + "loss", loss);
        if (classification) {
            metrics.put(prefix + "accuracy", first / size);
        } else {
            metrics.put(prefix + "rmse", Math.sqrt(first / size));
            metrics.put(prefix + "mae", second / size);
        }
    }
}
