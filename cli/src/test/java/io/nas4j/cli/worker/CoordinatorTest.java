package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.TrialLease;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nas4j run --workers N} with real worker JVMs and the synthetic evaluator. */
class CoordinatorTest {
    @TempDir
    Path dir;

    @Test
    void fourWorkersEvaluateTwoHundredTrialsOnceEach() throws Exception {
        manyTrials(200, Duration.ofMinutes(6));
    }

    @Test
    @Tag("slow")
    void fourWorkersEvaluateFiveHundredTrialsOnceEach() throws Exception {
        manyTrials(500, Duration.ofMinutes(15));
    }

    private void manyTrials(int trials, Duration limit) throws Exception {
        Path spec = Specs.synthetic(dir, "many", "random", trials, 2, 0, 1);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "4");
        assertEquals(0, run.await(limit), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "many");
        assertEquals(trials, rows.evaluated(), run.output());
        assertEquals(0, rows.count(TrialState.WAITING) + rows.count(TrialState.RUNNING), rows.counts().toString());
        List<Integer> numbers = rows.trials().stream().map(TrialRecord::number).toList();
        assertEquals(IntStream.range(0, numbers.size()).boxed().toList(), numbers, "numbers are dense and unique");
        Set<String> workers = new HashSet<>();
        for (TrialRecord t : rows.trials()) {
            if (t.state() == TrialState.INFEASIBLE) {
                continue;
            }
            TrialLease lease = rows.leases().get(t.number());
            assertEquals(1, lease.attempts(), "trial " + t.number() + " was claimed " + lease.attempts() + " times");
            assertTrue(lease.worker().startsWith("w"), lease.worker());
            workers.add(lease.worker());
        }
        assertTrue(workers.size() >= 2, "trials were spread over workers: " + workers);
        assertEquals(rows.trials().stream().filter(t -> t.state() != TrialState.INFEASIBLE).count(),
                rows.trials().stream().filter(t -> t.state() != TrialState.INFEASIBLE)
                        .map(TrialRecord::fingerprint).collect(Collectors.toSet()).size(), "no candidate evaluated twice");
    }

    @Test
    void aKilledWorkersTrialIsRetriedAtOnceAndTheStudyCompletes() throws Exception {
        Path spec = Specs.synthetic(dir, "killed", "random", 6, 10, 300, 1);
        // a heartbeat timeout far beyond the wait below: the coordinator sees its worker's exit
        // and gives the trial back without waiting for the heartbeats to go stale
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2",
                "--heartbeat-timeout", "30m");
        run.awaitFirstComplete();
        CliProcess.kill("KILL", run.aWorker());
        assertEquals(0, run.await(Duration.ofMinutes(4)), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "killed");
        assertEquals(6, rows.evaluated(), run.output());
        assertTrue(run.output().contains("died: exit code 137"), run.output());
        List<Integer> lost = rows.attributes().entrySet().stream().filter(e -> e.getValue().containsKey("lost_worker"))
                .map(java.util.Map.Entry::getKey).toList();
        assertEquals(1, lost.size(), "one trial lost its worker: " + rows.attributes());
        int number = lost.get(0);
        assertEquals(TrialState.COMPLETE, rows.trials().get(number).state());
        assertEquals(2, rows.leases().get(number).attempts(), "retried once");
        assertTrue(run.output().contains("its trial is given back"), run.output());
    }

    @Test
    void aFrozenWorkersTrialIsGivenBackAfterItsHeartbeatTimeoutAndItsLateResultDropped() throws Exception {
        Path spec = Specs.synthetic(dir, "frozen", "random", 6, 10, 300, 1);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2",
                "--heartbeat-timeout", "3s");
        run.awaitFirstComplete();
        long frozen = run.aWorker();
        CliProcess.kill("STOP", frozen); // alive, but silent: only the heartbeats can tell
        try {
            run.awaitLine(l -> l.contains("trial(s) of lost workers given back"), Duration.ofMinutes(2));
        } finally {
            CliProcess.kill("CONT", frozen);
        }
        assertEquals(0, run.await(Duration.ofMinutes(4)), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "frozen");
        assertEquals(6, rows.evaluated(), run.output());
        assertEquals(0, rows.count(TrialState.WAITING) + rows.count(TrialState.RUNNING), rows.counts().toString());
        assertTrue(rows.leases().values().stream().anyMatch(l -> l.attempts() == 2),
                "the frozen worker's trial was claimed again: " + rows.leases());
    }

    @Test
    void aTrialOverItsTimeLimitFailsWithTimeout() throws Exception {
        Path spec = Specs.synthetic(dir, "slow", "random", 3, 20, 250, 1);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2",
                "--trial-timeout", "1s");
        assertEquals(0, run.await(Duration.ofMinutes(3)), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "slow");
        assertEquals(3, rows.count(TrialState.FAILED), run.output());
        for (TrialRecord t : rows.trials()) {
            assertTrue(t.message().startsWith("timeout: trial ran longer than 1s"), t.message());
        }
    }

    @Test
    void aDivergingTrialFailsWithItsReason() throws Exception {
        Path spec = Specs.synthetic(dir, "diverge", "random", 12, 3, 0, 0.01);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2");
        assertEquals(0, run.await(Duration.ofMinutes(3)), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "diverge");
        assertEquals(12, rows.evaluated());
        List<TrialRecord> failed = rows.trials().stream().filter(t -> t.state() == TrialState.FAILED).toList();
        assertFalse(failed.isEmpty(), "learning rates of 0.01 and more diverge");
        for (TrialRecord t : failed) {
            assertEquals("diverged at epoch 2: loss is NaN", t.message());
            assertTrue(t.candidate().number("learning_rate", 0) >= 0.01);
        }
        assertTrue(rows.count(TrialState.COMPLETE) > 0);
    }

    @Test
    void aSecondCoordinatorOnTheSameDatabaseIsRefused() throws Exception {
        Path spec = Specs.synthetic(dir, "twice", "random", 6, 10, 300, 1);
        CliProcess first = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2");
        first.awaitFirstComplete();
        CliProcess second = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2");
        assertEquals(2, second.await(Duration.ofMinutes(2)), second.output());
        assertTrue(second.output().startsWith("nas4j: database ") && second.output().contains("is in use by another process"),
                second.output());
        assertEquals(1, second.output().lines().count(), "one line, no stack trace: " + second.output());
        assertEquals(0, first.await(Duration.ofMinutes(3)), first.output());
    }
}
