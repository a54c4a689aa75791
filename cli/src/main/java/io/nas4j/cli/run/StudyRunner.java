package io.nas4j.cli.run;

import io.nas4j.searchspace.evaluation.CandidateEvaluator;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The study loop of one process evaluating one trial at a time: ask the strategy, check and
 * record each proposal (INFEASIBLE ones never train, known fingerprints reuse their result),
 * claim the next WAITING trial, evaluate it, record epochs and the outcome, until the budget is
 * reached. {@code nas4j run --workers N} with N > 1 uses {@link io.nas4j.cli.worker.Coordinator}.
 *
 * <p>All state lives in the store, so a killed run continues where it stopped: RUNNING trials of
 * a dead run are put back to WAITING and the strategy is rebuilt from the stored history.
 */
public final class StudyRunner {
    /** Consecutive infeasible proposals after which the run gives up. */
    public static final int MAX_INFEASIBLE_IN_A_ROW = 500;
    /** Heartbeat interval of the in-process worker. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final StudyStorage storage;
    private final Study study;
    private final RunListener listener;
    private final Proposer proposer;
    private final TrialExecutor executor;
    private final AtomicBoolean stop = new AtomicBoolean();

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
     * A runner over an opened study, without a per-trial time limit.
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
        this(spec, space, strategy, evaluator, storage, study, listener, null);
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
     * @param trialTimeout wall-time limit of one trial (FAILED "timeout" beyond it), or null for none
     */
    public StudyRunner(StudySpec spec, SearchSpace space, Strategy strategy, CandidateEvaluator evaluator,
            StudyStorage storage, Study study, RunListener listener, Duration trialTimeout) {
        this.storage = storage;
        this.study = study;
        this.listener = listener;
        this.proposer = new Proposer(spec, space, strategy, storage, study);
        this.executor = new TrialExecutor(spec, storage, study, evaluator, "local-" + ProcessHandle.current().pid(),
                listener, HEARTBEAT, trialTimeout);
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
            long evaluated = history.evaluatedCount();
            if (trialBudget > 0 && evaluated >= trialBudget) {
                return Outcome.BUDGET_REACHED;
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                return Outcome.TIME_UP;
            }
            Optional<TrialRecord> claimed = storage.claimNext(study.id(), executor.workerId());
            if (claimed.isPresent()) {
                TrialExecutor.Ending ending = executor.execute(claimed.get(), stop::get);
                if (ending == TrialExecutor.Ending.ABANDONED) {
                    storage.requeueRunning(study.id());
                    listener.note("interrupted: trial " + claimed.get().number() + " is WAITING again");
                    return Outcome.INTERRUPTED;
                }
                if (ending == TrialExecutor.Ending.FINISHED) {
                    finished(claimed.get().number());
                }
                infeasibleInARow = 0;
                continue;
            }
            List<TrialRecord> recorded = proposer.proposeAndRecord(history, 1);
            if (recorded.isEmpty()) {
                return Outcome.EXHAUSTED;
            }
            for (TrialRecord r : recorded) {
                if (r.state() == TrialState.INFEASIBLE) {
                    listener.trialFinished(r, storage.history(study.id()).best().orElse(null));
                    if (++infeasibleInARow >= MAX_INFEASIBLE_IN_A_ROW) {
                        listener.note("stopped: " + infeasibleInARow + " infeasible candidates in a row; last: "
                                + r.message());
                        return Outcome.STUCK;
                    }
                }
            }
        }
    }

    private void finished(int number) {
        History after = storage.history(study.id());
        TrialRecord done = after.trials().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
        listener.trialFinished(done, after.best().orElse(null));
    }
}
