package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.Storages;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code nas4j run} of one study on a shared H2 server: the run lease. */
class SharedServerRunTest {
    @TempDir
    Path dir;
    private Server server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/shared";
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void aSecondRunOfTheSameStudyIsRefusedWhileTheFirstRuns() throws Exception {
        Path spec = Specs.synthetic(dir, "busy", "random", 8, 5, 200, 1);
        CliProcess first = CliProcess.start(dir, "run", spec.toString(), "--db", url, "--workers", "2");
        first.awaitFirstComplete();

        CliProcess second = CliProcess.start(dir, "run", spec.toString(), "--db", url);
        assertEquals(2, second.await(Duration.ofMinutes(2)), second.output());
        assertTrue(second.output().contains("study 'busy' is being run by another nas4j run (" + first.pid() + "@"),
                second.output());
        assertEquals(1, second.output().lines().count(), "one line: " + second.output());

        assertEquals(0, first.await(Duration.ofMinutes(4)), first.output());
        try (StudyStorage storage = Storages.open(url)) {
            long id = storage.findStudy("busy").orElseThrow().id();
            assertEquals(8, storage.counts(id).get(TrialState.COMPLETE), "exactly the budget, not twice");
            assertTrue(storage.runLease(id).isEmpty(), "the lease is given up at the end");
        }
    }

    @Test
    void aRunKilledWithSigkillIsTakenOverAtOnceBySameHostRun() throws Exception {
        Path spec = Specs.synthetic(dir, "killed", "random", 8, 5, 200, 1);
        CliProcess first = CliProcess.start(dir, "run", spec.toString(), "--db", url, "--workers", "2");
        first.awaitFirstComplete();
        first.signal("KILL");
        first.await(Duration.ofSeconds(30));

        // the dead run's lease is fresh, but its holder is a dead process of this host
        CliProcess again = CliProcess.start(dir, "run", spec.toString(), "--db", url, "--workers", "2");
        assertEquals(0, again.await(Duration.ofMinutes(4)), again.output());
        try (StudyStorage storage = Storages.open(url)) {
            long id = storage.findStudy("killed").orElseThrow().id();
            assertEquals(8, storage.counts(id).get(TrialState.COMPLETE), again.output());
            assertTrue(storage.runLease(id).isEmpty());
        }
    }
}
