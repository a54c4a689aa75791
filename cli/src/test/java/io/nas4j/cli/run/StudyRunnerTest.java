package io.nas4j.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.synthetic.SyntheticEvaluator;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.NewStudy;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.StrategyFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process runner (one worker): time limits and divergence. */
class StudyRunnerTest {
    private static final String SPEC = """
            name: inproc
            dataset: {name: iris}
            evaluator: {type: synthetic}
            seed: 9
            budget: {trials: 4}
            architecture:
              min_blocks: 1
              max_blocks: 2
              blocks:
                - type: dense
                  units: {min: 4, max: 64}
            hyperparameters:
              learning_rate: {min: 0.001, max: 0.1, log: true}
              epochs: 10
            strategy: random
            """;

    private static List<TrialRecord> run(String db, long epochMs, double failLr, Duration timeout) throws Exception {
        StudySpec spec = SpecLoader.parse(SPEC, "test", "inproc");
        SyntheticEvaluator evaluator = new SyntheticEvaluator(new ModelIO(new Shape(new int[] {4}), Task.CLASSIFICATION, 3),
                epochMs, failLr, 0.0);
        SearchSpace space = spec.space(evaluator.io());
        try (StudyStorage storage = Storages.open(db)) {
            Study s = storage.createStudy(NewStudy.builder().setName("inproc").setSpecJson(spec.json())
                    .setObjectives(spec.objectives()).setStrategy("random").optSeed(9).optDataset("iris").build());
            StudyRunner runner = new StudyRunner(spec, space, StrategyFactory.create(spec.strategy(), space,
                    spec.objectives(), 9), evaluator, storage, s, new RunListener() { }, timeout);
            assertEquals(StudyRunner.Outcome.BUDGET_REACHED, runner.run(4, null));
            return storage.trials(s.id());
        }
    }

    @Test
    void aTrialOverItsTimeLimitIsFailedWithTimeout() throws Exception {
        List<TrialRecord> trials = run("mem:runner-timeout", 100, Double.POSITIVE_INFINITY, Duration.ofMillis(350));
        assertEquals(4, trials.size());
        for (TrialRecord t : trials) {
            assertEquals(TrialState.FAILED, t.state());
            assertTrue(t.message().startsWith("timeout: trial ran longer than 350ms"), t.message());
        }
    }

    @Test
    void trialsWithinTheLimitComplete() throws Exception {
        List<TrialRecord> trials = run("mem:runner-fast", 0, Double.POSITIVE_INFINITY, Duration.ofMinutes(1));
        assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE));
    }

    @Test
    void aDivergingTrialIsFailedWithItsReason() throws Exception {
        List<TrialRecord> trials = run("mem:runner-diverge", 0, 0.001, null);
        for (TrialRecord t : trials) {
            assertEquals(TrialState.FAILED, t.state());
            assertEquals("diverged at epoch 2: loss is NaN", t.message());
        }
    }
}
