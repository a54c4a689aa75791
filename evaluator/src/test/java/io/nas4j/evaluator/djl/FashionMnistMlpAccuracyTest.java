package io.nas4j.evaluator.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetLoader;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.TrialState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy bar on real data: one epoch of a 784-256-10 MLP (Adam 0.001, batch 128,
 * z-score) on the 60,000 Fashion-MNIST training images reaches at least 0.84 test accuracy on
 * the 10,000 fixed test images. The dataset is fetched once per build into target/datasets.
 */
class FashionMnistMlpAccuracyTest {
    @AfterAll
    static void freeMemory() {
        DatasetLoader.clearCache();
    }

    @Test
    void oneEpochMlpReachesTheBar() {
        DatasetCache cache = new DatasetCache(Path.of("target", "datasets").toAbsolutePath());
        DatasetSpec spec = new DatasetSpec("fashion-mnist", null, null, null, null, null, null, null, null, null, null,
                null, null, "zscore", 0.1, null, null, null, null);
        LoadedDataset data = new DatasetLoader(new DatasetFetcher(cache), System.out::println)
                .load(spec, Task.CLASSIFICATION, 1);
        assertEquals(10_000, data.test().size());
        Candidate mlp = new Candidate(new Architecture(List.of(new Flatten(), new Dense(256, Activation.RELU))),
                Map.of("optimizer", "adam", "learning_rate", 0.001, "batch_size", 128, "epochs", 1));
        try (DjlEvaluator evaluator = DjlEvaluator.builder().setData(data).build()) {
            EvaluationResult r = evaluator.evaluate(mlp, new RecordingContext(0, 42));
            assertEquals(TrialState.COMPLETE, r.state(), r.message());
            double acc = r.metrics().get("test_accuracy");
            System.out.printf("fashion-mnist 784-256-10, 1 epoch: test accuracy %.4f%n", acc);
            assertTrue(acc >= 0.84, "test accuracy " + acc);
            assertEquals(203_530L, r.metrics().get("param_count").longValue());
        }
    }
}
