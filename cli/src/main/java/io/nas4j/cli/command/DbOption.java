package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.store.StorageException;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.Storages;
import io.nas4j.store.h2.H2Location;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command takes, and opening the store it names. */
public final class DbOption {
    /** Default database path in the working directory (H2 writes {@code nas4j.db.mv.db}). */
    public static final String DEFAULT = "nas4j.db";

    @Option(names = "--db", paramLabel = "PATH", description = "study database: a file path (default: ${DEFAULT-VALUE}, stored as nas4j.mv.db), "
            + "mem:NAME, or a jdbc:h2: URL", defaultValue = DEFAULT)
    String db = DEFAULT;

    /** The database as given. */
    public String db() {
        return db;
    }

    /** Opens the store, creating the database when it does not exist yet. */
    public StudyStorage open() {
        try {
            return Storages.open(db);
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * Whether the database lives in an H2 server other processes may use too ({@code jdbc:h2:tcp:}
     * or {@code jdbc:h2:ssl:}), rather than in this process (a file it locks, or memory).
     */
    public boolean isServer() {
        String url;
        try {
            url = H2Location.parse(db).jdbcUrl().toLowerCase(java.util.Locale.ROOT);
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
    }

    /**
     * The folder kept weights of {@code study} go to: {@code <db>.artifacts/<study>/} next to a
     * file database; empty for in-memory and server databases.
     */
    public java.util.Optional<java.nio.file.Path> artifactsDirectory(String study) {
        try {
            return H2Location.parse(db).dataFile().map(f -> io.nas4j.cli.run.KeptWeights.directoryFor(f, study));
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Opens an existing store; a missing database file is bad input. */
    public StudyStorage openExisting() {
        java.util.Optional<java.nio.file.Path> file;
        try {
            file = H2Location.parse(db).dataFile();
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (file.isPresent() && !java.nio.file.Files.exists(file.get())) {
            throw new UsageException("no study database at " + db + " (run a study first, or pass --db PATH)");
        }
        return open();
    }
}
