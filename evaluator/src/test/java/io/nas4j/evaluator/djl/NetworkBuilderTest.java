package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
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
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.spec.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {
    private static final ModelIO VECTOR10 = new ModelIO(new Shape(20), Task.CLASSIFICATION, 10);
    private static final ModelIO VECTOR_BINARY = new ModelIO(new Shape(4), Task.CLASSIFICATION, 2);
    private static final ModelIO VECTOR_REGRESSION = new ModelIO(new Shape(7), Task.REGRESSION, 0);
    private static final ModelIO IMAGE = new ModelIO(new Shape(1, 28, 28), Task.CLASSIFICATION, 10);
    private static final ModelIO IMAGE_RGB = new ModelIO(new Shape(3, 11, 9), Task.CLASSIFICATION, 3);
    private static final ModelIO SEQUENCE = new ModelIO(new Shape(12, 5), Task.CLASSIFICATION, 4);
    private static final ModelIO SEQUENCE_REGRESSION = new ModelIO(new Shape(6, 3), Task.REGRESSION, 0);

    static Stream<Arguments> architectures() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(VECTOR10, List.of()));
        cases.add(Arguments.of(VECTOR10, List.of(dense(16, Activation.RELU))));
        cases.add(Arguments.of(VECTOR10, List.of(dense(64, Activation.TANH), new Dropout(0.3), dense(8, Activation.ELU))));
        cases.add(Arguments.of(VECTOR10, List.of(dense(32, Activation.LEAKY_RELU), new BatchNorm(), dense(5, Activation.SIGMOID))));
        cases.add(Arguments.of(VECTOR10, List.of(new BatchNorm(), dense(3, Activation.LINEAR), new Flatten())));
        cases.add(Arguments.of(VECTOR_BINARY, List.of(dense(16, Activation.RELU))));
        cases.add(Arguments.of(VECTOR_BINARY, List.of()));
        cases.add(Arguments.of(VECTOR_REGRESSION, List.of(dense(12, Activation.RELU), dense(6, Activation.RELU))));
        cases.add(Arguments.of(IMAGE, List.of()));
        cases.add(Arguments.of(IMAGE, List.of(dense(32, Activation.RELU))));
        cases.add(Arguments.of(IMAGE, List.of(conv(8, 3, 1, Padding.SAME), pool(LayerType.MAXPOOL, 2, 2, Padding.VALID))));
        cases.add(Arguments.of(IMAGE, List.of(conv(4, 5, 1, Padding.VALID), new BatchNorm(),
                pool(LayerType.AVGPOOL, 2, 2, Padding.VALID), conv(6, 3, 2, Padding.SAME), new Flatten(), dense(10, Activation.RELU))));
        cases.add(Arguments.of(IMAGE, List.of(conv(4, 4, 1, Padding.SAME), pool(LayerType.MAXPOOL, 3, 2, Padding.SAME),
                new Dropout(0.25), conv(2, 2, 3, Padding.VALID))));
        cases.add(Arguments.of(IMAGE, List.of(conv(3, 7, 3, Padding.SAME), pool(LayerType.AVGPOOL, 3, 1, Padding.SAME),
                new BatchNorm(), dense(7, Activation.TANH), new BatchNorm())));
        cases.add(Arguments.of(IMAGE_RGB, List.of(conv(5, 3, 1, Padding.SAME), pool(LayerType.MAXPOOL, 2, 2, Padding.VALID),
                conv(7, 2, 1, Padding.VALID))));
        cases.add(Arguments.of(IMAGE_RGB, List.of(conv(2, 1, 1, Padding.VALID), pool(LayerType.MAXPOOL, 4, 3, Padding.SAME))));
        cases.add(Arguments.of(IMAGE_RGB, List.of(new BatchNorm(), conv(3, 6, 2, Padding.SAME), new Flatten(), new Dropout(0.1))));
        for (LayerType t : List.of(LayerType.LSTM, LayerType.GRU, LayerType.RNN)) {
            cases.add(Arguments.of(SEQUENCE, List.of(rec(t, 8, 1, false, false))));
            cases.add(Arguments.of(SEQUENCE, List.of(rec(t, 6, 2, false, false))));
            cases.add(Arguments.of(SEQUENCE, List.of(rec(t, 5, 1, true, false))));
            cases.add(Arguments.of(SEQUENCE, List.of(rec(t, 4, 3, true, true), rec(t, 3, 2, true, false), dense(9, Activation.RELU))));
            cases.add(Arguments.of(SEQUENCE, List.of(rec(t, 7, 1, false, true), new Dropout(0.2))));
            cases.add(Arguments.of(SEQUENCE_REGRESSION, List.of(rec(t, 4, 2, true, true), new BatchNorm(), rec(t, 3, 1, false, false))));
        }
        cases.add(Arguments.of(SEQUENCE, List.of(new Recurrent(LayerType.RNN, 6, 2, true, false, Activation.RELU))));
        cases.add(Arguments.of(SEQUENCE, List.of(dense(5, Activation.RELU))));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void djlParameterCountEqualsShapeInference(ModelIO io, List<Layer> layers) throws InfeasibleArchitectureException {
        Architecture arch = new Architecture(layers);
        long expected = ShapeInference.infer(arch, io).params();
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock net = NetworkBuilder.build(arch, io);
            net.initialize(manager, DataType.FLOAT32, NetworkBuilder.inputShape(io, 3));
            long actual = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                actual += p.getValue().getArray().size();
            }
            assertEquals(expected, actual, () -> arch.describe() + " on " + io.input());
            NDArray x = manager.randomNormal(NetworkBuilder.inputShape(io, 3));
            NDArray y = net.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
            assertArrayEquals(new long[] {3, io.outputs()}, y.getShape().getShape(), arch.describe());
        }
    }

    @Test
    void rejectsWhatShapeInferenceRejects() {
        Architecture arch = new Architecture(List.of(conv(4, 3, 1, Padding.SAME)));
        assertThrows(InfeasibleArchitectureException.class, () -> NetworkBuilder.build(arch, VECTOR10));
    }

    private static Dense dense(int units, Activation a) {
        return new Dense(units, a);
    }

    private static Conv2d conv(int filters, int kernel, int stride, Padding padding) {
        return new Conv2d(filters, kernel, stride, padding, Activation.RELU);
    }

    private static Pool pool(LayerType type, int size, int stride, Padding padding) {
        return new Pool(type, size, stride, padding);
    }

    private static Recurrent rec(LayerType t, int hidden, int layers, boolean bi, boolean seq) {
        return new Recurrent(t, hidden, layers, bi, seq, Activation.TANH);
    }
}
