package io.nas4j.cli.worker;

import io.nas4j.cli.run.TrialExecutor;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.StorageException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One worker's loop: claim the next WAITING trial of the study, evaluate it (with heartbeats and
 * epoch reports through a {@link TrialExecutor}), record the outcome, and again, until told to
 * stop, idle for too long, or the database is gone. Runs in a {@code nas4j worker} process,
 * started by a coordinator or by hand on any machine that reaches the database.
 */
public final class Worker {
    private final StudyStorage storage;
    private final Study study;
    private final TrialExecutor executor;
    private final Duration poll;
    private final Duration idleExit;

    /** Why a worker stopped. */
    public enum Exit {
        /** Asked to finish, and did after its last trial. */
        FINISHED,
        /** Asked to abort (Ctrl-C, coordinator gone): its trial, if any, is still RUNNING. */
        ABORTED,
        /** Nothing to claim for longer than the idle limit. */
        IDLE,
        /** The database became unreachable (the coordinator stopped its server, or died). */
        DATABASE_GONE
    }

    /**
     * A worker.
     *
     * @param storage the study's store
     * @param study the study
     * @param executor evaluates claimed trials under this worker's id
     * @param poll how long to wait before looking again when no trial waits
     * @param idleExit stop after this long without a trial to claim, or null to wait for ever
     */
    public Worker(StudyStorage storage, Study study, TrialExecutor executor, Duration poll, Duration idleExit) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.study = Objects.requireNonNull(study, "study");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.idleExit = idleExit;
    }

    /** The result of a worker's run: why it stopped, how many trials it ran, the last error. */
    public record Result(Exit exit, int trials, String error) {
    }

    /** Runs the loop until {@code control} says stop, the idle limit passes or the database goes. */
    public Result run(WorkerControl control) {
        int trials = 0;
        long idleSince = System.nanoTime();
        while (true) {
            if (control.abortRequested()) {
                return new Result(Exit.ABORTED, trials, null);
            }
            if (control.finishRequested()) {
                return new Result(Exit.FINISHED, trials, null);
            }
            try {
                Optional<TrialRecord> claimed = storage.claimNext(study.id(), executor.workerId());
                if (claimed.isPresent()) {
                    trials++;
                    if (executor.execute(claimed.get(), control::abortRequested) == TrialExecutor.Ending.ABANDONED) {
                        return new Result(Exit.ABORTED, trials, null);
                    }
                    idleSince = System.nanoTime();
                    continue;
                }
            } catch (StorageException e) {
                return new Result(control.abortRequested() ? Exit.ABORTED : Exit.DATABASE_GONE, trials, e.getMessage());
            }
            if (idleExit != null && System.nanoTime() - idleSince > idleExit.toNanos()) {
                return new Result(Exit.IDLE, trials, null);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(Exit.ABORTED, trials, null);
            }
        }
    }
}
