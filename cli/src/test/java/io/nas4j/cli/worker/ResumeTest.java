package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator killed with SIGKILL resumes; Ctrl-C stops gracefully. */
class ResumeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"random", "{type: genetic, population: 4}"})
    void aKilledCoordinatorResumesToExactlyItsBudgetWithEarlierRowsIntact(String strategy) throws Exception {
        Path spec = Specs.synthetic(dir, "resume", strategy, 12, 5, 150, 1);
        String[] args = {"run", spec.toString(), "--db", "db", "--workers", "2"};
        CliProcess first = CliProcess.start(dir, args);
        first.awaitFirstComplete();
        first.awaitLine(l -> first.count(x -> x.matches("trial \\d+ (COMPLETE|FAILED).*")) >= 3, Duration.ofMinutes(3));
        List<ProcessHandle> workers = first.workers();
        first.signal("KILL");
        first.await(Duration.ofSeconds(30));
        for (ProcessHandle w : workers) {
            w.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS); // orphaned workers stop by themselves
        }

        StudyRows before = StudyRows.read(dir.resolve("db"), "resume");
        Map<Integer, TrialRecord> completeBefore = complete(before);
        assertTrue(completeBefore.size() >= 3, "at least three COMPLETE before the kill: " + before.counts());
        assertTrue(before.evaluated() < 12, "killed before the end: " + before.counts());

        CliProcess second = CliProcess.start(dir, args);
        assertEquals(0, second.await(Duration.ofMinutes(4)), second.output());
        StudyRows after = StudyRows.read(dir.resolve("db"), "resume");
        assertEquals(12, after.evaluated(), "exactly the budget: " + after.counts());
        assertEquals(0, after.count(TrialState.WAITING) + after.count(TrialState.RUNNING));
        Map<Integer, TrialRecord> completeAfter = complete(after);
        completeBefore.forEach((n, t) -> assertEquals(t, completeAfter.get(n), "trial " + n + " unchanged"));
    }

    private static Map<Integer, TrialRecord> complete(StudyRows rows) {
        return rows.trials().stream().filter(t -> t.state() == TrialState.COMPLETE)
                .collect(Collectors.toMap(TrialRecord::number, Function.identity()));
    }

    @Test
    void ctrlCPutsRunningTrialsBackAndExits130() throws Exception {
        Path spec = Specs.synthetic(dir, "sigint", "random", 8, 10, 400, 1);
        CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", "db", "--workers", "2");
        run.awaitFirstComplete();
        run.signal("INT");
        assertEquals(130, run.await(Duration.ofMinutes(2)), run.output());
        assertTrue(run.output().contains("interrupted; run the same command again to continue"), run.output());

        StudyRows rows = StudyRows.read(dir.resolve("db"), "sigint");
        assertEquals(0, rows.count(TrialState.RUNNING), rows.counts().toString());
        assertTrue(rows.count(TrialState.WAITING) >= 1, "the running trials are WAITING again: " + rows.counts());
        assertTrue(rows.evaluated() < 8);
    }
}
