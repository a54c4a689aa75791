package io.nas4j.cli.run;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.evaluation.EpochDecision;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.evaluation.TrialContext;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.NewTrial;
import io.nas4j.store.Study;
import io.nas4j.store.TrialOutcome;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.Strategy;
import io.nas4j.strategies.pruning.PruneDecision;
import io.nas4j.strategies.scheduling.Assignment;
import io.nas4j.strategies.scheduling.Fidelity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The coordinator loop of one study in one process: ask the strategy, check and record each
 * proposal (INFEASIBLE ones never train, known fingerprints reuse their result), claim the next
 * WAITING trial, evaluate it, record epochs and the outcome, until the budget is reached.
 *
 * <p>All state lives in the store, so a killed run continues where it stopped: RUNNING trials of
 * a dead run are put back to WAITING and the strategy is rebuilt from the stored history.
 */
public final class StudyRunner {
    /** Consecutive infeasible proposals after which the run gives up. */
    static final int MAX_INFEASIBLE_IN_A_ROW = 500;

    private final StudySpec spec;
    private final SearchSpace space;
    private final Strategy strategy;
    private final CandidateEvaluator evaluator;
    private final StudyStorage storage;
    private final Study study;
    private final RunListener listener;
    private final String workerId;
    private final EarlyStopping stopping;
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile TrialRecord current;

    /** How a run ended. */
    public enum Outcome {
        /** The trial budget is reached. */
        BUDGET_REACHED,
        /** The wall-time budget is spent. */
        TIME_UP,
        /** The strategy has nothing left to propose (a finished grid). */
        EXHAUSTED,
        /** Stopped by the user (Ctrl-C); running trials were put back to WAITING. */
        INTERRUPTED,
        /** Too many infeasible proposals in a row. */
        STUCK
    }

    /**
     * A runner over an opened study.
     *
     * @param spec the study's spec (budget, objectives)
     * @param space the search space for the study's data
     * @param strategy a strategy rebuilt for this run
     * @param evaluator the evaluator
     * @param storage the store
     * @param study the study record
     * @param listener progress observer
     */
    public StudyRunner(StudySpec spec, SearchSpace space, Strategy strategy, CandidateEvaluator evaluator,
            StudyStorage storage, Study study, RunListener listener) {
        this.spec = spec;
        this.space = space;
        this.strategy = strategy;
        this.evaluator = evaluator;
        this.storage = storage;
        this.study = study;
        this.listener = listener;
        this.workerId = "local-" + ProcessHandle.current().pid();
        this.stopping = EarlyStopping.of(spec);
    }

    /** Asks the loop to stop after putting the running trial back (Ctrl-C). */
    public void requestStop() {
        stop.set(true);
    }

    /**
     * Runs until {@code trialBudget} trials are evaluated (COMPLETE, PRUNED or FAILED; 0 = no
     * limit) or {@code wallTime} has passed (null = no limit).
     */
    public Outcome run(int trialBudget, Duration wallTime) {
        Instant deadline = wallTime == null ? null : Instant.now().plus(wallTime);
        int requeued = storage.requeueRunning(study.id());
        if (requeued > 0) {
            listener.note("resumed: " + requeued + " trial(s) left RUNNING by an earlier run are WAITING again");
        }
        int infeasibleInARow = 0;
        while (true) {
            if (stop.get()) {
                return Outcome.INTERRUPTED;
            }
            History history = storage.history(study.id());
            long evaluated = history.trials().stream().filter(t -> evaluatedState(t.state())).count();
            if (trialBudget > 0 && evaluated >= trialBudget) {
                return Outcome.BUDGET_REACHED;
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                return Outcome.TIME_UP;
            }
            Optional<TrialRecord> claimed = storage.claimNext(study.id(), workerId);
            if (claimed.isPresent()) {
                evaluate(claimed.get(), history);
                infeasibleInARow = 0;
                continue;
            }
            Assigned next = next(history);
            if (next.proposals().isEmpty()) {
                return Outcome.EXHAUSTED;
            }
            for (Proposal p : next.proposals()) {
                TrialRecord recorded = record(p, history);
                if (next.rung() >= 0) {
                    storage.setAttribute(study.id(), recorded.number(), "rung", Integer.toString(next.rung()));
                }
                if (recorded.state() == TrialState.INFEASIBLE) {
                    listener.trialFinished(recorded, storage.history(study.id()).best().orElse(null));
                    if (++infeasibleInARow >= MAX_INFEASIBLE_IN_A_ROW) {
                        listener.note("stopped: " + infeasibleInARow + " infeasible candidates in a row; last: "
                                + recorded.message());
                        return Outcome.STUCK;
                    }
                }
            }
        }
    }

    /** Proposals for the next trial, and the rung a scheduler starts it at (-1 without one). */
    private record Assigned(List<Proposal> proposals, int rung) {
    }

    private Assigned next(History history) {
        if (stopping.scheduler().isEmpty()) {
            return new Assigned(strategy.propose(history, 1), -1);
        }
        Assignment a = stopping.scheduler().get().next(history, stopping.curves(storage, study.id(), history));
        if (a instanceof Assignment.Promotion promotion) {
            return new Assigned(List.of(promotion.proposal(history)), a.rung());
        }
        Assignment.NewTrial fresh = (Assignment.NewTrial) a;
        List<Proposal> proposals = strategy.propose(history, 1).stream()
                .map(p -> new Proposal(fresh.apply(p.candidate()), p.lineage())).toList();
        return new Assigned(proposals, a.rung());
    }

    private static boolean evaluatedState(TrialState s) {
        return s == TrialState.COMPLETE || s == TrialState.PRUNED || s == TrialState.FAILED;
    }

    /** Checks a proposal and records it WAITING (or INFEASIBLE with the reason). */
    private TrialRecord record(Proposal p, History history) {
        Candidate candidate = p.candidate();
        try {
            ShapeReport report = space.check(candidate);
            Candidate built = space.repaired(candidate, report);
            return storage.createTrial(study.id(), NewTrial.waiting(built, p.lineage(), report.params(), report.flops()));
        } catch (InfeasibleArchitectureException e) {
            return storage.createTrial(study.id(), NewTrial.infeasible(candidate, p.lineage(), e.getMessage()));
        }
    }

    /** Evaluates a claimed trial (or reuses an identical finished one) and records the outcome. */
    private void evaluate(TrialRecord trial, History history) {
        current = trial;
        Optional<TrialRecord> twin = history.complete().stream()
                .filter(t -> t.fingerprint().equals(trial.fingerprint()) && t.number() != trial.number())
                .findFirst();
        if (twin.isPresent()) {
            TrialRecord t = twin.get();
            storage.setAttribute(study.id(), trial.number(), "reused_from", Integer.toString(t.number()));
            storage.finishTrial(study.id(), trial.number(), workerId,
                    new TrialOutcome(TrialState.COMPLETE, t.values(), t.metrics(), null));
            listener.note("trial " + trial.number() + " has the fingerprint of trial " + t.number() + ": result reused");
            finished(trial.number());
            return;
        }
        int epochs = trial.candidate().integer("epochs",
                ((Number) io.nas4j.searchspace.space.TrainingDefaults.DEFAULTS.get("epochs")).intValue());
        listener.trialStarted(trial, epochs);
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nas4j-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleAtFixedRate(() -> {
            try {
                storage.heartbeat(study.id(), trial.number(), workerId);
            } catch (RuntimeException e) {
                // the next epoch report will surface a lost lease
            }
        }, 10, 10, TimeUnit.SECONDS);
        EvaluationResult result;
        Context context = new Context(trial);
        try {
            result = evaluator.evaluate(trial.candidate(), context);
        } finally {
            beat.shutdownNow();
        }
        if (stop.get() && result.state() == TrialState.FAILED) {
            storage.requeueRunning(study.id());
            listener.note("interrupted: trial " + trial.number() + " is WAITING again");
            return;
        }
        List<Double> values = ObjectiveValues.of(spec.objectives(), result.metrics(), trial.paramCount(), trial.flops());
        String message = result.state() == TrialState.PRUNED && context.pruneReason != null ? context.pruneReason
                : result.message();
        storage.finishTrial(study.id(), trial.number(), workerId,
                new TrialOutcome(result.state(), values, result.metrics(), message));
        finished(trial.number());
    }

    private void finished(int number) {
        History after = storage.history(study.id());
        TrialRecord done = after.trials().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
        listener.trialFinished(done, after.best().orElse(null));
        current = null;
    }

    /** The trial context: seeds, epoch reports into the store, cancellation on Ctrl-C. */
    private final class Context implements TrialContext {
        private final TrialRecord trial;
        private String pruneReason;

        Context(TrialRecord trial) {
            this.trial = trial;
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
            storage.recordEpoch(study.id(), trial.number(), workerId, metrics);
            listener.epochFinished(trial, metrics);
            if (!stopping.active()) {
                return EpochDecision.CONTINUE;
            }
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
            return stop.get();
        }
    }
}
