package io.nas4j.store.bench;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.NewTrial;
import io.nas4j.store.StoreFixtures;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialOutcome;
import io.nas4j.store.h2.H2Location;
import io.nas4j.store.h2.H2StudyStorage;
import io.nas4j.store.query.TrialFilter;
import io.nas4j.store.query.TrialQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Fills a study the way a run does (create, claim, one write per epoch, finish) and times the
 * reads the UI and strategies make. Not a test: run it by hand, e.g.
 * {@code java -cp ... io.nas4j.store.bench.StoreBenchmark target/bench/b.db 10000 20}.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    /**
     * Arguments: database location, trials (default 10000; 0 reuses the study "bench" already in
     * the database and only times the reads), epochs per trial (default 20).
     */
    public static void main(String[] args) throws Exception {
        String location = args.length > 0 ? args[0] : "target/bench/bench.db";
        Path file = H2Location.parse(location).dataFile().orElseThrow();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean reuse = trials == 0;
        if (!reuse) {
            Files.deleteIfExists(file);
        }
        Random random = new Random(42);
        try (H2StudyStorage store = H2StudyStorage.open(location)) {
            long id = reuse ? store.findStudy("bench").orElseThrow().id()
                    : store.createStudy(StoreFixtures.study("bench", false)).id();
            long start = System.nanoTime();
            for (int i = 0; i < trials; i++) {
                int units = 8 << random.nextInt(6);
                store.createTrial(id, NewTrial.waiting(StoreFixtures.dense(units, Math.pow(10, -1 - 3 * random.nextDouble()),
                        random.nextBoolean() ? "adam" : "sgd"), new Lineage(i / 100, List.of(), "random"), units * 800L,
                        units * 1600L));
                TrialRecord t = store.claimNext(id, "bench").orElseThrow();
                double acc = 0;
                for (int e = 1; e <= epochs; e++) {
                    acc += (1 - acc) * random.nextDouble() * 0.3;
                    store.recordEpoch(id, t.number(), "bench", new EpochMetrics(e,
                            Map.of("train_loss", 1 - acc + 0.05, "val_loss", 1 - acc, "val_accuracy", acc), 0.5));
                }
                store.finishTrial(id, t.number(), "bench", new TrialOutcome(TrialState.COMPLETE, List.of(acc),
                        Map.of("val_accuracy", acc, "test_accuracy", acc - 0.01), null));
                if ((i + 1) % 1000 == 0) {
                    System.out.printf("  %d trials after %.1f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long transactions = (long) trials * (3 + epochs);
            System.out.printf("insert: %d trials x %d epochs in %.1f s = %.0f trials/s, %.0f transactions/s%n",
                    trials, epochs, seconds, trials / seconds, transactions / seconds);

            time("page 50 by number", i -> store.trials(id, TrialQuery.builder().optPage(i * 50, 50).build())
                    .trials().size());
            time("page 50 by objective desc, offset near 5000", i -> store.trials(id, TrialQuery.builder()
                    .optSort("objective", true).optPage(5000 + i, 50).build()).trials().size());
            time("page 500 by param:learning_rate", i -> store.trials(id, TrialQuery.builder()
                    .optSort("param:learning_rate", false).optPage(i, 500).build()).trials().size());
            time("page 50 filtered (units, optimizer, val_accuracy) by duration", i -> store.trials(id,
                    TrialQuery.builder().optFilter(TrialFilter.between("param:arch.units", 32, 128))
                            .optFilter(TrialFilter.equalTo("param:optimizer", "adam"))
                            .optFilter(TrialFilter.atLeast("metric:val_accuracy", 0.5 + i * 1e-4))
                            .optSort("duration", true).build()).total());
            time("history (all trials)", i -> store.history(id).size());
            time("metricPoints val_accuracy (all epochs)", i -> store.metricPoints(id, "val_accuracy").size());
            int count = store.trials(id).size();
            time("epochs of one trial", i -> store.epochs(id, i * 7 % count).size());
            time("listStudies", i -> store.listStudies().size());
            time("paramNames", i -> store.paramNames(id).size());
            System.out.printf("size on disk while open: %.1f MB (%s)%n", Files.size(file) / 1e6, file);
        }
        System.out.printf("size after close: %.1f MB%n", Files.size(file) / 1e6);
    }

    /** Times a query; {@code i} varies its parameters so that no run reuses a cached result. */
    private static void time(String what, IntFunction<Object> query) {
        Object result = null;
        for (int i = 0; i < 3; i++) {
            result = query.apply(100 + i); // warm up
        }
        int runs = 10;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            result = query.apply(i);
        }
        System.out.printf("%-62s %8.2f ms wall %8.2f ms cpu  (result %s)%n", what,
                (System.nanoTime() - start) / 1e6 / runs, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, result);
    }
}
