package io.nas4j.store.h2;

import static io.nas4j.store.StoreFixtures.study;
import static io.nas4j.store.StoreFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.StorageException;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.StudyStorageContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file, plus what only a file database has. */
class H2FileStudyStorageTest extends StudyStorageContract {
    @TempDir
    Path dir;
    private Path path;

    @Override
    protected void prepareDatabase() {
        path = dir.resolve("nested/folder/nas4j.db");
    }

    @Override
    protected StudyStorage openStore(Clock clock) {
        return H2StudyStorage.open(H2Location.parse(path.toString()), clock);
    }

    @Test
    void createsTheMvDbFileAndItsFolders() {
        assertTrue(Files.isRegularFile(dir.resolve("nested/folder/nas4j.mv.db")));
        assertEquals(dir.resolve("nested/folder/nas4j.mv.db").toString(), store.location());
    }

    @Test
    void reopeningKeepsEverythingAndNeverRenumbers() {
        long id = store.createStudy(study("resume", false)).id();
        store.createTrial(id, waiting(8, 0.01));
        store.createTrial(id, waiting(9, 0.01));
        store.claimNext(id, "w");
        store.recordEpoch(id, 0, "w", new EpochMetrics(1, Map.of("val_accuracy", 0.7), 1.5));
        TrialRecord done = store.finishTrial(id, 0, "w", complete(0.7));
        store.setAttribute(id, 1, "rung", "2");
        store.close();

        StudyStorage again = open();
        assertEquals(id, again.findStudy("resume").orElseThrow().id());
        assertEquals(done, again.trial(id, 0).orElseThrow());
        assertEquals(List.of(new EpochMetrics(1, Map.of("val_accuracy", 0.7), 1.5)), again.epochs(id, 0));
        assertEquals(Map.of("rung", "2"), again.attributes(id, 1));
        assertEquals(2, again.createTrial(id, waiting(10, 0.01)).number());
        store = again;
    }

    @Test
    void migratesAnExistingDatabaseOnOpen() throws Exception {
        store.close();
        Path old = dir.resolve("old");
        String url = "jdbc:h2:file:" + old;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100))");
            s.execute("INSERT INTO notes VALUES (1, 'kept')");
        }
        // a database that holds other tables but no schema history is refused, not overwritten
        StorageException refused = assertThrows(StorageException.class, () -> H2StudyStorage.open(old.toString()));
        assertTrue(refused.getMessage().contains("cannot bring database"), refused.getMessage());

        Path empty = dir.resolve("empty");
        DriverManager.getConnection("jdbc:h2:file:" + empty, "sa", "").close();
        try (StudyStorage migrated = H2StudyStorage.open(empty.toString())) {
            migrated.createStudy(study("after-migration", false));
        }
        try (StudyStorage reopened = H2StudyStorage.open(empty + ".mv.db");
                Connection c = DriverManager.getConnection("jdbc:h2:file:" + empty, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            assertTrue(rs.next());
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
            assertEquals(1, reopened.listStudies().size());
        }
    }

    @Test
    void keepsCommittedWritesWhenTheProcessIsKilled() throws Exception {
        store.close();
        Process child = startChild("write", "40");
        try {
            awaitLine(child, "WRITTEN");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        StudyStorage again = open();
        long id = again.findStudy("durable").orElseThrow().id();
        List<TrialRecord> trials = again.trials(id);
        assertEquals(40, trials.size());
        assertEquals(20, trials.stream().filter(t -> t.state() == TrialState.COMPLETE).count());
        assertEquals(TrialState.RUNNING, trials.get(0).state());
        assertEquals(1, again.epochs(id, 0).size());
        assertEquals(1, again.requeueRunning(id));
        store = again;
    }

    @Test
    void namesADatabaseHeldByAnotherProcess() throws Exception {
        store.close();
        Process child = startChild("hold", "0");
        try {
            awaitLine(child, "HOLDING");
            StorageException e = assertThrows(StorageException.class, () -> H2StudyStorage.open(path.toString()));
            assertEquals("database " + dir.resolve("nested/folder/nas4j.mv.db") + " is in use by another process "
                    + "(stop it, or connect through its H2 server with a jdbc:h2:tcp:// URL)", e.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        store = open();
    }

    @Test
    void namesADamagedDatabaseFile() throws IOException {
        Path broken = dir.resolve("broken.mv.db");
        byte[] junk = new byte[8192];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        Files.write(broken, junk);
        StorageException e = assertThrows(StorageException.class, () -> H2StudyStorage.open(broken.toString()));
        assertTrue(e.getMessage().startsWith("database " + broken + " is damaged: "), e.getMessage());
    }

    private Process startChild(String mode, String count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreChildProcess.class.getName(), mode, path.toString(), count)
                .redirectErrorStream(true).start();
    }

    private static void awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(expected)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("child process ended without printing " + expected + ":\n" + seen);
    }
}
