package io.nas4j.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A small pool of JDBC connections with auto-commit off. One connection stays open for the
 * pool's life, which keeps an in-memory database alive and an embedded file open.
 */
final class ConnectionPool implements AutoCloseable {
    private static final int MAX_IDLE = 8;

    private final JdbcDataSource source;
    private final Connection anchor;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    /** Opens the anchor connection: fails here when the database cannot be opened. */
    ConnectionPool(String url) throws SQLException {
        source = new JdbcDataSource();
        source.setURL(url);
        if (!url.toUpperCase(java.util.Locale.ROOT).contains(";USER=")) {
            source.setUser("sa");
            source.setPassword("");
        }
        anchor = source.getConnection();
    }

    /** The data source, for Flyway. */
    JdbcDataSource dataSource() {
        return source;
    }

    /** A connection for one transaction; give it back with {@link #release}. */
    Connection borrow() throws SQLException {
        Connection c;
        synchronized (this) {
            if (closed) {
                throw new SQLException("the store is closed", "08003", org.h2.api.ErrorCode.DATABASE_IS_CLOSED);
            }
            c = idle.pollFirst();
        }
        if (c == null) {
            c = source.getConnection();
            c.setAutoCommit(false);
        }
        return c;
    }

    /** Takes a connection back (after commit or rollback). */
    void release(Connection c) {
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            idle.forEach(ConnectionPool::closeQuietly);
            idle.clear();
        }
        closeQuietly(anchor);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to release
        }
    }
}
