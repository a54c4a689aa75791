package io.nas4j.evaluator.djl;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.inference.Predictor;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.translate.Translator;
import io.nas4j.evaluator.data.DataSplit;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trained network reloaded from the weights {@link DjlEvaluator} saved (see
 * {@link DjlEvaluator.Builder#optKeepWeights}), ready to predict. Close it to free its native
 * memory.
 */
public final class SavedNetwork implements AutoCloseable {
    private final Model model;
    private final ModelIO io;

    private SavedNetwork(Model model, ModelIO io) {
        this.model = model;
        this.io = io;
    }

    /**
     * Rebuilds {@code architecture} for {@code io} and loads the parameters saved in {@code dir}.
     *
     * @throws IOException when the weights cannot be read or do not fit the architecture
     */
    public static SavedNetwork load(Architecture architecture, ModelIO io, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isRegularFile(dir.resolve(DjlEvaluator.MODEL_NAME + "-0000.params"))) {
            throw new IOException("no saved weights in " + dir + " (expected " + DjlEvaluator.MODEL_NAME
                    + "-0000.params)");
        }
        Model model = Model.newInstance(DjlEvaluator.MODEL_NAME, "MXNet");
        try {
            model.setBlock(NetworkBuilder.build(architecture, io));
            model.load(dir, DjlEvaluator.MODEL_NAME);
            return new SavedNetwork(model, io);
        } catch (InfeasibleArchitectureException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("cannot load the weights in " + dir + " for " + architecture.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The input shape and head this network was built for. */
    public ModelIO io() {
        return io;
    }

    /**
     * Predicts {@code count} examples given as row-major, already normalized features.
     *
     * @return {@code count * io().outputs()} values: class probabilities (softmax) for multiclass,
     *     the probability of class 1 for binary, the predicted value for regression
     */
    public float[] predict(float[] features, int count) {
        long row = io.input().size();
        if (count < 1 || features.length != row * count) {
            throw new IllegalArgumentException("expected " + count + " rows of " + row + " values, got "
                    + features.length + " values");
        }
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray x = manager.create(FloatBuffer.wrap(features), NetworkBuilder.inputShape(io, count), DataType.FLOAT32);
            NDArray out = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow();
            if (io.outputs() > 1) {
                out = out.softmax(1);
            } else if (io.binary()) {
                out = ai.djl.nn.Activation.sigmoid(out);
            }
            return out.toFloatArray();
        }
    }

    /**
     * Re-computes the metrics {@link DjlEvaluator} records for a split ({@code prefix + "loss"},
     * then {@code accuracy}, or {@code rmse} and {@code mae}), with the same batches and
     * arithmetic, so weights saved by a trial reproduce its {@code test_*} metrics exactly.
     *
     * @param split already normalized rows of this network's input shape
     * @param prefix metric name prefix such as {@code test_}
     * @return the metrics by name, empty for an empty split
     */
    public Map<String, Double> score(DataSplit split, String prefix) {
        OutputHead head = new OutputHead(io);
        ParameterStore store = new ParameterStore(model.getNDManager(), false);
        Loss loss = head.newLoss();
        SplitScores s = SplitScores.compute(x -> model.getBlock().forward(store, x, false), model.getNDManager(), head,
                loss, split, io.input().dims());
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (s != null) {
            s.putInto(metrics, prefix);
        }
        return metrics;
    }

    /** DJL's parameter count of the loaded network (batch-norm running statistics included). */
    public long parameterCount() {
        return DjlEvaluator.countParameters(model.getBlock());
    }

    /**
     * A DJL predictor over this network; {@code translator} turns inputs into already normalized
     * batches and raw network outputs into results. Close the predictor before this network.
     */
    public <I, O> Predictor<I, O> newPredictor(Translator<I, O> translator) {
        return model.newPredictor(translator);
    }

    @Override
    public void close() {
        model.close();
    }
}
