package io.nas4j.cli.worker;

import io.nas4j.cli.UsageException;
import io.nas4j.store.StorageException;
import io.nas4j.store.h2.H2Location;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import org.h2.tools.Server;

/**
 * Makes the coordinator's database reachable by worker processes.
 *
 * <p>For an embedded file (or in-memory) database the coordinator keeps it open in its own JVM
 * and starts an H2 TCP server on a free port that accepts local connections only (never
 * {@code -tcpAllowOthers}; the socket binds to 127.0.0.1 when the JVM started with
 * {@code -Dh2.bindAddress=127.0.0.1}, which {@code nas4j} sets). The database is published under a
 * random 128-bit name ({@code -key}), so other local users who find the port cannot open it
 * without the URL, which workers receive in their environment rather than on the command line.
 * A {@code jdbc:h2:tcp://} database is already shared: workers use the same URL and no server is
 * started.
 */
public final class DatabaseServer implements AutoCloseable {
    /** The environment variable a spawned worker reads its database URL from. */
    public static final String DB_ENV = "NAS4J_DB";

    private final Server server;
    private final String workerUrl;

    private DatabaseServer(Server server, String workerUrl) {
        this.server = server;
        this.workerUrl = workerUrl;
    }

    /**
     * Serves the database at {@code location} (already opened by this JVM) to workers.
     *
     * @param location the database as the user gave it: a file path, mem:NAME or a jdbc:h2: URL
     * @throws UsageException for a location workers cannot reach (an embedded URL of another kind)
     */
    public static DatabaseServer start(String location) {
        H2Location where;
        try {
            where = H2Location.parse(location);
        } catch (StorageException e) {
            throw new UsageException(e.getMessage(), e);
        }
        String url = where.jdbcUrl();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            return new DatabaseServer(null, url);
        }
        String name;
        String baseDir;
        if (where.dataFile().isPresent()) {
            Path file = where.dataFile().get();
            String fileName = file.getFileName().toString();
            Path base = file.resolveSibling(fileName.substring(0, fileName.length() - ".mv.db".length()));
            name = base.toString();
            baseDir = base.getParent().toString();
        } else if (lower.startsWith("jdbc:h2:mem:")) {
            String rest = url.substring("jdbc:h2:".length());
            name = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
            baseDir = null;
        } else {
            throw new UsageException("--workers: database " + where.display() + " cannot be shared with worker "
                    + "processes (use a file path, mem:NAME or a jdbc:h2:tcp:// URL)");
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = "nas4j-" + HexFormat.of().formatHex(random);
        try {
            Server server = baseDir == null
                    ? Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, name)
                    : Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-baseDir", baseDir, "-key", key, name);
            server.start();
            return new DatabaseServer(server, "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + key);
        } catch (SQLException e) {
            throw new StorageException("cannot start the database server for workers: " + e.getMessage(), e);
        }
    }

    /** The URL workers connect to (contains the secret database name: pass it in the environment). */
    public String workerUrl() {
        return workerUrl;
    }

    /** The TCP port, or -1 when no server was started. */
    public int port() {
        return server == null ? -1 : server.getPort();
    }

    /** Stops the server (open worker connections are closed). */
    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
