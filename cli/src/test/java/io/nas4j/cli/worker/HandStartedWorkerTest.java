package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.Storages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator on a shared H2 server, joined by a worker started by hand with the same URL. */
class HandStartedWorkerTest {
    @TempDir
    Path dir;

    @Test
    void aWorkerStartedByHandHelpsACoordinatorOnASharedServer() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/shared";
            Path spec = Specs.synthetic(dir, "hand", "random", 10, 5, 200, 1);
            CliProcess run = CliProcess.start(dir, "run", spec.toString(), "--db", url, "--workers", "2");
            run.awaitFirstComplete();
            CliProcess hand = CliProcess.start(dir, "worker", "--db", url, "--study", "hand", "--worker-id", "by-hand",
                    "--idle-exit", "3s");
            assertEquals(0, run.await(Duration.ofMinutes(4)), run.output());
            assertEquals(0, hand.await(Duration.ofMinutes(2)), hand.output());
            assertTrue(hand.output().contains("by-hand: no trial to claim for a while"), hand.output());

            try (StudyStorage storage = Storages.open(url)) {
                long id = storage.findStudy("hand").orElseThrow().id();
                assertEquals(10, storage.counts(id).get(TrialState.COMPLETE));
                Set<String> workers = storage.trials(id).stream()
                        .map(t -> storage.lease(id, t.number()).orElseThrow().worker()).collect(Collectors.toSet());
                assertTrue(workers.size() >= 2, workers.toString());
            }
        } finally {
            server.stop();
        }
    }
}
