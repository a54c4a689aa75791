package io.nas4j.evaluator.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.spec.Task;
import java.nio.FloatBuffer;

/**
 * The task-dependent end of a network: its loss, the label layout it expects, and the sums an
 * evaluation pass needs. The network itself outputs raw scores (see {@link NetworkBuilder}):
 *
 * <ul>
 *   <li>multiclass: softmax cross-entropy on the logits, labels are class indices of shape (N);
 *   <li>binary: sigmoid binary cross-entropy on the single logit, labels 0/1 of shape (N, 1);
 *   <li>regression: squared error (weight 1, so the loss is the MSE), targets of shape (N, 1).
 * </ul>
 */
public final class OutputHead {
    private final ModelIO io;

    /** The head for {@code io}. */
    public OutputHead(ModelIO io) {
        this.io = io;
    }

    /** Whether the task is classification (accuracy) rather than regression (RMSE, MAE). */
    public boolean classification() {
        return io.task() == Task.CLASSIFICATION;
    }

    /** A new loss function for this head; it returns the batch mean. */
    public Loss newLoss() {
        if (!classification()) {
            return new L2Loss("mse", 1f);
        }
        return io.binary() ? new SigmoidBinaryCrossEntropyLoss("bce") : new SoftmaxCrossEntropyLoss("cross_entropy");
    }

    /** Labels for {@code n} targets starting at {@code offset} of {@code targets}, in the layout the loss wants. */
    public NDArray labels(NDManager manager, float[] targets, int offset, int n) {
        Shape shape = io.outputs() == 1 ? new Shape(n, 1) : new Shape(n);
        return manager.create(FloatBuffer.wrap(targets, offset, n), shape, DataType.FLOAT32);
    }

    /**
     * Per-batch sums for an evaluation pass, as one array of three values: the number of correct
     * predictions (classification) or the sum of squared errors (regression), then the sum of
     * absolute errors (regression; 0 for classification), then the loss times the batch size.
     */
    public NDArray batchSums(NDArray predictions, NDArray labels, NDArray meanLoss, int n) {
        NDArray first;
        NDArray second;
        if (classification()) {
            NDArray predicted = io.binary()
                    ? predictions.gt(0).toType(DataType.FLOAT32, false)
                    : predictions.argMax(1).toType(DataType.FLOAT32, false);
            first = predicted.eq(labels).toType(DataType.FLOAT32, false).sum();
            second = meanLoss.zerosLike();
        } else {
            NDArray error = predictions.sub(labels);
            first = error.square().sum();
            second = error.abs().sum();
        }
        return NDArrays.stack(new NDList(first, second, meanLoss.mul(n).toType(DataType.FLOAT32, false)));
    }
}
