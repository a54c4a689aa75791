package io.nas4j.store.h2;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.StoreFixtures;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialOutcome;
import java.util.List;
import java.util.Map;

/**
 * A second JVM for file-database tests: {@code write PATH N} writes a study with N trials (trial 0
 * running with one epoch, then trials 1 to N/2 complete), prints {@code WRITTEN} and waits to be killed;
 * {@code hold PATH} opens the database, prints {@code HOLDING} and waits.
 */
public final class StoreChildProcess {
    private StoreChildProcess() {
    }

    /** Runs the mode named by the first argument. */
    public static void main(String[] args) throws InterruptedException {
        StudyStorage store = H2StudyStorage.open(args[1]);
        if (args[0].equals("write")) {
            int n = Integer.parseInt(args[2]);
            long id = store.createStudy(StoreFixtures.study("durable", false)).id();
            for (int i = 0; i < n; i++) {
                store.createTrial(id, StoreFixtures.waiting(8 + i, 0.01));
            }
            TrialRecord running = store.claimNext(id, "child").orElseThrow();
            store.recordEpoch(id, running.number(), "child", new EpochMetrics(1, Map.of("val_accuracy", 0.4), 1.0));
            for (int i = 0; i < n / 2; i++) {
                TrialRecord t = store.claimNext(id, "child").orElseThrow();
                store.finishTrial(id, t.number(), "child",
                        new TrialOutcome(TrialState.COMPLETE, List.of(0.5), Map.of("val_accuracy", 0.5), null));
            }
            System.out.println("WRITTEN");
        } else {
            System.out.println("HOLDING");
        }
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
