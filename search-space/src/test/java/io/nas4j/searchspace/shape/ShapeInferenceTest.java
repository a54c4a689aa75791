package io.nas4j.searchspace.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.arch.Recurrent;
import io.nas4j.searchspace.spec.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeInferenceTest {

    private static final ModelIO MNIST = new ModelIO(new Shape(1, 28, 28), Task.CLASSIFICATION, 10);
    private static final ModelIO MNIST_ROWS = new ModelIO(new Shape(28, 28), Task.CLASSIFICATION, 10);
    private static final ModelIO VECTOR = new ModelIO(new Shape(784), Task.CLASSIFICATION, 10);

    private static ShapeReport infer(ModelIO io, Layer... layers) throws InfeasibleArchitectureException {
        return ShapeInference.infer(new Architecture(List.of(layers)), io);
    }

    private static String reason(ModelIO io, Layer... layers) {
        return assertThrows(InfeasibleArchitectureException.class, () -> infer(io, layers)).getMessage();
    }

    private static Dense dense(int units) {
        return new Dense(units, Activation.RELU);
    }

    private static Conv2d conv(int filters, int kernel, int stride, Padding padding) {
        return new Conv2d(filters, kernel, stride, padding, Activation.RELU);
    }

    private static Recurrent lstm(int hidden, int layers, boolean bidirectional, boolean sequences) {
        return new Recurrent(LayerType.LSTM, hidden, layers, bidirectional, sequences, Activation.TANH);
    }

    @Test
    void mlp784x256x10Has203530Parameters() throws Exception {
        ShapeReport r = infer(VECTOR, dense(256));
        assertEquals(203_530, r.params());
        assertEquals(2L * 784 * 256 + 2L * 256 * 10, r.flops());
        assertEquals(List.of(new Shape(256), new Shape(10)), r.rows().stream().map(LayerShape::output).toList());
        assertEquals("output(10,softmax)", r.rows().get(1).block());
        assertEquals(List.of(), r.repairs());
    }

    @Test
    void linearModelIsJustTheHead() throws Exception {
        ShapeReport r = infer(new ModelIO(new Shape(4), Task.CLASSIFICATION, 3));
        assertEquals(4 * 3 + 3, r.params());
        assertEquals(1, r.rows().size());
    }

    @Test
    void binaryAndRegressionHeadsHaveOneUnit() throws Exception {
        ShapeReport binary = infer(new ModelIO(new Shape(2), Task.CLASSIFICATION, 2), dense(8));
        assertEquals("output(1,sigmoid)", binary.rows().get(1).block());
        assertEquals(2 * 8 + 8 + 8 + 1, binary.params());
        ShapeReport regression = infer(new ModelIO(new Shape(13), Task.REGRESSION, 0), dense(8));
        assertEquals("output(1,linear)", regression.rows().get(1).block());
    }

    @Test
    void convolutionShapesAndCounts() throws Exception {
        ShapeReport r = infer(MNIST, conv(32, 3, 1, Padding.SAME), new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID),
                conv(64, 3, 1, Padding.VALID), conv(8, 3, 2, Padding.SAME), new Pool(LayerType.AVGPOOL, 3, 2, Padding.VALID));
        List<Shape> shapes = r.rows().stream().map(LayerShape::output).toList();
        assertEquals(List.of(new Shape(32, 28, 28), new Shape(32, 14, 14), new Shape(64, 12, 12), new Shape(8, 6, 6),
                new Shape(8, 2, 2), new Shape(32), new Shape(10)), shapes);
        assertEquals(1 * 9 * 32 + 32, r.rows().get(0).params());
        assertEquals(32 * 9 * 64 + 64, r.rows().get(2).params());
        assertEquals(0, r.rows().get(1).params());
        assertEquals(2L * 1 * 9 * 32 * 28 * 28, r.rows().get(0).flops());
        assertEquals(r.rows().stream().mapToLong(LayerShape::params).sum(), r.params());
        assertEquals(r.rows().stream().mapToLong(LayerShape::flops).sum(), r.flops());
    }

    @Test
    void samePaddingWithAnEvenKernelPadsHalfTheKernelRoundedDown() throws Exception {
        ShapeReport r = infer(MNIST, conv(4, 4, 1, Padding.SAME));
        assertEquals(new Shape(4, 27, 27), r.rows().get(0).output());
        ShapeReport strided = infer(MNIST, conv(4, 3, 3, Padding.VALID));
        assertEquals(new Shape(4, 9, 9), strided.rows().get(0).output());
    }

    @Test
    void batchNormCountsFourParametersPerChannel() throws Exception {
        ShapeReport image = infer(MNIST, conv(16, 3, 1, Padding.SAME), new BatchNorm());
        assertEquals(4 * 16, image.rows().get(1).params());
        assertEquals(new Shape(16, 28, 28), image.rows().get(1).output());
        ShapeReport vector = infer(VECTOR, dense(64), new BatchNorm(), new Dropout(0.5));
        assertEquals(4 * 64, vector.rows().get(1).params());
        assertEquals(0, vector.rows().get(2).params());
        assertEquals(new Shape(64), vector.rows().get(2).output());
    }

    @Test
    void lstmParametersFollowTheGateFormula() throws Exception {
        ShapeReport r = infer(MNIST_ROWS, lstm(64, 1, false, false));
        assertEquals(4L * 64 * (28 + 64 + 2), r.rows().get(0).params());
        assertEquals(new Shape(64), r.rows().get(0).output());
    }

    @Test
    void bidirectionalDoublesParametersAndWidth() throws Exception {
        ShapeReport r = infer(MNIST_ROWS, lstm(64, 1, true, false));
        assertEquals(2 * 4L * 64 * (28 + 64 + 2), r.rows().get(0).params());
        assertEquals(new Shape(128), r.rows().get(0).output());
    }

    @Test
    void stackedLayersReadThePreviousLayersOutput() throws Exception {
        ShapeReport r = infer(MNIST_ROWS, lstm(64, 2, true, true));
        long first = 2 * 4L * 64 * (28 + 64 + 2);
        long second = 2 * 4L * 64 * (128 + 64 + 2);
        assertEquals(first + second, r.rows().get(0).params());
        assertEquals(new Shape(28, 128), r.rows().get(0).output());
    }

    @Test
    void gruAndRnnUseThreeAndOneGates() throws Exception {
        assertEquals(3L * 16 * (28 + 16 + 2), infer(MNIST_ROWS,
                new Recurrent(LayerType.GRU, 16, 1, false, false, Activation.TANH)).rows().get(0).params());
        assertEquals(16L * (28 + 16 + 2), infer(MNIST_ROWS,
                new Recurrent(LayerType.RNN, 16, 1, false, false, Activation.RELU)).rows().get(0).params());
    }

    @Test
    void returnSequencesFeedsAnotherRecurrentBlockAndIsFlattenedBeforeDense() throws Exception {
        ShapeReport r = infer(MNIST_ROWS, lstm(32, 1, false, true), lstm(16, 1, false, true), dense(8));
        assertEquals(4L * 16 * (32 + 16 + 2), r.rows().get(1).params());
        assertEquals(new Shape(28 * 16), r.rows().get(2).output());
        assertEquals("flatten", r.rows().get(2).block());
        assertEquals((long) 28 * 16 * 8 + 8, r.rows().get(3).params());
    }

    @Test
    void flopsGrowWithTheNetwork() throws Exception {
        long small = infer(VECTOR, dense(16)).flops();
        long big = infer(VECTOR, dense(256)).flops();
        long deeper = infer(VECTOR, dense(256), dense(256)).flops();
        assertTrue(small < big && big < deeper);
        ShapeReport mlp = infer(VECTOR, dense(256));
        assertTrue(Math.abs(mlp.flops() - 2 * mlp.params()) < 2 * 300, "dense FLOPs are about twice the weights");
    }

    @Test
    void flattenIsInsertedBeforeDenseAfterConvolution() throws Exception {
        ShapeReport r = infer(MNIST, conv(8, 3, 1, Padding.SAME), dense(32));
        assertEquals(new Architecture(List.of(conv(8, 3, 1, Padding.SAME), new Flatten(), dense(32))), r.architecture());
        assertEquals(List.of("inserted flatten before block 2 (dense(32,relu))"), r.repairs());
        assertEquals(new Shape(8 * 28 * 28), r.rows().get(1).output());
        assertEquals(8L * 28 * 28 * 32 + 32, r.rows().get(2).params());
    }

    @Test
    void flattenIsInsertedBeforeTheHead() throws Exception {
        ShapeReport r = infer(MNIST, conv(8, 3, 2, Padding.VALID));
        assertEquals(new Architecture(List.of(conv(8, 3, 2, Padding.VALID), new Flatten())), r.architecture());
        assertEquals(List.of("inserted flatten before the output head"), r.repairs());
        assertEquals(8L * 13 * 13 * 10 + 10, r.rows().get(2).params());
    }

    @Test
    void imageInputWithNoBlocksIsFlattenedForTheHead() throws Exception {
        ShapeReport r = infer(MNIST);
        assertEquals(784L * 10 + 10, r.params());
        assertEquals(List.of("inserted flatten before the output head"), r.repairs());
    }

    @Test
    void redundantFlattenIsDropped() throws Exception {
        ShapeReport r = infer(VECTOR, new Flatten(), dense(16), new Flatten(), new Dropout(0.1));
        assertEquals(new Architecture(List.of(dense(16), new Dropout(0.1))), r.architecture());
        assertEquals(List.of("dropped flatten at block 1 (its input is already a vector)",
                "dropped flatten at block 3 (its input is already a vector)"), r.repairs());
    }

    @Test
    void explicitFlattenAfterConvolutionIsKept() throws Exception {
        ShapeReport r = infer(MNIST, conv(2, 3, 1, Padding.SAME), new Flatten(), dense(4));
        assertEquals(new Architecture(List.of(conv(2, 3, 1, Padding.SAME), new Flatten(), dense(4))), r.architecture());
        assertEquals(List.of(), r.repairs());
    }

    @Test
    void repairIsIdempotent() throws Exception {
        ShapeReport once = infer(MNIST, conv(2, 3, 1, Padding.SAME), dense(8), new Flatten(), new BatchNorm(),
                new Flatten());
        ShapeReport twice = ShapeInference.infer(once.architecture(), MNIST);
        assertEquals(once.architecture(), twice.architecture());
        assertEquals(List.of(), twice.repairs());
        assertEquals(once.params(), twice.params());
    }

    @Test
    void poolingAOneByOneMapIsInfeasible() {
        assertEquals("maxpool(2,2,valid) at block 2 does not fit: its 2x2 window is larger than the height of 1",
                reason(new ModelIO(new Shape(3, 2, 2), Task.CLASSIFICATION, 4),
                        new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID), new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID)));
    }

    @Test
    void kernelLargerThanTheInputWithValidPaddingIsInfeasible() throws Exception {
        ModelIO small = new ModelIO(new Shape(1, 4, 6), Task.CLASSIFICATION, 3);
        assertEquals("conv2d(8,5,1,valid,relu) at block 1 does not fit: its 5x5 window is larger than the height of 4",
                reason(small, conv(8, 5, 1, Padding.VALID)));
        assertEquals(new Shape(8, 4, 6), infer(small, conv(8, 5, 1, Padding.SAME)).rows().get(0).output());
        assertEquals("conv2d(8,4,1,same,relu) at block 1 does not fit: its 4x4 window is larger than the width of 1"
                + " (padded 3)", reason(new ModelIO(new Shape(1, 5, 1), Task.CLASSIFICATION, 3), conv(8, 4, 1, Padding.SAME)));
    }

    @Test
    void convolutionAfterDenseIsInfeasible() {
        assertEquals("conv2d(4,3,1,same,relu) at block 2 needs an image input (channels, height, width) but gets (16)"
                + " (after a flatten or dense block no spatial block can follow)",
                reason(MNIST, dense(16), conv(4, 3, 1, Padding.SAME)));
    }

    @Test
    void poolingASequenceIsInfeasible() {
        assertEquals("avgpool(2,2,valid) at block 1 needs an image input (channels, height, width) but gets (28, 28)",
                reason(MNIST_ROWS, new Pool(LayerType.AVGPOOL, 2, 2, Padding.VALID)));
    }

    @Test
    void lstmOnAnImageNeedsAsSequence() {
        assertEquals("lstm(8,1,false,false) at block 1 needs a sequence input (time, features) but gets (1, 28, 28);"
                + " declare dataset.as_sequence: true to read images row by row", reason(MNIST, lstm(8, 1, false, false)));
    }

    @Test
    void lstmOnAVectorIsInfeasible() {
        assertEquals("lstm(8,1,false,false) at block 2 needs a sequence input (time, features) but gets (16)",
                reason(MNIST_ROWS, dense(16), lstm(8, 1, false, false)));
        assertEquals("lstm(8,1,false,false) at block 1 needs a sequence input (time, features) but gets (784)",
                reason(VECTOR, lstm(8, 1, false, false)));
    }

    @Test
    void tableListsRowsAndTotals() throws Exception {
        String table = infer(VECTOR, dense(256)).table();
        assertTrue(table.startsWith("block"));
        assertTrue(table.contains("dense(256,relu)"));
        assertTrue(table.contains("output(10,softmax)"));
        assertTrue(table.lines().reduce((a, b) -> b).orElseThrow().startsWith("total"));
        assertEquals(4, table.lines().count());
    }
}
