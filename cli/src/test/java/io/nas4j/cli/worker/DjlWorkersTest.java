package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real DJL training of Iris MLPs in two worker JVMs. */
class DjlWorkersTest {
    @TempDir
    Path dir;

    @Test
    void twoWorkersTrainIrisNetworks() throws Exception {
        Path spec = dir.resolve("iris.yaml");
        Files.writeString(spec, """
                name: iris-workers
                dataset: {name: iris, normalization: zscore}
                objective: {metric: val_accuracy, direction: maximize}
                seed: 3
                budget: {trials: 4}
                architecture:
                  min_blocks: 1
                  max_blocks: 2
                  blocks:
                    - type: dense
                      units: {min: 8, max: 32, log: true}
                      activation: [relu, tanh]
                hyperparameters:
                  optimizer: [adam]
                  learning_rate: {min: 0.01, max: 0.03, log: true}
                  batch_size: [16]
                  epochs: 15
                strategy: random
                """);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2");
        assertEquals(0, run.await(Duration.ofMinutes(5)), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "iris-workers");
        assertEquals(4, rows.count(TrialState.COMPLETE), run.output());
        for (TrialRecord t : rows.trials()) {
            double acc = t.metrics().get("val_accuracy");
            assertTrue(acc > 0.5, "trial " + t.number() + " learned something: " + acc);
            assertTrue(rows.leases().get(t.number()).worker().startsWith("w"));
        }
        assertTrue(rows.trials().stream().map(t -> rows.leases().get(t.number()).worker()).distinct().count() >= 1);
    }
}
