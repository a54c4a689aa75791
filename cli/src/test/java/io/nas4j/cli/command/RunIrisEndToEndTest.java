package io.nas4j.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.cli.CliRunner;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real 5-trial random study on Iris, trained with DJL/MXNet and recorded in an H2 file. */
class RunIrisEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void fiveRandomIrisTrialsAreTrainedAndRecorded() throws Exception {
        Path spec = dir.resolve("iris5.yaml");
        Files.writeString(spec, """
                name: iris5
                dataset: {name: iris, normalization: zscore}
                seed: 7
                budget: {trials: 5}
                architecture:
                  min_blocks: 1
                  max_blocks: 2
                  blocks:
                    - type: dense
                      units: {min: 16, max: 64, log: true}
                      activation: [relu, tanh, elu]
                hyperparameters:
                  optimizer: adam
                  learning_rate: {min: 0.01, max: 0.05, log: true}
                  batch_size: 8
                  epochs: 60
                strategy: random
                """);
        String db = dir.resolve("study.db").toString();
        CliRunner.Result r = CliRunner.run("run", spec.toString(), "--db", db);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("best trial"), r.out());

        try (StudyStorage storage = Storages.open(db)) {
            Study study = storage.findStudy("iris5").orElseThrow();
            History h = storage.history(study.id());
            List<TrialRecord> trials = h.trials();
            assertEquals(5, trials.size());
            assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE), trials.toString());
            double best = h.best().orElseThrow().objective().getAsDouble();
            assertTrue(best >= 0.9, "best validation accuracy " + best);
            for (TrialRecord t : trials) {
                assertEquals(60, storage.epochs(study.id(), t.number()).size(), "epochs of trial " + t.number());
                assertTrue(t.metrics().containsKey("test_accuracy"));
                assertTrue(t.paramCount() > 0);
                assertEquals(t.paramCount(), t.metrics().get("param_count").longValue(),
                        "shape inference and DJL agree on the parameter count");
            }
            assertTrue(study.provenance().containsKey("djl.version"), study.provenance().toString());
        }

        // continuing appends: numbers go on, earlier rows untouched
        CliRunner.Result more = CliRunner.run("run", spec.toString(), "--db", db, "--trials", "7");
        assertEquals(0, more.code(), more.all());
        try (StudyStorage storage = Storages.open(db)) {
            Study study = storage.findStudy("iris5").orElseThrow();
            List<TrialRecord> trials = storage.trials(study.id());
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), trials.stream().map(TrialRecord::number).toList());
        }

        CliRunner.Result listing = CliRunner.run("trials", "iris5", "--db", db, "--sort", "objective", "--desc");
        assertEquals(0, listing.code(), listing.all());
        assertEquals(8, listing.out().strip().split("\n").length, listing.out());
        assertTrue(listing.out().contains("COMPLETE"));

        CliRunner.Result best = CliRunner.run("best", "iris5", "--db", db, "--json");
        assertEquals(0, best.code(), best.all());
        assertTrue(best.out().contains("\"state\":\"COMPLETE\""), best.out());

        CliRunner.Result studies = CliRunner.run("studies", "--db", db);
        assertTrue(studies.out().contains("iris5"), studies.out());
    }
}
