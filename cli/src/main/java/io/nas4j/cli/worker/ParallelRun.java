package io.nas4j.cli.worker;

import io.nas4j.cli.run.Durations;
import io.nas4j.cli.run.Proposer;
import io.nas4j.cli.run.RunListener;
import io.nas4j.cli.run.StudyRunner;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wires {@code nas4j run --workers N} (N > 1): serves the database, builds the worker command and
 * runs the {@link Coordinator} until the budget, the time limit or Ctrl-C.
 */
public final class ParallelRun {
    private ParallelRun() {
    }

    /**
     * Runs the study with worker processes.
     *
     * @param database the database as the user gave it (already open in {@code storage})
     * @param storage this process's store
     * @param study the study
     * @param proposer asks the strategy and records trials
     * @param settings workers, attempts and limits
     * @param keepWeights where workers save trained weights (trial-N folders; the listener keeps the
     *     best), or null to keep none
     * @param listener progress
     * @param workerOutput where worker output lines go (problems, crashes)
     * @param onStart receives the coordinator before it runs (to hook Ctrl-C)
     * @param trialBudget evaluated trials to reach (0 = no limit)
     * @param wallTime time limit of this run, or null
     */
    public static StudyRunner.Outcome run(String database, StudyStorage storage, Study study, Proposer proposer,
            Coordinator.Settings settings, java.nio.file.Path keepWeights, RunListener listener, Consumer<String> workerOutput,
            Consumer<Coordinator> onStart, int trialBudget, java.time.Duration wallTime) {
        try (DatabaseServer server = DatabaseServer.start(database)) {
            List<String> args = new ArrayList<>(List.of("--study", study.name(), "--quiet",
                    "--heartbeat", Durations.format(settings.heartbeatInterval())));
            if (settings.trialTimeout() != null) {
                args.add("--trial-timeout");
                args.add(Durations.format(settings.trialTimeout()));
            }
            if (keepWeights != null) {
                args.add("--keep-weights");
                args.add(keepWeights.toAbsolutePath().toString());
            }
            WorkerRuntime runtime = WorkerRuntime.defaults(settings.workers(),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv());
            WorkerLauncher launcher = new WorkerLauncher(server.workerUrl(), args, runtime, workerOutput);
            boolean exclusive = server.port() > 0;
            Coordinator coordinator = new Coordinator(proposer, storage, study, exclusive, listener, launcher, settings);
            onStart.accept(coordinator);
            return coordinator.run(trialBudget, wallTime);
        }
    }
}
