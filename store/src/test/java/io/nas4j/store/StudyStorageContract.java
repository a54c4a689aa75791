package io.nas4j.store;

import static io.nas4j.store.StoreFixtures.dense;
import static io.nas4j.store.StoreFixtures.study;
import static io.nas4j.store.StoreFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.evaluation.EvaluationResult;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.query.TrialFilter;
import io.nas4j.store.query.TrialPage;
import io.nas4j.store.query.TrialQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link StudyStorage} must have. A backend's test extends this class and
 * says how to open a store on a fresh database ({@link #openStore}); several stores opened in one
 * test share that database, like processes sharing one file or server.
 */
public abstract class StudyStorageContract {
    /** The test's clock, shared by every store the test opens. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    /** The store of this test. */
    protected StudyStorage store;
    private final List<StudyStorage> opened = new ArrayList<>();

    /** Called once before each test: prepare a fresh, empty database for this test. */
    protected abstract void prepareDatabase() throws Exception;

    /** Opens another store on this test's database, reading times from {@code clock}. */
    protected abstract StudyStorage openStore(Clock clock);

    /** Opens a store on this test's database that the test closes at its end. */
    protected final StudyStorage open() {
        StudyStorage s = openStore(clock);
        opened.add(s);
        return s;
    }

    @BeforeEach
    void openFirstStore() throws Exception {
        prepareDatabase();
        store = open();
    }

    @AfterEach
    void closeStores() {
        Collections.reverse(opened);
        opened.forEach(StudyStorage::close);
        opened.clear();
    }

    // ------------------------------------------------------------------ studies

    @Test
    void createsFindsAndListsStudies() {
        Study created = store.createStudy(study("alpha", true));
        store.createStudy(StoreFixtures.minimizingStudy("beta"));

        Study found = store.findStudy("alpha").orElseThrow();
        assertEquals(created, found);
        assertEquals(2, found.objectives().size());
        assertEquals("val_accuracy", found.objective().metric());
        assertEquals("MXNet 1.9.1", found.provenance().get(NewStudy.ENGINE));
        assertEquals("0.36.0", found.provenance().get(NewStudy.DJL_VERSION));
        assertEquals(7, found.seed());
        assertEquals("iris (built-in), 70/15/15 split", found.dataset());
        assertEquals(found, store.findStudy(found.id()).orElseThrow());
        assertTrue(store.findStudy("gamma").isEmpty());

        List<StudySummary> list = store.listStudies();
        assertEquals(List.of("alpha", "beta"), list.stream().map(StudySummary::name).toList());
        assertEquals("grid", list.get(1).strategy());
        assertEquals(0, list.get(0).total());
        assertTrue(list.get(0).best().isEmpty());
    }

    @Test
    void rejectsADuplicateStudyName() {
        store.createStudy(study("alpha", false));
        StudyExistsException e = assertThrows(StudyExistsException.class, () -> store.createStudy(study("alpha", false)));
        assertTrue(e.getMessage().contains("'alpha' already exists"), e.getMessage());
        assertEquals(1, store.listStudies().size());
    }

    @Test
    void deletesAStudyWithItsTrials() {
        long id = store.createStudy(study("doomed", false)).id();
        TrialRecord t = store.createTrial(id, waiting(8, 0.01));
        store.setAttribute(id, t.number(), "rung", "0");
        store.claimNext(id, "w");
        store.recordEpoch(id, t.number(), "w", new EpochMetrics(1, Map.of("val_accuracy", 0.5), 1.0));
        assertTrue(store.deleteStudy("doomed"));
        assertFalse(store.deleteStudy("doomed"));
        assertTrue(store.findStudy("doomed").isEmpty());
        assertTrue(store.trials(id).isEmpty());
        assertTrue(store.epochs(id, t.number()).isEmpty());
    }

    @Test
    void summarizesCountsBestValueAndLastUpdate() {
        long id = store.createStudy(study("s", false)).id();
        for (int i = 0; i < 4; i++) {
            store.createTrial(id, waiting(8 + i, 0.01));
        }
        store.createTrial(id, NewTrial.infeasible(dense(3, 0.1, "sgd"), Lineage.RANDOM, "too many parameters"));
        clock.advance(Duration.ofMinutes(5));
        finish(id, "w", 0.7);
        finish(id, "w", 0.9);
        store.claimNext(id, "w");

        StudySummary s = store.listStudies().get(0);
        assertEquals(5, s.total());
        assertEquals(2, s.count(TrialState.COMPLETE));
        assertEquals(1, s.count(TrialState.RUNNING));
        assertEquals(1, s.count(TrialState.WAITING));
        assertEquals(1, s.count(TrialState.INFEASIBLE));
        assertEquals(0.9, s.best().getAsDouble());
        assertEquals(clock.instant(), s.updatedAt());
        assertEquals(s.counts(), store.counts(id));
    }

    // ------------------------------------------------------------------ trial numbering and claims

    @Test
    void numbersTrialsFromZeroWithoutGapsOrDuplicatesUnderConcurrency() throws Exception {
        long id = store.createStudy(study("numbers", false)).id();
        StudyStorage other = open();
        List<Integer> numbers = runConcurrently(4, thread -> {
            StudyStorage s = thread % 2 == 0 ? store : other;
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                mine.add(s.createTrial(id, waiting(1 + thread, 0.001 * (i + 1))).number());
            }
            return mine;
        });
        assertEquals(IntStream.range(0, 200).boxed().toList(), numbers.stream().sorted().toList());
        assertEquals(IntStream.range(0, 200).boxed().toList(),
                store.trials(id).stream().map(TrialRecord::number).toList());
    }

    @Test
    void handsEachWaitingTrialToExactlyOneClaimer() throws Exception {
        long id = store.createStudy(study("claims", false)).id();
        for (int i = 0; i < 200; i++) {
            store.createTrial(id, waiting(4, 0.01 + i));
        }
        StudyStorage other = open();
        List<Integer> claimed = runConcurrently(4, thread -> {
            StudyStorage s = thread % 2 == 0 ? store : other;
            List<Integer> mine = new ArrayList<>();
            Optional<TrialRecord> t;
            while ((t = s.claimNext(id, "worker-" + thread)).isPresent()) {
                assertEquals(TrialState.RUNNING, t.get().state());
                mine.add(t.get().number());
            }
            return mine;
        });
        assertEquals(IntStream.range(0, 200).boxed().toList(), claimed.stream().sorted().toList());
        assertEquals(200, store.counts(id).get(TrialState.RUNNING));
        assertTrue(store.claimNext(id, "late").isEmpty());
    }

    @Test
    void claimsTheLowestWaitingNumberAndSkipsInfeasibleTrials() {
        long id = store.createStudy(study("order", false)).id();
        store.createTrial(id, NewTrial.infeasible(dense(3, 0.1, "sgd"), Lineage.RANDOM, "output shape is empty"));
        store.createTrial(id, waiting(8, 0.01));
        store.createTrial(id, waiting(16, 0.01));
        clock.advance(Duration.ofSeconds(3));

        TrialRecord first = store.claimNext(id, "w1").orElseThrow();
        assertEquals(1, first.number());
        assertEquals(clock.instant(), first.startedAt());
        TrialLease lease = store.lease(id, 1).orElseThrow();
        assertEquals("w1", lease.worker());
        assertEquals(1, lease.attempts());
        assertEquals(clock.instant(), lease.heartbeatAt());

        TrialRecord infeasible = store.trial(id, 0).orElseThrow();
        assertEquals(TrialState.INFEASIBLE, infeasible.state());
        assertEquals("output shape is empty", infeasible.message());
        assertEquals(2, store.claimNext(id, "w2").orElseThrow().number());
        assertTrue(store.claimNext(id, "w3").isEmpty());
    }

    @Test
    void refusesTrialsOfAMissingStudy() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> store.createTrial(424242, waiting(8, 0.1)));
        assertTrue(e.getMessage().contains("no study with id 424242"), e.getMessage());
        assertThrows(NotFoundException.class, () -> store.claimNext(424242, "w"));
        assertThrows(NotFoundException.class, () -> store.history(424242));
    }

    @Test
    void recordsABatchOfEpochsInOneCallLikeSeparateCalls() {
        long id = store.createStudy(study("epoch-batch", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        store.claimNext(id, "w");
        store.recordEpoch(id, n, "w", new EpochMetrics(3, Map.of("val_accuracy", 0.1), 1.0));
        EpochMetrics e1 = new EpochMetrics(1, Map.of("val_accuracy", 0.5, "val_loss", 1.2), 2.5);
        EpochMetrics e2 = new EpochMetrics(2, Map.of("val_accuracy", 0.6), 2.25);
        EpochMetrics e2b = new EpochMetrics(2, Map.of("val_accuracy", 0.65, "val_loss", Double.NaN), 2.0);
        EpochMetrics e3 = new EpochMetrics(3, Map.of("val_accuracy", 0.7), 1.5);
        store.recordEpochs(id, n, "w", List.of(e1, e2, e2b, e3));

        assertEquals(List.of(e1, e2b, e3).stream().map(EpochMetrics::epoch).toList(),
                store.epochs(id, n).stream().map(EpochMetrics::epoch).toList());
        assertEquals(e1, store.epochs(id, n).get(0));
        assertEquals(0.65, store.epochs(id, n).get(1).get("val_accuracy"), "a later record of the same epoch wins");
        assertTrue(Double.isNaN(store.epochs(id, n).get(1).get("val_loss")));
        assertEquals(e3, store.epochs(id, n).get(2), "an epoch recorded before the batch is replaced");
        assertEquals(List.of(new MetricPoint(n, 1, 0.5), new MetricPoint(n, 2, 0.65), new MetricPoint(n, 3, 0.7)),
                store.metricPoints(id, "val_accuracy"));

        store.recordEpochs(id, n, "w", List.of());
        assertEquals(3, store.epochs(id, n).size(), "an empty batch records nothing");
        assertThrows(LeaseLostException.class, () -> store.recordEpochs(id, n, "other", List.of(e1)));
        store.finishTrial(id, n, "w", complete(0.7));
        assertThrows(LeaseLostException.class, () -> store.recordEpochs(id, n, "w", List.of(e1)));
        assertEquals(3, store.epochs(id, n).size());
    }

    // ------------------------------------------------------------------ leases and states

    @Test
    void rejectsWritesFromAWorkerThatLostItsTrial() {
        long id = store.createStudy(study("lease", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        store.claimNext(id, "old");
        store.recordEpoch(id, n, "old", new EpochMetrics(1, Map.of("val_accuracy", 0.4), 1.0));
        assertEquals(1, store.requeueRunning(id));

        LeaseLostException whileWaiting = assertThrows(LeaseLostException.class, () -> store.heartbeat(id, n, "old"));
        assertTrue(whileWaiting.getMessage().contains("WAITING"), whileWaiting.getMessage());

        TrialRecord again = store.claimNext(id, "new").orElseThrow();
        assertEquals(n, again.number());
        assertEquals(2, store.lease(id, n).orElseThrow().attempts());
        assertTrue(store.epochs(id, n).isEmpty(), "a new attempt starts without the old attempt's epochs");

        EpochMetrics epoch = new EpochMetrics(1, Map.of("val_accuracy", 0.5), 1.0);
        LeaseLostException e = assertThrows(LeaseLostException.class, () -> store.recordEpoch(id, n, "old", epoch));
        assertTrue(e.getMessage().contains("worker 'old'") && e.getMessage().contains("worker 'new'"), e.getMessage());
        assertThrows(LeaseLostException.class, () -> store.finishTrial(id, n, "old", complete(0.5)));
        assertThrows(LeaseLostException.class, () -> store.heartbeat(id, n, "old"));

        store.recordEpoch(id, n, "new", epoch);
        store.finishTrial(id, n, "new", complete(0.8));
        LeaseLostException finished = assertThrows(LeaseLostException.class, () -> store.heartbeat(id, n, "new"));
        assertTrue(finished.getMessage().contains("COMPLETE"), finished.getMessage());
        assertThrows(NotFoundException.class, () -> store.heartbeat(id, 99, "new"));
    }

    @Test
    void rejectsTransitionsTheStateMachineForbids() {
        long id = store.createStudy(study("states", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        store.claimNext(id, "w");
        for (TrialState bad : List.of(TrialState.INFEASIBLE, TrialState.WAITING, TrialState.RUNNING)) {
            TrialOutcome outcome = new TrialOutcome(bad, List.of(0.5), Map.of(), "x");
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                    () -> store.finishTrial(id, n, "w", outcome));
            assertTrue(e.getMessage().contains("cannot move from RUNNING to " + bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> store.finishTrial(id, n, "w", new TrialOutcome(TrialState.COMPLETE, List.of(0.5, 3.0), Map.of(), null)));
        assertEquals(TrialState.RUNNING, store.trial(id, n).orElseThrow().state());
        assertThrows(IllegalArgumentException.class, () -> new NewTrial(dense(8, 0.1, "adam"), Lineage.RANDOM,
                TrialState.COMPLETE, null, -1, -1));
    }

    @Test
    void recordsFailedAndPrunedTrialsWithTheirReasonAndNaNValues() {
        long id = store.createStudy(study("ends", true)).id();
        store.createTrial(id, waiting(8, 0.01));
        store.createTrial(id, waiting(9, 0.01));
        store.claimNext(id, "w");
        store.claimNext(id, "w");
        EvaluationResult diverged = EvaluationResult.failed("loss diverged (NaN) at epoch 2",
                Map.of("train_loss", Double.NaN), 2);
        TrialRecord failed = store.finishTrial(id, 0, "w", TrialOutcome.of(diverged, store.findStudy(id).orElseThrow().objectives()));
        assertEquals(TrialState.FAILED, failed.state());
        assertEquals("loss diverged (NaN) at epoch 2", failed.message());
        assertTrue(failed.values().get(0).isNaN());
        assertTrue(failed.metrics().get("train_loss").isNaN());
        assertTrue(failed.objective().isEmpty());

        EvaluationResult pruned = EvaluationResult.pruned("below median at epoch 1",
                Map.of("val_accuracy", 0.3, "param_count", 90.0), 1);
        TrialRecord p = store.finishTrial(id, 1, "w", TrialOutcome.of(pruned, store.findStudy(id).orElseThrow().objectives()));
        assertEquals(List.of(0.3, 90.0), p.values());
        assertEquals(p, store.trial(id, 1).orElseThrow());
    }

    @Test
    void requeuesStaleTrialsAndFailsThemAfterMaxAttempts() {
        long id = store.createStudy(study("stale", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        int alive = store.createTrial(id, waiting(9, 0.01)).number();
        store.claimNext(id, "w1");
        store.claimNext(id, "w2");
        clock.advance(Duration.ofMinutes(2));
        store.heartbeat(id, alive, "w2");
        clock.advance(Duration.ofSeconds(30));

        assertEquals(1, store.requeueStale(id, Duration.ofMinutes(1), 2));
        assertEquals(TrialState.WAITING, store.trial(id, n).orElseThrow().state());
        assertEquals(TrialState.RUNNING, store.trial(id, alive).orElseThrow().state());
        assertEquals(0, store.requeueStale(id, Duration.ofMinutes(1), 2));

        assertEquals(n, store.claimNext(id, "w3").orElseThrow().number());
        clock.advance(Duration.ofMinutes(5));
        store.heartbeat(id, alive, "w2");
        assertEquals(1, store.requeueStale(id, Duration.ofMinutes(1), 2));
        TrialRecord lost = store.trial(id, n).orElseThrow();
        assertEquals(TrialState.FAILED, lost.state());
        assertEquals("worker lost after 2 attempts (last worker w3)", lost.message());
        assertEquals(clock.instant(), lost.finishedAt());
        assertThrows(LeaseLostException.class, () -> store.finishTrial(id, n, "w3", complete(0.9)));
    }

    @Test
    void releasesTheTrialsOfAWorkerThatIsGoneAtOnce() {
        long id = store.createStudy(study("release", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        int other = store.createTrial(id, waiting(9, 0.01)).number();
        store.claimNext(id, "dead");
        store.claimNext(id, "alive");

        assertEquals(1, store.releaseWorker(id, "dead", 2), "no heartbeat timeout to wait for");
        assertEquals(TrialState.WAITING, store.trial(id, n).orElseThrow().state());
        assertEquals(TrialState.RUNNING, store.trial(id, other).orElseThrow().state());
        assertEquals(0, store.releaseWorker(id, "dead", 2), "nothing left to give back");
        assertThrows(LeaseLostException.class, () -> store.heartbeat(id, n, "dead"));

        assertEquals(n, store.claimNext(id, "dead-again").orElseThrow().number());
        assertEquals(1, store.releaseWorker(id, "dead-again", 2));
        TrialRecord lost = store.trial(id, n).orElseThrow();
        assertEquals(TrialState.FAILED, lost.state());
        assertEquals("worker lost after 2 attempts (last worker dead-again)", lost.message());
        assertEquals(TrialState.RUNNING, store.trial(id, other).orElseThrow().state());
        assertThrows(IllegalArgumentException.class, () -> store.releaseWorker(id, "x", 0));
    }

    // ------------------------------------------------------------------ run leases

    @Test
    void oneRunHoldsAStudysRunLeaseUntilItGoesSilentOrGivesItUp() {
        long id = store.createStudy(study("run-lease", false)).id();
        long other = store.createStudy(study("other-study", false)).id();
        assertTrue(store.runLease(id).isEmpty());
        Instant start = clock.instant();
        RunLease first = store.acquireRunLease(id, "1@a", Duration.ofSeconds(30), false);
        assertEquals(new RunLease(id, "1@a", start, start), first);
        assertEquals("2@b", store.acquireRunLease(other, "2@b", Duration.ofSeconds(30), false).holder(),
                "leases are per study");

        clock.advance(Duration.ofSeconds(20));
        StudyBusyException busy = assertThrows(StudyBusyException.class,
                () -> store.acquireRunLease(id, "2@b", Duration.ofSeconds(30), false));
        assertEquals("1@a", busy.lease().holder());
        assertTrue(busy.getMessage().contains("1@a") && busy.getMessage().contains("20s ago"), busy.getMessage());
        store.renewRunLease(id, "1@a");
        RunLease again = store.acquireRunLease(id, "1@a", Duration.ofSeconds(30), false);
        assertEquals(start, again.acquiredAt(), "the holder taking it again keeps it");
        assertEquals(clock.instant(), again.renewedAt());

        clock.advance(Duration.ofSeconds(31));
        RunLease taken = store.acquireRunLease(id, "2@b", Duration.ofSeconds(30), false);
        assertEquals("2@b", taken.holder(), "a silent holder's lease is taken over");
        assertEquals(clock.instant(), taken.acquiredAt());
        LeaseLostException lost = assertThrows(LeaseLostException.class, () -> store.renewRunLease(id, "1@a"));
        assertTrue(lost.getMessage().contains("2@b"), lost.getMessage());

        assertEquals("3@c", store.acquireRunLease(id, "3@c", Duration.ofSeconds(30), true).holder(),
                "force: the caller knows the holder is gone");
        store.releaseRunLease(id, "2@b"); // not the holder: nothing happens
        assertEquals("3@c", store.runLease(id).orElseThrow().holder());
        store.releaseRunLease(id, "3@c");
        assertTrue(store.runLease(id).isEmpty());
        assertThrows(LeaseLostException.class, () -> store.renewRunLease(id, "3@c"));
        assertEquals("4@d", store.acquireRunLease(id, "4@d", Duration.ofSeconds(30), false).holder());
        assertThrows(IllegalArgumentException.class, () -> store.acquireRunLease(id, " ", Duration.ofSeconds(1), false));
        assertTrue(store.deleteStudy("run-lease"));
        assertTrue(store.runLease(id).isEmpty(), "deleting a study deletes its lease");
    }

    // ------------------------------------------------------------------ epochs, params, attributes

    @Test
    void roundTripsEpochMetricsAndReplacesARecordedEpoch() {
        long id = store.createStudy(study("epochs", false)).id();
        int n = store.createTrial(id, waiting(8, 0.01)).number();
        int other = store.createTrial(id, waiting(8, 0.02)).number();
        store.claimNext(id, "w");
        store.claimNext(id, "w");
        EpochMetrics e1 = new EpochMetrics(1, Map.of("val_accuracy", 0.5, "val_loss", 1.2, "train_loss", Double.NaN), 2.5);
        EpochMetrics e2 = new EpochMetrics(2, Map.of("val_accuracy", 0.6, "val_loss", 1.0), 2.25);
        EpochMetrics e2b = new EpochMetrics(2, Map.of("val_accuracy", 0.65), 2.0);
        store.recordEpoch(id, n, "w", e2);
        store.recordEpoch(id, n, "w", e1);
        store.recordEpoch(id, n, "w", e2b);
        store.recordEpoch(id, other, "w", new EpochMetrics(1, Map.of("val_accuracy", 0.1), 1.0));
        store.recordEpoch(id, other, "w", new EpochMetrics(2, Map.of(), 1.0));

        List<EpochMetrics> epochs = store.epochs(id, n);
        assertEquals(2, epochs.size());
        assertEquals(e1.values().keySet(), epochs.get(0).values().keySet());
        assertEquals(0.5, epochs.get(0).get("val_accuracy"));
        assertTrue(Double.isNaN(epochs.get(0).get("train_loss")));
        assertEquals(2.5, epochs.get(0).seconds());
        assertEquals(e2b, epochs.get(1));
        assertEquals(new EpochMetrics(2, Map.of(), 1.0), store.epochs(id, other).get(1));

        List<MetricPoint> points = store.metricPoints(id, "val_accuracy");
        assertEquals(List.of(new MetricPoint(n, 1, 0.5), new MetricPoint(n, 2, 0.65), new MetricPoint(other, 1, 0.1)),
                points);
    }

    @Test
    void flattensParamsAndKeepsAttributes() {
        long id = store.createStudy(study("params", false)).id();
        int n = store.createTrial(id, NewTrial.waiting(StoreFixtures.conv(16), Lineage.RANDOM, 1000, 5000)).number();
        store.createTrial(id, waiting(32, 0.1));
        Map<String, Object> params = store.params(id, n).stream()
                .collect(Collectors.toMap(TrialParam::name, TrialParam::value));
        assertEquals(0.001, params.get("learning_rate"));
        assertEquals(3.0, params.get("arch.depth"));
        assertEquals(48.0, params.get("arch.filters"));
        assertEquals(64.0, params.get("arch.units"));
        assertEquals(2.0, params.get("arch.count.conv2d"));
        assertEquals(0.0, params.get("arch.count.lstm"));
        List<TrialParam> denseParams = store.params(id, 1);
        assertTrue(denseParams.contains(TrialParam.text("optimizer", "adam")));
        assertTrue(denseParams.contains(new TrialParam("augment", 0.0, "false")));
        assertTrue(store.paramNames(id).containsAll(List.of("arch.depth", "augment", "batch_size", "optimizer")));

        store.setAttribute(id, n, "rung", "0");
        store.setAttribute(id, n, "artifact", "runs/s/0/model.params");
        store.setAttribute(id, n, "rung", "1");
        assertEquals(Map.of("rung", "1", "artifact", "runs/s/0/model.params"), store.attributes(id, n));
        assertEquals(Map.of(), store.attributes(id, 1));
        assertThrows(NotFoundException.class, () -> store.setAttribute(id, 77, "rung", "0"));
    }

    // ------------------------------------------------------------------ history and queries

    @Test
    void historyFollowsEveryChangeMadeByThisOrAnotherStoreBetweenReads() {
        long id = store.createStudy(study("follow", false)).id();
        StudyStorage other = open();
        store.createTrial(id, waiting(8, 0.01));
        store.createTrial(id, waiting(9, 0.01));
        assertEquals(List.of(TrialState.WAITING, TrialState.WAITING), states(store.history(id)));
        TrialRecord claimed = other.claimNext(id, "w2").orElseThrow();
        assertEquals(List.of(TrialState.RUNNING, TrialState.WAITING), states(store.history(id)));
        other.finishTrial(id, claimed.number(), "w2", complete(0.4));
        other.createTrial(id, waiting(10, 0.01));
        History h = store.history(id);
        assertEquals(List.of(TrialState.COMPLETE, TrialState.WAITING, TrialState.WAITING), states(h));
        assertEquals(0.4, h.best().orElseThrow().objective().orElseThrow(), 1e-12);
        assertEquals(0, store.requeueRunning(id), "nothing is running");
        finish(id, "w", 0.8);
        TrialRecord running = store.claimNext(id, "w").orElseThrow();
        assertEquals(List.of(TrialState.COMPLETE, TrialState.COMPLETE, TrialState.RUNNING), states(other.history(id)));
        assertEquals(1, store.requeueRunning(id));
        assertEquals(TrialState.WAITING, other.history(id).trials().get(running.number()).state());
        assertEquals(List.of(TrialState.COMPLETE, TrialState.COMPLETE, TrialState.WAITING), states(store.history(id)));
        assertEquals(1, store.history(id).best().orElseThrow().number());
    }

    private static List<TrialState> states(History h) {
        return h.trials().stream().map(TrialRecord::state).toList();
    }

    @Test
    void historyKnowsTheBestTrialInTheStudyDirection() {
        long max = store.createStudy(study("max", false)).id();
        long min = store.createStudy(StoreFixtures.minimizingStudy("min")).id();
        for (long id : List.of(max, min)) {
            for (int i = 0; i < 4; i++) {
                store.createTrial(id, waiting(8 + i, 0.01));
            }
            finish(id, "w", 0.6);
            finish(id, "w", 0.9);
            finish(id, "w", 0.3);
        }
        History h = store.history(max);
        assertEquals(4, h.size());
        assertEquals(1, h.best().orElseThrow().number());
        assertEquals(1, h.pending().size());
        assertEquals(2, store.history(min).best().orElseThrow().number());
        assertTrue(h.contains(store.trial(max, 0).orElseThrow().fingerprint()));
    }

    @Test
    void pagesSortsAndFiltersTrials() {
        long id = store.createStudy(study("query", false)).id();
        for (int i = 0; i < 30; i++) {
            store.createTrial(id, NewTrial.waiting(dense(8 * (i % 5 + 1), 0.001 * (i + 1), i % 2 == 0 ? "adam" : "sgd"),
                    new Lineage(i / 10, List.of(), "random"), 100L * (30 - i), 1000L + i));
        }
        for (int i = 0; i < 20; i++) {
            TrialRecord t = store.claimNext(id, "w").orElseThrow();
            clock.advance(Duration.ofSeconds(t.number() + 1));
            store.finishTrial(id, t.number(), "w", new TrialOutcome(TrialState.COMPLETE, List.of(t.number() / 100.0),
                    Map.of("val_accuracy", t.number() / 100.0, "test_accuracy", 1 - t.number() / 100.0), null));
        }

        TrialPage first = store.trials(id, TrialQuery.builder().optPage(0, 7).build());
        assertEquals(30, first.total());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), numbers(first));
        assertTrue(first.hasMore());
        TrialPage last = store.trials(id, TrialQuery.builder().optPage(28, 7).build());
        assertEquals(List.of(28, 29), numbers(last));
        assertFalse(last.hasMore());

        TrialPage byObjective = store.trials(id, TrialQuery.builder().optSort("objective", true).optPage(0, 30).build());
        assertEquals(19, byObjective.trials().get(0).number());
        assertEquals(20, byObjective.trials().get(20).number(), "trials without a value come last");

        TrialPage waitingOnly = store.trials(id, TrialQuery.builder().optStates(TrialState.WAITING).build());
        assertEquals(10, waitingOnly.total());

        TrialPage byLearningRate = store.trials(id, TrialQuery.builder().optSort("param:learning_rate", true)
                .optPage(0, 3).build());
        assertEquals(List.of(29, 28, 27), numbers(byLearningRate));

        TrialPage byDuration = store.trials(id, TrialQuery.builder().optSort("duration", true).optPage(0, 2).build());
        assertEquals(List.of(19, 18), numbers(byDuration));

        TrialPage byParamCount = store.trials(id, TrialQuery.builder().optSort("param_count", false).optPage(0, 2).build());
        assertEquals(List.of(29, 28), numbers(byParamCount));

        TrialPage filtered = store.trials(id, TrialQuery.builder()
                .optFilter(TrialFilter.between("param:arch.units", 16, 24))
                .optFilter(TrialFilter.equalTo("param:optimizer", "adam"))
                .optFilter(TrialFilter.atMost("metric:val_accuracy", 0.15))
                .optPage(0, 50).build());
        // units 16 or 24: i % 5 in {1, 2}; adam: even i; completed with val_accuracy <= 0.15: i <= 15
        assertEquals(List.of(2, 6, 12), numbers(filtered));
        assertEquals(3, filtered.total());

        TrialPage byFlops = store.trials(id, TrialQuery.builder().optFilter(TrialFilter.atLeast("flops", 1025))
                .optFilter(TrialFilter.between("generation", 2, 2)).optSort("metric:test_accuracy", false).build());
        assertEquals(List.of(25, 26, 27, 28, 29), numbers(byFlops));
    }

    @Test
    void queriesAreSafeAgainstInjectionAndUnknownFields() {
        long id = store.createStudy(study("inject", false)).id();
        store.createTrial(id, waiting(8, 0.01));
        TrialPage none = store.trials(id, TrialQuery.builder()
                .optFilter(TrialFilter.equalTo("param:optimizer", "adam' OR '1'='1")).build());
        assertEquals(0, none.total());
        assertTrue(none.trials().isEmpty());

        IllegalArgumentException sort = assertThrows(IllegalArgumentException.class,
                () -> TrialQuery.builder().optSort("number; DROP TABLE trials", false));
        assertTrue(sort.getMessage().startsWith("unknown trial field 'number; DROP TABLE trials' (expected one of number,"),
                sort.getMessage());
        IllegalArgumentException param = assertThrows(IllegalArgumentException.class,
                () -> TrialFilter.atLeast("param:x' OR 1=1 --", 0));
        assertTrue(param.getMessage().contains("invalid param name"), param.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrialQuery.builder().optPage(0, TrialQuery.MAX_LIMIT + 1).build());
        assertEquals(1, store.trials(id).size(), "the trials table is intact");
    }

    @Test
    void reportsTrialsChangedSinceAnInstant() {
        long id = store.createStudy(study("changes", false)).id();
        for (int i = 0; i < 3; i++) {
            store.createTrial(id, waiting(8, 0.01 * (i + 1)));
        }
        Instant before = clock.instant();
        assertTrue(store.trialsChangedSince(id, before).isEmpty());
        clock.advance(Duration.ofSeconds(1));
        store.claimNext(id, "w");
        Instant afterClaim = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        store.setAttribute(id, 2, "note", "x");
        assertEquals(List.of(0, 2), store.trialsChangedSince(id, before).stream().map(TrialRecord::number).toList());
        assertEquals(List.of(2), store.trialsChangedSince(id, afterClaim).stream().map(TrialRecord::number).toList());
    }

    @Test
    void summarizesEveryTrialWithoutItsCandidate() {
        long id = store.createStudy(study("summaries", false)).id();
        assertTrue(store.trialSummaries(id).isEmpty());
        store.createTrial(id, waiting(8, 0.01));
        store.createTrial(id, NewTrial.waiting(dense(16, 0.02, "sgd"), new Lineage(1, List.of(0), "mutation"), 160, -1));
        store.createTrial(id, NewTrial.infeasible(dense(4, 0.1, "adam"), Lineage.RANDOM, "too small"));
        finish(id, "w", 0.75);

        List<TrialSummary> all = store.trialSummaries(id);
        assertEquals(List.of(0, 1, 2), all.stream().map(TrialSummary::number).toList());
        TrialSummary done = all.get(0);
        assertEquals(TrialState.COMPLETE, done.state());
        assertEquals(0.75, done.objective().getAsDouble());
        assertEquals(80, done.paramCount());
        assertTrue(done.startedAt() != null && done.finishedAt() != null);
        TrialSummary child = all.get(1);
        assertEquals(TrialState.WAITING, child.state());
        assertTrue(child.values().isEmpty());
        assertEquals(-1, child.flops());
        assertEquals(1, child.generation());
        assertEquals(List.of(0), child.parents());
        assertEquals("mutation", child.operator());
        assertFalse(child.objective().isPresent());
        assertEquals(TrialState.INFEASIBLE, all.get(2).state());
        assertEquals(-1, all.get(2).paramCount());
    }

    // ------------------------------------------------------------------ helpers

    /** Claims the next trial for {@code worker} and completes it with {@code value}. */
    protected TrialRecord finish(long studyId, String worker, double value) {
        TrialRecord t = store.claimNext(studyId, worker).orElseThrow();
        return store.finishTrial(studyId, t.number(), worker, complete(value));
    }

    /** A COMPLETE outcome with one objective value. */
    protected static TrialOutcome complete(double value) {
        return new TrialOutcome(TrialState.COMPLETE, List.of(value), Map.of("val_accuracy", value), null);
    }

    private static List<Integer> numbers(TrialPage page) {
        return page.trials().stream().map(TrialRecord::number).toList();
    }

    /** Work of one thread, given its index. */
    protected interface ThreadWork {
        List<Integer> run(int thread) throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads started together and joins their results. */
    protected static List<Integer> runConcurrently(int threads, ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<Integer>> task = () -> {
                    start.await();
                    return work.run(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            ConcurrentLinkedQueue<Integer> all = new ConcurrentLinkedQueue<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get());
            }
            List<Integer> out = new ArrayList<>(all);
            Set<Integer> unique = new HashSet<>(out);
            assertEquals(unique.size(), out.size(), "no number may appear twice: " + out);
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
