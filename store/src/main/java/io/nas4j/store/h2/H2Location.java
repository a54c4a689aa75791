package io.nas4j.store.h2;

import io.nas4j.store.StorageException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an H2 store lives, read from what a user typed.
 * <ul>
 *   <li>A file path such as {@code nas4j.db} or {@code runs/x}: an embedded database in the file
 *       {@code BASE.mv.db}, where BASE is the absolute path with a trailing {@code .mv.db} or
 *       {@code .db} removed ({@code nas4j.db} → {@code nas4j.mv.db}, {@code runs/x} →
 *       {@code runs/x.mv.db}). Missing parent folders are created. H2 may also write
 *       {@code BASE.trace.db} (a log, only after an error) and, briefly while it compacts on close,
 *       {@code BASE.mv.db.tempFile}. Only one process may open the file at a time.</li>
 *   <li>{@code mem:NAME}: an in-memory database, shared by stores of this JVM that use the same
 *       name while one of them is open, gone when the last closes.</li>
 *   <li>{@code jdbc:h2:...}: any H2 URL as is, e.g. {@code jdbc:h2:tcp://127.0.0.1:9092/nas4j}
 *       for workers of a coordinator that runs an H2 TCP server.</li>
 * </ul>
 * The store adds {@code LOCK_TIMEOUT=10000} (wait up to 10 s for a row another writer holds) and
 * {@code RETENTION_TIME=0} (reuse file space at once: keeps the file small under many small
 * commits; safe against process crashes, while an operating-system crash within H2's default
 * 45 s retention could damage recent data) to the URL unless it already sets them. Durable writes are flushed by the store itself (see
 * {@link H2StudyStorage}).
 *
 * @param jdbcUrl the URL the store connects to
 * @param dataFile the database file, for embedded file databases
 * @param display the location for messages: the path, or the URL without settings
 */
public record H2Location(String jdbcUrl, Optional<Path> dataFile, String display) {
    private static final String FILE_SUFFIX = ".mv.db";
    private static final String[] DEFAULTS = {"LOCK_TIMEOUT=10000", "RETENTION_TIME=0"};

    /** Checks for nulls. */
    public H2Location {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dataFile, "dataFile");
        Objects.requireNonNull(display, "display");
    }

    /**
     * Reads a location.
     *
     * @throws StorageException for a JDBC URL of another database, or an empty location
     */
    public static H2Location parse(String location) {
        Objects.requireNonNull(location, "location");
        String text = location.strip();
        if (text.isEmpty()) {
            throw new StorageException("no database location given (expected a file path, mem:NAME or jdbc:h2:...)");
        }
        if (text.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            String rest = text.substring(8);
            String base = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
            Optional<Path> file = Optional.empty();
            String lower = base.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("mem:") && !lower.startsWith("tcp:") && !lower.startsWith("ssl:")
                    && !lower.startsWith("zip:") && !lower.startsWith("nio")) {
                String path = lower.startsWith("file:") ? base.substring(5) : base;
                file = Optional.of(Path.of(path + FILE_SUFFIX).toAbsolutePath().normalize());
            }
            return new H2Location(withDefaults(text), file, "jdbc:h2:" + base);
        }
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new StorageException("'" + text + "' is not an H2 database URL (expected a file path, mem:NAME "
                    + "or jdbc:h2:...)");
        }
        if (text.regionMatches(true, 0, "mem:", 0, 4)) {
            String name = text.substring(4);
            if (name.isEmpty() || name.contains(";")) {
                throw new StorageException("invalid in-memory database name in '" + text + "'");
            }
            return new H2Location(withDefaults("jdbc:h2:mem:" + name), Optional.empty(), text);
        }
        if (text.contains(";")) {
            throw new StorageException("a database path must not contain ';': '" + text + "'");
        }
        Path path = Path.of(text).toAbsolutePath().normalize();
        String fileName = path.getFileName().toString();
        String baseName = fileName.endsWith(FILE_SUFFIX) ? fileName.substring(0, fileName.length() - FILE_SUFFIX.length())
                : fileName.endsWith(".db") ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (baseName.isEmpty()) {
            throw new StorageException("database path '" + text + "' has no file name");
        }
        Path base = path.resolveSibling(baseName);
        Path dataFile = path.resolveSibling(baseName + FILE_SUFFIX);
        return new H2Location(withDefaults("jdbc:h2:file:" + base), Optional.of(dataFile), dataFile.toString());
    }

    private static String withDefaults(String url) {
        StringBuilder sb = new StringBuilder(url);
        String upper = url.toUpperCase(Locale.ROOT);
        for (String setting : DEFAULTS) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (!upper.contains(";" + key)) {
                sb.append(';').append(setting);
            }
        }
        return sb.toString();
    }

    /** Whether this is an embedded file database (one process at a time). */
    public boolean isEmbeddedFile() {
        return dataFile.isPresent();
    }
}
