package io.nas4j.store;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.query.TrialPage;
import io.nas4j.store.query.TrialQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where studies and their trials live. Every implementation is safe for use by many threads,
 * and by several processes on one database: trial numbers and claims are assigned atomically.
 * Every write is committed when the method returns; study and trial creation, claims, finishes
 * and requeues are also durable (they survive a crash of the process right after). Failures are
 * {@link StorageException}s whose message names the problem.
 *
 * <p>Trial life: {@link #createTrial} (WAITING, or INFEASIBLE) → {@link #claimNext} (RUNNING,
 * owned by one worker) → {@link #heartbeat} / {@link #recordEpoch} → {@link #finishTrial}
 * (COMPLETE, PRUNED or FAILED). A worker that writes to a trial it no longer owns gets a
 * {@link LeaseLostException}; {@link #requeueStale} gives the trials of dead workers back.
 */
public interface StudyStorage extends AutoCloseable {

    /** Where the data lives, for messages (a path or a URL, never a password). */
    String location();

    // ---- studies

    /**
     * Creates a study.
     *
     * @throws StudyExistsException if the name is taken
     */
    Study createStudy(NewStudy study);

    /** The study with this name. */
    Optional<Study> findStudy(String name);

    /** The study with this id. */
    Optional<Study> findStudy(long studyId);

    /** Every study with its trial counts per state and best value, by name. */
    List<StudySummary> listStudies();

    /** Deletes a study and all its trials; false when there was none. */
    boolean deleteStudy(String name);

    // ---- trial life

    /**
     * Records a new trial with the next free number of the study (0, 1, 2, ...; never reused,
     * also across processes and after a restart).
     *
     * @throws NotFoundException if the study does not exist
     */
    TrialRecord createTrial(long studyId, NewTrial trial);

    /**
     * Moves the lowest-numbered WAITING trial to RUNNING, owned by {@code workerId}, and
     * returns it; empty when none waits. Two callers never get the same trial. The trial's
     * per-epoch metrics from an earlier attempt are cleared.
     */
    Optional<TrialRecord> claimNext(long studyId, String workerId);

    /**
     * Tells the store the worker still runs the trial.
     *
     * @throws LeaseLostException if the trial is not RUNNING under {@code workerId}
     */
    void heartbeat(long studyId, int number, String workerId);

    /**
     * Records one epoch's metrics (replacing an earlier record of the same epoch) and counts
     * as a heartbeat.
     *
     * @throws LeaseLostException if the trial is not RUNNING under {@code workerId}
     */
    default void recordEpoch(long studyId, int number, String workerId, EpochMetrics metrics) {
        recordEpochs(studyId, number, workerId, List.of(metrics));
    }

    /**
     * Records several epochs' metrics in one transaction (each replacing an earlier record of the
     * same epoch), in the order given, and counts as a heartbeat. A worker that buffers epochs
     * sends them this way, so a trial of many short epochs costs few round trips to a remote store.
     * An empty list records nothing and is no heartbeat.
     *
     * @throws LeaseLostException if the trial is not RUNNING under {@code workerId}
     */
    void recordEpochs(long studyId, int number, String workerId, List<EpochMetrics> epochs);

    /**
     * Ends a RUNNING trial.
     *
     * @throws LeaseLostException if the trial is not RUNNING under {@code workerId}
     * @throws IllegalTransitionException if the outcome's state is not a finished state reachable
     *     from RUNNING
     * @return the finished trial
     */
    TrialRecord finishTrial(long studyId, int number, String workerId, TrialOutcome outcome);

    /**
     * Gives back RUNNING trials whose last heartbeat is older than {@code heartbeatTimeout}: to
     * WAITING, or to FAILED ("worker lost after N attempts") when they were already tried
     * {@code maxAttempts} times.
     *
     * @return how many trials changed state (requeued plus failed)
     */
    int requeueStale(long studyId, Duration heartbeatTimeout, int maxAttempts);

    /**
     * Gives back the RUNNING trials of a worker known to be gone (its process exited) at once,
     * without waiting for its heartbeats to go stale: to WAITING, or to FAILED ("worker lost after
     * N attempts") when they were already tried {@code maxAttempts} times.
     *
     * @return how many trials changed state (requeued plus failed)
     */
    int releaseWorker(long studyId, String workerId, int maxAttempts);

    /**
     * Moves every RUNNING trial back to WAITING: for a single coordinator that restarts after a
     * crash and owns all its trials.
     *
     * @return how many trials were requeued
     */
    int requeueRunning(long studyId);

    /**
     * Takes the study's run lease for {@code holder}: when nobody holds it, when {@code holder}
     * holds it already, when the holder's last renewal is older than {@code staleAfter}, or when
     * {@code force} is set (the caller knows the holder is gone: its process is dead, or the
     * database is an embedded file this process has locked).
     *
     * @return the lease now held by {@code holder}
     * @throws StudyBusyException naming the other holder when none of that applies
     */
    RunLease acquireRunLease(long studyId, String holder, Duration staleAfter, boolean force);

    /**
     * Renews the run lease {@code holder} holds.
     *
     * @throws LeaseLostException if another run took it over (its renewals had stopped)
     */
    void renewRunLease(long studyId, String holder);

    /** Gives the run lease up if {@code holder} holds it; does nothing otherwise. */
    void releaseRunLease(long studyId, String holder);

    /** The study's run lease, if a run holds it. */
    Optional<RunLease> runLease(long studyId);

    // ---- reads

    /** All trials of the study, by number. */
    List<TrialRecord> trials(long studyId);

    /**
     * Every trial of the study without candidate and metrics, by number: for study-wide charts
     * over many trials.
     */
    List<TrialSummary> trialSummaries(long studyId);

    /** One trial. */
    Optional<TrialRecord> trial(long studyId, int number);

    /** The study's history: all trials and the primary objective's direction. */
    History history(long studyId);

    /** Per-epoch metrics of one trial, by epoch. */
    List<EpochMetrics> epochs(long studyId, int number);

    /** Every recorded per-epoch value of {@code metric} across the study, by trial then epoch. */
    List<MetricPoint> metricPoints(long studyId, String metric);

    /** The flattened parameters of one trial ({@link TrialParams}), by name. */
    List<TrialParam> params(long studyId, int number);

    /** The parameter names present in a study, sorted: what the UI offers to filter on. */
    List<String> paramNames(long studyId);

    /** Sets (or replaces) one user attribute of a trial, such as a rung or an artifact path. */
    void setAttribute(long studyId, int number, String key, String value);

    /** The user attributes of a trial, by key. */
    Map<String, String> attributes(long studyId, int number);

    /** The worker, attempts and heartbeat of a trial (for the UI and for diagnosis). */
    Optional<TrialLease> lease(long studyId, int number);

    /** Trial counts per state (every state present). */
    Map<TrialState, Integer> counts(long studyId);

    /** One page of trials matching a query, with the total match count. */
    TrialPage trials(long studyId, TrialQuery query);

    /**
     * Trials whose stored data changed after {@code since} (exclusive), by number: for live
     * views. The change time is the writer's clock in milliseconds; poll with the previous
     * poll's start time minus a little slack (a second covers clocks of processes on one
     * machine) and merge by trial number.
     */
    List<TrialRecord> trialsChangedSince(long studyId, Instant since);

    /** Releases the connections (and closes an embedded database once no one else uses it). */
    @Override
    void close();
}
