package io.nas4j.cli.command;

import io.nas4j.cli.ExitCodes;
import io.nas4j.cli.UsageException;
import io.nas4j.cli.run.Evaluators;
import io.nas4j.cli.run.RunListener;
import io.nas4j.cli.run.TrialExecutor;
import io.nas4j.cli.worker.ControlChannel;
import io.nas4j.cli.worker.ControlFlags;
import io.nas4j.cli.worker.DatabaseServer;
import io.nas4j.cli.worker.Worker;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.spec.Budget;
import io.nas4j.searchspace.spec.SpecException;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.StorageException;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nas4j worker --db URL --study NAME}: evaluates WAITING trials of a study that a
 * coordinator ({@code nas4j run --workers N}) or another process keeps queued. The coordinator
 * spawns these itself; run one by hand on another machine against a shared H2 server URL.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate trials of a study that another process queues (nas4j run --workers N spawns these).",
            "By hand: nas4j worker --db jdbc:h2:tcp://HOST:PORT/NAME --study STUDY"})
public final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:" + DatabaseServer.DB_ENV + ":-" + DbOption.DEFAULT + "}",
            description = "study database, usually a jdbc:h2:tcp:// URL (default: $" + DatabaseServer.DB_ENV
                    + ", else " + DbOption.DEFAULT + ")")
    String db;

    @Option(names = "--study", paramLabel = "NAME", required = true, description = "the study whose trials to evaluate")
    String study;

    @Option(names = "--worker-id", paramLabel = "ID", description = "name recorded on claimed trials (default: HOST-PID)")
    String workerId;

    @Option(names = "--trial-timeout", paramLabel = "DURATION", description = "stop a trial after this long and record it FAILED \"timeout\"")
    String trialTimeout;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "5s",
            description = "interval of the signs of life sent while training (default: ${DEFAULT-VALUE})")
    String heartbeat;

    @Option(names = "--idle-exit", paramLabel = "DURATION", description = "exit after this long with no trial to claim (default: wait until stopped)")
    String idleExit;

    @Option(names = "--quiet", description = "print only problems")
    boolean quiet;

    @Option(names = "--keep-weights", paramLabel = "DIR", hidden = true,
            description = "save each trial's trained weights in DIR/trial-N (the coordinator keeps the best)")
    java.nio.file.Path keepWeights;

    @Option(names = "--managed", hidden = true, description = "read control lines (finish, abort) from standard input; its end aborts")
    boolean managed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        Duration timeout = trialTimeout == null ? null : duration("--trial-timeout", trialTimeout);
        Duration beat = duration("--heartbeat", heartbeat);
        Duration idle = idleExit == null ? null : duration("--idle-exit", idleExit);
        String id = workerId != null ? workerId : host() + "-" + ProcessHandle.current().pid();
        ControlFlags control = new ControlFlags();
        if (managed) {
            ControlChannel.listen(System.in, control);
        }
        Signals.onInterrupt(control::abort);
        try (StudyStorage storage = open()) {
            Study s = storage.findStudy(study).orElseThrow(() -> new UsageException("no study '" + study + "' in "
                    + storage.location()));
            StudySpec spec;
            try {
                spec = SpecLoader.parse(s.specJson(), "study " + study, s.name());
            } catch (SpecException e) {
                throw new UsageException("study '" + study + "' has a spec this worker cannot read: " + e.getMessage(), e);
            }
            RunListener listener = new RunListener() {
                @Override
                public void trialStarted(TrialRecord trial, int epochs) {
                    if (!quiet) {
                        out.println(id + ": trial " + trial.number() + " started (" + epochs + " epochs)");
                    }
                }

                @Override
                public void note(String message) {
                    err.println(id + ": " + message);
                }
            };
            try (CandidateEvaluator evaluator = Evaluators.create(spec, "study " + study, keepWeights, m -> { })) {
                TrialExecutor executor = new TrialExecutor(spec, storage, s, evaluator, id, listener, beat, timeout);
                Worker.Result r = new Worker(storage, s, executor, Duration.ofMillis(200), idle).run(control);
                if (r.exit() == Worker.Exit.ABORTED) {
                    giveBack(storage, s, id);
                }
                if (!quiet || r.exit() == Worker.Exit.DATABASE_GONE) {
                    err.println(id + ": " + describe(r));
                }
                return switch (r.exit()) {
                    case FINISHED, IDLE -> ExitCodes.OK;
                    case ABORTED -> ExitCodes.INTERRUPTED;
                    case DATABASE_GONE -> ExitCodes.ERROR;
                };
            }
        }
    }

    private static String describe(Worker.Result r) {
        String trials = r.trials() + " trial" + (r.trials() == 1 ? "" : "s");
        return switch (r.exit()) {
            case FINISHED -> "finished after " + trials;
            case IDLE -> "no trial to claim for a while; exiting after " + trials;
            case ABORTED -> "aborted after " + trials + " (a trial in hand goes back to WAITING)";
            case DATABASE_GONE -> "stopping after " + trials + ": " + r.error();
        };
    }

    /**
     * Gives the trial this aborted worker had in hand back at once, so that no run has to wait for
     * its heartbeats to go stale; when the database is gone (its coordinator died) the trial is
     * requeued by the next run instead.
     */
    private static void giveBack(StudyStorage storage, Study s, String id) {
        try {
            storage.releaseWorker(s.id(), id, Integer.MAX_VALUE);
        } catch (StorageException e) {
            // the database went away with the coordinator
        }
    }

    private StudyStorage open() {
        try {
            return Storages.open(db);
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static Duration duration(String option, String text) {
        try {
            Duration d = Budget.parseDuration(text);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "worker";
        }
    }
}
