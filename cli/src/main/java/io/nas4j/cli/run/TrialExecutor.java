package io.nas4j.cli.run;

import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.space.TrainingDefaults;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.LeaseLostException;
import io.nas4j.store.StorageException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialOutcome;
import io.nas4j.strategies.pruning.PruneDecision;
import io.nas4j.strategies.scheduling.Fidelity;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Evaluates one claimed trial for one worker: reuses the result of an identical finished trial,
 * sends heartbeats while it trains, stores every epoch, asks the pruner and scheduler after each
 * epoch, enforces the per-trial time limit and records the outcome. Shared by the in-process
 * runner and worker processes, so both behave the same.
 */
public final class TrialExecutor {
    /** Message of a trial stopped by its time limit (the outcome message starts with it). */
    public static final String TIMEOUT = "timeout";
    /**
     * Longest time epochs wait in memory before they are written. Epochs of a trial without a
     * pruner are sent in batches: a trial of 40 short epochs costs one store transaction instead of
     * 40 (round trips to a worker's remote database); the web UI still sees them within a second.
     */
    static final Duration EPOCH_FLUSH = Duration.ofSeconds(1);

    private final StudySpec spec;
    private final StudyStorage storage;
    private final Study study;
    private final CandidateEvaluator evaluator;
    private final String workerId;
    private final RunListener listener;
    private final EarlyStopping stopping;
    private final Duration heartbeatInterval;
    private final Duration trialTimeout;

    /** How an execution ended. */
    public enum Ending {
        /** The outcome (COMPLETE, PRUNED or FAILED) is recorded. */
        FINISHED,
        /** Stopped on request before it finished: the trial is still RUNNING under this worker. */
        ABANDONED,
        /** Another party took the trial away (requeued as stale): nothing was recorded. */
        LEASE_LOST
    }

    /**
     * An executor.
     *
     * @param spec the study's spec (objectives, pruner, scheduler)
     * @param storage the store
     * @param study the study
     * @param evaluator trains the candidates
     * @param workerId the worker id the trials are claimed under
     * @param listener progress observer
     * @param heartbeatInterval time between heartbeats while a trial trains
     * @param trialTimeout wall-time limit of one trial, or null for none
     */
    public TrialExecutor(StudySpec spec, StudyStorage storage, Study study, CandidateEvaluator evaluator, String workerId,
            RunListener listener, Duration heartbeatInterval, Duration trialTimeout) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.study = Objects.requireNonNull(study, "study");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.workerId = Objects.requireNonNull(workerId, "workerId");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeatInterval must be positive");
        }
        if (trialTimeout != null && (trialTimeout.isNegative() || trialTimeout.isZero())) {
            throw new IllegalArgumentException("trialTimeout must be positive");
        }
        this.trialTimeout = trialTimeout;
        this.stopping = EarlyStopping.of(spec);
    }

    /** The worker id trials are claimed under. */
    public String workerId() {
        return workerId;
    }

    /**
     * Evaluates a trial this worker claimed and records its outcome.
     *
     * @param trial the claimed (RUNNING) trial
     * @param stop true once the trial should be given up at once (Ctrl-C, coordinator gone)
     * @return how it ended
     */
    public Ending execute(TrialRecord trial, BooleanSupplier stop) {
        try {
            return run(trial, stop);
        } catch (LeaseLostException e) {
            listener.note("trial " + trial.number() + " was taken away from " + workerId + " (" + e.getMessage()
                    + "); its result is dropped");
            return Ending.LEASE_LOST;
        }
    }

    private Ending run(TrialRecord trial, BooleanSupplier stop) {
        History history = storage.history(study.id());
        Optional<TrialRecord> twin = history.complete().stream()
                .filter(t -> t.fingerprint().equals(trial.fingerprint()) && t.number() != trial.number())
                .findFirst();
        if (twin.isPresent()) {
            TrialRecord t = twin.get();
            storage.setAttribute(study.id(), trial.number(), "reused_from", Integer.toString(t.number()));
            storage.finishTrial(study.id(), trial.number(), workerId,
                    new TrialOutcome(TrialState.COMPLETE, t.values(), t.metrics(), null));
            listener.note("trial " + trial.number() + " has the fingerprint of trial " + t.number() + ": result reused");
            return Ending.FINISHED;
        }
        int epochs = trial.candidate().integer("epochs", ((Number) TrainingDefaults.DEFAULTS.get("epochs")).intValue());
        listener.trialStarted(trial, epochs);
        Context context = new Context(trial, stop);
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nas4j-heartbeat-" + trial.number());
            t.setDaemon(true);
            return t;
        });
        long period = heartbeatInterval.toMillis();
        beat.scheduleAtFixedRate(() -> context.heartbeat(), period, period, TimeUnit.MILLISECONDS);
        EvaluationResult result;
        try {
            result = evaluator.evaluate(trial.candidate(), context);
        } finally {
            beat.shutdownNow();
        }
        if (context.lost.get() != null) {
            throw context.lost.get();
        }
        if (stop.getAsBoolean() && !context.timedOut() && result.state() == TrialState.FAILED) {
            return Ending.ABANDONED;
        }
        context.flushEpochs();
        List<Double> values = ObjectiveValues.of(spec.objectives(), result.metrics(), trial.paramCount(), trial.flops());
        String message;
        TrialState state = result.state();
        if (context.timedOut() && state != TrialState.COMPLETE) {
            state = TrialState.FAILED;
            message = TIMEOUT + ": trial ran longer than " + Durations.format(trialTimeout) + " ("
                    + (result.message() == null ? "stopped" : result.message()) + ")";
        } else if (state == TrialState.PRUNED && context.pruneReason != null) {
            message = context.pruneReason;
        } else {
            message = result.message();
        }
        storage.finishTrial(study.id(), trial.number(), workerId, new TrialOutcome(state, values, result.metrics(), message));
        return Ending.FINISHED;
    }

    /** The trial context: seeds, epoch reports into the store, cancellation and the time limit. */
    private final class Context implements TrialContext {
        private final TrialRecord trial;
        private final BooleanSupplier stop;
        private final long deadlineNanos;
        private final AtomicReference<LeaseLostException> lost = new AtomicReference<>();
        private volatile boolean timedOut;
        private String pruneReason;
        private final List<EpochMetrics> pendingEpochs = new java.util.ArrayList<>();
        private long lastFlushNanos = System.nanoTime();

        Context(TrialRecord trial, BooleanSupplier stop) {
            this.trial = trial;
            this.stop = stop;
            this.deadlineNanos = trialTimeout == null ? Long.MAX_VALUE : System.nanoTime() + trialTimeout.toNanos();
        }

        void heartbeat() {
            try {
                storage.heartbeat(study.id(), trial.number(), workerId);
            } catch (LeaseLostException e) {
                lost.compareAndSet(null, e);
            } catch (StorageException e) {
                // a busy or briefly unreachable database: the next beat or epoch report tries again
            }
        }

        boolean timedOut() {
            return timedOut;
        }

        /** Writes the epochs reported since the last write, in one transaction. */
        void flushEpochs() {
            if (!pendingEpochs.isEmpty()) {
                storage.recordEpochs(study.id(), trial.number(), workerId, pendingEpochs);
                pendingEpochs.clear();
            }
            lastFlushNanos = System.nanoTime();
        }

        @Override
        public int trialNumber() {
            return trial.number();
        }

        @Override
        public long seed() {
            return TrialSeeds.of(study.seed(), trial.number());
        }

        @Override
        public EpochDecision reportEpoch(EpochMetrics metrics) {
            pendingEpochs.add(metrics);
            listener.epochFinished(trial, metrics);
            if (!stopping.active()) {
                if (System.nanoTime() - lastFlushNanos >= EPOCH_FLUSH.toNanos()) {
                    flushEpochs();
                }
                return EpochDecision.CONTINUE;
            }
            flushEpochs(); // the pruner compares this trial's stored curve with the others'
            History history = storage.history(study.id());
            PruneDecision d = stopping.decide(trial.number(), storage.epochs(study.id(), trial.number()),
                    stopping.curves(storage, study.id(), history));
            d.rungReached().ifPresent(r -> storage.setAttribute(study.id(), trial.number(), "rung", Integer.toString(r)));
            if (d.prune()) {
                pruneReason = d.reason();
                return EpochDecision.PRUNE;
            }
            return EpochDecision.CONTINUE;
        }

        @Override
        public double dataFraction() {
            return Fidelity.dataFractionOf(trial.candidate());
        }

        @Override
        public boolean cancelled() {
            if (!timedOut && System.nanoTime() - deadlineNanos > 0) {
                timedOut = true;
            }
            return timedOut || lost.get() != null || stop.getAsBoolean();
        }
    }
}
