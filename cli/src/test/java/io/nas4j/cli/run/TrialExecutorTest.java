package io.nas4j.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.synthetic.SyntheticEvaluator;
import io.nas4j.searchspace.evaluation.EpochMetrics;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How a trial's epochs reach the store: buffered, but none lost and none late by much. */
class TrialExecutorTest {
    private static final String SPEC = """
            name: epochs
            dataset: {name: iris}
            evaluator: {type: synthetic}
            seed: 4
            budget: {trials: 1}
            architecture:
              min_blocks: 1
              max_blocks: 1
              blocks:
                - type: dense
                  units: {min: 4, max: 8}
            hyperparameters:
              learning_rate: 0.01
              epochs: %d
            strategy: random
            %s
            """;

    private record Run(StudyStorage storage, Study study, StudyRunner runner) {
    }

    private static Run prepare(String db, int epochs, long epochMs, String pruner) throws Exception {
        StudySpec spec = SpecLoader.parse(SPEC.formatted(epochs, pruner), "test", "epochs");
        SyntheticEvaluator evaluator = new SyntheticEvaluator(new ModelIO(new Shape(new int[] {4}), Task.CLASSIFICATION, 3),
                epochMs, Double.POSITIVE_INFINITY, 0.0);
        SearchSpace space = spec.space(evaluator.io());
        StudyStorage storage = Storages.open(db);
        Study s = storage.createStudy(NewStudy.builder().setName("epochs").setSpecJson(spec.json())
                .setObjectives(spec.objectives()).setStrategy("random").optSeed(4).optDataset("iris").build());
        StudyRunner runner = new StudyRunner(spec, space, StrategyFactory.create(spec.strategy(), space,
                spec.objectives(), 4), evaluator, storage, s, new RunListener() { }, null);
        return new Run(storage, s, runner);
    }

    @Test
    void everyEpochOfAFinishedTrialIsStoredInOrder() throws Exception {
        Run r = prepare("mem:executor-all", 40, 0, "");
        try (StudyStorage storage = r.storage()) {
            assertEquals(StudyRunner.Outcome.BUDGET_REACHED, r.runner().run(1, null));
            List<EpochMetrics> epochs = storage.epochs(r.study().id(), 0);
            assertEquals(40, epochs.size());
            for (int i = 0; i < 40; i++) {
                assertEquals(i + 1, epochs.get(i).epoch());
                assertTrue(epochs.get(i).values().containsKey("val_accuracy"), epochs.get(i).toString());
            }
            assertEquals(TrialState.COMPLETE, storage.trial(r.study().id(), 0).orElseThrow().state());
        }
    }

    @Test
    void epochsReachTheStoreWhileTheTrialStillTrains() throws Exception {
        // 8 epochs of 400 ms: the buffer is written at least once a second, long before the end
        Run r = prepare("mem:executor-live", 8, 400, "");
        try (StudyStorage storage = r.storage()) {
            CompletableFuture<StudyRunner.Outcome> done = CompletableFuture.supplyAsync(() -> r.runner().run(1, null));
            int seenWhileRunning = 0;
            while (!done.isDone()) {
                TrialRecord t = storage.trial(r.study().id(), 0).orElse(null);
                if (t != null && t.state() == TrialState.RUNNING) {
                    seenWhileRunning = Math.max(seenWhileRunning, storage.epochs(r.study().id(), 0).size());
                }
                Thread.sleep(50);
            }
            assertEquals(StudyRunner.Outcome.BUDGET_REACHED, done.get(1, TimeUnit.MINUTES));
            assertTrue(seenWhileRunning >= 2 && seenWhileRunning < 8,
                    "epochs stored while the trial ran: " + seenWhileRunning + " of 8");
            assertEquals(8, storage.epochs(r.study().id(), 0).size());
        }
    }

    @Test
    void withAPrunerEachEpochIsStoredBeforeTheDecision() throws Exception {
        Run r = prepare("mem:executor-pruned", 6, 200, "pruner: {type: median}");
        try (StudyStorage storage = r.storage()) {
            CompletableFuture<StudyRunner.Outcome> done = CompletableFuture.supplyAsync(() -> r.runner().run(1, null));
            int lastSeen = 0;
            boolean everyEpochSeen = true;
            while (!done.isDone()) {
                TrialRecord t = storage.trial(r.study().id(), 0).orElse(null);
                if (t != null && t.state() == TrialState.RUNNING) {
                    int n = storage.epochs(r.study().id(), 0).size();
                    everyEpochSeen &= n <= lastSeen + 1;
                    lastSeen = Math.max(lastSeen, n);
                }
                Thread.sleep(20);
            }
            assertEquals(StudyRunner.Outcome.BUDGET_REACHED, done.get(1, TimeUnit.MINUTES));
            assertTrue(lastSeen >= 4, "epochs stored one by one while the trial ran: " + lastSeen);
            assertTrue(everyEpochSeen, "with a pruner no epoch waits in a buffer");
            assertEquals(6, storage.epochs(r.study().id(), 0).size());
        }
    }
}
