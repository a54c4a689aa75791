package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.searchspace.arch.Activation;
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
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.trial.TrialState;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layer type builds and trains on a tiny image or sequence set, and learns the bars. */
class LayerTrainingTest {
    private static final LoadedDataset IMAGES = SyntheticData.bars(240, 5);
    private static final LoadedDataset SEQUENCES = SyntheticData.barSequences(240, 6);

    static Stream<Arguments> networks() {
        Conv2d conv = new Conv2d(4, 3, 1, Padding.SAME, Activation.RELU);
        return Stream.of(
                Arguments.of(IMAGES, List.of(conv, new Pool(LayerType.MAXPOOL, 2, 2, Padding.VALID), new Flatten(),
                        new Dense(16, Activation.RELU))),
                Arguments.of(IMAGES, List.of(new Conv2d(4, 3, 2, Padding.VALID, Activation.ELU), new BatchNorm(),
                        new Pool(LayerType.AVGPOOL, 2, 1, Padding.SAME), new Dropout(0.2))),
                Arguments.of(IMAGES, List.of(new BatchNorm(), new Flatten(), new Dense(8, Activation.SIGMOID),
                        new Dropout(0.1), new Dense(8, Activation.LEAKY_RELU))),
                Arguments.of(SEQUENCES, List.of(new Recurrent(LayerType.LSTM, 12, 1, false, false, Activation.TANH))),
                Arguments.of(SEQUENCES, List.of(new Recurrent(LayerType.GRU, 8, 2, true, false, Activation.TANH))),
                Arguments.of(SEQUENCES, List.of(new Recurrent(LayerType.RNN, 8, 1, false, true, Activation.RELU),
                        new Recurrent(LayerType.LSTM, 6, 1, true, false, Activation.TANH), new Dense(8, Activation.TANH))),
                Arguments.of(SEQUENCES, List.of(new Recurrent(LayerType.RNN, 10, 1, true, true, Activation.TANH))));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void trainsAndLearnsTheBars(LoadedDataset data, List<Layer> layers) throws Exception {
        Candidate c = DjlEvaluatorTest.candidate(layers, Map.of("learning_rate", 0.01, "batch_size", 16, "epochs", 6));
        EvaluationResult r;
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).optLatencyRuns(3).build()) {
            r = evaluator.evaluate(c, new RecordingContext(1, 17));
        }
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        assertEquals((double) ShapeInference.infer(c.architecture(), DjlEvaluator.modelIO(data)).params(),
                r.metrics().get("param_count"));
        assertTrue(Double.isFinite(r.metrics().get("test_loss")), r.metrics().toString());
        assertTrue(r.metrics().get("test_accuracy") >= 0.6, c.architecture().describe() + " " + r.metrics());
    }
}
