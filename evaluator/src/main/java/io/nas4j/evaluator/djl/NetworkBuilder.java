package io.nas4j.evaluator.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RNN;
import ai.djl.nn.recurrent.RecurrentBlock;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Recurrent;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;

/**
 * Turns an {@link Architecture} into a DJL {@link SequentialBlock} that follows
 * {@link ShapeInference}'s conventions exactly, so the shapes and parameter counts it predicts are
 * the ones DJL trains.
 *
 * <p>The architecture is first repaired by shape inference (inserted or dropped flattens), then
 * each block maps to DJL: dense to {@link Linear} plus activation; conv2d to
 * {@link ai.djl.nn.convolutional.Conv2d} with {@code (k-1)/2} padding per side for {@code same};
 * pools to max/avg pooling whose stride is the layer's; batchnorm over axis 1 (the channel axis
 * of images, the feature axis of vectors); dropout; flatten; lstm/gru/rnn to
 * {@code ai.djl.nn.recurrent} blocks with batch-first input, followed (when
 * {@code return_sequences} is false) by a block keeping the last time step, or for a
 * bidirectional block the forward half of the last step and the backward half of the first.
 * The output head is raw scores: {@code Linear(classes)} for multiclass (softmax cross-entropy
 * on logits), {@code Linear(1)} for binary (sigmoid cross-entropy on the logit) and
 * {@code Linear(1)} for regression.
 */
public final class NetworkBuilder {
    /** Negative slope of {@code leaky_relu}. */
    public static final float LEAKY_RELU_ALPHA = 0.01f;
    /** Alpha of {@code elu}. */
    public static final float ELU_ALPHA = 1.0f;

    private NetworkBuilder() {
    }

    /**
     * Builds the network for {@code architecture} on data described by {@code io}.
     *
     * @throws InfeasibleArchitectureException when shape inference rejects the architecture
     */
    public static SequentialBlock build(Architecture architecture, ModelIO io) throws InfeasibleArchitectureException {
        ShapeReport report = ShapeInference.infer(architecture, io);
        SequentialBlock net = new SequentialBlock();
        for (Layer layer : report.architecture().layers()) {
            add(net, layer);
        }
        net.add(Linear.builder().setUnits(io.outputs()).build());
        return net;
    }

    /** The DJL input shape of a batch of {@code batchSize} examples. */
    public static Shape inputShape(ModelIO io, long batchSize) {
        long[] dims = new long[io.input().rank() + 1];
        dims[0] = batchSize;
        for (int i = 0; i < io.input().rank(); i++) {
            dims[i + 1] = io.input().dim(i);
        }
        return new Shape(dims);
    }

    private static void add(SequentialBlock net, Layer layer) {
        if (layer instanceof Dense d) {
            net.add(Linear.builder().setUnits(d.units()).build());
            addActivation(net, d.activation());
        } else if (layer instanceof Conv2d c) {
            int pad = c.padding() == Padding.SAME ? (c.kernel() - 1) / 2 : 0;
            net.add(ai.djl.nn.convolutional.Conv2d.builder()
                    .setFilters(c.filters())
                    .setKernelShape(new Shape(c.kernel(), c.kernel()))
                    .optStride(new Shape(c.stride(), c.stride()))
                    .optPadding(new Shape(pad, pad))
                    .build());
            addActivation(net, c.activation());
        } else if (layer instanceof io.nas4j.searchspace.arch.Pool p) {
            int pad = p.padding() == Padding.SAME ? (p.size() - 1) / 2 : 0;
            Shape window = new Shape(p.size(), p.size());
            Shape stride = new Shape(p.stride(), p.stride());
            Shape padding = new Shape(pad, pad);
            net.add(p.type() == LayerType.MAXPOOL
                    ? Pool.maxPool2dBlock(window, stride, padding, false)
                    : Pool.avgPool2dBlock(window, stride, padding, false, true));
        } else if (layer instanceof io.nas4j.searchspace.arch.Dropout d) {
            net.add(Dropout.builder().optRate((float) d.rate()).build());
        } else if (layer instanceof io.nas4j.searchspace.arch.BatchNorm) {
            net.add(BatchNorm.builder().build());
        } else if (layer instanceof Flatten) {
            net.add(Blocks.batchFlattenBlock());
        } else if (layer instanceof Recurrent r) {
            net.add(recurrent(r));
            if (!r.returnSequences()) {
                net.add(lastStep(r.hidden(), r.bidirectional()));
            }
        } else {
            throw new IllegalArgumentException("no DJL block for layer " + layer.describe());
        }
    }

    private static RecurrentBlock recurrent(Recurrent r) {
        return switch (r.type()) {
            case LSTM -> LSTM.builder().setStateSize(r.hidden()).setNumLayers(r.layers())
                    .optBidirectional(r.bidirectional()).optBatchFirst(true).build();
            case GRU -> GRU.builder().setStateSize(r.hidden()).setNumLayers(r.layers())
                    .optBidirectional(r.bidirectional()).optBatchFirst(true).build();
            case RNN -> RNN.builder().setStateSize(r.hidden()).setNumLayers(r.layers())
                    .optBidirectional(r.bidirectional()).optBatchFirst(true)
                    .setActivation(r.activation() == Activation.RELU ? RNN.Activation.RELU : RNN.Activation.TANH)
                    .build();
            default -> throw new IllegalArgumentException("not a recurrent layer: " + r.describe());
        };
    }

    /**
     * Keeps the final state of a (batch, time, directions * hidden) sequence: the last step, or
     * for two directions the forward half of the last step joined with the backward half of the
     * first step (where the backward pass ends).
     */
    private static Block lastStep(int hidden, boolean bidirectional) {
        if (!bidirectional) {
            return new LambdaBlock(x -> new NDList(x.singletonOrThrow().get(":, -1, :")), "last_step");
        }
        return new LambdaBlock(x -> {
            NDArray seq = x.singletonOrThrow();
            NDArray forward = seq.get(":, -1, :" + hidden);
            NDArray backward = seq.get(":, 0, " + hidden + ":");
            return new NDList(NDArrays.concat(new NDList(forward, backward), 1));
        }, "last_state");
    }

    private static void addActivation(SequentialBlock net, Activation activation) {
        switch (activation) {
            case RELU -> net.add(ai.djl.nn.Activation.reluBlock());
            case LEAKY_RELU -> net.add(ai.djl.nn.Activation.leakyReluBlock(LEAKY_RELU_ALPHA));
            case ELU -> net.add(ai.djl.nn.Activation.eluBlock(ELU_ALPHA));
            case TANH -> net.add(ai.djl.nn.Activation.tanhBlock());
            case SIGMOID -> net.add(ai.djl.nn.Activation.sigmoidBlock());
            case LINEAR -> { }
            default -> throw new IllegalArgumentException("unknown activation " + activation);
        }
    }
}
