package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Dropout;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.trial.TrialState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DjlEvaluatorTest {
    private static final LoadedDataset XOR = SyntheticData.xor(800, 1);
    private static final LoadedDataset IRIS_LIKE = SyntheticData.blobs(3, 4, 300, 2);
    private static final LoadedDataset LINEAR = SyntheticData.linear(5, 600, 3);

    static Candidate candidate(List<Layer> layers, Map<String, Object> hyperparameters) {
        return new Candidate(new Architecture(layers), hyperparameters);
    }

    private static EvaluationResult evaluate(LoadedDataset data, Candidate c, RecordingContext ctx) {
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).optLatencyRuns(11).build()) {
            return evaluator.evaluate(c, ctx);
        }
    }

    @Test
    void xorTrainsToHighAccuracyAndReportsEveryEpoch() throws Exception {
        Candidate c = candidate(List.of(new Dense(16, Activation.TANH)),
                Map.of("optimizer", "adam", "learning_rate", 0.02, "batch_size", 32, "epochs", 25));
        RecordingContext ctx = new RecordingContext(1, 42);
        EvaluationResult r = evaluate(XOR, c, ctx);
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        assertEquals(25, r.epochs());
        assertEquals(25, ctx.epochs.size());
        for (EpochMetrics m : ctx.epochs) {
            assertTrue(m.values().keySet().containsAll(List.of("train_loss", "val_loss", "val_accuracy")), m.toString());
            assertTrue(m.seconds() > 0);
        }
        assertTrue(r.metrics().get("test_accuracy") >= 0.9, r.metrics().toString());
        assertEquals(ctx.epochs.get(24).get("val_accuracy"), r.metrics().get("val_accuracy"));
        long expectedParams = ShapeInference.infer(c.architecture(), DjlEvaluator.modelIO(XOR)).params();
        assertEquals((double) expectedParams, r.metrics().get("param_count"));
        assertEquals(65.0, r.metrics().get("param_count")); // 2*16+16 + 16*1+1
        assertTrue(r.metrics().get("latency_ms") > 0);
        assertTrue(r.metrics().get("train_seconds") > 0);
        assertTrue(ctx.epochs.get(24).get("train_loss") < ctx.epochs.get(0).get("train_loss"));
    }

    @Test
    void aCellIsRefusedAndSentToTheTabularEvaluator() {
        Candidate c = candidate(List.of(io.nas4j.searchspace.arch.Cell.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|skip_connect~0|nor_conv_1x1~1|none~2|")), Map.of());
        RecordingContext ctx = new RecordingContext(4, 1);
        EvaluationResult r = evaluate(XOR, c, ctx);
        assertEquals(TrialState.FAILED, r.state());
        assertTrue(r.message().startsWith("cell architectures are evaluated by the tabular evaluator"), r.message());
        assertTrue(ctx.epochs.isEmpty());
    }

    @Test
    void irisLikeBlobsReachNinetyPercent() {
        Candidate c = candidate(List.of(new Dense(16, Activation.RELU), new Dense(16, Activation.RELU)),
                Map.of("optimizer", "adam", "learning_rate", 0.01, "batch_size", 16, "epochs", 15));
        EvaluationResult r = evaluate(IRIS_LIKE, c, new RecordingContext(2, 7));
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        assertTrue(r.metrics().get("test_accuracy") >= 0.9, r.metrics().toString());
        assertTrue(r.metrics().get("val_accuracy") >= 0.9, r.metrics().toString());
    }

    @Test
    void regressionDrivesRmseDown() {
        Candidate c = candidate(List.of(), Map.of("optimizer", "adam", "learning_rate", 0.05, "batch_size", 32,
                "epochs", 20));
        RecordingContext ctx = new RecordingContext(3, 11);
        EvaluationResult r = evaluate(LINEAR, c, ctx);
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        double first = ctx.epochs.get(0).get("val_rmse");
        double last = ctx.epochs.get(ctx.epochs.size() - 1).get("val_rmse");
        assertTrue(last < first / 3, "val_rmse " + first + " -> " + last);
        assertTrue(r.metrics().get("test_rmse") < 0.2, r.metrics().toString());
        assertTrue(r.metrics().get("test_mae") <= r.metrics().get("test_rmse"));
        assertTrue(r.metrics().containsKey("val_mae"));
        assertTrue(!r.metrics().containsKey("test_accuracy"));
    }

    @Test
    void divergenceEndsAsFailedWithTheEpochAndBatch() {
        Candidate c = candidate(List.of(new Dense(32, Activation.RELU)),
                Map.of("optimizer", "sgd", "learning_rate", 1e6, "batch_size", 16, "epochs", 3));
        EvaluationResult r = evaluate(LINEAR, c, new RecordingContext(4, 5));
        assertEquals(TrialState.FAILED, r.state());
        assertTrue(r.message().startsWith("diverged at epoch 1 batch "), r.message());
    }

    @Test
    void pruneDecisionStopsTraining() {
        Candidate c = candidate(List.of(new Dense(8, Activation.RELU)), Map.of("epochs", 6));
        RecordingContext ctx = new RecordingContext(5, 1).pruneAfter(2);
        EvaluationResult r = evaluate(XOR, c, ctx);
        assertEquals(TrialState.PRUNED, r.state());
        assertEquals(2, r.epochs());
        assertEquals(2, ctx.epochs.size());
        assertTrue(r.metrics().containsKey("val_accuracy"));
        assertTrue(!r.metrics().containsKey("test_accuracy"));
    }

    @Test
    void cancelledTrialFails() {
        Candidate c = candidate(List.of(new Dense(8, Activation.RELU)), Map.of("epochs", 3));
        EvaluationResult r = evaluate(XOR, c, new RecordingContext(6, 1).cancel());
        assertEquals(TrialState.FAILED, r.state());
        assertEquals("cancelled at epoch 1 batch 1", r.message());
    }

    @Test
    void epochBudgetOverridesTheCandidate() {
        Candidate c = candidate(List.of(new Dense(8, Activation.RELU)), Map.of("epochs", 50));
        RecordingContext ctx = new RecordingContext(7, 1).epochs(2);
        EvaluationResult r = evaluate(XOR, c, ctx);
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        assertEquals(2, r.epochs());
    }

    @Test
    void sameSeedRepeatsExactlyAndAnotherSeedDiffers() {
        Candidate c = candidate(List.of(new Dense(16, Activation.RELU), new BatchNorm(), new Dropout(0.3),
                new Dense(8, Activation.ELU)), Map.of("learning_rate", 0.01, "batch_size", 32, "epochs", 3));
        RecordingContext a = new RecordingContext(8, 99);
        RecordingContext b = new RecordingContext(8, 99);
        RecordingContext other = new RecordingContext(8, 100);
        EvaluationResult ra = evaluate(IRIS_LIKE, c, a);
        EvaluationResult rb = evaluate(IRIS_LIKE, c, b);
        EvaluationResult ro = evaluate(IRIS_LIKE, c, other);
        for (int e = 0; e < 3; e++) {
            assertEquals(a.epochs.get(e).values(), b.epochs.get(e).values(), "epoch " + (e + 1));
        }
        assertEquals(ra.metrics().get("test_loss"), rb.metrics().get("test_loss"));
        assertNotEquals(ra.metrics().get("val_loss"), ro.metrics().get("val_loss"));
    }

    @Test
    void dataFractionTrainsOnFewerExamples() {
        Candidate c = candidate(List.of(new Dense(8, Activation.RELU)), Map.of("epochs", 2, "batch_size", 16));
        RecordingContext full = new RecordingContext(9, 3);
        RecordingContext part = new RecordingContext(9, 3).fraction(0.1);
        EvaluationResult rf = evaluate(XOR, c, full);
        EvaluationResult rp = evaluate(XOR, c, part);
        assertEquals(TrialState.COMPLETE, rp.state(), rp.message());
        assertNotEquals(rf.metrics().get("val_loss"), rp.metrics().get("val_loss"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "rmsprop", "adam"})
    void everyOptimizerTrains(String optimizer) {
        Candidate c = candidate(List.of(new Dense(8, Activation.RELU)), Map.of("optimizer", optimizer,
                "learning_rate", 0.01, "weight_decay", 0.001, "epochs", 1));
        EvaluationResult r = evaluate(IRIS_LIKE, c, new RecordingContext(10, 1));
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        assertTrue(Double.isFinite(r.metrics().get("test_loss")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xavier", "he", "normal", "uniform"})
    void everyInitializerTrains(String init) {
        Candidate c = candidate(List.of(new Dense(8, Activation.LEAKY_RELU)), Map.of("weight_init", init, "epochs", 1));
        EvaluationResult r = evaluate(IRIS_LIKE, c, new RecordingContext(11, 1));
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
    }

    @Test
    void badHyperparameterFailsNamingIt() {
        Candidate c = candidate(List.of(), Map.of("optimizer", "lbfgs"));
        EvaluationResult r = evaluate(XOR, c, new RecordingContext(12, 1));
        assertEquals(TrialState.FAILED, r.state());
        assertTrue(r.message().contains("optimizer: unknown value 'lbfgs'"), r.message());
    }

    @Test
    void infeasibleArchitectureFails() {
        Candidate c = candidate(List.of(new io.nas4j.searchspace.arch.Pool(io.nas4j.searchspace.arch.LayerType.MAXPOOL,
                2, 2, io.nas4j.searchspace.arch.Padding.VALID)), Map.of());
        EvaluationResult r = evaluate(XOR, c, new RecordingContext(13, 1));
        assertEquals(TrialState.FAILED, r.state());
        assertTrue(r.message().startsWith("infeasible architecture: "), r.message());
    }

    @Test
    void keptWeightsReloadAndPredictLikeTheTrial(@TempDir Path dir) throws Exception {
        Candidate c = candidate(List.of(new Dense(12, Activation.RELU)),
                Map.of("learning_rate", 0.01, "batch_size", 16, "epochs", 8));
        EvaluationResult r;
        DjlEvaluator evaluator = DjlEvaluator.builder().setData(IRIS_LIKE).optKeepWeights(dir).optLatencyRuns(3).build();
        try (evaluator) {
            r = evaluator.evaluate(c, new RecordingContext(14, 4));
        }
        assertEquals(TrialState.COMPLETE, r.state(), r.message());
        Path saved = evaluator.weightsDirectory(14);
        assertEquals(c, Candidate.fromJson(java.nio.file.Files.readString(saved.resolve(DjlEvaluator.CANDIDATE_FILE))));
        var test = IRIS_LIKE.test();
        try (SavedNetwork net = SavedNetwork.load(c.architecture(), DjlEvaluator.modelIO(IRIS_LIKE), saved)) {
            float[] p = net.predict(test.features(), test.size());
            assertEquals(test.size() * 3, p.length);
            int correct = 0;
            for (int i = 0; i < test.size(); i++) {
                int best = 0;
                for (int k = 1; k < 3; k++) {
                    if (p[i * 3 + k] > p[i * 3 + best]) {
                        best = k;
                    }
                }
                correct += best == (int) test.targets()[i] ? 1 : 0;
                assertEquals(1.0, p[i * 3] + p[i * 3 + 1] + p[i * 3 + 2], 1e-4);
            }
            assertEquals(r.metrics().get("test_accuracy"), (double) correct / test.size(), 1e-9);
        }
    }
}
