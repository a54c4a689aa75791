package io.nas4j.cli.worker;

import io.nas4j.cli.run.Durations;
import io.nas4j.cli.run.Proposer;
import io.nas4j.cli.run.RunListener;
import io.nas4j.cli.run.StudyRunner;
import io.nas4j.cli.run.TrialExecutor;
import io.nas4j.searchspace.space.TrainingDefaults;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.IllegalTransitionException;
import io.nas4j.store.LeaseLostException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialLease;
import io.nas4j.store.TrialOutcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a study with N worker processes. The coordinator alone asks the strategy: it keeps up to N
 * trials WAITING (never more than the budget still needs, so a study ends with exactly its budget
 * of evaluated trials), gives the trials of workers that died (at once) or stopped sending
 * heartbeats (after the timeout) back (FAILED after {@code maxAttempts} claims), fails trials over
 * their time limit (killing a worker that does not stop by itself), and restarts workers that die. The workers claim, train and record trials
 * on their own; all state is in the store, so a killed coordinator resumes where it stopped.
 */
public final class Coordinator {
    /** Quick consecutive worker deaths after which the run gives up (a worker that cannot start). */
    static final int MAX_QUICK_DEATHS = 3;
    /** A worker that dies younger than this counts as failing to start. */
    static final double QUICK_DEATH_SECONDS = 20;
    /** Interval of the search for trials of lost workers. */
    static final Duration STALE_CHECK = Duration.ofSeconds(1);

    private final Proposer proposer;
    private final StudyStorage storage;
    private final Study study;
    private final boolean exclusive;
    private final RunListener listener;
    private final WorkerLauncher launcher;
    private final Settings settings;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, WorkerProcess> workers = new LinkedHashMap<>();
    private final Set<Integer> reported = new HashSet<>();
    private final Set<Integer> started = new HashSet<>();
    private int spawned;
    private long lastStaleCheck;
    private int quickDeaths;

    /**
     * How the coordinator runs its workers.
     *
     * @param workers worker processes at once (at least 1)
     * @param maxAttempts claims of one trial before a lost worker's trial is FAILED (at least 1)
     * @param heartbeatTimeout silence after which a RUNNING trial's worker counts as lost
     * @param trialTimeout wall-time limit of one trial, or null
     * @param poll interval of the coordinator's checks
     */
    public record Settings(int workers, int maxAttempts, Duration heartbeatTimeout, Duration trialTimeout, Duration poll) {
        /** Validates. */
        public Settings {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be >= 1, got " + workers);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
            }
            Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
            Objects.requireNonNull(poll, "poll");
        }

        /** The heartbeat interval workers use: a sixth of the timeout, at least 200 ms. */
        public Duration heartbeatInterval() {
            return Duration.ofMillis(Math.max(200, heartbeatTimeout.toMillis() / 6));
        }

        /** How long past its time limit a trial may run before its worker is killed. */
        Duration killGrace() {
            return Duration.ofMillis(Math.max(5_000, trialTimeout.toMillis() / 4));
        }
    }

    /**
     * A coordinator.
     *
     * @param proposer asks the strategy and records trials
     * @param storage the store (this process's connection)
     * @param study the study
     * @param exclusive whether this process owns the database alone (an embedded file or memory
     *     database), so RUNNING trials at start belong to a dead run and can be requeued at once
     * @param listener progress observer
     * @param launcher starts worker processes
     * @param settings worker count, retries and limits
     */
    public Coordinator(Proposer proposer, StudyStorage storage, Study study, boolean exclusive, RunListener listener,
            WorkerLauncher launcher, Settings settings) {
        this.proposer = Objects.requireNonNull(proposer, "proposer");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.study = Objects.requireNonNull(study, "study");
        this.exclusive = exclusive;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Asks the run to stop: workers give their trials up, which go back to WAITING (Ctrl-C). */
    public void requestStop() {
        stop.set(true);
    }

    /**
     * Runs until {@code trialBudget} trials are evaluated (0 = no limit) or {@code wallTime} has
     * passed (null = no limit), then stops the workers.
     */
    public StudyRunner.Outcome run(int trialBudget, Duration wallTime) {
        Instant deadline = wallTime == null ? null : Instant.now().plus(wallTime);
        if (exclusive) {
            int requeued = storage.requeueRunning(study.id());
            if (requeued > 0) {
                listener.note("resumed: " + requeued + " trial(s) left RUNNING by an earlier run are WAITING again");
            }
        }
        storage.trials(study.id()).stream().filter(t -> t.state().isFinished()).forEach(t -> reported.add(t.number()));
        StudyRunner.Outcome outcome = null;
        try {
            outcome = loop(trialBudget, deadline);
            return outcome;
        } finally {
            shutDown(outcome == StudyRunner.Outcome.BUDGET_REACHED || outcome == StudyRunner.Outcome.EXHAUSTED);
        }
    }

    private StudyRunner.Outcome loop(int trialBudget, Instant deadline) {
        int infeasibleInARow = 0;
        while (true) {
            if (stop.get()) {
                return StudyRunner.Outcome.INTERRUPTED;
            }
            if (System.nanoTime() - lastStaleCheck > STALE_CHECK.toNanos()) { // a durable write: not every poll
                lastStaleCheck = System.nanoTime();
                int lost = storage.requeueStale(study.id(), settings.heartbeatTimeout(), settings.maxAttempts());
                if (lost > 0) {
                    listener.note(lost + " trial(s) of lost workers given back (WAITING again, or FAILED after "
                            + settings.maxAttempts() + " attempts)");
                }
            }
            History history = storage.history(study.id());
            enforceTimeLimits(history);
            report(history);
            long evaluated = history.evaluatedCount();
            long waiting = history.trials().stream().filter(t -> t.state() == TrialState.WAITING).count();
            long running = history.trials().stream().filter(t -> t.state() == TrialState.RUNNING).count();
            if (trialBudget > 0 && evaluated >= trialBudget) {
                return StudyRunner.Outcome.BUDGET_REACHED;
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                return StudyRunner.Outcome.TIME_UP;
            }
            keepWorkersUp(); // before the first proposal: a worker JVM takes seconds to start
            long room = settings.workers() - waiting;
            if (trialBudget > 0) {
                room = Math.min(room, trialBudget - evaluated - waiting - running);
            }
            if (room > 0) {
                List<TrialRecord> recorded = proposer.proposeAndRecord(history, (int) room);
                if (recorded.isEmpty() && waiting + running == 0) {
                    return StudyRunner.Outcome.EXHAUSTED;
                }
                for (TrialRecord r : recorded) {
                    if (r.state() == TrialState.INFEASIBLE) {
                        reported.add(r.number());
                        listener.trialFinished(r, storage.history(study.id()).best().orElse(null));
                        if (++infeasibleInARow >= StudyRunner.MAX_INFEASIBLE_IN_A_ROW) {
                            listener.note("stopped: " + infeasibleInARow + " infeasible candidates in a row; last: "
                                    + r.message());
                            return StudyRunner.Outcome.STUCK;
                        }
                    } else {
                        infeasibleInARow = 0;
                    }
                }
                if (recorded.stream().anyMatch(r -> r.state() == TrialState.INFEASIBLE)) {
                    continue; // ask again at once instead of leaving workers idle
                }
            }
            sleep(settings.poll());
        }
    }

    /** Starts missing workers and explains the deaths of earlier ones. */
    private void keepWorkersUp() {
        if (stop.get()) {
            return; // Ctrl-C reaches the workers too: their exits are no deaths to answer
        }
        for (WorkerProcess w : List.copyOf(workers.values())) {
            if (!w.alive()) {
                workers.remove(w.id());
                String last = w.lastOutput();
                String why = "worker " + w.id() + " (pid " + w.pid() + ") died: " + w.describeExit()
                        + (last.isEmpty() ? "" : "; last output: " + last);
                markLostTrials(w.id(), why);
                int back = storage.releaseWorker(study.id(), w.id(), settings.maxAttempts());
                listener.note(why + (back == 0 ? "" : "; its trial is given back (WAITING again, or FAILED after "
                        + settings.maxAttempts() + " attempts)") + "; a fresh worker starts");
                if (w.ageSeconds() < QUICK_DEATH_SECONDS) {
                    if (++quickDeaths >= MAX_QUICK_DEATHS) {
                        throw new IllegalStateException("workers keep dying right after they start; last: " + why);
                    }
                } else {
                    quickDeaths = 0;
                }
            }
        }
        while (workers.size() < settings.workers()) {
            String id = "w" + (++spawned) + "-" + ProcessHandle.current().pid();
            try {
                workers.put(id, launcher.launch(id, freeSlot()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a worker process: " + e.getMessage(), e);
            }
        }
    }

    /** The lowest place (0 to N-1) no live worker fills: a fresh worker takes a dead one's CPU. */
    private int freeSlot() {
        Set<Integer> taken = new HashSet<>();
        workers.values().forEach(w -> taken.add(w.slot()));
        int slot = 0;
        while (taken.contains(slot)) {
            slot++;
        }
        return slot;
    }

    /** Notes on the RUNNING trials of a dead worker why it died (the requeue or failure follows). */
    private void markLostTrials(String workerId, String why) {
        for (TrialRecord t : storage.trials(study.id())) {
            if (t.state() == TrialState.RUNNING) {
                Optional<TrialLease> lease = storage.lease(study.id(), t.number());
                if (lease.isPresent() && workerId.equals(lease.get().worker())) {
                    storage.setAttribute(study.id(), t.number(), "lost_worker", why);
                }
            }
        }
    }

    /** Fails trials far over their time limit whose worker did not stop them, killing the worker. */
    private void enforceTimeLimits(History history) {
        if (settings.trialTimeout() == null) {
            return;
        }
        Instant cutoff = Instant.now().minus(settings.trialTimeout()).minus(settings.killGrace());
        for (TrialRecord t : history.trials()) {
            if (t.state() != TrialState.RUNNING || t.startedAt() == null || t.startedAt().isAfter(cutoff)) {
                continue;
            }
            Optional<TrialLease> lease = storage.lease(study.id(), t.number());
            if (lease.isEmpty() || lease.get().worker() == null) {
                continue;
            }
            String owner = lease.get().worker();
            WorkerProcess w = workers.remove(owner);
            if (w != null) {
                w.kill();
                listener.note("worker " + owner + " did not stop trial " + t.number() + " at its time limit: killed");
            }
            try {
                storage.finishTrial(study.id(), t.number(), owner, new TrialOutcome(TrialState.FAILED, List.of(), Map.of(),
                        TrialExecutor.TIMEOUT + ": trial ran longer than " + Durations.format(settings.trialTimeout())
                                + " (worker killed)"));
            } catch (LeaseLostException | IllegalTransitionException e) {
                // it finished or was requeued meanwhile
            }
        }
    }

    /** Tells the listener about trials that started or finished since the last look. */
    private void report(History history) {
        for (TrialRecord t : history.trials()) {
            if (t.state() == TrialState.RUNNING && started.add(t.number())) {
                listener.trialStarted(t, t.candidate().integer("epochs",
                        ((Number) TrainingDefaults.DEFAULTS.get("epochs")).intValue()));
            } else if (t.state().isFinished() && reported.add(t.number())) {
                listener.trialFinished(t, history.best().orElse(null));
            }
        }
    }

    /** Stops every worker: after its trial when the study is done, at once otherwise. */
    private void shutDown(boolean done) {
        for (WorkerProcess w : workers.values()) {
            w.send(done ? ControlChannel.FINISH : ControlChannel.ABORT);
        }
        long until = System.nanoTime() + 30_000_000_000L;
        for (WorkerProcess w : workers.values()) {
            long left = Math.max(1, (until - System.nanoTime()) / 1_000_000);
            if (!w.awaitExit(left)) {
                listener.note("worker " + w.id() + " did not stop in time: killed");
                w.kill();
            }
        }
        workers.clear();
        if (exclusive) {
            int back = storage.requeueRunning(study.id());
            if (back > 0) {
                listener.note("interrupted: " + back + " running trial(s) are WAITING again");
            }
        }
        report(storage.history(study.id()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The workers alive now, by id (for diagnosis). */
    List<String> workerIds() {
        return new ArrayList<>(workers.keySet());
    }
}
